/**
 * The sigmoid σ(z) = 1/(1 + e^(−z)) (notes p. 17–18): definition, domain, range, σ′ and
 * its range. Ranges and domains are read from the statements and proved for every z.
 *
 * @module
 */
import { allOf, identity } from '../src/verify/checks.js';
import { claim, notCheckable, rangeClaim, statementClaim, topic, withCorrection } from '../src/proofs/claim.js';
import { domain, range } from '../src/verify/range.js';
import { domainIs, sigma, sigmaPrime, SPEED } from './formulas.js';

const SIGMA = sigma('z');
const SIGMA_PRIME = sigmaPrime('z');

/**
 * The claims of the notes on the sigmoid (p. 17–18), each with its check.
 *
 * @example
 * ```ts
 * runClaims(SIGMOID).filter((r) => r.status === 'refuted').map((r) => r.id); // ['sigmoid-deriv-range', 'sigmoid-disadv-range']
 * ```
 */
export const SIGMOID = topic('sigmoid', [
  claim({
    id: 'act-sigmoid-domain-range-1',
    source: 'notes p. [17–18], lines 639–645',
    statement: 'Sigmoid domain $(-\\infty, \\infty)$ range $(0, 1)$',
    kind: 'range',
    check: (s) => allOf(domainIs(s.setOf(0), SIGMA), range(SIGMA, 'z', s.setOf(1))),
  }),
  claim({
    id: 'sigmoid-backward-range',
    source: 'notes p. [17–18], lines 651–652',
    statement: 'domain range $(-\\infty, \\infty)$   $(0, 1)$',
    kind: 'range',
    reading:
      "the line repeats σ's own domain and range under the backward-pass formula; if it meant σ′, the range would be (0, 0.25] (sigmoid-deriv-range)",
    check: (s) => allOf(domainIs(s.setOf(0), SIGMA), range(SIGMA, 'z', s.setOf(1))),
  }),
  claim({
    id: 'sigmoid-def',
    source: 'notes p. [17–18], line 665',
    statement: '$$\\sigma(z) = \\frac{1}{1+e^{-z}}$$',
    kind: 'identity',
    reading: 'the definition of the logistic function: the formula written is checked against its standard equivalent forms eᶻ/(1 + eᶻ) and (1 + tanh(z/2))/2',
    check: (s) => allOf(identity(s.text(1), 'e^z/(1 + e^z)'), identity(s.text(1), '(1 + tanh(z/2))/2')),
  }),
  claim({
    id: 'sigmoid-range',
    source: 'notes p. [17–18], lines 667–668',
    statement: 'Range  $\\sigma(z) \\in (0,1)$ domain  $z \\in (-\\infty, \\infty)$',
    kind: 'range',
    check: (s) => allOf(s.check(0), domainIs(s.set(3), SIGMA)),
  }),
  statementClaim({
    id: 'sigmoid-deriv',
    source: 'notes p. [17–18], line 672',
    statement: "$$\\sigma'(z) = \\sigma(z) \\{ 1 - \\sigma(z) \\}$$",
    kind: 'identity',
    options: { at: [{ z: '0' }] },
  }),
  claim({
    id: 'sigmoid-deriv-range',
    source: 'notes p. [17–18], lines 674–675',
    statement: 'range  $\\in (0,0.25)$ domain  $\\in (-\\infty, \\infty)$',
    kind: 'range',
    reading: 'the values of σ′ = σ(1 − σ) over the real line, and where it is defined',
    correction: 'σ′(z) ∈ (0, 1/4]: σ′(0) = 0.25 is the maximum; the domain (−∞, ∞) is right',
    check: (s) => allOf(withCorrection(s.check(0, { subject: SIGMA_PRIME }), '(0, 1/4]', range(SIGMA_PRIME, 'z', '(0, 1/4]')), domainIs(s.set(3), SIGMA_PRIME)),
  }),
  claim({
    id: 'sigmoid-adv-smooth',
    source: 'notes p. [17–18], line 681',
    statement:
      "- 1) It has smooth gradient that means this prevents jumps in the output value. {continuous function} i.e. it's derivable everywhere",
    kind: 'identity',
    reading: 'σ and σ′ are differentiable at every z (their derivatives are defined everywhere, proved by interval arithmetic), so σ′ has no jumps; "continuous ⇒ derivable" is not true in general (|z|)',
    check: () => allOf(domain(SIGMA, 'z', { derivative: true }), domain(SIGMA_PRIME, 'z', { derivative: true })),
  }),
  claim({
    id: 'sigmoid-adv-normalised',
    source: 'notes p. [17–18], line 682',
    statement:
      '- 2) Output values are range of  $\\sigma(z)$  b/w (0,1) this implies normalising the output of each neuron. This will help us to reduce the solution space.',
    kind: 'range',
    reading: 'the range of the function written, σ(z), is the set written after "b/w"; "reduce the solution space" is opinion',
    check: (s) => range(s.expr(0), 'z', s.setAfter('b/w')),
  }),
  rangeClaim({
    id: 'sigmoid-disadv-range',
    source: 'notes p. [17–18], line 688',
    statement: "- 1) It is prone to gradient vanishing, as  $\\underline{\\sigma'(z) \\in (0,0.25)}$",
    reading: 'the range of σ′ as written; the conclusion stands: a product of n values of σ′ is at most 4⁻ⁿ',
    correction: 'σ′(z) ∈ (0, 0.25]',
    corrected: '(0, 1/4]',
    followsFrom: 'sigmoid-deriv-range',
  }),
  notCheckable({
    id: 'sigmoid-disadv-latency',
    source: 'notes p. [17–18], line 689',
    statement:
      '- 2) ~~fraction~~ Power operation on exponential terms makes calculations time consuming i.e. it will simply increase the latency.',
    reason: SPEED.sigmoid,
  }),
  notCheckable({
    id: 'sigmoid-output-layer',
    source: 'notes p. [17–18], line 691',
    statement: 'Mostly used in output layer',
    reason: 'advice',
  }),
]);
