/**
 * Maxout with k = 2 pieces (notes p. 23).
 *
 * @module
 */
import { derivative } from '../src/verify/checks.js';
import { claim, identityClaim, topic } from '../src/proofs/claim.js';
import { piecewise } from '../src/verify/formula.js';

const PIECE1 = 'w1*x + b1';
const PIECE2 = 'w2*x + b2';

/**
 * The claims of the notes on maxout (p. 23), each with its check.
 *
 * @example
 * ```ts
 * runClaims(MAXOUT).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const MAXOUT = topic('maxout', [
  claim({
    id: 'maxout-def',
    source: 'notes p. 23, lines 936–938',
    statement: '(13) Max Out $$f(x) = \\max(w_1^T x + b_1, w_2^T x + b_2)$$',
    kind: 'identity',
    reading:
      'the definition with k = 2 (one input); checked: the gradient flows to the arg-max piece, ∂f/∂w₁ = x where piece 1 is the larger and 0 where it is the smaller',
    check: () =>
      derivative(
        `max(${PIECE1}, ${PIECE2})`,
        'w1',
        piecewise([
          ['x', `${PIECE1} > ${PIECE2}`],
          ['0', `${PIECE1} < ${PIECE2}`],
        ]),
      ),
  }),
  identityClaim({
    id: 'maxout-params',
    source: 'notes p. 23, line 940',
    statement: 'drawback: 1) Compute intensive as it doubles the number of parameters',
    reading: 'a maxout unit with k = 2 affine pieces of n inputs has 2(n + 1) parameters, twice the n + 1 of one affine map (k pieces: k times)',
    left: '(k*(n + 1))/(n + 1)',
    right: '2',
    params: { k: '2' },
    where: { n: 'positive' },
  }),
]);
