/**
 * Critical points (notes p. 3–4): first and second derivative tests on x², −x², x³.
 *
 * @module
 */
import { allOf, inequality, value } from '../src/verify/checks.js';
import { diff } from '../src/proofs/compute.js';
import type { Outcome } from '../src/proofs/claim.js';
import { claim, notCheckable, topic } from '../src/proofs/claim.js';
import type { StatementReader } from '../src/proofs/statement.js';
import { descend } from '../src/proofs/compute.js';
import { computed } from '../src/verify/checks.js';
import { shortNumber } from '../src/verify/formula.js';
import { toTree } from '../src/verify/formula.js';
import { decimalContext } from '../src/numeric/context.js';
import { format } from '../src/symbolic/tree.js';

/** The steps h at which f(c ± h) is compared with f(c). */
const STEPS = ['0.5', '0.001', '1e-10'];

/** c + h as an exact decimal string. */
const plus = (c: string, h: string): string => decimalContext(60).add(c, h).toString();

/**
 * The test as the statement writes it (link 1: d²y/dx² `op` 0) on an example y = f with
 * f′(c) = 0: f″(c) `op` 0 is read from the statement, and f(c ± h) `op` f(c) for the steps h
 * shows c is the extremum the statement names (a minimum for '>', a maximum for '<').
 */
function secondDerivativeTest(s: StatementReader, f: string, c: string): Outcome {
  const op = s.link(1).rel === '>' ? '>' : '<';
  const around = STEPS.flatMap((h) => [{ x: plus(c, h) }, { x: plus(c, `-${h}`) }]);
  return allOf(
    value(format(diff(f, 'x')), '0', { at: { x: c }, symbolic: false }),
    s.with({ define: { y: f }, at: { x: c } }).check(1),
    inequality(f, op, format(toTree(f, { x: c })), { at: around }),
  );
}

