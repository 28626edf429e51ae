/**
 * Ranges and bounds proved for every real z by interval arithmetic.
 *
 * `proveRange(f, S)` proves the set equality f(ℝ) = S in two directions.
 *
 * 1. Every value lies in S (cover.ts): the window [−L, L] is bisected with an outward
 *    rounded enclosure of f on each cell; the tails |z| ≥ L are enclosed by an exact
 *    asymptotic rewriting with mean-value remainders (interval/asymptotic.ts); interior
 *    extrema are proved on a box where f″ keeps one sign and f′ changes sign
 *    (extremum.ts), so a bound that is attained (σ′ ≤ 1/4 at 0) closes without a
 *    tolerance.
 * 2. Every value of S is taken. f is continuous on each piece and across a boundary where
 *    the two pieces agree exactly, so on such a run of pieces it takes every value between
 *    any two of its values or limits (intermediate value theorem). Each component of S
 *    needs, in one run, a witness for each end:
 *    - a closed end is attained where f equals it EXACTLY: at the declared point (exact
 *      rational evaluation, or the CAS proving f(at) − end = 0), at a proved extremum, or
 *      on a constant piece; a value that only agrees to many digits is not attained;
 *    - an open end is a limit: at ±∞ (the exact limit of the asymptotic analysis) or at an
 *      open boundary of a piece (the piece's formula evaluated exactly there);
 *    - an infinite end is the limit ±∞ of a tail.
 *    Where a component has no witness, a value v of it is sought that f never takes (a
 *    covering proof of S \ {v}); finding one refutes the claim with v as counterexample.
 *
 * An `approached` end therefore fails when declared attained: tanh's range declared
 * [−1, 1] "attained at ±100" is refuted, since tanh(100) ≠ 1 (its enclosure at enough
 * digits excludes 1), and f < 1 is proved everywhere.
 *
 * The verdict is `proved` only when both directions close on the whole line; `refuted`
 * with a certain counterexample. Cells the bisection and the tail rule leave are first
 * enclosed whole (a tail as [L, ∞): sin there lies in [−1, 1]); what still does not close
 * is sampled, and a point value outside S refutes. Points never settle the rest, except in
 * one case:
 * - a set not shown all taken (a component without witnesses) is `inconclusive`: points
 *   cannot show that a value is taken;
 * - a cell where f could not be enclosed (f may be undefined there) is `inconclusive`;
 * - a cell whose enclosure meets a gap between two components of S (or an isolated
 *   point's surroundings) is `inconclusive`, the cell and the gap named: f may cross the
 *   gap between any two points;
 * - otherwise (S one interval, or the cells' enclosures clear of every gap) the verdict is
 *   `verified`, its region saying which cells were checked at how many points.
 *
 * `proveBound(f, { side, value, strict, at })` is the first direction alone for the set
 * (−∞, value] (or [value, ∞), open when strict), plus, with `at`, the attainment of the
 * bound there.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DEFAULTS } from '../defaults.js';
import { InputError } from '../errors.js';
import { casProvesEqual } from '../symbolic/cas.js';
import { parse } from '../symbolic/parse.js';
import { containsCall, type Expr, format, num, substitute } from '../symbolic/tree.js';
import { type Component, type ComponentEnd, cover, type CoverResult, fits, type ImageEnd, outside, type Special } from './cover.js';
import { type Extremum, locateExtremum } from './extremum.js';
import { analyseTail, constantOf, TailFailure } from './interval/asymptotic.js';
import { constEquals, constRational } from './interval/constant.js';
import { evaluateInterval } from './interval/evaluate.js';
import { compareRational, exactValue, fromDecimal, type Rational, toDecimal } from './interval/exact.js';
import { abs as absInterval, contains, formatInterval, type Interval, interval, intervalContext, isPoint, point, sub } from './interval/interval.js';
import {
  endValue,
  formatRangeSet,
  normalizeRangeSet,
  parseRangeSet,
  type RangeEnd,
  type RangePart,
  type RangeSet,
} from './range-set.js';
import { paramRationals, type ResolvedPiece, resolvePieces, type ScalarFunction, scalarFunction, splitAtSigns } from './scalar.js';
import type { Counterexample, Verdict, VerdictStatus } from './verdict.js';

/**
 * Options of {@link proveRange} and {@link proveBound}.
 *
 * @example
 * ```ts
 * const o: IntervalProofOptions = { params: { beta: '1' }, digits: 30 };
 * ```
 */
export interface IntervalProofOptions {
  /** Parameter values (exact decimals). */
  readonly params?: Readonly<Record<string, string>>;
  /** Working precision in significant digits. Default `DEFAULTS.intervalDigits`. */
  readonly digits?: number;
  /** Interval evaluations allowed. Default `DEFAULTS.intervalBudget`. */
  readonly budget?: number;
  /** Half-width of the first window. Default `DEFAULTS.intervalWindow`. */
  readonly window?: number;
  /** Points sampled in each region where the proof did not close. Default `DEFAULTS.intervalSamples`. */
  readonly samples?: number;
}

/**
 * A bound to prove: f ≤ value (`upper`) or f ≥ value (`lower`), strict or not, and
 * optionally where it is attained.
 *
 * @example
 * ```ts
 * const quarter: BoundClaim = { side: 'upper', value: '1/4', at: '0' }; // σ′ ≤ 1/4, attained at 0
 * ```
 */
export interface BoundClaim {
  readonly side: 'upper' | 'lower';
  /** Exact expression text (may name parameters). */
  readonly value: string;
  /** f < value (or >) instead of ≤ (≥). */
  readonly strict?: boolean;
  /** Where the bound is attained (exact expression text); only for a non-strict bound. */
  readonly at?: string;
}

/**
 * The verdict of an interval proof: a {@link Verdict} with what the proof covered.
 *
 * @example
 * ```ts
 * const v: RangeVerdict = proveRange('tanh(z)', '(-1, 1)');
 * v.status;  // 'proved'
 * v.summary; // 'proved for all z by interval arithmetic: …'
 * ```
 */
export interface RangeVerdict extends Verdict {
  readonly kind: 'range' | 'bound';
  readonly method: 'interval';
  /** The set claimed (normalised). */
  readonly set: RangeSet;
  /** Cells of the window examined and interval evaluations spent. */
  readonly cells: number;
  readonly steps: number;
  /** Half-width of the window beyond which the tails were enclosed. */
  readonly window: string;
  /** The proved interior extrema: kind, where (enclosure), value (enclosure or exact). */
  readonly extrema: readonly { readonly kind: 'min' | 'max'; readonly at: string; readonly value: string }[];
  /** How each end of each part was shown attained or approached (range proofs). */
  readonly ends: readonly string[];
  /** Regions where the covering proof did not close. */
  readonly unproved: readonly { readonly from: string; readonly to: string; readonly reason: string }[];
}

// ---------------------------------------------------------------------------
// Set up
// ---------------------------------------------------------------------------

interface Context {
  /** How f is named in messages: `sigmoid′` or the formula itself. */
  readonly name: string;
  /** `sigmoid′(z)` or the formula. */
  readonly call: string;
  readonly pieces: ResolvedPiece[];
  readonly params: Readonly<Record<string, string>>;
  readonly rationals: Readonly<Record<string, Rational>>;
  readonly env: Readonly<Record<string, Interval>>;
  readonly ctx: ReturnType<typeof intervalContext>;
  readonly budget: number;
  readonly window: Decimal;
  readonly samples: number;
}

