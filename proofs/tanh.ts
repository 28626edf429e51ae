/**
 * The hyperbolic tangent (notes p. 13–14 and 19): its definition, the quotient-rule
 * derivation of tanh′, the cases z = 10, −10, 0, and the properties listed on p. 19.
 *
 * @module
 */
import { allOf, derivative, identity, inequality, value } from '../src/verify/checks.js';
import { limit } from '../src/verify/limit.js';
import type { Outcome } from '../src/proofs/claim.js';
import { withNote } from '../src/verify/verdict.js';
import { claim, derivativeClaim, identityClaim, notCheckable, rangeClaim, topic, valueClaim } from '../src/proofs/claim.js';
import { domain } from '../src/verify/range.js';
import { quotientRule, sigmaPrime } from './formulas.js';

const TANH_EXP = '(e^z - e^(-z))/(e^z + e^(-z))';
const TANH_PRIME = '1 - tanh(z)^2';

/** Points where tanh′ > σ′ is tried under the intended reading (|z| < 1.66). */
const NEAR_ZERO = ['0', '0.5', '-0.5', '1', '-1', '1.6', '-1.6'].map((z) => ({ z }));

function withOther(o: Outcome, other: Outcome): Outcome {
  return withNote(o, `the other reading: ${other.counterexample?.text ?? other.summary}`);
}

/**
 * The claims of the notes on tanh (p. 13–14, 19), each with its check.
 *
 * @example
 * ```ts
 * runClaims(TANH).filter((r) => r.status === 'refuted').map((r) => r.id); // ['tanh-quotient-rule', 'tanh-case2-deriv', 'tanh-def-p19', 'tanh-deriv-range']
 * ```
 */
