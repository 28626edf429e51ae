/**
 * The softmax–sigmoid equivalence for two classes (notes p. 21–22): with scores
 * a = θ_Aᵀx and b = θ_Bᵀx, softmax([a, b]) = (σ(a − b), 1 − σ(a − b)).
 *
 * @module
 */
import { allOf, identity } from '../src/verify/checks.js';
import { claim, identityClaim, topic } from '../src/proofs/claim.js';
import { sigma } from './formulas.js';

/** θᵀx for θ, x ∈ ℝ³. */
const SCORE = 't1*x1 + t2*x2 + t3*x3';

/**
 * The claims of the notes on the softmax–sigmoid equivalence (p. 21–22), each with its check.
 *
 * @example
 * ```ts
 * runClaims(SOFTMAX_SIGMOID).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const SOFTMAX_SIGMOID = topic('softmax-sigmoid', [
  identityClaim({
    id: 'softmax-linear-score',
    source: 'notes p. [20–21], line 819',
    statement: '$$z = w_1 x_1 + w_2 x_2 + w_3 x_3 = \\theta^T x$$',
    reading: 'with θ = (w₁, w₂, w₃), θᵀx = θ₁x₁ + θ₂x₂ + θ₃x₃',
    left: 'w1*x1 + w2*x2 + w3*x3',
    right: SCORE,
    params: { t1: 'w1', t2: 'w2', t3: 'w3' },
  }),
  identityClaim({
    id: 'softmax-case1-p1',
    source: 'notes p. [20–21], lines 823–838',
    statement:
      '$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$ … $$p(y=1|x) = \\frac{1}{1 + e^{-z}}$$ … $$= \\frac{1}{1 + e^{-\\theta^T x}}$$',
    reading: 'the model σ(z) with z = θᵀx substituted',
    left: sigma('z'),
    right: `1/(1 + e^(-(${SCORE})))`,
    params: { z: SCORE },
  }),
  identityClaim({
    id: 'softmax-case1-p0',
    source: 'notes p. [20–21], line 840',
    statement: '$$p(y=0|x) = 1 - p(y=1|x) = \\frac{e^{-\\theta^T x}}{1 + e^{-\\theta^T x}}$$',
    left: `1 - ${sigma('t')}`,
    right: 'e^(-t)/(1 + e^(-t))',
  }),
  claim({
    id: 'softmax-case2-p1',
    source: 'notes p. 22, lines 846–850',
    statement:
      '$$c=2$$ $$p(y=1|x) = \\frac{e^{\\theta_A^T x}}{e^{\\theta_A^T x} + e^{\\theta_B^T x}} = \\frac{1}{1 + e^{(\\theta_B^T - \\theta_A^T) \\cdot x}} = \\frac{1}{1 + e^{-\\theta_T^T x}}$$',
    kind: 'identity',
    reading: 'a = θ_Aᵀx, b = θ_Bᵀx; the last form with θ = θ_A − θ_B (the "θ_T" is a typo for θ)',
    check: () =>
      allOf(identity('e^a/(e^a + e^b)', '1/(1 + e^(b - a))'), identity('1/(1 + e^(b - a))', '1/(1 + e^(-t))', { params: { t: 'a - b' } })),
  }),
  identityClaim({
    id: 'softmax-theta-def',
    source: 'notes p. 22, line 852',
    statement: '$$\\text{Let } \\theta_B^T - \\theta_A^T = -\\theta^T$$',
    reading: 'θ = θ_A − θ_B, componentwise: θ_B − θ_A = −θ',
    left: 'b - a',
    right: '-t',
    params: { t: 'a - b' },
  }),
  identityClaim({
    id: 'softmax-case2-p0',
    source: 'notes p. 22, line 854',
    statement: '$$p(y=0|x) = \\frac{e^{-\\theta^T x}}{1 + e^{-\\theta^T x}}$$',
    reading: 'the softmax probability of the second class, e^b/(e^a + e^b), with θᵀx = a − b',
    left: 'e^b/(e^a + e^b)',
    right: 'e^(-(a - b))/(1 + e^(-(a - b)))',
  }),
  claim({
    id: 'softmax-sigmoid-equivalence',
    source: 'notes p. 22, line 856',
    statement:
      '$\\Rightarrow$  These eqn are similar for sigmoid case. Hence for binary classification softmax is equivalent to sigmoid activation.',
    kind: 'identity',
    reading: 'softmax([a, b]) = (σ(a − b), 1 − σ(a − b)) for all a, b: two-class softmax is the sigmoid of the score difference (θ = θ_A − θ_B)',
    check: () => allOf(identity('e^a/(e^a + e^b)', sigma('a - b')), identity('e^b/(e^a + e^b)', `1 - ${sigma('a - b')}`)),
  }),
]);