function setup(f: Expr | string | ScalarFunction, options: IntervalProofOptions): Context {
  const given = scalarFunction(f);
  const params = options.params ?? {};
  const fn = splitAtSigns(given, params);
  const pieces = resolvePieces(fn, params);
  // a formula split at its signs keeps its own text as its name
  const only = given.pieces.length === 1 ? given.pieces[0]!.expr : undefined;
  const single = only === undefined ? undefined : format(typeof only === 'string' ? parse(only) : only);
  const name = fn.name ?? single ?? 'f';
  const call = fn.name ?? single ?? 'f(z)';
  const digits = options.digits ?? DEFAULTS.intervalDigits;
  if (!Number.isInteger(digits) || digits < 10 || digits > 200) throw new InputError(`digits of an interval proof must be an integer in 10…200, got ${digits}`);
  return {
    name,
    call: fn.name ? `${call}(z)` : call,
    pieces,
    params,
    rationals: paramRationals(params),
    env: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, point(v)])),
    ctx: intervalContext(digits),
    budget: options.budget ?? DEFAULTS.intervalBudget,
    window: new Decimal(options.window ?? DEFAULTS.intervalWindow),
    samples: options.samples ?? DEFAULTS.intervalSamples,
  };
}

/** Whether z is in the piece's domain. */
function inPiece(p: ResolvedPiece, z: Decimal): boolean {
  return (!p.lo || (p.lo.closed ? z.gte(p.lo.x) : z.gt(p.lo.x))) && (!p.hi || (p.hi.closed ? z.lte(p.hi.x) : z.lt(p.hi.x)));
}

/** The piece whose domain contains z. */
function pieceAt(c: Context, z: Decimal): ResolvedPiece | undefined {
  return c.pieces.find((p) => inPiece(p, z));
}

/** A point given as expression text: exact decimal when it is one, else an enclosure. */
function pointValue(c: Context, text: string): { exact?: Rational; x: Decimal; enc: Interval } {
  const e = parse(text);
  const r = exactValue(e, c.rationals);
  const d = r ? toDecimal(r) : undefined;
  if (r && d) return { exact: r, x: d, enc: point(d) };
  const enc = evaluateInterval(e, c.env, { digits: c.ctx.precision });
  return { x: enc.lo.plus(enc.hi).div(2).toSignificantDigits(c.ctx.precision), enc };
}

/** f of one piece at a point given as text equals the end text exactly: true, false (certainly not), undefined (not settled). */
function equalsAt(c: Context, p: ResolvedPiece, atText: string, endText: string): { equal: boolean | undefined; value?: Interval; difference?: Interval } {
  const at = parse(atText);
  const end = parse(endText);
  const zr = exactValue(at, c.rationals);
  if (zr) {
    const fv = exactValue(p.expr, { ...c.rationals, z: zr });
    const ev = exactValue(end, c.rationals);
    if (fv && ev) return { equal: compareRational(fv, ev) === 0, value: toDecimal(fv) ? point(toDecimal(fv)!) : undefined };
  }
  // certainly different: the enclosures part at increasing precision
  for (const digits of [c.ctx.precision, 60, 150, 400]) {
    try {
      const env = { ...c.env, z: evaluateInterval(at, c.env, { digits }) };
      const fv = evaluateInterval(p.expr, env, { digits });
      const ev = evaluateInterval(end, c.env, { digits });
      if (fv.hi.lt(ev.lo) || fv.lo.gt(ev.hi)) {
        // separated: describe the value and the difference from 40 more digits
        const more = digits + 40;
        const fm = evaluateInterval(p.expr, { ...c.env, z: evaluateInterval(at, c.env, { digits: more }) }, { digits: more });
        return { equal: false, value: fm, difference: sub(intervalContext(more), fm, evaluateInterval(end, c.env, { digits: more })) };
      }
      if (digits === 400) break;
    } catch {
      break;
    }
  }
  // symbolically: f(at) − end reduces to 0 in the CAS (parameters as their decimal values)
  const values = Object.fromEntries(Object.entries(c.params).map(([k, v]) => [k, num(v)]));
  const lhs = substitute(p.expr, { ...values, z: substitute(at, values) });
  const rhs = substitute(end, values);
  if (casProvesEqual(lhs, rhs)) return { equal: true };
  return { equal: undefined };
}

// ---------------------------------------------------------------------------
// Components and extrema
// ---------------------------------------------------------------------------

interface PartInfo {
  readonly part: RangePart;
  readonly lo: RangeEnd;
  readonly hi: RangeEnd;
  readonly component: Component;
}

function componentEnd(c: Context, e: RangeEnd, tag: string, critical?: Extremum): ComponentEnd {
  if (e.value === 'inf') return { inf: 1, enc: point(0), closed: false, tag };
  if (e.value === '-inf') return { inf: -1, enc: point(0), closed: false, tag };
  if (e.value === 'critical') {
    if (!critical) return { enc: endValue(e, c.params).enclosure, closed: true, tag };
    return { enc: critical.value, ...(critical.exactValue ? { exact: critical.exactValue } : {}), closed: true, tag };
  }
  const v = endValue(e, c.params);
  return { ...(v.exact ? { exact: v.exact } : {}), enc: v.enclosure, closed: e.closed, tag };
}

interface EndProof {
  /** The extremum proved for the end (its box becomes a special cell). */
  readonly extremum?: Extremum;
  /** The image end that says "exactly this end" when the extremum's value is proved equal to it. */
  readonly image?: ImageEnd;
  /** How the end is attained, when it is. */
  readonly attained?: string;
  /** A certain refutation found on the way (a wrong ≈ value, an attainment that fails). */
  readonly refutation?: Counterexample;
  /** Why the end could not be settled. */
  readonly problem?: string;
}

const describe = (I: Interval, digits = 20): string => {
  if (isPoint(I)) return I.lo.toString();
  const mid = I.lo.plus(I.hi).div(2);
  let k = 1;
  const H = Decimal.ROUND_HALF_EVEN;
  while (k < digits && I.lo.toSignificantDigits(k + 1, H).eq(I.hi.toSignificantDigits(k + 1, H))) k++;
  // only the digits both ends agree on (at least one)
  return `${mid.toSignificantDigits(Math.max(k, 1), H).toString()}…`;
};