export const TANH = topic('tanh', [
  identityClaim({
    id: 'tanh-def',
    source: 'notes p. 13, line 471',
    statement: '$$\\tanh(z) = \\frac{e^z - e^{-z}}{e^z + e^{-z}}$$',
    left: TANH_EXP,
    right: 'tanh(z)',
  }),
  claim({
    id: 'tanh-quotient-rule',
    source: 'notes p. 13, line 473',
    statement: "$$\\frac{\\partial u}{\\partial v} = \\frac{u'v + v'u}{v^2}$$",
    kind: 'identity',
    reading: "read as the quotient rule d/dz (u/v); tried on u = x, v = x²; u = v = x; and two more pairs",
    correction: "d/dz (u/v) = (u′v − uv′)/v² (line 476 uses the minus sign)",
    check: () => quotientRule('(du*v + dv*u)/v^2'),
  }),
  derivativeClaim({
    id: 'tanh-deriv-quotient',
    source: 'notes p. 13, line 476',
    statement:
      '$$\\frac{\\partial \\tanh(z)}{\\partial z} = \\frac{(e^z + e^{-z})(e^z + e^{-z}) - (e^z - e^{-z})(e^z - e^{-z})}{(e^z + e^{-z})^2}$$',
    f: 'tanh(z)',
    wrt: 'z',
    claimed: '((e^z + e^(-z))*(e^z + e^(-z)) - (e^z - e^(-z))*(e^z - e^(-z)))/(e^z + e^(-z))^2',
  }),
  claim({
    id: 'tanh-deriv',
    source: 'notes p. 13, line 478',
    statement:
      '$$= \\frac{(e^z + e^{-z})^2 - (e^z - e^{-z})^2}{(e^z + e^{-z})^2} = 1 - \\left( \\frac{e^z - e^{-z}}{e^z + e^{-z}} \\right)^2 = 1 - (\\tanh(z))^2$$',
    kind: 'identity',
    check: () =>
      allOf(
        identity('((e^z + e^(-z))^2 - (e^z - e^(-z))^2)/(e^z + e^(-z))^2', `1 - (${TANH_EXP})^2`),
        identity(`1 - (${TANH_EXP})^2`, TANH_PRIME),
        derivative('tanh(z)', 'z', TANH_PRIME),
      ),
  }),
  valueClaim({
    id: 'tanh-case1',
    source: 'notes p. 14, lines 488–492',
    statement:
      'Case 1 Let  $w = 10$   $x = 1$ $b = 0$ weight initilize $$\\tanh(z=10) = \\frac{e^{10} - e^{-10}}{e^{10} + e^{-10}} \\approx 1$$',
    expr: '(e^10 - e^(-10))/(e^10 + e^(-10))',
    claimed: '1',
    relation: '≈',
  }),
  valueClaim({
    id: 'tanh-case1-deriv',
    source: 'notes p. 14, lines 494–497',
    statement:
      '$$\\left. \\frac{\\partial \\tanh(z=10)}{\\partial z} \\right|_{z=10} = 1 - (\\tanh(z=10))^2 \\approx 0$$ hence issue of vanishing gradient',
    expr: '1 - tanh(10)^2',
    claimed: '0',
    relation: '≈',
  }),
  valueClaim({
    id: 'tanh-case2',
    source: 'notes p. 14, lines 499–501',
    statement: 'Case 2  $z = -10$ $$\\tanh(z=-10) = \\frac{e^{-10} - e^{10}}{e^{-10} + e^{10}} \\approx -1$$',
    expr: '(e^(-10) - e^10)/(e^(-10) + e^10)',
    claimed: '-1',
    relation: '≈',
  }),
  valueClaim({
    id: 'tanh-case2-deriv',
    source: 'notes p. 14, line 503',
    statement: '$$\\left. \\frac{\\partial \\tanh(z=-10)}{\\partial z} \\right|_{z=-10} = 1 - (\\tanh(z=-10))^2 \\approx 1$$',
    correction: '≈ 0 (8.24e-9: a vanishing gradient, as in case 1; tanh′ is even)',
    expr: '1 - tanh(-10)^2',
    claimed: '1',
    relation: '≈',
  }),
  claim({
    id: 'tanh-case3',
    source: 'notes p. 14, lines 505–507',
    statement: 'Case 3  $w = 0$   $b = 0$   $x = 1$ $$\\tanh(z=0) = \\frac{e^0 - e^0}{e^0 + e^0} \\approx 0$$',
    kind: 'value',
    reading: 'the "≈" is in fact "=": both hold',
    check: () => allOf(value('(e^0 - e^0)/(e^0 + e^0)', '0', { relation: '≈' }), value('tanh(0)', '0')),
  }),
  claim({
    id: 'tanh-case3-deriv',
    source: 'notes p. 14, line 510',
    statement: '$$\\left. \\frac{\\partial \\tanh(z=0)}{\\partial z} \\right|_{z=0} = 1 - (0)^2 = 1$$',
    kind: 'value',
    check: () => allOf(value('1 - 0^2', '1'), derivative('tanh(z)', 'z', '1', { at: [{ z: '0' }], points: 0 })),
  }),
  notCheckable({
    id: 'tanh-case3-update',
    source: 'notes p. 14, lines 512–514',
    statement:
      '$$\\frac{\\partial e}{\\partial w} = \\frac{\\partial e}{\\partial a} \\times \\frac{\\partial a}{\\partial z} \\times \\frac{\\partial z}{\\partial w}$$ In weight update will be significant',
    reason: 'qualitative',
  }),
  notCheckable({
    id: 'tanh-forward-backward',
    source: 'notes p. 14, line 516',
    statement:
      'In forward propagation information flows through  $\\tanh(z)$  in backward propagation information flows through  $\\frac{\\partial \\tanh(z)}{\\partial z}$  (derivative of  $\\tanh(z)$ )',
    reason: 'conceptual',
  }),
  identityClaim({
    id: 'tanh-def-p19',
    source: 'notes p. 19, line 697',
    statement: '$$\\tanh(z) = \\frac{e^z + e^{-z}}{e^z - e^{-z}}$$',
    correction: 'tanh z = (eᶻ − e⁻ᶻ)/(eᶻ + e⁻ᶻ), as on line 471 (the expression written is coth z)',
    left: '(e^z + e^(-z))/(e^z - e^(-z))',
    right: 'tanh(z)',
    at: [{ z: '1' }],
  }),
  rangeClaim({
    id: 'tanh-range',
    source: 'notes p. 19, line 701',
    statement: '$\\tanh(z) \\in (-1, 1)$  Range',
    f: 'tanh(z)',
    wrt: 'z',
    range: '(-1, 1)',
  }),
  claim({
    id: 'tanh-domain',
    source: 'notes p. 19, line 703',
    statement: 'Domain  $(-\\infty, \\infty)$',
    kind: 'range',
    check: () => domain('tanh(z)', 'z'),
  }),
  derivativeClaim({
    id: 'tanh-deriv-p19',
    source: 'notes p. 19, line 705',
    statement: "$$\\tanh'(z) = 1 - \\tanh^2(z)$$",
    f: 'tanh(z)',
    wrt: 'z',
    claimed: TANH_PRIME,
  }),
  rangeClaim({
    id: 'tanh-deriv-range',
    source: 'notes p. 19, line 707',
    statement: "range  $\\rightarrow \\tanh'(z) \\in (0, 1)$",
    reading: 'the values of tanh′ over the real line (probing z = 0, where the notes computed 1 on line 510)',
    correction: "tanh′(z) ∈ (0, 1]: tanh′(0) = 1 is the maximum",
    f: TANH_PRIME,
    wrt: 'z',
    range: '(0, 1)',
    probes: ['0'],
  }),
  claim({
    id: 'tanh-deriv-domain',
    source: 'notes p. 19, line 709',
    statement: 'domain  $\\rightarrow (-\\infty, \\infty)$',
    kind: 'range',
    reading: 'tanh is differentiable at every point tried',
    check: () => domain('tanh(z)', 'z', { derivative: true, probes: ['0'] }),
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
      'near 0 (with proper initialisation, line 711): tanh′(0) = 1 > σ′(0) = 0.25 and tanh′ > σ′ for |z| ≤ 1.6; not everywhere: tanh′ < σ′ for |z| > 1.6629 (z = 10 shown below)',
    check: () =>
      withOther(
        allOf(value(TANH_PRIME, '1', { at: { z: '0' } }), value(sigmaPrime('z'), '0.25', { at: { z: '0' } }), inequality(TANH_PRIME, '>', sigmaPrime('z'), { at: NEAR_ZERO })),
        inequality(TANH_PRIME, '>', sigmaPrime('z'), { at: [{ z: '10' }] }),
      ),
  }),
  claim({
    id: 'tanh-smooth',
    source: 'notes p. 19, line 715',
    statement: '\\* Smooth gradient - derivable at every point',
    kind: 'identity',
    reading: 'tanh and tanh′ are differentiable at every point tried',
    check: () => allOf(domain('tanh(z)', 'z', { derivative: true, probes: ['0'] }), domain(TANH_PRIME, 'z', { derivative: true, probes: ['0'] })),
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
    reading: 'tanh′ → 0 as |z| → ∞; it is never exactly 0 (tanh′(80) > 0), which matches the open end of line 707',
    check: () =>
      allOf(limit(TANH_PRIME, 'z', 'inf', '0'), limit(TANH_PRIME, 'z', '-inf', '0'), inequality(TANH_PRIME, '>', '0', { at: [{ z: '80' }, { z: '-80' }] })),
  }),
  notCheckable({
    id: 'tanh-latency',
    source: 'notes p. 19, line 724',
    statement: '- \\* It introduces latency because of exponential terms.',
    reason: 'a performance claim',
  }),
]);
