/**
 * Maxout with k = 2 pieces (notes p. 23).
 *
 * @module
 */
import { InputError } from '../src/errors.js';
import { derivative, value } from '../src/verify/checks.js';
import { claim, topic } from '../src/proofs/claim.js';
import { type StatementContext, StatementReader } from '../src/proofs/statement.js';
import { variables, format } from '../src/symbolic/tree.js';
import { piecewise } from '../src/verify/formula.js';

/** The definition of line 938. */
const DEF = '(13) Max Out $$f(x) = \\max(w_1^T x + b_1, w_2^T x + b_2)$$';

/** One input: wᵢᵀx is the product wᵢx. */
const ONE_INPUT: StatementContext = { rewrite: { 'w_1^T x': 'w_1 x', 'w_2^T x': 'w_2 x' } };

/** The affine pieces inside the max, as the statement writes them. */
function pieces(s: StatementReader): [string, string] {
  const f = s.expr(s.link(0).right);
  if (f.kind !== 'call' || f.args.length !== 2) throw new InputError(`maxout: expected max of two pieces, read ${format(f)}`);
  return [format(f.args[0]!), format(f.args[1]!)];
}

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
    statement: DEF,
    kind: 'identity',
    context: ONE_INPUT,
    reading:
      'the definition with k = 2 (one input, so wᵢᵀx = wᵢx); checked: the gradient flows to the arg-max piece, ∂f/∂w₁ = x where piece 1 is the larger and 0 where it is the smaller',
    check: (s) => {
      const [p1, p2] = pieces(s);
      return derivative(s.expr(s.link(0).right), 'w_1', piecewise([['x', `${p1} > ${p2}`], ['0', `${p1} < ${p2}`]]));
    },
  }),
  claim({
    id: 'maxout-params',
    source: 'notes p. 23, line 940',
    statement: 'drawback: 1) Compute intensive as it doubles the number of parameters',
    kind: 'value',
    prose: 'the statement is in words: "doubles" is read as the ratio 2',
    reading:
      'the parameters of the maxout unit as line 938 defines it (its symbols other than the input x), against one affine map wx + b of the same input: their ratio is what "doubles" claims; with k pieces it is k, so it doubles only because the notes take k = 2',
    check: () => {
      const unit = new StatementReader(DEF, ONE_INPUT);
      const params = variables(unit.expr(unit.link(0).right)).filter((n) => n !== 'x');
      return value(`${params.length}/2`, '2');
    },
  }),
]);