/** Locates and proves the extremum for an end with an interior `at` (or `critical`), and settles its value. */
function proveEnd(c: Context, e: RangeEnd, side: 'lo' | 'hi', tag: string): EndProof {
  if (e.at === undefined || e.value === 'inf' || e.value === '-inf') return {};
  const at = pointValue(c, e.at);
  const p = pieceAt(c, at.x);
  if (!p) return { problem: `z = ${e.at} is in no piece` };
  const interior = (!p.lo || at.x.gt(p.lo.x)) && (!p.hi || at.x.lt(p.hi.x));
  const want = side === 'lo' ? 'min' : 'max';
  let ex: Extremum | undefined;
  if (interior && (e.value === 'critical' || e.closed)) {
    try {
      ex = locateExtremum(p, at.x, c.env, c.rationals, c.ctx);
    } catch (err) {
      if (!(err instanceof TailFailure)) throw err;
    }
    if (ex && ex.kind !== want) ex = undefined;
  }
  if (e.value === 'critical') {
    if (!ex) return { problem: `no ${want}imum was proved near z = ${e.at}` };
    const lead = describe(ex.value);
    const approx = e.approx ?? '';
    const sd = new Decimal(approx).sd();
    // "≈ v" means: the extremum rounded (half-even) to the significant digits v is written with is v;
    // both ends of the enclosure must round to it
    const lo = ex.value.lo.toSignificantDigits(sd, Decimal.ROUND_HALF_EVEN);
    const hi = ex.value.hi.toSignificantDigits(sd, Decimal.ROUND_HALF_EVEN);
    const where = `z ∈ ${formatInterval(ex.at, 12)}`;
    if (lo.eq(approx) && hi.eq(approx)) return { extremum: ex, image: { tag, enc: ex.value, open: false }, attained: `the ${want}imum ${lead} ≈ ${approx} is attained at the critical point ${where}` };
    if (lo.eq(hi)) {
      return {
        extremum: ex,
        refutation: { at: {}, claimed: approx, reference: lead, referenceLabel: `the ${want}imum, enclosed by interval arithmetic`, text: `the ${want}imum is ${lead} (at ${where}), which rounds to ${lo.toString()}, not ${approx}` },
      };
    }
    return { extremum: ex, problem: `the ${want}imum ${lead} is too close to a rounding boundary to confirm ≈ ${approx}` };
  }
  if (!e.closed) return {};
  const eq = equalsAt(c, p, e.at, e.value);
  if (eq.equal === false) {
    let value = eq.value ? describe(eq.value) : 'a different value';
    const d = eq.difference;
    if (eq.value && d && !isPoint(eq.value) && value.replace('…', '') === e.value) {
      // the digits shown cannot tell f(at) from the end: show the difference
      value = `${e.value} ${d.lo.isNeg() ? '−' : '+'} ${describe(absInterval(d), 6)}`;
    }
    return {
      ...(ex ? { extremum: ex } : {}),
      refutation: {
        at: { z: e.at },
        claimed: e.value,
        reference: value,
        referenceLabel: 'f(z), enclosed by interval arithmetic',
        text: `the closed end ${e.value} is not attained at z = ${e.at}: f there is ${value}`,
      },
    };
  }
  if (eq.equal === undefined) return { ...(ex ? { extremum: ex } : {}), problem: `f(${e.at}) = ${e.value} could not be settled exactly` };
  const attained = `${e.value} is attained at z = ${e.at} (exactly)`;
  if (!ex) return { attained };
  // f(at) = end exactly; the extremum's box holds one critical point z*. When f′(at) = 0
  // exactly (or at is the decimal z* found), z* = at and the image's end is the end itself.
  const atIsCritical = ex.exactAt ? at.exact !== undefined && compareRational(ex.exactAt, at.exact) === 0 : false;
  let critical = atIsCritical;
  if (!critical && contains({ lo: ex.lo, hi: ex.hi, loOpen: false, hiOpen: false }, at.enc.lo) && contains({ lo: ex.lo, hi: ex.hi, loOpen: false, hiOpen: false }, at.enc.hi)) {
    critical = equalsAt(c, { ...p, expr: p.derivative(1).expr }, e.at, '0').equal === true;
  }
  if (critical) return { extremum: ex, image: { tag, enc: ex.value, open: false }, attained };
  return { extremum: ex, attained };
}

/** Grid of the search for an attained end: z = −8, −7.75, …, 8. */
const GRID_STEP = new Decimal('0.25');
const SEARCH_GRID = Array.from({ length: 65 }, (_, i) => GRID_STEP.times(i - 32));

/**
 * A closed finite end declared without the point where it is attained: the point is
 * searched for, and kept only where f equals the end EXACTLY (exact rational arithmetic):
 * a piece boundary or a grid point, or a proved extremum whose critical point is an exact
 * decimal (σ′ has its maximum 1/4 at exactly z = 0). An end whose point is irrational
 * (GELU′ at ±√2) must be declared with it (`@ sqrt(2)`); an end found nowhere stays without
 * a point, and the proof then says it has no witness.
 */
function withAttainment(c: Context, e: RangeEnd, side: 'lo' | 'hi'): RangeEnd {
  if (!e.closed || e.at !== undefined || e.value === 'inf' || e.value === '-inf' || e.value === 'critical') return e;
  const want = exactValue(parse(e.value), c.rationals);
  if (!want) return e;
  const target = toDecimal(want);
  const equal = (p: ResolvedPiece, z: Decimal): boolean => {
    const v = exactValue(p.expr, { ...c.rationals, z: fromDecimal(z) });
    return v !== undefined && compareRational(v, want) === 0;
  };
  const scan: { p: ResolvedPiece; z: Decimal; gap: Decimal }[] = [];
  for (const p of c.pieces) {
    for (const b of [p.lo, p.hi]) if (b?.closed && equal(p, b.x)) return { ...e, at: b.x.toString() };
    for (const z of SEARCH_GRID) {
      if (!inPiece(p, z)) continue;
      try {
        const v = p.f(c.ctx, { ...c.env, z: point(z) });
        if (target) scan.push({ p, z, gap: v.lo.plus(v.hi).div(2).minus(target).abs() });
      } catch {
        // undefined at this point of the grid: not a candidate
      }
    }
  }
  // closest first; among equals the simplest point (fewest decimals, then nearest 0)
  scan.sort((a, b) => a.gap.cmp(b.gap) || a.z.decimalPlaces() - b.z.decimalPlaces() || a.z.abs().cmp(b.z.abs()));
  for (const { p, z } of scan.slice(0, 3)) {
    if (equal(p, z)) return { ...e, at: z.toString() };
    if (monotoneNear(c, p, z)) continue;
    let ex: Extremum | undefined;
    try {
      ex = locateExtremum(p, z, c.env, c.rationals, c.ctx);
    } catch (err) {
      if (!(err instanceof TailFailure)) throw err;
    }
    if (ex && ex.kind === (side === 'lo' ? 'min' : 'max') && ex.exactAt && ex.exactValue && compareRational(ex.exactValue, want) === 0) {
      return { ...e, at: toDecimal(ex.exactAt)!.toString() };
    }
  }
  return e;
}

/**
 * Whether f′ has a certain sign on [z − ¼, z + ¼] (one step of the search grid either
 * side, within the piece): then no extremum lies there, and the search skips the Newton
 * chase from z (which cost σ's closed ends 0.2 s each, chasing an extremum σ does not have).
 */
function monotoneNear(c: Context, p: ResolvedPiece, z: Decimal): boolean {
  let lo = z.minus(GRID_STEP);
  let hi = z.plus(GRID_STEP);
  if (p.lo && lo.lt(p.lo.x)) lo = p.lo.x;
  if (p.hi && hi.gt(p.hi.x)) hi = p.hi.x;
  try {
    const d = p.derivative(1).f(c.ctx, { ...c.env, z: interval(lo, hi) });
    return d.lo.gt(0) || d.hi.lt(0);
  } catch {
    return false;
  }
}

function specialOf(ex: Extremum, top: ImageEnd | undefined): Special {
  const value: ImageEnd = top ?? (ex.kind === 'min' ? { x: ex.value.lo, open: false } : { x: ex.value.hi, open: false });
  const image: [ImageEnd, ImageEnd] = ex.kind === 'min' ? [value, { x: ex.far.hi, open: false }] : [{ x: ex.far.lo, open: false }, value];
  return { piece: ex.piece, lo: ex.lo, hi: ex.hi, image, label: `${ex.kind}imum` };
}

// ---------------------------------------------------------------------------
// Witnesses that every value is taken
// ---------------------------------------------------------------------------

