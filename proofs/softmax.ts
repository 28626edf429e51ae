/**
 * Softmax (notes p. 21–22): its output is a probability distribution.
 *
 * @module
 */
import { allOf, identity, inequality } from '../src/verify/checks.js';
import { claim, notCheckable, topic } from '../src/proofs/claim.js';

const DENOMINATOR = '(e^z1 + e^z2 + e^z3)';
const S1 = `e^z1/${DENOMINATOR}`;

/**
 * The claims of the notes on softmax (p. 21–22), each with its check.
 *
 * @example
 * ```ts
 * runClaims(SOFTMAX).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const SOFTMAX = topic('softmax', [
  claim({
    id: 'softmax-prob-dist',
    source: 'notes p. [20–21], lines 805–810',
    statement: '### (6) Softmax Activation Functions … outcome is nothing but probability distribution',
    kind: 'range',
    reading: 'for z ∈ ℝ³, sᵢ = e^{zᵢ}/Σⱼ e^{zⱼ} (the standard formula; the notes give none) lies in (0, 1) and the three sum to 1',
    check: () =>
      allOf(
        identity(`${S1} + e^z2/${DENOMINATOR} + e^z3/${DENOMINATOR}`, '1'),
        inequality(S1, '>', '0', { points: 16 }),
        inequality(S1, '<', '1', { points: 16 }),
      ),
  }),
  notCheckable({
    id: 'softmax-multiclass',
    source: 'notes p. [20–21], line 812',
    statement: 'If number of classes  $> 2$',
    reason: 'advice',
  }),
  notCheckable({
    id: 'softmax-drawback',
    source: 'notes p. 22, line 858',
    statement:
      "- \\* Only drawback of softmax is that it contains exponential terms which simply implies that it's computationally intensive",
    reason: 'opinion ("only" overstates it: naive evaluation also overflows unless max(z) is subtracted)',
  }),
  notCheckable({
    id: 'softmax-output-only',
    source: 'notes p. 22, line 859',
    statement: '- \\* Softmax is only used in output function.',
    reason: 'advice (softmax is also used inside networks, e.g. in attention)',
  }),
]);
