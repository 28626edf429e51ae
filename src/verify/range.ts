/**
 * Range and domain checks: is the set of values of f over the real line the interval
 * (or finite set) the notes write, and where is f defined or differentiable? The
 * evidence is numeric: values at seeded points, at named probes and far out, each
 * compared with the endpoints to {@link DIGITS} guaranteed digits.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, GradproofError } from '../errors.js';
import { type Closure, compile } from '../numeric/compile.js';
import { decimalContext } from '../numeric/context.js';
import { evaluateClosure } from '../numeric/evaluate.js';
import { digitsAgreed } from '../numeric/finite.js';
import { samplePoints } from '../numeric/sample.js';
import { type Expr, format, sub } from '../symbolic/tree.js';
import { differentiable } from './limit.js';
import { type Verdict, verdictOf } from './verdict.js';
import { DIGITS, type Formula, type Point, shortNumber, toTree } from './formula.js';

/**
 * Options of {@link range} and {@link domain}.
 *
 * @example
 * ```ts
 * const o: RangeCheckOptions = { probes: ['0'], params: { alpha: '1' } };
 * ```
 */
export interface RangeCheckOptions {
  /** Values of the variable evaluated besides the seeded ones, e.g. `['0']` where a maximum sits. */
  readonly probes?: readonly string[];
  /** Other variables fixed to values (`{ alpha: '1' }`). */
  readonly params?: Point;
  /** Seeded points (default 32). */
  readonly points?: number;
}

/** Far points where a finite open endpoint must be approached (exponentially: 1e-15 close). */
const FAR = ['10', '30', '100'];
/** Points where an infinite endpoint must be approached: |f(±100)| ≥ 10·|f(±1)| ≠ 0, with the right sign. */
const GROWTH = ['1', '100'];

interface Bound {
  readonly infinite?: 1 | -1;
  readonly expr?: Expr;
  readonly closed: boolean;
}

function bound(text: string, closed: boolean, params?: Point): Bound {
  const t = text.trim().replace(/∞/g, 'inf');
  if (t === 'inf' || t === '+inf') return { infinite: 1, closed: false };
  if (t === '-inf') return { infinite: -1, closed: false };
  return { expr: toTree(t, params), closed };
}

/** Parses `(a, b]`, `[0, inf)` or `{0, 1}`. */
function parseSpec(spec: string, params?: Point): { lo: Bound; hi: Bound } | { set: Expr[] } {
  const set = /^\{(.+)\}$/.exec(spec.trim());
  if (set) return { set: set[1]!.split(',').map((t) => toTree(t.trim(), params)) };
  const m = /^([[(])\s*(.+?)\s*,\s*(.+?)\s*([\])])$/.exec(spec.trim());
  if (!m) throw new GradproofError('spec', `a range must look like "(0, 1]", "[0, inf)" or "{0, 1}", got "${spec}"`);
  return { lo: bound(m[2]!, m[1] === '[', params), hi: bound(m[3]!, m[4] === ']', params) };
}

interface Sample {
  readonly z: Decimal;
  readonly v: Decimal;
}

/**
 * Highest working precision of a range evaluation: a value that is 0 at every precision
 * up to it counts as 0 (|value| below about 1e-180). The far points stop at |z| = 100, so
 * every non-zero value met here (tanh′(100) = 5.5e-87 is the smallest) is far above that.
 */
const RANGE_PRECISION = 200;

/** f at z, or undefined where f is undefined or cannot be evaluated to the working digits. */
function at(f: Closure, wrt: string, z: Decimal): Decimal | undefined {
  try {
    return evaluateClosure(f, { [wrt]: z }, DIGITS, RANGE_PRECISION).decimal;
  } catch (err) {
    if (err instanceof DomainError || (err instanceof GradproofError && err.code === 'precision')) return undefined;
    throw err;
  }
}

function seeded(f: Closure, wrt: string, count: number): Decimal[] {
  return samplePoints(f, [wrt], { count, seed: 1 }).map((env) => env[wrt]!);
}

function signed(list: readonly string[]): Decimal[] {
  return list.flatMap((t) => [new Decimal(t), new Decimal(t).neg()]);
}