/**
 * Runs of pieces on which f is continuous: piece index → run number, or −1 for a piece
 * whose formula may jump inside (it calls sign or acot), which takes no part in an
 * intermediate-value argument. Two neighbours share a run when both formulas are exactly
 * equal at their common boundary. (Elementary functions are continuous wherever they are
 * defined, and the covering proof has shown each piece defined on its whole domain.)
 */
function runs(c: Context): number[] {
  const out: number[] = [];
  let run = 0;
  for (let i = 0; i < c.pieces.length; i++) {
    const p = c.pieces[i]!;
    if (containsCall(p.expr, DISCONTINUOUS)) {
      out.push(-1);
      run++;
      continue;
    }
    const prev = c.pieces[i - 1];
    if (prev && out[i - 1] !== -1) {
      const t = p.lo!.exact;
      const va = exactValue(prev.expr, { ...c.rationals, z: t });
      const vb = exactValue(p.expr, { ...c.rationals, z: t });
      if (!(va !== undefined && vb !== undefined && compareRational(va, vb) === 0)) run++;
    } else if (prev) run++;
    out.push(run);
  }
  return out;
}

interface Witness {
  readonly piece: number;
  readonly text: string;
}

interface TailInfo {
  readonly piece: number;
  readonly side: 1 | -1;
  readonly limit?: ReturnType<typeof analyseTail>['limit'];
}

function tailLimits(c: Context, L: Decimal): TailInfo[] {
  const out: TailInfo[] = [];
  for (const [p, side] of [
    [c.pieces[0]!, -1],
    [c.pieces[c.pieces.length - 1]!, 1],
  ] as const) {
    try {
      out.push({ piece: p.index, side, limit: analyseTail(p.expr, side, L, c.params, c.ctx).limit });
    } catch (err) {
      if (!(err instanceof TailFailure)) throw err;
      const sign = infiniteLimit(c, p.expr, side, L);
      out.push({ piece: p.index, side, ...(sign ? { limit: { kind: 'inf' as const, sign } } : {}) });
    }
  }
  return out;
}

/**
 * The limit ±∞ of max, min and abs forms the tail analysis does not take, from their
 * arguments' limits: max(a, b) ≥ a, so max → ∞ when one argument does, and → −∞ when all
 * do; min the other way round; |a| → ∞ when a → ±∞.
 */
function infiniteLimit(c: Context, e: Expr, side: 1 | -1, L: Decimal): 1 | -1 | undefined {
  try {
    const limit = analyseTail(e, side, L, c.params, c.ctx).limit;
    return limit.kind === 'inf' ? limit.sign : undefined;
  } catch (err) {
    if (!(err instanceof TailFailure)) throw err;
  }
  if (e.kind !== 'call') return undefined;
  const signs = e.args.map((a) => infiniteLimit(c, a, side, L));
  if (e.fn === 'abs' && signs.length === 1 && signs[0]) return 1;
  if (e.fn === 'max') return signs.includes(1) ? 1 : signs.every((x) => x === -1) ? -1 : undefined;
  if (e.fn === 'min') return signs.includes(-1) ? -1 : signs.every((x) => x === 1) ? 1 : undefined;
  return undefined;
}

/** Whether a limit equals the end's exact value. */
function limitEquals(c: Context, limit: TailInfo['limit'], end: string): boolean {
  if (limit?.kind !== 'finite' || !limit.exact) return false;
  const want = constantOf(parse(end), c.params, c.ctx);
  if (want && constEquals(want, limit.exact)) return true;
  const r = constRational(limit.exact);
  const ev = exactValue(parse(end), c.rationals);
  return !!(r && ev && compareRational(r, ev) === 0);
}

const DISCONTINUOUS = new Set(['sign', 'acot']);

function witnesses(c: Context, e: RangeEnd, side: 'lo' | 'hi', proof: EndProof, tails: TailInfo[]): Witness[] {
  const out: Witness[] = [];
  if (e.value === 'inf' || e.value === '-inf') {
    const sign = e.value === 'inf' ? 1 : -1;
    for (const t of tails) if (t.limit?.kind === 'inf' && t.limit.sign === sign) out.push({ piece: t.piece, text: `${e.value === 'inf' ? '∞' : '−∞'} is the limit as z → ${t.side > 0 ? '+' : '−'}∞` });
    return out;
  }
  if (e.value === 'critical') {
    if (proof.extremum && proof.image) out.push({ piece: proof.extremum.piece, text: proof.attained ?? '' });
    return out;
  }
  if (e.closed) {
    if (proof.attained && e.at !== undefined) {
      const p = pieceAt(c, pointValue(c, e.at).x);
      if (p) out.push({ piece: p.index, text: proof.attained });
    }
    // a constant piece equal to the end
    const ev = exactValue(parse(e.value), c.rationals);
    for (const p of c.pieces) {
      if (!ev || containsZ(p.expr)) continue;
      const v = exactValue(p.expr, c.rationals);
      if (v && compareRational(v, ev) === 0) out.push({ piece: p.index, text: `${e.value} is the value of the piece ${p.text}` });
    }
    return out;
  }
  // open: a limit at ±∞ or at an open boundary of a piece
  for (const t of tails) if (limitEquals(c, t.limit, e.value)) out.push({ piece: t.piece, text: `${e.value} is approached as z → ${t.side > 0 ? '+' : '−'}∞ (exact limit)` });
  const ev = exactValue(parse(e.value), c.rationals);
  if (ev) {
    for (const p of c.pieces) {
      if (containsCall(p.expr, DISCONTINUOUS)) continue;
      for (const b of [p.lo, p.hi]) {
        if (!b || b.closed) continue;
        const v = exactValue(p.expr, { ...c.rationals, z: b.exact });
        if (v && compareRational(v, ev) === 0) out.push({ piece: p.index, text: `${e.value} is approached as z → ${b.x.toString()} ${b === p.lo ? 'from above' : 'from below'}` });
      }
    }
  }
  void side;
  return out;
}

const containsZ = (e: Expr): boolean => format(e).match(/\bz\b/) !== null;

// ---------------------------------------------------------------------------
// Values never taken
// ---------------------------------------------------------------------------

/** Candidate values of a component that f might never take: unattained ends, and points between the values f is seen to reach. */
function candidates(c: Context, info: PartInfo, tails: TailInfo[], unattained: readonly RangeEnd[]): Decimal[] {
  const out: Decimal[] = [];
  for (const e of unattained) {
    const v = e.value !== 'critical' && e.value !== 'inf' && e.value !== '-inf' ? exactValue(parse(e.value), c.rationals) : undefined;
    const d = v ? toDecimal(v) : undefined;
    if (d && e.closed) out.push(d);
  }
  const marks: Decimal[] = [];
  for (const p of c.pieces) {
    for (const b of [p.lo, p.hi]) {
      if (!b) continue;
      try {
        const v = evaluateInterval(p.expr, { ...c.env, z: point(b.x) }, { digits: c.ctx.precision });
        marks.push(v.lo.plus(v.hi).div(2).toSignificantDigits(12));
      } catch {
        // undefined at the boundary: no landmark
      }
    }
  }
  for (const t of tails) if (t.limit?.kind === 'finite') marks.push(t.limit.enclosure.lo.plus(t.limit.enclosure.hi).div(2).toSignificantDigits(12));
  // the component's own finite ends, so the values between the last reached value and an end are tried
  for (const e of [info.component.lo, info.component.hi]) if (!e.inf) marks.push(e.enc.lo.plus(e.enc.hi).div(2).toSignificantDigits(12));
  const sorted = [...new Set(marks.map((m) => m.toString()))].map((s) => new Decimal(s)).sort((a, b) => a.cmp(b));
  const inPart = (v: Decimal): boolean => {
    const lo = info.component.lo;
    const hi = info.component.hi;
    const aboveLo = lo.inf === -1 || v.gt(lo.enc.hi);
    const belowHi = hi.inf === 1 || v.lt(hi.enc.lo);
    return aboveLo && belowHi;
  };
  for (let i = 0; i + 1 < sorted.length; i++) {
    // the midpoint first, then the quarter points (a gap around a value taken at the midpoint: sign(z) on [−1, 1])
    const [a, b] = [sorted[i]!, sorted[i + 1]!];
    for (const t of [2, 4, 4 / 3]) {
      const m = a.plus(b.minus(a).div(t)).toSignificantDigits(8);
      if (inPart(m)) out.push(m);
    }
  }
  if (sorted.length > 0) {
    for (const m of [sorted[0]!.minus(1), sorted[sorted.length - 1]!.plus(1)]) if (inPart(m)) out.push(m);
  }
  return out.slice(0, 8);
}

