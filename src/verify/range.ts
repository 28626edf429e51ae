/**
 * Range and domain checks of the claims: is the set of values of f over the real line the
 * set the notes write, and where is f defined or differentiable? The range is proved by
 * the one range checker of gradproof, {@link proveRange} (bound.ts): outward-rounded
 * interval arithmetic for every z, closed ends attained exactly, open ends approached by
 * proved limits; where the proof does not close, `verified` with the cells and points
 * named only for a set without gaps whose every value is shown taken, else `inconclusive`.
 * The domain is proved the same way ({@link proveDefined}); differentiability is
 * proved piece by piece (each piece's derivative defined on its whole domain, and at each
 * boundary the values and the one-sided derivatives compared exactly), and checked
 * numerically (one-sided derivatives by extrapolated differences) only for formulas with
 * abs, sign, min or max inside.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError } from '../errors.js';
import { compile } from '../numeric/compile.js';
import { evaluateClosure } from '../numeric/evaluate.js';
import { samplePoints } from '../numeric/sample.js';
import { PIECEWISE_FUNCTIONS } from '../symbolic/functions.js';
import { containsCall, type Expr, format, substitute } from '../symbolic/tree.js';
import { type IntervalProofOptions, proveDefined, proveRange, type RangeVerdict } from './bound.js';
import { DIGITS, type Formula, type Point, toTree } from './formula.js';
import { compareRational, exactValue } from './interval/exact.js';
import { differentiable } from './limit.js';
import { parseRangeSet, type RangeSet } from './range-set.js';
import { paramRationals, resolvePieces, type ScalarFunction } from './scalar.js';
import { type Verdict, verdictOf } from './verdict.js';

/**
 * Options of {@link range} and {@link domain}.
 *
 * @example
 * ```ts
 * const o: RangeCheckOptions = { params: { alpha: '1' } };
 * ```
 */
export interface RangeCheckOptions {
  /** Parameters fixed to exact decimal values (`{ alpha: '1' }`). */
  readonly params?: Point;
  /** Options of the interval proof (digits, budget, window). */
  readonly interval?: IntervalProofOptions;
}

/** A formula in `wrt` (or pieces in z) as a scalar function of z. */
function inZ(f: Formula | ScalarFunction, wrt: string): Expr | ScalarFunction {
  if (typeof f !== 'string' && !('kind' in f)) return f;
  const tree = toTree(f);
  return wrt === 'z' ? tree : substitute(tree, { [wrt]: { kind: 'var', name: 'z' } });
}

/**
 * Whether the values of `f` over the real line (the parameters fixed by `params`) form
 * exactly the set `spec` (`(0, 1/4]`, `[0, inf)`, `{0, 1}`, `{0} U (1, inf)`): proved for
 * every real value of `wrt` by {@link proveRange}. A closed end is attained only where f
 * equals it exactly (at the point given with `@`, or at a point found: a piece boundary, a
 * grid point, an extremum at an exact decimal); an open end only approached.
 *
 * @example
 * ```ts
 * range('1/(1+e^(-z))', 'z', '(0, 1)').status;           // 'proved'
 * range('e^(-z)/(1+e^(-z))^2', 'z', '(0, 0.25)').counterexample?.text;
 * // 'at z = 0, e^(-z)/(1 + e^(-z))^2 = 0.25 (exactly), which is not in (0, 0.25)'
 * ```
 */
export function range(f: Formula | ScalarFunction, wrt: string, spec: string | RangeSet, options: RangeCheckOptions = {}): RangeVerdict {
  const set = typeof spec === 'string' ? parseRangeSet(spec) : spec;
  return proveRange(inZ(f, wrt), set, { ...options.interval, ...(options.params ? { params: options.params } : {}) });
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
  /** Check where f is differentiable instead of where it is defined. */
  readonly derivative?: boolean;
}

