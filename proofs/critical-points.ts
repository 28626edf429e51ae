/**
 * Critical points (notes p. 3–4): first and second derivative tests on x², −x², x³.
 *
 * @module
 */
import { allOf, derivative, identity, inequality, value } from '../src/verify/checks.js';
import { diff } from '../src/proofs/compute.js';
import type { Outcome } from '../src/proofs/claim.js';
import { claim, notCheckable, topic } from '../src/proofs/claim.js';
import { toTree } from '../src/verify/formula.js';
import { decimalContext } from '../src/numeric/context.js';
import { format } from '../src/symbolic/tree.js';

/** The steps h at which f(c ± h) is compared with f(c). */
const STEPS = ['0.5', '0.001', '1e-10'];

/** c + h as an exact decimal string. */
const plus = (c: string, h: string): string => decimalContext(60).add(c, h).toString();

/** f′(c) = 0, f″(c) `op` 0, and f(c ± h) `op` f(c) for the steps h: c is a minimum (op '>') or a maximum ('<'). */
function secondDerivativeTest(f: string, c: string, op: '>' | '<'): Outcome {
  const around = STEPS.flatMap((h) => [{ x: plus(c, h) }, { x: plus(c, `-${h}`) }]);
  return allOf(
    value(format(diff(f, 'x')), '0', { at: { x: c }, symbolic: false }),
    inequality(format(diff(f, 'x', 2)), op, '0', { at: [{ x: c }] }),
    inequality(f, op, format(toTree(f, { x: c })), { at: around }),
  );
}