/** Proves that f never takes v (every value lies in S \ {v}). */
function neverTakes(c: Context, components: readonly Component[], specials: readonly Special[], v: Decimal, splitPoints: readonly Decimal[]): boolean {
  const vr = fromDecimal(v);
  const pieces: Component[] = [];
  for (const comp of components) {
    const contains = (comp.lo.inf || (comp.lo.exact ? compareRational(comp.lo.exact, vr) < 0 || (compareRational(comp.lo.exact, vr) === 0 && comp.lo.closed) : comp.lo.enc.hi.lt(v))) && (comp.hi.inf || (comp.hi.exact ? compareRational(vr, comp.hi.exact) < 0 || (compareRational(vr, comp.hi.exact) === 0 && comp.hi.closed) : v.lt(comp.hi.enc.lo)));
    if (!contains) {
      pieces.push(comp);
      continue;
    }
    const cut: ComponentEnd = { exact: vr, enc: point(v), closed: false, tag: `cut:${v}` };
    const isLo = comp.lo.exact && compareRational(comp.lo.exact, vr) === 0;
    const isHi = comp.hi.exact && compareRational(comp.hi.exact, vr) === 0;
    if (!isLo) pieces.push({ part: comp.part, lo: comp.lo, hi: cut });
    if (!isHi) pieces.push({ part: comp.part, lo: cut, hi: comp.hi });
    if (isLo && isHi) continue;
  }
  const r = settleByEnclosure(c, cover(c.pieces, pieces, { ...coverOptions(c, splitPoints), specials, budget: Math.floor(c.budget / 4) }), pieces);
  return r.proved;
}

function coverOptions(c: Context, splitPoints: readonly Decimal[]) {
  // the window reaches past every piece boundary and every point named (twice as far, a power of 2)
  const far = [...c.pieces.flatMap((p) => [p.lo?.x, p.hi?.x]), ...splitPoints].filter((x): x is Decimal => x !== undefined).reduce((m, x) => Decimal.max(m, x.abs()), new Decimal(0));
  let window = c.window;
  while (window.lt(far.times(2))) window = window.times(2);
  return {
    ctx: c.ctx,
    budget: c.budget,
    window,
    maxWindow: Decimal.max(new Decimal(DEFAULTS.intervalMaxWindow), window),
    minWidth: new Decimal(10).pow(-Math.floor(c.ctx.precision / 2)),
    splitPoints,
    specials: [] as Special[],
    tailFrom: Decimal.max(far, 2),
    params: c.params,
    env: c.env,
    rationals: c.rationals,
  };
}

// ---------------------------------------------------------------------------
// Unresolved cells enclosed whole
// ---------------------------------------------------------------------------

/**
 * The cells (and tails) the covering proof left are enclosed whole by interval arithmetic
 * (a tail as the interval [L, ∞), where the bisection and the asymptotic rule gave up: sin
 * on a tail is enclosed in [−1, 1]); a cell whose enclosure fits one component is proved,
 * and the result is proved when every cell is.
 */
function settleByEnclosure(c: Context, r: CoverResult, components: readonly Component[]): CoverResult & { enclosed: number } {
  if (r.proved || r.violation || r.undefinedAt) return { ...r, enclosed: 0 };
  const left = r.unresolved.filter((u) => {
    const p = c.pieces[u.piece]!;
    try {
      const F = p.f(c.ctx, { ...c.env, z: { lo: u.lo, hi: u.hi, loOpen: !u.lo.isFinite(), hiOpen: !u.hi.isFinite() } });
      return !fits([{ x: F.lo, open: F.loOpen }, { x: F.hi, open: F.hiOpen }], components);
    } catch {
      return true;
    }
  });
  return { ...r, unresolved: left, proved: left.length === 0, enclosed: r.unresolved.length - left.length };
}

/**
 * The unresolved cells on which f could not be enclosed at all (an operation may be
 * undefined there: a pole of 1/(z² − 2) at the irrational √2, which no sample hits).
 */