/**
 * Where `f` is defined (or, with `derivative`, differentiable). Defined: proved for every
 * real z by interval arithmetic ({@link proveDefined}; an excluded point must be a point
 * where f is undefined). Differentiable: for pieces without abs, sign, min or max, proved:
 * each piece's derivative is defined on the piece's whole domain (interval arithmetic), and
 * at each boundary between pieces f is differentiable exactly when both pieces give the
 * same value and the same derivative there (exact rational arithmetic); the points where
 * it is not must be the `excluded` ones. Otherwise the one-sided derivatives are compared
 * numerically at seeded points and at the excluded ones (`verified`).
 *
 * @example
 * ```ts
 * domain('1/(1+e^(-z))', 'z').status;                                                   // 'proved': defined on (−∞, ∞)
 * domain({ pieces: [{ expr: '0', hi: { value: '0', closed: false } }, { expr: 'z', lo: { value: '0', closed: true } }] }, 'z', { derivative: true, excluded: ['0'] }).status;
 * // 'proved': ReLU is differentiable exactly on ℝ∖{0}
 * ```
 */
export function domain(f: Formula | ScalarFunction, wrt: string, options: DomainCheckOptions = {}): Verdict {
  const fn = inZ(f, wrt);
  const params = options.params ?? {};
  const excluded = (options.excluded ?? []).map((x) => new Decimal(x));
  if (!options.derivative) {
    const v = proveDefined(fn, { ...options.interval, params });
    if (excluded.length === 0 || v.status === 'refuted') return v;
    // an excluded point must be one where f is undefined: then the domain is not all of ℝ;
    // only a proof that f is defined everywhere refutes the exclusion
    if (v.status === 'proved') return verdictOf({ holds: false, method: 'interval', digits: 0, counterexample: `${excluded.join(', ')} is excluded, but f is defined everywhere (${v.summary})` });
    return v;
  }
  const fnPieces: ScalarFunction = typeof fn === 'object' && !('kind' in fn) ? fn : { pieces: [{ expr: fn }] };
  if (fnPieces.pieces.some((p) => containsCall(typeof p.expr === 'string' ? toTree(p.expr) : p.expr, PIECEWISE_FUNCTIONS))) {
    return numericDifferentiability(fnPieces, excluded, params);
  }
  return proveDifferentiability(fnPieces, excluded, params, options.interval ?? {});
}

/** Differentiability proved piece by piece (see {@link domain}). */
function proveDifferentiability(fn: ScalarFunction, excluded: readonly Decimal[], params: Point, interval: IntervalProofOptions): Verdict {
  const pieces = resolvePieces(fn, params);
  const rationals = paramRationals(params);
  const derivatives: ScalarFunction = {
    name: `${fn.name ?? (pieces.length === 1 ? pieces[0]!.text : 'f')}′`,
    pieces: pieces.map((p) => ({ expr: p.derivative(1).expr, ...(fn.pieces[p.index]!.lo ? { lo: fn.pieces[p.index]!.lo! } : {}), ...(fn.pieces[p.index]!.hi ? { hi: fn.pieces[p.index]!.hi! } : {}) })),
  };
  const defined = proveDefined(derivatives, { ...interval, params });
  if (defined.status === 'refuted') return verdictOf({ holds: false, method: 'interval', digits: 0, counterexample: `not differentiable: ${defined.counterexample!.text}` });
  const kinks: Decimal[] = [];
  const notes: string[] = [];
  let undecided: string | undefined;
  for (let i = 1; i < pieces.length; i++) {
    const a = pieces[i - 1]!;
    const b = pieces[i]!;
    const t = b.lo!.exact;
    const at = { ...rationals, z: t };
    const [va, vb, da, db] = [exactValue(a.expr, at), exactValue(b.expr, at), exactValue(a.derivative(1).expr, at), exactValue(b.derivative(1).expr, at)];
    const x = b.lo!.x.toString();
    if (!va || !vb || !da || !db) {
      undecided = `the pieces' values at z = ${x} are not exact rationals`;
      continue;
    }
    const smooth = compareRational(va, vb) === 0 && compareRational(da, db) === 0;
    if (smooth) notes.push(`at z = ${x} both pieces give the value and the slope ${format(a.derivative(1).expr) === format(b.derivative(1).expr) ? format(a.derivative(1).expr) : 'the same'} exactly`);
    else {
      kinks.push(b.lo!.x);
      const slope = (q: typeof da) => new Decimal(q.n.toString()).div(q.d.toString()).toString();
      notes.push(compareRational(va, vb) !== 0 ? `at z = ${x} f jumps` : `at z = ${x} the one-sided derivatives are ${slope(da)} and ${slope(db)}`);
    }
  }
  if (undecided) return numericDifferentiability(fn, excluded, params);
  const missing = kinks.filter((k) => !excluded.some((e) => e.eq(k)));
  const extra = excluded.filter((e) => !kinks.some((k) => k.eq(e)));
  const said = `${defined.status === 'proved' ? 'each piece’s derivative is defined on its whole domain (interval arithmetic)' : defined.summary}${notes.length ? `; ${notes.join('; ')}` : ''}`;
  if (missing.length) return verdictOf({ holds: false, method: 'exact', digits: 0, counterexample: `not differentiable at z = ${missing.join(', ')}: ${said}` });
  if (extra.length) return verdictOf({ holds: false, method: 'exact', digits: 0, counterexample: `differentiable at the excluded z = ${extra.join(', ')}: ${said}` });
  return verdictOf({ holds: true, method: defined.status === 'proved' ? 'interval' : 'numeric', digits: DIGITS, details: `differentiable at every z${kinks.length ? ` except ${kinks.join(', ')}` : ''}: ${said}` });
}

