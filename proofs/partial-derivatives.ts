/**
 * Partial derivatives and the gradient (notes p. 3–4), on z = x² + y².
 *
 * @module
 */
import { allOf, derivative } from '../src/verify/checks.js';
import { diff } from '../src/proofs/compute.js';
import { limit } from '../src/verify/limit.js';
import { claim, notCheckable, statementClaim, topic } from '../src/proofs/claim.js';
import { format } from '../src/symbolic/tree.js';
import { InputError } from '../src/errors.js';
import type { Term } from '../src/latex/index.js';
import type { StatementReader } from '../src/proofs/statement.js';
import type { Verdict } from '../src/verify/verdict.js';

const F = 'x^2 + y^2';
const POINTS = [
  { x: '0.7', y: '-1.2' },
  { x: '-2.5', y: '0.4' },
];

/**
 * The right side of link 0, a difference quotient in `step` (the statement's `\\lim` is
 * rewritten away: the reader does not read limits), tends to `d` as the step → 0, at each
 * of POINTS.
 */
function quotientTendsTo(s: StatementReader, step: string, d: string): Verdict {
  const q = s.text(s.link(0).right);
  return allOf(...POINTS.map((at) => limit(q, step, '0', d, { at })));
}

/**
 * The claims of the notes on partial derivatives and the gradient (p. 3–4), each with its check.
 *
 * @example
 * ```ts
 * runClaims(PARTIAL_DERIVATIVES).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const PARTIAL_DERIVATIVES = topic('partial-derivatives', [
  notCheckable({
    id: 'partial-example-fn',
    source: 'notes p. 3, lines 106–108',
    statement: '$$y = f(x)$$ $$z = f(x, y) = x^2 + y^2$$',
    reason: 'it sets up the example',
  }),
  statementClaim({
    id: 'partial-x',
    source: 'notes p. 3, line 110',
    statement: String.raw`$$\frac{\partial z}{\partial x} = 2x$$`,
    kind: 'identity',
    context: { define: { z: F } },
  }),
  statementClaim({
    id: 'partial-y',
    source: 'notes p. 3, line 112',
    statement: String.raw`$$\frac{\partial z}{\partial y} = 2y$$`,
    kind: 'identity',
    context: { define: { z: F } },
  }),
  claim({
    id: 'partial-limit-def-x',
    source: 'notes p. 3, line 114',
    statement: String.raw`$$\frac{\partial f}{\partial x} = \lim_{\Delta x \rightarrow 0} \frac{f(x + \Delta x, y) - f(x, y)}{\Delta x}$$`,
    kind: 'limit',
    reading: 'for f = x² + y², the difference quotient written (after the lim) tends to the library’s ∂f/∂x as Δx → 0',
    context: { rewrite: { '\\lim_{\\Delta x \\rightarrow 0}': '' }, functions: { f: { args: ['x', 'y'], body: F } } },
    check: (s) => quotientTendsTo(s, 'Delta_x', format(diff(F, 'x'))),
  }),
  claim({
    id: 'partial-limit-def-y',
    source: 'notes p. 3, line 116',
    statement: String.raw`$$\frac{\partial f}{\partial y} = \lim_{\Delta y \rightarrow 0} \frac{f(x, y + \Delta y) - f(x, y)}{\Delta y}$$`,
    kind: 'limit',
    reading: 'for f = x² + y², the difference quotient written (after the lim) tends to the library’s ∂f/∂y as Δy → 0',
    context: { rewrite: { '\\lim_{\\Delta y \\rightarrow 0}': '' }, functions: { f: { args: ['x', 'y'], body: F } } },
    check: (s) => quotientTendsTo(s, 'Delta_y', format(diff(F, 'y'))),
  }),
  notCheckable({
    id: 'partial-loss-fn-of-params',
    source: 'notes p. [3–4], lines 121, 125',
    statement: String.raw`$$\text{loss } f^n = \frac{f(\text{weights, biases})}{ }$$ … $$\text{Loss } f^n = f(w_1, w_2, \dots, w_n, b_1, b_2, \dots, b_n)$$`,
    reason: 'a modelling statement (the data held fixed); the numbers of weights and biases need not be equal',
  }),
  notCheckable({
    id: 'partial-objective-minimize',
    source: 'notes p. [3–4], line 123',
    statement: '↳ our objective is to minimize this function',
    reason: 'a statement of purpose',
  }),
  notCheckable({
    id: 'partial-one-param',
    source: 'notes p. [3–4], line 127',
    statement: '\\* Partial derivative with one weight or bias and find out the change',
    reason: 'an informal description of ∂L/∂wᵢ',
  }),
  claim({
    id: 'grad-def',
    source: 'notes p. [3–4], lines 186–190',
    statement: String.raw`$$\nabla f(x, y) = \left( \frac{\partial f}{\partial x} \Big|_y \hat{i} + \frac{\partial f}{\partial y} \Big|_x \hat{j} \right)$$ $$= A \hat{i} + B \hat{j}$$`,
    kind: 'identity',
    context: { define: { f: F } },
    reading: 'for f = x² + y² the gradient’s components as written, ∂f/∂x and ∂f/∂y, checked against finite differences (A and B name them)',
    check: (s) => {
      const [dx, dy] = gradient(s.term(1));
      return allOf(derivative(F, 'x', s.text(dx), { at: POINTS }), derivative(F, 'y', s.text(dy), { at: POINTS }));
    },
  }),
]);

/** The two derivative terms of c₁·î + c₂·ĵ. */
function gradient(t: Term): [Term, Term] {
  if (t.t === 'op' && t.op === 'add' && t.args.length === 2) {
    const coef = (x: Term): Term => (x.t === 'op' && x.op === 'mul' ? x.args[0]! : x);
    return [coef(t.args[0]!), coef(t.args[1]!)];
  }
  throw new InputError('expected ∂f/∂x î + ∂f/∂y ĵ');
}