/**
 * The claims of the notes on critical points (p. 3–4), each with its check.
 *
 * @example
 * ```ts
 * runClaims(CRITICAL_POINTS).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const CRITICAL_POINTS = topic('critical-points', [
  notCheckable({
    id: 'crit-figure',
    source: 'notes p. [3–4], lines 132–134',
    statement: 'A, B, C = points of maxima. D, E, F = points of minima',
    reason: 'refers to a figure that was not transcribed',
  }),
  claim({
    id: 'crit-slope-positive-right-of-min',
    source: 'notes p. [3–4], line 136',
    statement: String.raw`$x + \Delta x$  slope = +ve`,
    kind: 'inequality',
    reading:
      'just to the right of a (non-degenerate) minimum the slope is positive: f = x² at 0 + Δx and f = (x − 1)² + 3 at 1 + Δx, for Δx = 0.5, 0.001, 1e-10. It is false for a flat minimum (a constant function)',
    check: () =>
      allOf(
        inequality(format(diff('x^2', 'x')), '>', '0', { at: STEPS.map((h) => ({ x: h })) }),
        inequality(format(diff('(x-1)^2 + 3', 'x')), '>', '0', { at: STEPS.map((h) => ({ x: plus('1', h) })) }),
      ),
  }),
  claim({
    id: 'crit-first-derivative-zero',
    source: 'notes p. [3–4], line 138',
    statement: String.raw`①  $\frac{dy}{dx}$  at maxima & minima  $y = 0$`,
    kind: 'identity',
    reading:
      'dy/dx = 0 at interior extrema of differentiable functions: x² and −x² at 0, x³ − 3x at ±1. Read literally ("y = 0") it is false: x² + 1 has y = 1 at its minimum',
    check: () =>
      allOf(
        value(format(diff('x^2', 'x')), '0', { at: { x: '0' }, symbolic: false }),
        value(format(diff('-x^2', 'x')), '0', { at: { x: '0' }, symbolic: false }),
        value(format(diff('x^3 - 3*x', 'x')), '0', { at: { x: '1' }, symbolic: false }),
        value(format(diff('x^3 - 3*x', 'x')), '0', { at: { x: '-1' }, symbolic: false }),
      ),
  }),
  claim({
    id: 'crit-second-deriv-min',
    source: 'notes p. [3–4], lines 142–143',
    statement: String.raw`at  $x = c_1$ $\frac{d^2y}{dx^2} > 0 \Rightarrow$  point of minima at  $c_1$`,
    kind: 'inequality',
    reading: 'given f′(c) = 0: f = x² at c = 0 and f = (x − 1)² + 3 at c = 1 have f″(c) > 0, and f(c ± h) > f(c) for h = 0.5, 0.001, 1e-10',
    check: () => allOf(secondDerivativeTest('x^2', '0', '>'), secondDerivativeTest('(x-1)^2 + 3', '1', '>')),
  }),
  claim({
    id: 'crit-second-deriv-max',
    source: 'notes p. [3–4], lines 147–148',
    statement: String.raw`at  $x = c_2$ $\frac{d^2y}{dx^2} < 0 \Rightarrow$  point of maxima at  $c_2$`,
    kind: 'inequality',
    reading: 'given f′(c) = 0: f = −x² at 0 and f = 1 − (x + 2)² at −2 have f″(c) < 0, and f(c ± h) < f(c)',
    check: () => allOf(secondDerivativeTest('-x^2', '0', '<'), secondDerivativeTest('1 - (x+2)^2', '-2', '<')),
  }),
  claim({
    id: 'crit-x2-critical',
    source: 'notes p. [3–4], lines 150–154',
    statement: String.raw`$$f(x) = x^2$$ Critical point  $x=0$ $$\frac{dy}{dx} = 2x = 0$$`,
    kind: 'identity',
    reading: 'd/dx x² = 2x, which is 0 at x = 0 and nowhere else (2x ≠ 0 at the seeded points)',
    check: () =>
      allOf(
        derivative('x^2', 'x', '2*x'),
        value('2*x', '0', { at: { x: '0' } }),
        inequality('abs(2*x)', '>', '0', { points: 16 }),
      ),
  }),
  claim({
    id: 'crit-x2-min',
    source: 'notes p. [3–4], line 156',
    statement: String.raw`$$\frac{d^2y}{dx^2} = 2 > 0 \text{ minima}$$`,
    kind: 'value',
    check: () => allOf(identity(format(diff('x^2', 'x', 2)), '2'), inequality('2', '>', '0')),
  }),
  claim({
    id: 'crit-x3-first',
    source: 'notes p. [3–4], lines 159–167',
    statement: String.raw`$$f(x) = x^3$$ at  $x=0$ $$\frac{dy}{dx} = 3x^2$$ at  $x=0$ $$\frac{dy}{dx} = 0$$`,
    kind: 'identity',
    check: () => allOf(derivative('x^3', 'x', '3*x^2'), value('3*x^2', '0', { at: { x: '0' } })),
  }),
  claim({
    id: 'crit-x3-second',
    source: 'notes p. [3–4], line 175',
    statement: String.raw`$$\frac{d^2y}{dx^2} = 6x \approx 0 \text{ (at } x=0\text{)}$$`,
    kind: 'value',
    check: () => allOf(identity(format(diff('x^3', 'x', 2)), '6*x'), value('6*x', '0', { at: { x: '0' }, relation: '≈' })),
  }),
  claim({
    id: 'crit-x3-inflection',
    source: 'notes p. [3–4], lines 171–173',
    statement: 'point of inflection saddle point',
    kind: 'identity',
    reading: 'for x³ at 0: f″ changes sign (negative at −0.1, positive at 0.1) and f rises through 0 (f(−h) < f(0) < f(h)), so 0 is a stationary inflection point, not an extremum',
    check: () => {
      const d2 = format(diff('x^3', 'x', 2));
      return allOf(
        inequality(d2, '<', '0', { at: [{ x: '-0.1' }, { x: '-1e-10' }] }),
        inequality(d2, '>', '0', { at: [{ x: '0.1' }, { x: '1e-10' }] }),
        inequality('x^3', '<', '0', { at: [{ x: '-0.1' }, { x: '-1e-10' }] }),
        inequality('x^3', '>', '0', { at: [{ x: '0.1' }, { x: '1e-10' }] }),
      );
    },
  }),
  notCheckable({
    id: 'crit-dl-global-min',
    source: 'notes p. [3–4], lines 177–181',
    statement: String.raw`Q Where used in Deep Learning? … Reduction in loss function  $\rightarrow$  lowest value of the error  $\rightarrow$  global minima`,
    reason: 'states an aim; gradient descent in general reaches only a local minimum or a saddle point',
  }),
]);