/** One-sided derivatives compared numerically at seeded points, ±30, ±100 and the excluded points. */
function numericDifferentiability(fn: ScalarFunction, excluded: readonly Decimal[], params: Point): Verdict {
  const pieces = resolvePieces(fn, params);
  // the whole function as one closure: the piece that owns z
  const closures = pieces.map((p) => compile(toTree(format(p.expr), params)));
  const owner = (z: Decimal) => pieces.findIndex((p) => (!p.lo || (p.lo.closed ? z.gte(p.lo.x) : z.gt(p.lo.x))) && (!p.hi || (p.hi.closed ? z.lte(p.hi.x) : z.lt(p.hi.x))));
  const whole = pieces.length === 1 ? toTree(format(pieces[0]!.expr), params) : undefined;
  const check = (z: Decimal): Verdict => {
    if (whole) return differentiable(whole, 'z', z.toString());
    return differentiable(format(pieces[owner(z)]!.expr), 'z', z.toString(), { params });
  };
  const seeded = samplePoints(closures[0]!, ['z'], { count: 8, seed: 1 }).map((env) => env.z!);
  const zs = [...seeded, ...['30', '100', '-30', '-100'].map((t) => new Decimal(t))].filter((z) => !excluded.some((x) => x.eq(z)));
  for (const z of zs) {
    try {
      evaluateClosure(closures[owner(z)]!, { z }, DIGITS);
    } catch (err) {
      if (err instanceof DomainError) return verdictOf({ holds: false, method: 'numeric', digits: 0, counterexample: `not defined at z=${z}` });
      throw err;
    }
    const o = check(z);
    if (!o.holds) return verdictOf({ holds: false, method: 'numeric', digits: o.digitsAgreed, counterexample: `not differentiable at z=${z}: ${o.counterexample?.text ?? o.summary}` });
  }
  for (const x of excluded) {
    const o = check(x);
    if (o.holds) return verdictOf({ holds: false, method: 'numeric', digits: DIGITS, counterexample: `differentiable at the excluded point z=${x}: ${o.summary}` });
  }
  const out = excluded.length ? `; not differentiable at z=${excluded.join(', ')}` : '';
  return verdictOf({ holds: true, method: 'numeric', digits: DIGITS, details: `differentiable at ${zs.length} points from -100 to 100${out}` });
}