function values(f: Closure, wrt: string, zs: readonly Decimal[]): Sample[] {
  const out: Sample[] = [];
  for (const z of zs) {
    const v = at(f, wrt, z);
    if (v) out.push({ z, v });
  }
  return out;
}

const show = (x: Decimal): string => shortNumber(x.toString());

/**
 * An infinite endpoint is approached when, on one side, |f| grows at least 10-fold from
 * |z| = 1 to |z| = 100 (from a non-zero value) with the sign of the endpoint: growth
 * like |z|^0.5 or faster, which every unbounded activation of the notes has.
 */
function approachesInfinity(f: Closure, wrt: string, direction: 1 | -1): { ok: boolean; seen: string } {
  const seen: string[] = [];
  for (const s of [1, -1]) {
    const [near, far] = GROWTH.map((t) => at(f, wrt, new Decimal(t).times(s)));
    if (!near || !far) continue;
    const sign = s < 0 ? '-' : '';
    seen.push(`${show(near)} at ${sign}${GROWTH[0]} and ${show(far)} at ${sign}${GROWTH[1]}`);
    if (!near.isZero() && far.times(direction).isPositive() && far.abs().gte(near.abs().times(10))) return { ok: true, seen: seen.join('; ') };
  }
  return { ok: false, seen: seen.join('; ') };
}

/** Bisects the largest jump between neighbouring samples: a gap is a jump that stays as the bracket shrinks below 1e-30. */
function largestJump(f: Closure, wrt: string, samples: readonly Sample[]): string | undefined {
  const sorted = [...samples].sort((a, b) => a.z.cmp(b.z));
  let best = -1;
  let size = new Decimal(0);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const d = sorted[i + 1]!.v.minus(sorted[i]!.v).abs();
    if (d.gt(size)) {
      size = d;
      best = i;
    }
  }
  if (best < 0) return undefined;
  const D = decimalContext(DIGITS + 30);
  let lo = sorted[best]!;
  let hi = sorted[best + 1]!;
  const target = lo.v.plus(hi.v).div(2);
  const below = lo.v.lt(target);
  for (let step = 0; step < 200 && hi.z.minus(lo.z).gt(Decimal.max(1, lo.z.abs()).times('1e-32')); step++) {
    const z = D.add(lo.z, hi.z).div(2);
    const v = at(f, wrt, z);
    if (!v) return undefined;
    if (v.eq(target)) return undefined;
    if (v.lt(target) === below) lo = { z, v };
    else hi = { z, v };
  }
  const jump = hi.v.minus(lo.v).abs();
  if (jump.lte(size.times('1e-6'))) return undefined;
  const [a, b] = lo.v.lt(hi.v) ? [lo.v, hi.v] : [hi.v, lo.v];
  if (samples.some((s) => s.v.gt(a) && s.v.lt(b))) return undefined;
  return `${show(target)} is never taken: the values jump from ${show(lo.v)} to ${show(hi.v)} at ${wrt} ≈ ${shortNumber(lo.z.toString(), 3)}, and none of the ${samples.length} values lies between`;
}

function checkSet(wrt: string, elements: readonly Expr[], samples: readonly Sample[]): Verdict {
  const targets = elements.map((e) => evaluateClosure(compile(e), {}, DIGITS).decimal);
  const same = (a: Decimal, b: Decimal): boolean => a.eq(b) || digitsAgreed(a, b, DIGITS) >= DIGITS - 1;
  const stray = samples.find((s) => !targets.some((t) => same(s.v, t)));
  const list = `{${targets.map(show).join(', ')}}`;
  if (stray) return verdictOf({ holds: false, method: 'numeric', digits: DIGITS, counterexample: `at ${wrt}=${stray.z} the value is ${show(stray.v)}, not in ${list}` });
  const missing = targets.find((t) => !samples.some((s) => same(s.v, t)));
  if (missing) return verdictOf({ holds: false, method: 'numeric', digits: DIGITS, counterexample: `${show(missing)} is not taken at any of the ${samples.length} points` });
  return verdictOf({ holds: true, method: 'numeric', digits: DIGITS, details: `every one of ${samples.length} values is in ${list}, and each element is taken` });
}

