/**
 * The hyperbolic tangent (notes p. 13–14 and 19): its definition, the quotient-rule
 * derivation of tanh′, the cases z = 10, −10, 0, and the properties listed on p. 19.
 * Each formula is checked from the statement as written.
 *
 * @module
 */
import { allOf, derivative, inequality, value } from '../src/verify/checks.js';
import { proveBound, proveRange } from '../src/verify/bound.js';
import { claim, identityClaim, notCheckable, rangeClaim, statementClaim, topic } from '../src/proofs/claim.js';
import { domain } from '../src/verify/range.js';
import { domainIs, quotientRule, sigmaPrime, SPEED, withOther, ZERO_PLACES, ZERO_READING } from './formulas.js';

const TANH_PRIME = '1 - tanh(z)^2';

/** Points where tanh′ > σ′ is tried under the intended reading (|z| < 1.66). */
const NEAR_ZERO = ['0', '0.5', '-0.5', '1', '-1', '1.6', '-1.6'].map((z) => ({ z }));

/** The one-neuron error of the tanh cases, layer by layer: e = (y − a)², a = tanh(z), z = wx + b. */
const LAYERS = { define: { e: '(y - a)^2', a: 'tanh(z)', z: 'w*x + b' } };

/**
 * The claims of the notes on tanh (p. 13–14, 19), each with its check.
 *
 * @example
 * ```ts
 * runClaims(TANH).filter((r) => r.status === 'refuted').map((r) => r.id); // ['tanh-quotient-rule', 'tanh-case2-deriv', 'tanh-def-p19', 'tanh-deriv-range']
 * ```
 */