function cellsMaybeUndefined(c: Context, r: CoverResult): string[] {
  const out: string[] = [];
  for (const u of r.unresolved) {
    try {
      c.pieces[u.piece]!.f(c.ctx, { ...c.env, z: { lo: u.lo, hi: u.hi, loOpen: !u.lo.isFinite(), hiOpen: !u.hi.isFinite() } });
    } catch {
      out.push(`[${fmtRegion(u).from}, ${fmtRegion(u).to}]`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Sampling where the proof did not close
// ---------------------------------------------------------------------------

function sampleUnresolved(c: Context, r: CoverResult, components: readonly Component[]): { points: number; violation?: { z: Decimal; value: Interval } } {
  let points = 0;
  for (const u of r.unresolved) {
    const p = c.pieces[u.piece]!;
    const zs: Decimal[] = [];
    // sample points computed exactly (a rounded point could leave the region and the piece)
    const X = Decimal.clone({ precision: 200 });
    if (u.lo.isFinite() && u.hi.isFinite()) {
      for (let i = 0; i <= c.samples; i++) zs.push(new X(u.lo).plus(new X(u.hi).minus(u.lo).times(i).div(c.samples)));
    } else {
      const start = new X(u.lo.isFinite() ? u.lo : u.hi);
      const sign = u.lo.isFinite() ? 1 : -1;
      for (let i = 0; i <= c.samples; i++) zs.push(start.abs().times(new X(2).pow(i)).times(sign));
    }
    for (const z of zs) {
      if (!inPiece(p, z)) continue;
      try {
        const F = p.f(c.ctx, { ...c.env, z: point(z) });
        points++;
        if (outside(F, components)) return { points, violation: { z, value: F } };
      } catch {
        // a point where the piece is undefined is not a sample
      }
    }
  }
  return { points };
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

function fmtRegion(u: CoverResult['unresolved'][number]): { from: string; to: string; reason: string } {
  const s = (x: Decimal) => (x.isFinite() ? x.toSignificantDigits(8, Decimal.ROUND_HALF_EVEN).toString() : x.isNeg() ? '−∞' : '∞');
  return { from: s(u.lo), to: s(u.hi), reason: u.reason };
}

function violationExample(c: Context, v: { z: Decimal; value: Interval }, claimed: string): Counterexample {
  const value = describe(v.value);
  return {
    at: { z: v.z.toString() },
    claimed,
    reference: value,
    referenceLabel: 'f(z), enclosed by interval arithmetic',
    text: `at z = ${v.z.toString()}, ${c.name} = ${value}${isPoint(v.value) ? ' (exactly)' : ''}, which is not in ${claimed}`,
  };
}

/**
 * Proves that the range of f (over all real z, parameters fixed) is exactly the set S:
 * every value of f lies in S, every value of S is taken, closed ends are attained exactly
 * and open ends only approached. See the module description for the method.
 *
 * @example
 * ```ts
 * proveRange('tanh(z)', '(-1, 1)').status;                          // 'proved'
 * proveRange('tanh(z)', '[-1 @ -100, 1 @ 100]').status;             // 'refuted': tanh(100) ≠ 1
 * proveRange('(1 + e^(-z))^(-2)*e^(-z)', '(0, 1/4 @ 0]').summary;    // 'proved for all z …; 1/4 is attained at z = 0 (exactly) …'
 * ```
 */
export function proveRange(f: Expr | string | ScalarFunction, set: RangeSet | string, options: IntervalProofOptions = {}): RangeVerdict {
  const c = setup(f, options);
  const declared = normalizeRangeSet(typeof set === 'string' ? parseRangeSet(set) : set, c.params);
  const subject = `${c.call} ∈ ${formatRangeSet(declared)}`;
  const infos: PartInfo[] = [];
  const proofs: { lo: EndProof; hi: EndProof }[] = [];
  declared.parts.forEach((part, i) => {
    const lo: RangeEnd = withAttainment(c, part.kind === 'point' ? { value: part.value, closed: true, ...(part.at ? { at: part.at } : {}) } : part.lo, 'lo');
    const hi: RangeEnd = part.kind === 'point' ? lo : withAttainment(c, part.hi, 'hi');
    const pl = proveEnd(c, lo, 'lo', `${i}:lo`);
    const ph = part.kind === 'point' ? pl : proveEnd(c, hi, 'hi', `${i}:hi`);
    proofs.push({ lo: pl, hi: ph });
    const component: Component = { part: i, lo: componentEnd(c, lo, `${i}:lo`, pl.extremum), hi: componentEnd(c, hi, `${i}:hi`, ph.extremum) };
    infos.push({ part, lo, hi, component });
  });
  const components = infos.map((x) => x.component);
  const specials: Special[] = [];
  const extrema: RangeVerdict['extrema'][number][] = [];
  for (const [i, pr] of proofs.entries()) {
    for (const [side, ep] of [
      ['lo', pr.lo],
      ['hi', pr.hi],
    ] as const) {
      if (!ep.extremum || (side === 'hi' && pr.hi === pr.lo && infos[i]!.part.kind === 'point')) continue;
      specials.push(specialOf(ep.extremum, ep.image));
      extrema.push({ kind: ep.extremum.kind, at: formatInterval(ep.extremum.at, 16), value: ep.extremum.exactValue ? formatInterval(ep.extremum.value) : describe(ep.extremum.value) });
    }
  }
  const splitPoints = gatherSplitPoints(c, infos.flatMap((x) => [x.lo, x.hi]));
  const refutation = proofs.flatMap((p) => [p.lo.refutation, p.hi.refutation]).find((x) => x !== undefined);
  // a certain refutation of an end (a wrong ≈ value, an end not attained where declared) needs no covering proof
  const result: CoverResult = refutation
    ? { proved: false, unresolved: [], cells: 0, steps: 0, window: c.window }
    : settleByEnclosure(c, cover(c.pieces, components, { ...coverOptions(c, splitPoints), specials }), components);
  const base = {
    kind: 'range' as const,
    subject,
    method: 'interval' as const,
    digitsRequested: 0,
    digitsAgreed: 0,
    set: declared,
    cells: result.cells,
    steps: result.steps,
    window: result.window.toString(),
    extrema,
    unproved: result.unresolved.map(fmtRegion),
  };
  if (result.violation) return verdict(base, 'refuted', { counterexample: violationExample(c, result.violation, formatRangeSet(declared)), summary: `refuted: a value of ${c.name} outside ${formatRangeSet(declared)}`, ends: [] });
  if (refutation) return verdict(base, 'refuted', { counterexample: refutation, summary: `refuted: ${refutation.text}`, ends: [] });
  if (result.undefinedAt) {
    return verdict(base, 'inconclusive', { summary: `${c.name} is undefined somewhere on the line`, reason: result.undefinedAt.reason, ends: [] });
  }
  // every value taken?
  const tails = tailLimits(c, result.window);
  const run = runs(c);
  const ends: string[] = [];
  const missing: { info: PartInfo; unattained: RangeEnd[]; why: string }[] = [];
  infos.forEach((info, i) => {
    const wl = witnesses(c, info.lo, 'lo', proofs[i]!.lo, tails);
    const wh = info.part.kind === 'point' ? wl : witnesses(c, info.hi, 'hi', proofs[i]!.hi, tails);
    // an isolated point needs only its value; an interval needs both ends on one continuous run
    const pair = info.part.kind === 'point' ? wl.map((a) => [a, a] as const)[0] : wl.flatMap((a) => wh.filter((b) => run[a.piece] !== -1 && run[a.piece] === run[b.piece]).map((b) => [a, b] as const))[0];
    if (pair) {
      ends.push(pair[0].text);
      if (info.part.kind !== 'point') ends.push(pair[1].text);
      return;
    }
    const unattained = [...(wl.length ? [] : [info.lo]), ...(wh.length ? [] : [info.hi])];
    const why = !wl.length
      ? `no witness that ${endWords(info.lo, 'lo')}${proofs[i]!.lo.problem ? ` (${proofs[i]!.lo.problem})` : ''}`
      : !wh.length
        ? `no witness that ${endWords(info.hi, 'hi')}${proofs[i]!.hi.problem ? ` (${proofs[i]!.hi.problem})` : ''}`
        : `the ends of ${formatPart(info.part)} are reached on pieces not joined continuously`;
    missing.push({ info, unattained, why });
  });
  if (result.proved && missing.length === 0) {
    return verdict(base, 'proved', {
      region: 'all real z',
      summary: `proved for all z by interval arithmetic: ${result.cells} cells on [−${result.window}, ${result.window}], ${tailWords(result)}; ${ends.join('; ')}`,
      ends,
    });
  }
  for (const m of missing) {
    for (const v of candidates(c, m.info, tails, m.unattained)) {
      if (neverTakes(c, components, specials, v, splitPoints)) {
        return verdict(base, 'refuted', {
          counterexample: {
            at: {},
            claimed: `${v.toString()} ∈ ${formatRangeSet(declared)}`,
            reference: 'never taken',
            referenceLabel: 'interval proof over all z',
            text: `${v.toString()} lies in the declared set, but ${c.name} ≠ ${v.toString()} for every z (proved by interval arithmetic)`,
          },
          summary: `refuted: ${formatPart(m.info.part)} is not all taken (${m.why})`,
          ends,
        });
      }
    }
  }
  if (result.proved) {
    // every value lies in the set, but that every value of the set is taken is neither proved nor refuted
    const why = missing.map((m) => m.why).join('; ');
    return verdict(base, 'inconclusive', { summary: `every value lies in the set (proved for all z), but not that the set is all taken: ${why}`, reason: why, ends });
  }
  const sampled = sampleUnresolved(c, result, components);
  if (sampled.violation) return verdict(base, 'refuted', { counterexample: violationExample(c, sampled.violation, formatRangeSet(declared)), summary: `refuted at a sampled point`, ends, points: sampled.points });
  const region = unresolvedRegion(result);
  const open = result.unresolved.map((u) => `the proof did not close on [${fmtRegion(u).from}, ${fmtRegion(u).to}] (${u.reason})`);
  const checked = `checked at ${sampled.points} points of ${region}, where the proof did not close, none outside the set`;
  // Points cannot show that a value is taken: a set not shown all taken is not verified
  if (missing.length) {
    const why = missing.map((m) => m.why).join('; ');
    return verdict(base, 'inconclusive', { summary: `not shown that the set is all taken (${why}); ${checked}; ${open[0]}`, reason: [...missing.map((m) => m.why), ...open].join('; '), ends, points: sampled.points });
  }
  const undefinedCells = cellsMaybeUndefined(c, result);
  if (undefinedCells.length) {
    return verdict(base, 'inconclusive', { summary: `${c.name} may be undefined on ${undefinedCells.join(', ')} (no enclosure there); ${checked}`, reason: open.join('; '), ends, points: sampled.points });
  }
  // Points between which f may jump over a gap of the set settle nothing there: a cell whose
  // enclosure meets a gap (or an isolated point's surroundings) leaves the claim open
  const gapped = cellsMeetingGaps(c, result, components);
  if (gapped.length) {
    const cells = gapped.map((g) => `[${g.from}, ${g.to}] (f there ⊂ ${g.image}, which meets the gap ${g.gap})`).join('; ');
    return verdict(base, 'inconclusive', {
      summary: `not proved where f may cross a gap of the set: ${cells}; ${checked}`,
      reason: [`the enclosure of f meets a gap of ${formatRangeSet(declared)} on ${cells}`, ...open].join('; '),
      ends,
      points: sampled.points,
    });
  }
  return verdict(base, 'verified', {
    summary: `proved for all z except ${region}: ${checked}; ${open[0]}`,
    reason: open.join('; '),
    region: `all real z by interval arithmetic, except ${region}: there at ${sampled.points} points`,
    ends,
    points: sampled.points,
  });
}

/** How the tails (and the cells the bisection left) were proved. */
function tailWords(r: CoverResult & { enclosed?: number }): string {
  return r.enclosed ? `the tails by asymptotic enclosure; ${r.enclosed} region${r.enclosed === 1 ? '' : 's'} the bisection left (a tail: z beyond ±${r.window}) enclosed whole` : 'the tails by asymptotic enclosure';
}

/** The unresolved cells, written as one region. */
function unresolvedRegion(r: CoverResult): string {
  const shown = r.unresolved.slice(0, 4).map((u) => `[${fmtRegion(u).from}, ${fmtRegion(u).to}]`);
  return `${shown.join(' ∪ ')}${r.unresolved.length > 4 ? ` and ${r.unresolved.length - 4} more cells` : ''}`;
}

/**
 * The unresolved cells on which f's enclosure meets a gap between two components of the
 * set (every gap for a cell where f cannot be enclosed, as on a tail). A gap between
 * components a < b is the values above a's upper end and below b's lower end; an
 * enclosure that reaches or passes either end meets it (conservative at inexact ends).
 */
function cellsMeetingGaps(c: Context, r: CoverResult, components: readonly Component[]): { from: string; to: string; image: string; gap: string }[] {
  if (components.length < 2) return [];
  const sorted = [...components].sort((a, b) => (a.lo.inf ? -1 : b.lo.inf ? 1 : a.lo.enc.lo.cmp(b.lo.enc.lo)));
  const out: { from: string; to: string; image: string; gap: string }[] = [];
  for (const u of r.unresolved) {
    const p = c.pieces[u.piece]!;
    let F: Interval | undefined;
    try {
      F = p.f(c.ctx, { ...c.env, z: { lo: u.lo, hi: u.hi, loOpen: false, hiOpen: false } });
      if (!F.lo.isFinite() && !F.hi.isFinite()) F = undefined;
    } catch {
      F = undefined;
    }
    const lo = F ? F.lo : new Decimal(Number.NEGATIVE_INFINITY);
    const hi = F ? F.hi : new Decimal(Number.POSITIVE_INFINITY);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i]!.hi;
      const b = sorted[i + 1]!.lo;
      if (a.inf || b.inf) continue;
      // the gap lies within [a, b] (ends' enclosures included); F meets it unless F is wholly below a or above b
      const below = hi.lt(a.enc.lo) || (hi.eq(a.enc.lo) && a.closed && a.exact !== undefined);
      const above = lo.gt(b.enc.hi) || (lo.eq(b.enc.hi) && b.closed && b.exact !== undefined);
      if (below || above) continue;
      const f = fmtRegion(u);
      const gap = `${a.closed ? '(' : '['}${describe(a.enc, 8)}, ${describe(b.enc, 8)}${b.closed ? ')' : ']'}`;
      out.push({ from: f.from, to: f.to, image: F ? formatInterval(F, 8) : '(−∞, ∞) (no enclosure)', gap });
      break;
    }
  }
  return out;
}

function endWords(e: RangeEnd, side: 'lo' | 'hi'): string {
  const v = e.value === 'inf' ? '∞' : e.value === '-inf' ? '−∞' : e.value === 'critical' ? `the ${side === 'lo' ? 'minimum' : 'maximum'} ≈ ${e.approx}` : e.value;
  if (e.value === 'inf' || e.value === '-inf') return `f reaches ${v}`;
  return e.closed ? `${v} is attained` : `${v} is approached`;
}

function formatPart(p: RangePart): string {
  return formatRangeSet({ parts: [p] });
}

function gatherSplitPoints(c: Context, ends: readonly RangeEnd[]): Decimal[] {
  const out: Decimal[] = [new Decimal(0)];
  for (const e of ends) {
    if (e.at === undefined) continue;
    const v = pointValue(c, e.at);
    if (v.exact) out.push(v.x);
  }
  return out;
}

function verdict(
  base: Omit<RangeVerdict, 'status' | 'holds' | 'summary' | 'points' | 'ends'>,
  status: VerdictStatus,
  extra: { summary: string; ends: string[]; counterexample?: Counterexample; reason?: string; region?: string; points?: number },
): RangeVerdict {
  return {
    ...base,
    status,
    holds: status === 'proved' || status === 'verified',
    points: extra.points ?? 0,
    summary: extra.summary,
    ends: extra.ends,
    ...(extra.region ? { region: extra.region } : {}),
    ...(extra.counterexample ? { counterexample: extra.counterexample } : {}),
    ...(extra.reason ? { reason: extra.reason } : {}),
  };
}

/**
 * Proves a bound on f for every real z: f ≤ value (or <, or ≥, >), and with `at`, that the
 * bound is attained there exactly.
 *
 * @example
 * ```ts
 * proveBound('(1 + e^(-z))^(-2)*e^(-z)', { side: 'upper', value: '1/4', at: '0' }).status; // 'proved'
 * proveBound('(1 + e^(-z))^(-2)*e^(-z)', { side: 'upper', value: '0.24' }).status;         // 'refuted' (at z = 0)
 * ```
 */
export function proveBound(f: Expr | string | ScalarFunction, claim: BoundClaim, options: IntervalProofOptions = {}): RangeVerdict {
  if (claim.strict && claim.at !== undefined) throw new InputError('a strict bound cannot be attained: drop "at" or "strict"');
  const c = setup(f, options);
  const end: RangeEnd = withAttainment(c, { value: claim.value, closed: !claim.strict, ...(claim.at !== undefined ? { at: claim.at } : {}) }, claim.side === 'upper' ? 'hi' : 'lo');
  const part: RangePart =
    claim.side === 'upper' ? { kind: 'interval', lo: { value: '-inf', closed: false }, hi: end } : { kind: 'interval', lo: end, hi: { value: 'inf', closed: false } };
  const set: RangeSet = { parts: [part] };
  const op = claim.side === 'upper' ? (claim.strict ? '<' : '≤') : claim.strict ? '>' : '≥';
  const subject = `${c.call} ${op} ${claim.value}`;
  const side = claim.side === 'upper' ? 'hi' : 'lo';
  const proof = proveEnd(c, end, side, `0:${side}`);
  const component: Component =
    claim.side === 'upper'
      ? { part: 0, lo: { inf: -1, enc: point(0), closed: false, tag: '0:lo' }, hi: componentEnd(c, end, '0:hi', proof.extremum) }
      : { part: 0, lo: componentEnd(c, end, '0:lo', proof.extremum), hi: { inf: 1, enc: point(0), closed: false, tag: '0:hi' } };
  const specials = proof.extremum ? [specialOf(proof.extremum, proof.image)] : [];
  const splitPoints = gatherSplitPoints(c, [end]);
  const result: CoverResult = proof.refutation
    ? { proved: false, unresolved: [], cells: 0, steps: 0, window: c.window }
    : settleByEnclosure(c, cover(c.pieces, [component], { ...coverOptions(c, splitPoints), specials }), [component]);
  const base = {
    kind: 'bound' as const,
    subject,
    method: 'interval' as const,
    digitsRequested: 0,
    digitsAgreed: 0,
    set,
    cells: result.cells,
    steps: result.steps,
    window: result.window.toString(),
    extrema: proof.extremum ? [{ kind: proof.extremum.kind, at: formatInterval(proof.extremum.at, 16), value: describe(proof.extremum.value) }] : [],
    unproved: result.unresolved.map(fmtRegion),
  };
  const claimed = `${op} ${claim.value}`;
  if (result.violation) return verdict(base, 'refuted', { counterexample: violationExample(c, result.violation, formatRangeSet(set)), summary: `refuted: ${c.name} ${claimed} fails`, ends: [] });
  if (proof.refutation) return verdict(base, 'refuted', { counterexample: proof.refutation, summary: `refuted: ${proof.refutation.text}`, ends: [] });
  if (result.undefinedAt) return verdict(base, 'inconclusive', { summary: `${c.name} is undefined somewhere on the line`, reason: result.undefinedAt.reason, ends: [] });
  const ends = proof.attained ? [proof.attained] : [];
  if (result.proved && (claim.at === undefined || proof.attained)) {
    return verdict(base, 'proved', {
      region: 'all real z',
      summary: `proved for all z by interval arithmetic: ${result.cells} cells on [−${result.window}, ${result.window}], ${tailWords(result)}${ends.length ? `; ${ends[0]}` : ''}`,
      ends,
    });
  }
  const sampled = sampleUnresolved(c, result, [component]);
  if (sampled.violation) return verdict(base, 'refuted', { counterexample: violationExample(c, sampled.violation, formatRangeSet(set)), summary: `refuted at a sampled point`, ends, points: sampled.points });
  const reasons = [...result.unresolved.map((u) => `the proof did not close on [${fmtRegion(u).from}, ${fmtRegion(u).to}] (${u.reason})`), ...(claim.at !== undefined && !proof.attained ? [proof.problem ?? `attainment at z = ${claim.at} not shown`] : [])];
  const region = unresolvedRegion(result);
  const undefinedCells = cellsMaybeUndefined(c, result);
  if (undefinedCells.length) {
    return verdict(base, 'inconclusive', { summary: `${c.name} may be undefined on ${undefinedCells.join(', ')} (no enclosure there); checked at ${sampled.points} points of ${region}`, reason: reasons.join('; '), ends, points: sampled.points });
  }
  return verdict(base, 'verified', {
    summary: result.proved ? `the bound is proved for all z; ${reasons[0]}` : `proved for all z except ${region}: checked at ${sampled.points} points of ${region}, where the proof did not close, none outside the bound; ${reasons[0]}`,
    reason: reasons.join('; '),
    ...(result.proved ? {} : { region: `all real z by interval arithmetic, except ${region}: there at ${sampled.points} points` }),
    ends,
    points: sampled.points,
  });
}


/**
 * Proves that f is defined at every real z (its domain is ℝ): the covering proof of the
 * set (−∞, ∞), in which every cell's enclosure must be computable (no logarithm of a
 * value that may be ≤ 0, no division by an interval holding 0 …) and both tails enclosed.
 * A point where f is certainly undefined refutes it.
 *
 * @example
 * ```ts
 * proveDefined('1/(1 + e^(-z))').status; // 'proved'
 * proveDefined('log(z)').status;         // 'refuted': undefined at z ≤ 0
 * ```
 */
export function proveDefined(f: Expr | string | ScalarFunction, options: IntervalProofOptions = {}): RangeVerdict {
  const c = setup(f, options);
  const component: Component = { part: 0, lo: { inf: -1, enc: point(0), closed: false, tag: '0:lo' }, hi: { inf: 1, enc: point(0), closed: false, tag: '0:hi' } };
  const result = settleByEnclosure(c, cover(c.pieces, [component], coverOptions(c, [new Decimal(0)])), [component]);
  const base = {
    kind: 'range' as const,
    subject: `${c.call} is defined for every real z`,
    method: 'interval' as const,
    digitsRequested: 0,
    digitsAgreed: 0,
    set: { parts: [{ kind: 'interval' as const, lo: { value: '-inf', closed: false }, hi: { value: 'inf', closed: false } }] },
    cells: result.cells,
    steps: result.steps,
    window: result.window.toString(),
    extrema: [],
    unproved: result.unresolved.map(fmtRegion),
  };
  if (result.undefinedAt) {
    const z = result.undefinedAt.z.toString();
    return verdict(base, 'refuted', {
      counterexample: { at: { z }, claimed: 'defined', reference: 'undefined', referenceLabel: 'interval evaluation', text: result.undefinedAt.reason.includes(z) ? result.undefinedAt.reason : `${c.name} is undefined at z = ${z} (${result.undefinedAt.reason})` },
      summary: `refuted: ${c.name} is undefined at z = ${z}`,
      ends: [],
    });
  }
  if (result.proved) {
    return verdict(base, 'proved', { region: 'all real z', summary: `proved for all z by interval arithmetic: ${result.cells} cells on [−${result.window}, ${result.window}], ${tailWords(result)}: ${c.name} is defined everywhere`, ends: [] });
  }
  // every cell left is one where f could not be enclosed (the covering of (−∞, ∞) fails nowhere else):
  // a pole or a logarithm's zero between the sample points is not excluded, so nothing is verified
  const sampled = sampleUnresolved(c, result, [component]);
  const reasons = result.unresolved.map((u) => `the proof did not close on [${fmtRegion(u).from}, ${fmtRegion(u).to}] (${u.reason})`);
  return verdict(base, 'inconclusive', {
    summary: `not proved defined on ${unresolvedRegion(result)}: defined at the ${sampled.points} points checked there, but f may be undefined between them; ${reasons[0]}`,
    reason: reasons.join('; '),
    ends: [],
    points: sampled.points,
  });
}