/**
 * Whether the values of `f` (over the real line, the other variables fixed by `params`)
 * form the set `spec`. For an interval `(lo, hi]`:
 * - containment: at every seeded point, probe and far point (±10, ±30, ±100), f − lo and
 *   hi − f (to {@link DIGITS} guaranteed digits) are > 0 at an open end, ≥ 0 at a closed one;
 * - a closed finite end is taken at some point; an open finite end is approached to
 *   within 1e-15·max(1, |end|); an infinite end is approached when |f| grows at least
 *   10-fold, with the right sign, from |z| = 1 to 100 on one side;
 * - no gap: the largest jump between neighbouring samples is bisected down to 1e-30; a
 *   jump that survives, with no sampled value between its two sides, is a gap.
 * For a finite set `{a, b}`: every value equals an element and every element is taken.
 *
 * @example
 * ```ts
 * range('1/(1+e^(-z))', 'z', '(0, 1)').holds;                                           // true
 * range('e^(-z)/(1+e^(-z))^2', 'z', '(0, 0.25)', { probes: ['0'] }).counterexample;
 * // 'at z=0 the value is 0.25, which is not < 0.25'
 * ```
 */
export function range(f: Formula, wrt: string, spec: string, options: RangeCheckOptions = {}): Verdict {
  const tree = toTree(f, options.params);
  const fc = compile(tree);
  const zs = [...seeded(fc, wrt, options.points ?? 32), ...(options.probes ?? []).map((p) => new Decimal(p)), ...signed(FAR)];
  const samples = values(fc, wrt, zs);
  if (samples.length === 0) return verdictOf({ holds: false, method: 'numeric', digits: 0, counterexample: 'no point of the domain was found' });
  const parsed = parseSpec(spec, options.params);
  if ('set' in parsed) return checkSet(wrt, parsed.set, samples);
  const notes: string[] = [];
  for (const [end, which] of [
    [parsed.lo, 'lo'],
    [parsed.hi, 'hi'],
  ] as const) {
    const label = which === 'lo' ? 'lower' : 'upper';
    if (end.infinite) {
      const r = approachesInfinity(fc, wrt, end.infinite);
      if (!r.ok) {
        const extreme = samples.reduce((m, s) => ((which === 'lo' ? s.v.lt(m.v) : s.v.gt(m.v)) ? s : m));
        return verdictOf({
          holds: false,
          method: 'numeric',
          digits: DIGITS,
          counterexample: `the ${label} end ${end.infinite < 0 ? '-inf' : 'inf'} is not approached: f = ${r.seen}; the ${which === 'lo' ? 'smallest' : 'largest'} of ${samples.length} values is ${show(extreme.v)} at ${wrt}=${extreme.z}`,
        });
      }
      notes.push(`${label} end ${end.infinite < 0 ? '-inf' : 'inf'} approached (${r.seen})`);
      continue;
    }
    const e = end.expr!;
    const gap = compile(which === 'lo' ? sub(tree, e) : sub(e, tree));
    const endValue = evaluateClosure(compile(e), {}, DIGITS).decimal;
    let closest: { z: Decimal; d: Decimal } | undefined;
    for (const s of samples) {
      const d = at(gap, wrt, s.z);
      if (!d) continue;
      if (d.isNegative() || (d.isZero() && !end.closed)) {
        const op = which === 'lo' ? (end.closed ? '≥' : '>') : end.closed ? '≤' : '<';
        return verdictOf({ holds: false, method: 'numeric', digits: DIGITS, counterexample: `at ${wrt}=${s.z} the value is ${show(s.v)}, which is not ${op} ${format(e)}` });
      }
      if (!closest || d.lt(closest.d)) closest = { z: s.z, d };
    }
    if (!closest) continue;
    if (end.closed && !closest.d.isZero()) {
      return verdictOf({ holds: false, method: 'numeric', digits: DIGITS, counterexample: `the ${label} end ${format(e)} is never taken: the closest value is ${show(closest.d)} away (at ${wrt}=${closest.z})` });
    }
    if (!end.closed && closest.d.gt(Decimal.max(1, endValue.abs()).times('1e-15'))) {
      return verdictOf({ holds: false, method: 'numeric', digits: DIGITS, counterexample: `the ${label} end ${format(e)} is not approached: the values stay ${show(closest.d)} away (closest at ${wrt}=${closest.z})` });
    }
    notes.push(end.closed ? `${label} end ${format(e)} taken at ${wrt}=${closest.z}` : `${label} end ${format(e)} approached to ${shortNumber(closest.d.toString(), 3)} at ${wrt}=${closest.z}`);
  }
  const gapText = largestJump(fc, wrt, samples);
  if (gapText) return verdictOf({ holds: false, method: 'numeric', digits: DIGITS, counterexample: gapText });
  return verdictOf({ holds: true, method: 'numeric', digits: DIGITS, details: `${samples.length} values inside ${spec}; ${notes.join('; ')}; no gap` });
}

