/**
 * Derivatives and the rules of differentiation (notes p. 1–2), on the example y = x² + a.
 *
 * @module
 */
import { allOf, identity } from '../src/verify/checks.js';
import { diff } from '../src/proofs/compute.js';
import { limit } from '../src/verify/limit.js';
import { claim, notCheckable, statementClaim, topic } from '../src/proofs/claim.js';
import { format } from '../src/symbolic/tree.js';
import { quotientRule } from './formulas.js';

/** The notes' example function. */
const F = 'x^2 + a';
/** Points (x, a) where limits are taken. */
const POINTS = [
  { x: '0.7', a: '2' },
  { x: '-1.3', a: '-0.5' },
];


/**
 * The claims of the notes on derivatives and the rules of differentiation (p. 1–2), each with its check.
 *
 * @example
 * ```ts
 * runClaims(DERIVATIVES).filter((r) => r.status === 'refuted').map((r) => r.id); // ['deriv-quotient-rule']
 * ```
 */
export const DERIVATIVES = topic('derivatives', [
  notCheckable({
    id: 'deriv-variables',
    source: 'notes p. 1, lines 59–61',
    statement: '$y = f(x)$ ✓ Independent variable dependent variable',
    reason: 'terminology: x is the independent variable, y the dependent one',
  }),
  notCheckable({
    id: 'deriv-informal-def',
    source: 'notes p. 2, line 66',
    statement: String.raw`$$\frac{dy}{dx} = \frac{\text{change in } y}{\text{small change in } x}$$`,
    reason: 'informal; the precise form is the limit of deriv-limit-def',
  }),
  claim({
    id: 'deriv-tangent-slope',
    source: 'notes p. 2, line 68',
    statement: 'Graphically :- slope of the tangent to the graph at a given point.',
    kind: 'limit',
    reading: "for f = x² + a, the line through (x₀, f(x₀)) with slope f′(x₀) is tangent: (f(x₀+h) − line(x₀+h))/h → 0 as h → 0",
    check: () => {
      const d = format(diff(F, 'x'));
      const tangentGap = `((x+h)^2 + a - (x^2 + a + (${d})*h))/h`;
      return allOf(...POINTS.map((at) => limit(tangentGap, 'h', '0', '0', { at })));
    },
  }),
  notCheckable({
    id: 'deriv-secant-slope',
    source: 'notes p. 2, line 72',
    statement: String.raw`$$\text{slope} = \frac{y_2 - y_1}{x_2 - x_1}$$`,
    reason: 'the definition of the slope of a secant',
  }),
  notCheckable({
    id: 'deriv-example-fn',
    source: 'notes p. 2, line 74',
    statement: '$$y = f(x) = x^2 + a$$',
    reason: 'it sets up the example',
  }),
  claim({
    id: 'deriv-limit-def',
    source: 'notes p. 2, lines 80–82',
    statement: String.raw`$$\boxed{\text{slope} = \lim_{\Delta x \rightarrow 0} \frac{\Delta y}{\Delta x} = \frac{dy}{dx}}$$ ↳ definition of differentiation`,
    kind: 'limit',
    reading: 'for y = f(x) = x² + a and Δy = f(x + Δx) − f(x), the Δy/Δx written tends to the dy/dx written as Δx → 0 (the reader does not read \\lim: it is rewritten away, and the limit taken here)',
    context: { rewrite: { '\\lim_{\\Delta x \\rightarrow 0}': '' }, define: { y: F, Delta_y: `(x + Delta_x)^2 + a - (${F})` } },
    check: (s) => allOf(...POINTS.map((at) => limit(s.text(s.link(1).left), 'Delta_x', '0', s.text(s.link(1).right), { at }))),
  }),
  claim({
    id: 'deriv-tan-theta',
    source: 'notes p. 2, line 86',
    statement: String.raw`$$\text{slope} = \tan \theta = \frac{dy}{dx}$$`,
    kind: 'identity',
    context: { define: { y: F } },
    reading: "the tangent of the inclination θ = atan(dy/dx) of the tangent line is the dy/dx written (for the notes' y = x² + a)",
    check: (s) => identity(`tan(atan(${s.text(2)}))`, s.text(2)),
  }),
  claim({
    id: 'deriv-secant-x2',
    source: 'notes p. 2, line 88',
    statement: String.raw`$$= \frac{x_2^2 - x_1^2}{x_2 - x_1} = x_1 + x_2$$`,
    kind: 'identity',
    reading: 'the secant slope of x² + a (a cancels) as written, and as x₂ → x₁ it tends to the derivative 2x₁',
    check: (s) =>
      allOf(s.check(1), limit(s.text(2), 'x_2', '0.7', format(diff('x_1^2 + a', 'x_1')), { at: { x_1: '0.7', a: '2' } }), identity(s.text(1), `((x_2^2 + a) - (x_1^2 + a))/(x_2 - x_1)`)),
  }),
  claim({
    id: 'deriv-limit-forms',
    source: 'notes p. 2, lines 90, 94, 98',
    statement: String.raw`$$\frac{dy}{dx} = \lim_{\Delta x \rightarrow 0} \frac{y_2 - y_1}{\Delta x}$$ … $$= \lim_{\Delta x \rightarrow 0} \frac{f(x_2) - f(x_1)}{\Delta x}$$ … $$= \lim_{\Delta x \rightarrow 0} \frac{f(x_1 + \Delta x) - f(x_1)}{\Delta x}$$`,
    kind: 'limit',
    reading:
      'with x₂ = x₁ + Δx, yᵢ = f(xᵢ) and f = x² + a, each of the three quotients written tends to the derivative dy/dx as Δx → 0 (the reader does not read \\lim: it is rewritten away, and the limit taken here)',
    context: {
      rewrite: { '\\lim_{\\Delta x \\rightarrow 0}': '' },
      // dy/dx is taken at x = x₁, the point the quotients are written at
      names: { x: 'x_1' },
      define: { y: 'x_1^2 + a', y_2: 'f(x_2)', y_1: 'f(x_1)', x_2: 'x_1 + Delta_x' },
      functions: { f: { args: ['t'], body: 't^2 + a' } },
    },
    check: (s) => {
      const d = s.text(s.link(0).left);
      return allOf(...s.links().flatMap((l) => POINTS.map(({ x, a }) => limit(s.text(l.right), 'Delta_x', '0', d, { at: { x_1: x, a } }))));
    },
  }),
  statementClaim({
    id: 'deriv-power-rule',
    source: 'notes p. 2, line 92',
    statement: String.raw`$$\frac{d}{dx} x^n = n x^{n-1}$$`,
    kind: 'identity',
    reading: 'for real n, at x > 0 and a few other points',
    options: {
      at: [
        { x: '2', n: '3' },
        { x: '-1.5', n: '4' },
        { x: '0.3', n: '-2.5' },
      ],
      points: 0,
    },
  }),
  statementClaim({
    id: 'deriv-exp',
    source: 'notes p. 2, line 96',
    statement: String.raw`$$\frac{d}{dx} e^x = e^x$$`,
    kind: 'identity',
  }),
  claim({
    id: 'deriv-quotient-rule',
    source: 'notes p. 2, line 100',
    statement: String.raw`$$\frac{d}{du} \frac{u}{v} = \frac{v - u'v}{v^2}$$`,
    kind: 'identity',
    reading: "the right side read as the quotient rule d/dx (u/v) (u′ the derivative of u); tried on u = x, v = x² and three more pairs, u′ and v′ derived by the library",
    correction: "d/dx (u/v) = (u′v − uv′)/v²",
    check: (s) => quotientRule(s.text(1)),
  }),
]);