export const TANH = topic('tanh', [
  statementClaim({
    id: 'tanh-def',
    source: 'notes p. 13, line 471',
    statement: '$$\\tanh(z) = \\frac{e^z - e^{-z}}{e^z + e^{-z}}$$',
    kind: 'identity',
  }),
  claim({
    id: 'tanh-quotient-rule',
    source: 'notes p. 13, line 473',
    statement: "$$\\frac{\\partial u}{\\partial v} = \\frac{u'v + v'u}{v^2}$$",
    kind: 'identity',
    reading: "the right side read as a quotient rule d/dz (u/v) (u′, v′ the derivatives of u, v); tried on u = x, v = x²; u = v = x; and two more pairs",
    correction: 'd/dz (u/v) = (u′v − uv′)/v² (line 476 uses the minus sign)',
    check: (s) => quotientRule(s.text(1)),
  }),
  statementClaim({
    id: 'tanh-deriv-quotient',
    source: 'notes p. 13, line 476',
    statement:
      '$$\\frac{\\partial \\tanh(z)}{\\partial z} = \\frac{(e^z + e^{-z})(e^z + e^{-z}) - (e^z - e^{-z})(e^z - e^{-z})}{(e^z + e^{-z})^2}$$',
    kind: 'identity',
  }),
  claim({
    id: 'tanh-deriv',
    source: 'notes p. 13, line 478',
    statement:
      '$$= \\frac{(e^z + e^{-z})^2 - (e^z - e^{-z})^2}{(e^z + e^{-z})^2} = 1 - \\left( \\frac{e^z - e^{-z}}{e^z + e^{-z}} \\right)^2 = 1 - (\\tanh(z))^2$$',
    kind: 'identity',
    reading: 'the line continues the derivative of line 476: each equality as written, and the last form against finite differences of tanh',
    check: (s) => allOf(s.check(1), s.check(2), derivative('tanh(z)', 'z', s.text(3)), derivative('tanh(z)', 'z', s.text(1))),
  }),
  statementClaim({
    id: 'tanh-case1',
    source: 'notes p. 14, lines 488–492',
    statement:
      'Case 1 Let  $w = 10$   $x = 1$ $b = 0$ weight initilize $$\\tanh(z=10) = \\frac{e^{10} - e^{-10}}{e^{10} + e^{-10}} \\approx 1$$',
    kind: 'value',
    reading: 'w, x, b set up the case (z = wx + b = 10); the value and the "≈ 1" (one significant digit, as written) are checked',
    links: [3, 4],
  }),
  statementClaim({
    id: 'tanh-case1-deriv',
    source: 'notes p. 14, lines 494–497',
    statement:
      '$$\\left. \\frac{\\partial \\tanh(z=10)}{\\partial z} \\right|_{z=10} = 1 - (\\tanh(z=10))^2 \\approx 0$$ hence issue of vanishing gradient',
    kind: 'value',
    reading: ZERO_READING,
    options: { places: ZERO_PLACES },
  }),
  statementClaim({
    id: 'tanh-case2',
    source: 'notes p. 14, lines 499–501',
    statement: 'Case 2  $z = -10$ $$\\tanh(z=-10) = \\frac{e^{-10} - e^{10}}{e^{-10} + e^{10}} \\approx -1$$',
    kind: 'value',
    links: [1, 2],
  }),
  statementClaim({
    id: 'tanh-case2-deriv',
    source: 'notes p. 14, line 503',
    statement: '$$\\left. \\frac{\\partial \\tanh(z=-10)}{\\partial z} \\right|_{z=-10} = 1 - (\\tanh(z=-10))^2 \\approx 1$$',
    kind: 'value',
    correction: '≈ 0 (8.24e-9: a vanishing gradient, as in case 1; tanh′ is even)',
  }),
  statementClaim({
    id: 'tanh-case3',
    source: 'notes p. 14, lines 505–507',
    statement: 'Case 3  $w = 0$   $b = 0$   $x = 1$ $$\\tanh(z=0) = \\frac{e^0 - e^0}{e^0 + e^0} \\approx 0$$',
    kind: 'value',
    reading: 'the "≈" is in fact "=": (e⁰ − e⁰)/(e⁰ + e⁰) is exactly 0',
    links: [3, 4],
  }),
  statementClaim({
    id: 'tanh-case3-deriv',
    source: 'notes p. 14, line 510',
    statement: '$$\\left. \\frac{\\partial \\tanh(z=0)}{\\partial z} \\right|_{z=0} = 1 - (0)^2 = 1$$',
    kind: 'value',
  }),
  claim({
    id: 'tanh-case3-update',
    source: 'notes p. 14, lines 512–514',
    statement:
      '$$\\frac{\\partial e}{\\partial w} = \\frac{\\partial e}{\\partial a} \\times \\frac{\\partial a}{\\partial z} \\times \\frac{\\partial z}{\\partial w}$$ In weight update will be significant',
    kind: 'identity',
    context: LAYERS,
    reading:
      'for e = (y − a)², a = tanh(z), z = wx + b: the chain as written equals ∂e/∂w; "significant": at case 3 (z = 0) the factor ∂a/∂z is 1, its maximum (tanh′ ≤ 1 for every z, proved), so the update is not shrunk by the activation, while at case 1 (z = 10) the same factor is 8.2e-9',
    check: (s) =>
      allOf(
        s.check(0, { at: [{ w: '0', x: '1', b: '0', y: '1' }] }),
        proveBound(TANH_PRIME, { side: 'upper', value: '1', at: '0' }),
        value(TANH_PRIME, '1', { at: { z: '0' } }),
        inequality(TANH_PRIME, '<', '1e-8', { at: [{ z: '10' }] }),
      ),
  }),
  notCheckable({
    id: 'tanh-forward-backward',
    source: 'notes p. 14, line 516',
    statement:
      'In forward propagation information flows through  $\\tanh(z)$  in backward propagation information flows through  $\\frac{\\partial \\tanh(z)}{\\partial z}$  (derivative of  $\\tanh(z)$ )',
    reason: 'conceptual',
  }),
  statementClaim({
    id: 'tanh-def-p19',
    source: 'notes p. 19, line 697',
    statement: '$$\\tanh(z) = \\frac{e^z + e^{-z}}{e^z - e^{-z}}$$',
    kind: 'identity',
    correction: 'tanh z = (eᶻ − e⁻ᶻ)/(eᶻ + e⁻ᶻ), as on line 471 (the expression written is coth z)',
    options: { at: [{ z: '1' }] },
  }),
  rangeClaim({
    id: 'tanh-range',
    source: 'notes p. 19, line 701',
    statement: '$\\tanh(z) \\in (-1, 1)$  Range',
  }),
  claim({
    id: 'tanh-domain',
    source: 'notes p. 19, line 703',
    statement: 'Domain  $(-\\infty, \\infty)$',
    kind: 'range',
    check: (s) => domainIs(s.setOf(0), 'tanh(z)'),
  }),
  statementClaim({
    id: 'tanh-deriv-p19',
    source: 'notes p. 19, line 705',
    statement: "$$\\tanh'(z) = 1 - \\tanh^2(z)$$",
    kind: 'identity',
  }),
  rangeClaim({
    id: 'tanh-deriv-range',
    source: 'notes p. 19, line 707',
    statement: "range  $\\rightarrow \\tanh'(z) \\in (0, 1)$",
    correction: "tanh′(z) ∈ (0, 1]: tanh′(0) = 1 is the maximum",
    corrected: '(0, 1]',
  }),
  claim({
    id: 'tanh-deriv-domain',
    source: 'notes p. 19, line 709',
    statement: 'domain  $\\rightarrow (-\\infty, \\infty)$',
    kind: 'range',
    reading: 'tanh is differentiable at every z (its derivative is defined everywhere, proved by interval arithmetic)',
    check: (s) => domainIs(s.setOf(0), 'tanh(z)', { derivative: true }),
  }),
  notCheckable({
    id: 'tanh-proper-init',
    source: 'notes p. 19, line 711',
    statement: '→ provided proper weight initialisation',
    reason: 'advice',
  }),
  claim({
    id: 'tanh-better-than-sigmoid',
    source: 'notes p. 19, line 713',
    statement: '\\* Better than sigmoid activation function as it has lesser chance of vanishing gradient',
    kind: 'inequality',
    reading:
      'the largest factor each can put in a chain: 0 < tanh′ ≤ 1 = tanh′(0) and σ′ ≤ 1/4 = σ′(0) for every z (proved by interval arithmetic), and tanh′ > σ′ near 0 (|z| ≤ 1.6 tried, with proper initialisation, line 711); not everywhere: tanh′ < σ′ for |z| > 1.6629 (z = 10 shown below)',
    check: () =>
      withOther(
        allOf(
          proveRange(TANH_PRIME, '(0, 1 @ 0]'),
          proveBound(sigmaPrime('z'), { side: 'upper', value: '1/4', at: '0' }),
          inequality(TANH_PRIME, '>', sigmaPrime('z'), { at: NEAR_ZERO }),
        ),
        inequality(TANH_PRIME, '>', sigmaPrime('z'), { at: [{ z: '10' }] }),
        'far from 0',
      ),
  }),
  claim({
    id: 'tanh-smooth',
    source: 'notes p. 19, line 715',
    statement: '\\* Smooth gradient - derivable at every point',
    kind: 'identity',
    reading: 'tanh and tanh′ are differentiable at every z (their derivatives are defined everywhere, proved by interval arithmetic)',
    check: () => allOf(domain('tanh(z)', 'z', { derivative: true }), domain(TANH_PRIME, 'z', { derivative: true })),
  }),
  identityClaim({
    id: 'tanh-symmetric',
    source: 'notes p. 19, line 717',
    statement: '\\* Symmetric to origin - which leads to zero mean - it will provide equal balance to negative and positive side',
    reading: 'tanh is odd, tanh(−z) = −tanh(z), so its mean over a symmetric input distribution is 0',
    left: 'tanh(-z)',
    right: '-tanh(z)',
  }),
  notCheckable({
    id: 'tanh-hidden-layers',
    source: 'notes p. 19, line 719',
    statement: '\\* Suitable function for hidden layers.',
    reason: 'advice',
  }),
  claim({
    id: 'tanh-saturation-zero',
    source: 'notes p. 19, line 723',
    statement: '- \\* It has saturation region where gradient becomes zero.',
    kind: 'limit',
    reading: 'tanh′ → 0 as z → ±∞ (exact limits) and is never exactly 0: its range is (0, 1], proved for every z, which matches the open end of line 707',
    check: () => proveRange(TANH_PRIME, '(0, 1 @ 0]'),
  }),
  notCheckable({
    id: 'tanh-latency',
    source: 'notes p. 19, line 724',
    statement: '- \\* It introduces latency because of exponential terms.',
    reason: SPEED.tanh,
  }),
]);
