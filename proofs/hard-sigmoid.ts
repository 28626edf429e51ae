/**
 * The hard sigmoid (notes p. 23): 0.2z + 0.5 clipped to [0, 1], with breaks at ±2.5
 * (the Keras 2 form; Keras 3 and PyTorch use relu6(z + 3)/6).
 *
 * @module
 */
import { allOf, identity } from '../src/verify/checks.js';
import { continuity } from '../src/verify/limit.js';
import { claim, topic } from '../src/proofs/claim.js';

/**
 * The claims of the notes on the hard sigmoid (p. 23), each with its check.
 *
 * @example
 * ```ts
 * runClaims(HARD_SIGMOID).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const HARD_SIGMOID = topic('hard-sigmoid', [
  claim({
    id: 'hardsig-def',
    source: 'notes p. 23, lines 924–926',
    statement:
      '(11) Hard Sigmoid $$\\phi(z) = \\begin{cases} 0 & z < -2.5 \\\\ 1 & z > 2.5 \\\\ 0.2z + 0.5 & -2.5 \\leq z \\leq 2.5 \\end{cases}$$',
    kind: 'identity',
    reading: 'the cases are clip(0.2z + 0.5, 0, 1), also at the breaks ±2.5, and the function is continuous there',
    check: (s) => {
      // the cases as the statement writes them, and the breaks their conditions name
      const phi = s.cases(s.link(0).right);
      const breaks = [...new Set(phi.pieces.flatMap((p) => [p.lo?.value, p.hi?.value]).filter((b): b is string => b !== undefined))];
      const f = s.expr(s.link(0).right);
      return allOf(identity(f, 'max(0, min(1, 0.2*z + 0.5))', { at: [...breaks.map((z) => ({ z })), { z: '0' }] }), ...breaks.map((b) => continuity(f, 'z', b)));
    },
  }),
]);
