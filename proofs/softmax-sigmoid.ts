/**
 * The softmax–sigmoid equivalence for two classes (notes p. 21–22): with scores
 * a = θ_Aᵀx and b = θ_Bᵀx, softmax([a, b]) = (σ(a − b), 1 − σ(a − b)).
 *
 * @module
 */
import { allOf, identity } from '../src/verify/checks.js';
import { claim, notCheckable, statementClaim, topic } from '../src/proofs/claim.js';
import { sigma } from './formulas.js';

/**
 * The claims of the notes on the softmax–sigmoid equivalence (p. 21–22), each with its check.
 *
 * @example
 * ```ts
 * runClaims(SOFTMAX_SIGMOID).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const SOFTMAX_SIGMOID = topic('softmax-sigmoid', [
  notCheckable({
    id: 'softmax-linear-score',
    source: 'notes p. [20–21], line 819',
    statement: '$$z = w_1 x_1 + w_2 x_2 + w_3 x_3 = \\theta^T x$$',
    reason:
      'a definition: the score z, and the notation θᵀx for it with θ = (w₁, w₂, w₃); with θᵢ = wᵢ the two sides are one expression, so there is nothing to compute',
  }),
  notCheckable({
    id: 'softmax-case1-p1',
    source: 'notes p. [20–21], lines 823–838',
    statement:
      '$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$ … $$p(y=1|x) = \\frac{1}{1 + e^{-z}}$$ … $$= \\frac{1}{1 + e^{-\\theta^T x}}$$',
    reason:
      'definitions: the sigmoid, the model p(y=1|x) = σ(z), and the same with z = θᵀx written out; with that substitution the two sides are one expression, so there is nothing to compute',
  }),
  statementClaim({
    id: 'softmax-case1-p0',
    source: 'notes p. [20–21], line 840',
    statement: '$$p(y=0|x) = 1 - p(y=1|x) = \\frac{e^{-\\theta^T x}}{1 + e^{-\\theta^T x}}$$',
    kind: 'identity',
    reading: 'p(y=1|x) = σ(θᵀx) (line 838); the first link, p(y=0|x) = 1 − p(y=1|x), is the definition of the complement, so the second is checked',
    context: { rewrite: { 'p(y=0|x)': 'p_0', 'p(y=1|x)': 'p_1', '\\theta^T x': 't' }, define: { p_1: 'sigma(t)' } },
    links: [1],
  }),
  statementClaim({
    id: 'softmax-case2-p1',
    source: 'notes p. 22, lines 846–850',
    statement:
      '$$c=2$$ $$p(y=1|x) = \\frac{e^{\\theta_A^T x}}{e^{\\theta_A^T x} + e^{\\theta_B^T x}} = \\frac{1}{1 + e^{(\\theta_B^T - \\theta_A^T) \\cdot x}} = \\frac{1}{1 + e^{-\\theta_T^T x}}$$',
    kind: 'identity',
    reading:
      'a = θ_Aᵀx, b = θ_Bᵀx (so (θ_Bᵀ − θ_Aᵀ)·x = b − a); the last form with θ = θ_A − θ_B (line 852; the "θ_T" is a typo for θ); the first link is the softmax of two classes, the definition of p(y=1|x), so the two after it are checked',
    context: {
      rewrite: { 'p(y=1|x)': 'p_1', '\\theta_A^T x': 'a', '\\theta_B^T x': 'b', '(\\theta_B^T - \\theta_A^T) \\cdot x': '(b - a)', '\\theta_T^T x': 't' },
      define: { t: 'a - b' },
    },
    links: [2, 3],
  }),
  notCheckable({
    id: 'softmax-theta-def',
    source: 'notes p. 22, line 852',
    statement: '$$\\text{Let } \\theta_B^T - \\theta_A^T = -\\theta^T$$',
    reason: 'a definition ("Let"): θ = θ_A − θ_B; the claims that use it (softmax-case2-p1, softmax-case2-p0) are checked with it',
  }),
  statementClaim({
    id: 'softmax-case2-p0',
    source: 'notes p. 22, line 854',
    statement: '$$p(y=0|x) = \\frac{e^{-\\theta^T x}}{1 + e^{-\\theta^T x}}$$',
    kind: 'identity',
    reading: 'the softmax probability of the second class, p(y=0|x) = e^b/(e^a + e^b), with θᵀx = a − b (line 852)',
    context: { rewrite: { 'p(y=0|x)': 'p_0', '\\theta^T x': 't' }, define: { p_0: 'e^b/(e^a + e^b)', t: 'a - b' } },
  }),
  claim({
    id: 'softmax-sigmoid-equivalence',
    source: 'notes p. 22, line 856',
    statement:
      '$\\Rightarrow$  These eqn are similar for sigmoid case. Hence for binary classification softmax is equivalent to sigmoid activation.',
    kind: 'identity',
    prose: 'the statement is in words (its only formula is an arrow)',
    reading: 'softmax([a, b]) = (σ(a − b), 1 − σ(a − b)) for all a, b: two-class softmax is the sigmoid of the score difference (θ = θ_A − θ_B)',
    check: () => allOf(identity('e^a/(e^a + e^b)', sigma('a - b')), identity('e^b/(e^a + e^b)', `1 - ${sigma('a - b')}`)),
  }),
]);