/** Whether f is defined at z (a DomainError says it is not; any other failure is an error of the check). */
function defined(f: Closure, wrt: string, z: Decimal): boolean {
  try {
    evaluateClosure(f, { [wrt]: z }, DIGITS, RANGE_PRECISION);
    return true;
  } catch (err) {
    if (err instanceof DomainError) return false;
    throw err;
  }
}

/**
 * Options of {@link domain}.
 *
 * @example
 * ```ts
 * const o: DomainCheckOptions = { derivative: true, excluded: ['0'] }; // differentiable on ℝ∖{0}
 * ```
 */
export interface DomainCheckOptions extends RangeCheckOptions {
  /** Points the domain leaves out (for `(-inf, 0) ∪ (0, inf)`: `['0']`): there f must be undefined (or not differentiable). */
  readonly excluded?: readonly string[];
  /** Check where f is differentiable (one-sided derivatives agree) instead of where it is defined. */
  readonly derivative?: boolean;
}

/**
 * Where `f` is defined (or, with `derivative`, differentiable): at every seeded point,
 * probe and far point (±30, ±100), and not at the `excluded` points.
 *
 * @example
 * ```ts
 * domain('1/(1+e^(-z))', 'z').holds;                                     // true: defined on (−∞, ∞)
 * domain('max(z, 0)', 'z', { derivative: true, excluded: ['0'] }).holds; // true: ReLU′ exists on ℝ∖{0}
 * ```
 */
export function domain(f: Formula, wrt: string, options: DomainCheckOptions = {}): Verdict {
  const tree = toTree(f, options.params);
  const fc = compile(tree);
  const count = options.points ?? (options.derivative ? 8 : 24);
  const zs = [...seeded(fc, wrt, count), ...(options.probes ?? []).map((p) => new Decimal(p)), ...signed(['30', '100'])];
  const excluded = (options.excluded ?? []).map((p) => new Decimal(p));
  const inside = zs.filter((z) => !excluded.some((x) => x.eq(z)));
  const what = options.derivative ? 'differentiable' : 'defined';
  const ok = (z: Decimal): Verdict | undefined =>
    options.derivative ? differentiable(tree, wrt, z.toString()) : defined(fc, wrt, z) ? undefined : verdictOf({ holds: false, method: 'numeric', digits: 0 });
  for (const z of inside) {
    const o = ok(z);
    if (o && !o.holds) return verdictOf({ holds: false, method: 'numeric', digits: o.digitsAgreed, counterexample: `not ${what} at ${wrt}=${z}${o.counterexample ? `: ${o.counterexample.text}` : ''}` });
  }
  for (const x of excluded) {
    const o = ok(x);
    if (!o || o.holds) return verdictOf({ holds: false, method: 'numeric', digits: DIGITS, counterexample: `${what} at the excluded point ${wrt}=${x}${o?.summary ? `: ${o.summary}` : ''}` });
  }
  const out = excluded.length ? `; not ${what} at ${wrt}=${excluded.join(', ')}` : '';
  return verdictOf({ holds: true, method: 'numeric', digits: DIGITS, details: `${what} at ${inside.length} points from -100 to 100${out}` });
}