/** A loss with two wells: a local minimum near w = 0.96 and the global one near w = −1.04. */
const TWO_WELLS = '(w^2 - 1)^2 + 0.3*w';

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
    prose: 'the formula only names the point x + Δx',
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
      'the value written (0) is that of dy/dx at interior extrema of differentiable functions: x² and −x² at 0, x³ − 3x at ±1. Read literally ("y = 0") it is false: x² + 1 has y = 1 at its minimum',
    check: (s) => {
      const zero = s.number(2);
      return allOf(
        value(format(diff('x^2', 'x')), zero, { at: { x: '0' }, symbolic: false }),
        value(format(diff('-x^2', 'x')), zero, { at: { x: '0' }, symbolic: false }),
        value(format(diff('x^3 - 3*x', 'x')), zero, { at: { x: '1' }, symbolic: false }),
        value(format(diff('x^3 - 3*x', 'x')), zero, { at: { x: '-1' }, symbolic: false }),
      );
    },
  }),
  claim({
    id: 'crit-second-deriv-min',
    source: 'notes p. [3–4], lines 142–143',
    statement: String.raw`at  $x = c_1$ $\frac{d^2y}{dx^2} > 0 \Rightarrow$  point of minima at  $c_1$`,
    kind: 'inequality',
    reading: 'given f′(c) = 0: for y = x² at c = 0 and y = (x − 1)² + 3 at c = 1, d²y/dx² at c relates to 0 as written, and f(c ± h) > f(c) for h = 0.5, 0.001, 1e-10',
    check: (s) => allOf(secondDerivativeTest(s, 'x^2', '0'), secondDerivativeTest(s, '(x-1)^2 + 3', '1')),
  }),
  claim({
    id: 'crit-second-deriv-max',
    source: 'notes p. [3–4], lines 147–148',
    statement: String.raw`at  $x = c_2$ $\frac{d^2y}{dx^2} < 0 \Rightarrow$  point of maxima at  $c_2$`,
    kind: 'inequality',
    reading: 'given f′(c) = 0: for y = −x² at 0 and y = 1 − (x + 2)² at −2, d²y/dx² at c relates to 0 as written, and f(c ± h) < f(c)',
    check: (s) => allOf(secondDerivativeTest(s, '-x^2', '0'), secondDerivativeTest(s, '1 - (x+2)^2', '-2')),
  }),
  claim({
    id: 'crit-x2-critical',
    source: 'notes p. [3–4], lines 150–154',
    statement: String.raw`$$f(x) = x^2$$ Critical point  $x=0$ $$\frac{dy}{dx} = 2x = 0$$`,
    kind: 'identity',
    context: { define: { y: 'x^2' } },
    reading: 'for y = f(x) = x²: dy/dx is the 2x written, which is the 0 written at the critical point written and nowhere else (2x ≠ 0 at the seeded points)',
    check: (s) => allOf(s.check(2), value(s.text(5), s.number(6), { at: { x: s.number(3) } }), inequality(`abs(${s.text(5)})`, '>', '0', { points: 16 })),
  }),
  claim({
    id: 'crit-x2-min',
    source: 'notes p. [3–4], line 156',
    statement: String.raw`$$\frac{d^2y}{dx^2} = 2 > 0 \text{ minima}$$`,
    kind: 'value',
    context: { define: { y: 'x^2' } },
    reading: 'for y = x² (line 150)',
    check: (s) => s.checkAll(),
  }),
  claim({
    id: 'crit-x3-first',
    source: 'notes p. [3–4], lines 159–167',
    statement: String.raw`$$f(x) = x^3$$ at  $x=0$ $$\frac{dy}{dx} = 3x^2$$ at  $x=0$ $$\frac{dy}{dx} = 0$$`,
    kind: 'identity',
    context: { define: { y: 'x^3' } },
    reading: 'for y = f(x) = x³: dy/dx is the 3x² written, and at the point written it is the 0 written',
    check: (s) => allOf(s.check(2), s.with({ at: { x: s.number(7) } }).check(4)),
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
  claim({
    id: 'crit-x3-second',
    source: 'notes p. [3–4], line 175',
    statement: String.raw`$$\frac{d^2y}{dx^2} = 6x \approx 0 \text{ (at } x=0\text{)}$$`,
    kind: 'value',
    context: { define: { y: 'x^3' } },
    reading: 'for y = x³: d²y/dx² is the 6x written, and at the point written (x = 0) it is ≈ the 0 written (exactly 0)',
    check: (s) => {
      const [approx, x] = s.numbers(0).slice(-2);
      return allOf(s.check(0), value(s.text(1), approx!, { relation: '≈', at: { x: x! } }));
    },
  }),
  claim({
    id: 'crit-dl-global-min',
    source: 'notes p. [3–4], lines 177–181',
    statement: String.raw`Q Where used in Deep Learning? … Reduction in loss function  $\rightarrow$  lowest value of the error  $\rightarrow$  global minima`,
    kind: 'training',
    prose: 'the formulas are arrows',
    reading:
      'read as: reducing the loss (by the derivative tests of this page, or gradient descent) reaches the lowest value of the error, a global minimum. On the two-well loss (w² − 1)² + 0.3w both wells pass the second-derivative test (f″ > 0), but only one is the lowest; descent from w = 2 stops in the other',
    correction: 'reducing the loss by gradient descent reaches a local minimum (or a saddle point); the global minimum is the aim, reached for convex losses but not in general',
    check: () => {
      const f = TWO_WELLS;
      const right = descend(f, 'w', '2', '0.05', 300);
      const left = descend(f, 'w', '-2', '0.05', 300);
      const wr = right.weights[300]!;
      const wl = left.weights[300]!;
      const fr = right.costs[300]!;
      const fl = left.costs[300]!;
      const d2 = format(diff(f, 'w', 2));
      const bothMinima = allOf(inequality(d2, '>', '0', { at: [{ w: wr.toString() }, { w: wl.toString() }] }), inequality(`abs(${format(diff(f, 'w'))})`, '<', '1e-20', { at: [{ w: wr.toString() }, { w: wl.toString() }] }));
      const text = `descent from w = 2 stops at w = ${shortNumber(wr, 8)} with loss ${shortNumber(fr, 8)}; from w = −2 at w = ${shortNumber(wl, 8)} with loss ${shortNumber(fl, 8)}; f″ > 0 at both (${bothMinima.status})`;
      return computed(!(bothMinima.holds && fr.gt(fl)), text, `${text}: the first is a local minimum, not the global one`);
    },
  }),
]);
