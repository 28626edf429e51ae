/**
 * Limits, continuity and kinks: the checks behind the notes' definitions of the
 * derivative and their statements about saturation and about ReLU at 0. Every value is
 * computed to {@link DIGITS} guaranteed significant digits.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { compile } from '../numeric/compile.js';
import { decimalContext } from '../numeric/context.js';
import { evaluate } from '../numeric/evaluate.js';
import { detectKink } from '../numeric/finite.js';
import { format } from '../symbolic/tree.js';
import { type Verdict, verdictOf } from './verdict.js';
import { DIGITS, type Formula, type Point, pointText, shortNumber, toTree } from './formula.js';

/**
 * Options of {@link limit}.
 *
 * @example
 * ```ts
 * const o: LimitCheckOptions = { at: { x: '0.7' }, side: 'right' };
 * ```
 */
export interface LimitCheckOptions {
  /** Values of the other variables. */
  readonly at?: Point;
  /** For a finite `toward`: approach from the left, the right, or both (default). */
  readonly side?: 'left' | 'right' | 'both';
  readonly params?: Point;
}

/**
 * The steps of a limit: a ± 10^-k (k = 5, 10, 20, 40) toward a finite a; ±10, ±20, ±40, ±80 toward ±∞.
 *
 * @example
 * ```ts
 * limitSequence('0', -1); // ['-0.00001', '-1e-10', '-1e-20', '-1e-40']
 * limitSequence('-inf', 1); // ['-10', '-20', '-40', '-80']
 * ```
 */
export function limitSequence(toward: string, direction: 1 | -1): string[] {
  if (toward === 'inf' || toward === '-inf') return ['10', '20', '40', '80'].map((t) => (toward === 'inf' ? t : `-${t}`));
  const D = decimalContext(100);
  return [5, 10, 20, 40].map((k) => D.add(toward, D.pow(10, -k).times(direction)).toString());
}

/**
 * `lim_{variable → toward} expr = L`. The rule: along the steps of {@link limitSequence},
 * |expr − L| (evaluated to {@link DIGITS} guaranteed digits) never grows and ends below
 * 10^-15·max(1, |L|). This recognises the limits of the notes (polynomial in the step,
 * or exponential in |z|); a limit approached only like 1/z would need farther steps.
 *
 * @example
 * ```ts
 * limit('((x+h)^2 - x^2)/h', 'h', '0', '2*x', { at: { x: '0.7' } }).holds;   // true
 * limit('e^(-z)/(1+e^(-z))^2', 'z', 'inf', '0').holds;                       // true
 * ```
 */
export function limit(expr: Formula, variable: string, toward: string, L: Formula, options: LimitCheckOptions = {}): Verdict {
  const g = toTree(expr, options.params);
  const target = toTree(L, options.params);
  const at = options.at ?? {};
  const limitValue = evaluate(target, at, { digits: DIGITS }).decimal;
  const distance = toTree(`abs((${format(g)}) - (${format(target)}))`);
  const sides: (1 | -1)[] = toward.endsWith('inf') ? [1] : options.side === 'left' ? [-1] : options.side === 'right' ? [1] : [-1, 1];
  const bound = Decimal.max(1, limitValue.abs()).times('1e-15');
  const reports: string[] = [];
  for (const s of sides) {
    const steps = limitSequence(toward, s as 1 | -1);
    const ds = steps.map((t) => evaluate(distance, { ...at, [variable]: t }, { digits: DIGITS }).decimal);
    const report = `|${format(g)} − ${format(target)}| = ${ds.map((x) => shortNumber(x, 3)).join(', ')} at ${variable} = ${steps.join(', ')}`;
    const grows = ds.some((x, i) => i > 0 && x.gt(ds[i - 1]!));
    const last = ds[ds.length - 1]!;
    if (grows || last.gt(bound)) {
      const where = Object.keys(at).length ? ` (${pointText(at)})` : '';
      return verdictOf({ holds: false, method: 'numeric', digits: DIGITS, counterexample: `${report}${where}: ${grows ? 'the distance grows' : 'it does not go below 1e-15'}` });
    }
    reports.push(report);
  }
  return verdictOf({ holds: true, method: 'numeric', digits: DIGITS, details: reports.join('; ') });
}

/**
 * Continuity of `f` at `a`: the limits from both sides (see {@link limit}) equal f(a).
 *
 * @example
 * ```ts
 * continuity('max(z, 0)', 'z', '0').holds; // true
 * ```
 */
export function continuity(f: Formula, wrt: string, a: string, options: { readonly params?: Point } = {}): Verdict {
  const fa = evaluate(toTree(f, options.params), { [wrt]: a }, { digits: DIGITS });
  const o = limit(f, wrt, a, fa.value, options);
  const said = `${format(toTree(f, options.params))} = ${shortNumber(fa.value)} at ${wrt}=${a}`;
  return o.holds ? { ...o, summary: `${said}; ${o.summary}` } : verdictOf({ holds: false, method: o.method, digits: o.digitsAgreed, counterexample: `${said}; ${o.counterexample?.text ?? o.summary}` });
}

/**
 * Differentiability of `f` at `a`: the one-sided derivatives (extrapolated one-sided
 * differences, detectKink) agree.
 *
 * @example
 * ```ts
 * differentiable('max(z, 0)', 'z', '0').counterexample; // 'at z=0 the left derivative is 0 and the right derivative is 1'
 * ```
 */
export function differentiable(f: Formula, wrt: string, a: string, options: { readonly params?: Point } = {}): Verdict {
  const c = compile(toTree(f, options.params));
  const k = detectKink((x, D) => c(D, { [wrt]: x }), new Decimal(a), DIGITS);
  const said = `at ${wrt}=${a} the left derivative is ${shortNumber(k.left.toSignificantDigits(DIGITS), 8)} and the right derivative is ${shortNumber(k.right.toSignificantDigits(DIGITS), 8)}`;
  return k.kink
    ? verdictOf({ holds: false, method: 'numeric', digits: k.digitsAgreed, counterexample: said })
    : verdictOf({ holds: true, method: 'numeric', digits: k.digitsAgreed, details: said });
}
