/**
 * Partial derivatives and the gradient (notes p. 3–4), on z = x² + y².
 *
 * @module
 */
import { allOf, derivative } from '../src/verify/checks.js';
import { diff } from '../src/proofs/compute.js';
import { limit } from '../src/verify/limit.js';
import { claim, derivativeClaim, notCheckable, topic } from '../src/proofs/claim.js';
import { format } from '../src/symbolic/tree.js';

const F = 'x^2 + y^2';
const POINTS = [
  { x: '0.7', y: '-1.2' },
  { x: '-2.5', y: '0.4' },
];

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
  derivativeClaim({
    id: 'partial-x',
    source: 'notes p. 3, line 110',
    statement: String.raw`$$\frac{\partial z}{\partial x} = 2x$$`,
    f: F,
    wrt: 'x',
    claimed: '2*x',
  }),
  derivativeClaim({
    id: 'partial-y',
    source: 'notes p. 3, line 112',
    statement: String.raw`$$\frac{\partial z}{\partial y} = 2y$$`,
    f: F,
    wrt: 'y',
    claimed: '2*y',
  }),
  claim({
    id: 'partial-limit-def-x',
    source: 'notes p. 3, line 114',
    statement: String.raw`$$\frac{\partial f}{\partial x} = \lim_{\Delta x \rightarrow 0} \frac{f(x + \Delta x, y) - f(x, y)}{\Delta x}$$`,
    kind: 'limit',
    reading: 'for f = x² + y², the difference quotient in x tends to the library’s ∂f/∂x',
    check: () => {
      const d = format(diff(F, 'x'));
      return allOf(...POINTS.map((at) => limit('((x+h)^2 + y^2 - (x^2 + y^2))/h', 'h', '0', d, { at })));
    },
  }),
  claim({
    id: 'partial-limit-def-y',
    source: 'notes p. 3, line 116',
    statement: String.raw`$$\frac{\partial f}{\partial y} = \lim_{\Delta y \rightarrow 0} \frac{f(x, y + \Delta y) - f(x, y)}{\Delta y}$$`,
    kind: 'limit',
    reading: 'for f = x² + y², the difference quotient in y tends to the library’s ∂f/∂y',
    check: () => {
      const d = format(diff(F, 'y'));
      return allOf(...POINTS.map((at) => limit('(x^2 + (y+h)^2 - (x^2 + y^2))/h', 'h', '0', d, { at })));
    },
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
    reading: 'for f = x² + y² the gradient is (A, B) = (2x, 2y): each component checked against finite differences',
    check: () => allOf(derivative(F, 'x', '2*x', { at: POINTS }), derivative(F, 'y', '2*y', { at: POINTS })),
  }),
]);
