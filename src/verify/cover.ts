/**
 * The covering proof: every value of f lies in a set S (a union of intervals and points),
 * for every z. The window [−L, L] is cut at the pieces' boundaries and at given points,
 * then bisected; on each cell the interval enclosure of f must lie inside one component
 * of S. A cell that does not fit is tried once more by monotonicity (when f′ has one sign
 * on the cell, f lies between its end values, computed exactly where they are rational),
 * then split, down to a minimum width and within a budget of steps (never a timer). Cells
 * around proved extrema are given as `special` boxes with their proved images. The tails
 * z ≥ L and z ≤ −L are enclosed by the asymptotic analysis (interval/asymptotic.ts); when
 * that does not fit, L is doubled (the new stretch bisected) up to a maximum.
 *
 * A cell whose enclosure misses S entirely is a certain counterexample; so is a point value
 * outside S. What could not be settled is returned as unresolved cells.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { type Expr, variables } from '../symbolic/tree.js';
import { analyseTail, TailFailure } from './interval/asymptotic.js';
import { compareDecimalRational, compareRational, exactValue, fromDecimal, type Rational, toDecimal } from './interval/exact.js';
import { add, disjoint, ENTIRE, type Interval, type IntervalContext, IntervalDomainError, intersect, interval, midpoint, mul, point, sub } from './interval/interval.js';
import type { ResolvedPiece } from './scalar.js';

const containsZ = (e: Expr): boolean => variables(e).includes('z');

/**
 * One end of a component of the target set, as numbers: infinite, exact, or enclosed.
 *
 * @example
 * ```ts
 * const quarter: ComponentEnd = { exact: { n: 1n, d: 4n }, enc: point('0.25'), closed: true, tag: '0:hi' };
 * ```
 */
export interface ComponentEnd {
  readonly inf?: 1 | -1;
  readonly exact?: Rational;
  readonly enc: Interval;
  readonly closed: boolean;
  /** Names the end, so an image end proved equal to it can say so. */
  readonly tag: string;
}

/**
 * One component of the target set (an interval, or a point when lo and hi coincide).
 *
 * @example
 * ```ts
 * const c: Component = { part: 0, lo: zeroOpen, hi: quarterClosed };
 * ```
 */
export interface Component {
  readonly part: number;
  readonly lo: ComponentEnd;
  readonly hi: ComponentEnd;
}

/**
 * One end of a proved image: values ≥ x (or > x when open) for a decimal x or a rational q,
 * or exactly the component end `tag`.
 *
 * @example
 * ```ts
 * const below: ImageEnd = { x: new Decimal('0.25'), open: false };
 * ```
 */
export type ImageEnd =
  | { readonly x: Decimal; readonly open: boolean }
  | { readonly q: Rational; readonly open: boolean }
  | { readonly tag: string; readonly enc: Interval; readonly open: boolean };

/**
 * A box of one piece whose image is already proved (an extremum's box).
 *
 * @example
 * ```ts
 * const s: Special = { piece: 0, lo: new Decimal('-0.125'), hi: new Decimal('0.125'), image: [low, top], label: 'maximum at 0' };
 * ```
 */
export interface Special {
  readonly piece: number;
  readonly lo: Decimal;
  readonly hi: Decimal;
  readonly image: readonly [ImageEnd, ImageEnd];
  readonly label: string;
}

/** Options of {@link cover} (resolved by the caller). */
export interface CoverOptions {
  readonly ctx: IntervalContext;
  /** Largest number of interval evaluations. */
  readonly budget: number;
  /** Half-width of the first window. */
  readonly window: Decimal;
  /** Largest half-width tried before the tails are given up. */
  readonly maxWindow: Decimal;
  /** Cells narrower than this are not split further. */
  readonly minWidth: Decimal;
  /** Points where the window is cut from the start (extrema, attained points, 0). */
  readonly splitPoints: readonly Decimal[];
  readonly specials: readonly Special[];
  /** Cells at least this far out on the first or last piece may be enclosed by the tail analysis. */
  readonly tailFrom: Decimal;
  /** Parameter values as exact decimals, as point intervals and as rationals. */
  readonly params: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, Interval>>;
  readonly rationals: Readonly<Record<string, Rational>>;
}

/**
 * What the covering proof found.
 *
 * @example
 * ```ts
 * if (r.proved) console.log(`${r.cells} cells, tails beyond ±${r.window}`);
 * ```
 */
export interface CoverResult {
  /** Every value of f lies in S (every cell and both tails fit). */
  readonly proved: boolean;
  /** A point where f is certainly outside S. */
  readonly violation?: { readonly z: Decimal; readonly value: Interval; readonly piece: number };
  /** A point where f is undefined. */
  readonly undefinedAt?: { readonly z: Decimal; readonly piece: number; readonly reason: string };
  /** Regions not settled (a budget, a minimum width or a tail rule ran out). */
  readonly unresolved: readonly { readonly piece: number; readonly lo: Decimal; readonly hi: Decimal; readonly reason: string }[];
  readonly cells: number;
  readonly steps: number;
  /** Half-width of the window the tails start at. */
  readonly window: Decimal;
}

interface Cell {
  readonly piece: ResolvedPiece;
  readonly lo: Decimal;
  readonly hi: Decimal;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

// ---------------------------------------------------------------------------
// Containment
// ---------------------------------------------------------------------------

/** Compares an image end's value with a component end: exactly when the component end is exact, else with its enclosure's `side`. */
function cmpEnd(e: { x: Decimal } | { q: Rational }, c: ComponentEnd, side: 'lo' | 'hi'): number {
  if (c.exact) return 'q' in e ? compareRational(e.q, c.exact) : compareDecimalRational(e.x, c.exact);
  const bound = side === 'lo' ? c.enc.lo : c.enc.hi;
  return 'q' in e ? -compareDecimalRational(bound, e.q) : e.x.cmp(bound);
}

/** Values ≥ e (or > e) all lie above the component's lower end c. */
function lowerOK(e: ImageEnd, c: ComponentEnd): boolean {
  if (c.inf === -1) return true;
  if ('tag' in e) {
    if (e.tag === c.tag) return c.closed || e.open;
    return lowerOK({ x: e.enc.lo, open: e.open }, c);
  }
  if ('x' in e && !e.x.isFinite()) return false;
  // against an inexact end c, compare with the top of its enclosure: values above that are above c
  const cmp = cmpEnd(e, c, 'hi');
  return cmp > 0 || (cmp === 0 && (c.closed || e.open));
}

/** Values ≤ e (or < e) all lie below the component's upper end c. */
function upperOK(e: ImageEnd, c: ComponentEnd): boolean {
  if (c.inf === 1) return true;
  if ('tag' in e) {
    if (e.tag === c.tag) return c.closed || e.open;
    return upperOK({ x: e.enc.hi, open: e.open }, c);
  }
  if ('x' in e && !e.x.isFinite()) return false;
  const cmp = cmpEnd(e, c, 'lo');
  return cmp < 0 || (cmp === 0 && (c.closed || e.open));
}

/**
 * Whether an image between two ends lies in one component of the set.
 *
 * @example
 * ```ts
 * fits([{ x: new Decimal(0), open: true }, { x: new Decimal('0.25'), open: false }], components); // true for (0, 1/4]
 * ```
 */
export function fits(image: readonly [ImageEnd, ImageEnd], components: readonly Component[]): boolean {
  return components.some((c) => lowerOK(image[0], c.lo) && upperOK(image[1], c.hi));
}

const imageOf = (F: Interval): [ImageEnd, ImageEnd] => [
  { x: F.lo, open: F.loOpen },
  { x: F.hi, open: F.hiOpen },
];

/** The smallest closed-or-open interval containing a component (its ends' enclosures included). */
function outer(c: Component): Interval {
  const lo = c.lo.inf ? new Decimal(Number.NEGATIVE_INFINITY) : c.lo.enc.lo;
  const hi = c.hi.inf ? new Decimal(Number.POSITIVE_INFINITY) : c.hi.enc.hi;
  return { lo, hi, loOpen: !lo.isFinite() || (!c.lo.closed && c.lo.exact !== undefined), hiOpen: !hi.isFinite() || (!c.hi.closed && c.hi.exact !== undefined) };
}

/**
 * Whether every value in F is certainly outside the set.
 *
 * @example
 * ```ts
 * outside(point('0.25'), components); // true when S = (−∞, 0.24]
 * ```
 */
export function outside(F: Interval, components: readonly Component[]): boolean {
  return components.every((c) => disjoint(F, outer(c)));
}

// ---------------------------------------------------------------------------
// The proof
// ---------------------------------------------------------------------------

/**
 * Proves that f(z) ∈ S for every z, or finds where it is not, or says what is left.
 *
 * @example
 * ```ts
 * const r = cover(pieces, components, options);
 * r.proved; // true for σ′ and (0, 1/4] (with the maximum's box as a special)
 * ```
 */
export function cover(pieces: readonly ResolvedPiece[], components: readonly Component[], options: CoverOptions): CoverResult {
  const { ctx } = options;
  let steps = 0;
  let cells = 0;
  const unresolved: { piece: number; lo: Decimal; hi: Decimal; reason: string }[] = [];
  let violation: CoverResult['violation'];
  let undefinedAt: CoverResult['undefinedAt'];

  const evalAt = (p: ResolvedPiece, X: Interval, order = 0): Interval | 'undefined' | 'maybe' => {
    steps++;
    try {
      return (order === 0 ? p.f : p.derivative(order).f)(ctx, { ...options.env, z: X });
    } catch (err) {
      if (err instanceof IntervalDomainError) return err.certain ? 'undefined' : 'maybe';
      throw err;
    }
  };
  const evalAtPoint = (p: ResolvedPiece, z: Decimal): Interval => {
    const v = evalAt(p, point(z));
    return typeof v === 'string' ? ENTIRE : v;
  };
  const inDomain = (p: ResolvedPiece, z: Decimal): boolean => {
    const aboveLo = !p.lo || (p.lo.closed ? z.gte(p.lo.x) : z.gt(p.lo.x));
    const belowHi = !p.hi || (p.hi.closed ? z.lte(p.hi.x) : z.lt(p.hi.x));
    return aboveLo && belowHi;
  };
  /** f at a point: its enclosure, tightened to the exact value when that is a decimal. */
  const pointImage = (p: ResolvedPiece, z: Decimal): Interval | undefined => {
    const F = evalAt(p, point(z));
    if (typeof F === 'string') {
      if (F === 'undefined' && inDomain(p, z) && !undefinedAt) undefinedAt = { z, piece: p.index, reason: `${p.text} is undefined at z = ${z.toString()}` };
      return undefined;
    }
    if (F.lo.eq(F.hi)) return F;
    const r = exactValue(p.expr, { ...options.rationals, z: fromDecimal(z) });
    const d = r ? toDecimal(r) : undefined;
    return d ? point(d) : F;
  };
  /** Records a certain violation at z (in the piece's domain) and says whether it did. */
  const checkPoint = (p: ResolvedPiece, z: Decimal): boolean => {
    if (!inDomain(p, z)) return false;
    const F = pointImage(p, z);
    if (F && outside(F, components)) {
      violation ??= { z, value: F, piece: p.index };
      return true;
    }
    return false;
  };

  /** g over X by the mean-value form g(m) + g′(X)·(X − m), intersected with the plain enclosure G. */
  const centred = (p: ResolvedPiece, order: number, X: Interval, G: Interval): Interval | undefined => {
    const m = midpoint(interval(X.lo, X.hi));
    const gm = evalAt(p, point(m), order);
    const slope = evalAt(p, interval(X.lo, X.hi), order + 1);
    if (typeof gm === 'string' || typeof slope === 'string') return undefined;
    const mv = add(ctx, gm, mul(ctx, slope, sub(ctx, interval(X.lo, X.hi), point(m))));
    return intersect(G, mv) ?? G;
  };

  /** Monotonicity: f between its end values when f′ has one sign on the cell. */
  const byMonotonicity = (c: Cell, D: Interval): [ImageEnd, ImageEnd] | undefined => {
    let d = D;
    const hasSign = (x: Interval) => x.lo.gte(0) || x.hi.lte(0);
    if (!hasSign(d)) d = centred(c.piece, 1, interval(c.lo, c.hi), d) ?? d;
    const up = d.lo.gt(0) || (d.lo.isZero() && d.loOpen) ? 'strict' : d.lo.gte(0) ? 'weak' : undefined;
    const down = d.hi.lt(0) || (d.hi.isZero() && d.hiOpen) ? 'strict' : d.hi.lte(0) ? 'weak' : undefined;
    if (!up && !down) return undefined;
    const a = pointImage(c.piece, c.lo);
    const b = pointImage(c.piece, c.hi);
    if (!a || !b) return undefined;
    const strict = (up ?? down) === 'strict';
    const [first, second, firstOpen, secondOpen] = up ? [a, b, c.loOpen, c.hiOpen] : [b, a, c.hiOpen, c.loOpen];
    // strictly monotone: the values on an open end's side lie strictly beyond f there, so beyond its enclosure too
    return [
      { x: first.lo, open: strict && firstOpen },
      { x: second.hi, open: strict && secondOpen },
    ];
  };

  /** Exact finite ends of the components (for the tail analysis of f − c). */
  const exactEnds = [...new Map(components.flatMap((k) => [k.lo, k.hi]).filter((e) => !e.inf && e.exact).map((e) => [`${e.exact!.n}/${e.exact!.d}`, e.exact!])).values()];
  /**
   * Whether f on the tail beyond `from` (side ±1) fits: its asymptotic enclosure, sharpened
   * by the sign of f − c for the exact ends c (f − c is analysed exactly, so σ > 0 and
   * selu > −λα survive rounding at any distance).
   */
  const tailFits = (p: ResolvedPiece, side: 1 | -1, from: Decimal): string | true => {
    let enc: Interval;
    try {
      enc = analyseTail(p.expr, side, from, options.params, ctx).enclosure;
      steps++;
    } catch (err) {
      if (!(err instanceof TailFailure)) throw err;
      return err.message;
    }
    const plain = imageOf(enc);
    if (fits(plain, components)) return true;
    const lows: ImageEnd[] = [plain[0]];
    const highs: ImageEnd[] = [plain[1]];
    for (const q of exactEnds) {
      const diff = { kind: 'sub', left: p.expr, right: { kind: 'div', left: { kind: 'num', value: (q.n < 0n ? -q.n : q.n).toString() }, right: { kind: 'num', value: q.d.toString() } } } as const;
      const shifted: Expr = q.n < 0n ? { kind: 'add', left: p.expr, right: diff.right } : diff;
      try {
        const d = analyseTail(shifted, side, from, options.params, ctx).enclosure;
        steps++;
        if (d.lo.gte(0)) lows.push({ q, open: d.lo.gt(0) || d.loOpen });
        if (d.hi.lte(0)) highs.push({ q, open: d.hi.lt(0) || d.hiOpen });
      } catch (err) {
        if (!(err instanceof TailFailure)) throw err;
      }
    }
    for (const lo of lows) for (const hi of highs) if (fits([lo, hi], components)) return true;
    return 'the enclosure of the tail did not fit';
  };
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  /** Per side: the nearest start from which the tail is proved, and the farthest from which it failed. */
  const reach = new Map<number, { ok?: Decimal; bad?: Decimal }>([
    [1, {}],
    [-1, {}],
  ]);
  /** Whether the tail of the first (−1) or last (1) piece from |z| = from outward is proved (remembering what was tried). */
  const tailFrom = (side: 1 | -1, from: Decimal): boolean => {
    const r = reach.get(side)!;
    if (r.ok && from.gte(r.ok)) return true;
    if (r.bad && from.lte(r.bad)) return false;
    const ok = tailFits(side > 0 ? last : first, side, from) === true;
    if (ok) r.ok = r.ok ? Decimal.min(r.ok, from) : from;
    else r.bad = r.bad ? Decimal.max(r.bad, from) : from;
    return ok;
  };

  const processCell = (c: Cell, queue: Cell[]): void => {
    cells++;
    const X: Interval = { lo: c.lo, hi: c.hi, loOpen: c.loOpen, hiOpen: c.hiOpen };
    const F = evalAt(c.piece, X);
    if (F === 'undefined') {
      undefinedAt ??= { z: midpoint(interval(c.lo, c.hi)), piece: c.piece.index, reason: `${c.piece.text} is undefined on [${c.lo}, ${c.hi}]` };
      return;
    }
    if (F !== 'maybe') {
      if (fits(imageOf(F), components)) return;
      if (!containsZ(c.piece.expr)) {
        const r = exactValue(c.piece.expr, options.rationals);
        if (r && fits([{ q: r, open: false }, { q: r, open: false }], components)) return;
      }
      if (outside(F, components)) {
        checkPoint(c.piece, midpoint(interval(c.lo, c.hi)));
        return;
      }
      const D = evalAt(c.piece, interval(c.lo, c.hi), 1);
      if (typeof D !== 'string') {
        // the mean-value form f(m) + f′(X)(X − m): tight where f′ is small (next to an extremum)
        const mv = add(ctx, evalAtPoint(c.piece, midpoint(interval(c.lo, c.hi))), mul(ctx, D, sub(ctx, interval(c.lo, c.hi), point(midpoint(interval(c.lo, c.hi))))));
        const Fc = intersect(F, mv);
        if (Fc && fits(imageOf(Fc), components)) return;
        const mono = byMonotonicity(c, D);
        if (mono && fits(mono, components)) return;
      }
      // far out on the first or last piece: the tail analysis from the cell's inner end on
      if (c.piece === last && c.lo.gte(options.tailFrom) && tailFrom(1, c.lo)) return;
      if (c.piece === first && c.hi.lte(options.tailFrom.neg()) && tailFrom(-1, c.hi.neg())) return;
    }
    const width = c.hi.minus(c.lo);
    if (steps >= options.budget || width.lte(options.minWidth)) {
      unresolved.push({ piece: c.piece.index, lo: c.lo, hi: c.hi, reason: steps >= options.budget ? 'the step budget ran out' : 'the cells reached the minimum width' });
      return;
    }
    const m = midpoint(interval(c.lo, c.hi));
    if (checkPoint(c.piece, m)) return;
    queue.push({ ...c, lo: c.lo, hi: m, hiOpen: false }, { ...c, lo: m, hi: c.hi, loOpen: false });
  };

  /** Cells of the window part [from, to] of every piece, cut at the split points and around the specials. */
  const cellsOf = (from: Decimal, to: Decimal): Cell[] => {
    const out: Cell[] = [];
    for (const p of pieces) {
      const lo = p.lo ? Decimal.max(p.lo.x, from) : from;
      const hi = p.hi ? Decimal.min(p.hi.x, to) : to;
      if (lo.gte(hi)) continue;
      const loOpen = !!p.lo && p.lo.x.eq(lo) && !p.lo.closed;
      const hiOpen = !!p.hi && p.hi.x.eq(hi) && !p.hi.closed;
      const cuts = new Set<string>();
      for (const s of options.splitPoints) if (s.gt(lo) && s.lt(hi)) cuts.add(s.toString());
      for (const sp of options.specials) {
        if (sp.piece !== p.index) continue;
        for (const s of [sp.lo, sp.hi]) if (s.gt(lo) && s.lt(hi)) cuts.add(s.toString());
      }
      const points = [...cuts].map((s) => new Decimal(s)).sort((a, b) => a.cmp(b));
      const bounds = [lo, ...points, hi];
      for (let i = 0; i + 1 < bounds.length; i++) {
        const a = bounds[i]!;
        const b = bounds[i + 1]!;
        out.push({ piece: p, lo: a, hi: b, loOpen: i === 0 && loOpen, hiOpen: i + 2 === bounds.length && hiOpen });
      }
    }
    return out;
  };

  const runCells = (initial: Cell[]): void => {
    const queue = [...initial].reverse();
    for (const c of initial) {
      if (!violation) checkPoint(c.piece, c.lo);
    }
    while (queue.length > 0 && !violation) {
      const c = queue.pop()!;
      const special = options.specials.find((s) => s.piece === c.piece.index && s.lo.lte(c.lo) && s.hi.gte(c.hi));
      if (special && fits(special.image, components)) {
        cells++;
        continue;
      }
      const before = queue.length;
      processCell(c, queue);
      // depth first: the two halves come next, left first
      if (queue.length === before + 2) {
        const right = queue.pop()!;
        const left = queue.pop()!;
        queue.push(right, left);
      }
    }
  };

  let L = options.window;
  // the tails may take over nearer than L: try L/2, L/4, … down to tailFrom, and bisect only what is left
  const inner = (side: 1 | -1): Decimal => {
    let from = L;
    if (!tailFrom(side, from)) return L;
    for (let next = from.div(2); next.gte(options.tailFrom) && tailFrom(side, next); next = next.div(2)) from = next;
    return from;
  };
  const right = inner(1);
  const left = inner(-1);
  runCells(cellsOf(left.neg(), right));
  // tails: the first piece below −L and the last piece above L
  const tails: { piece: ResolvedPiece; side: 1 | -1 }[] = [
    { piece: pieces[0]!, side: -1 },
    { piece: pieces[pieces.length - 1]!, side: 1 },
  ];
  for (const t of tails) {
    let from = L;
    for (;;) {
      if (violation) break;
      if (tailFrom(t.side, from)) break;
      const reason = tailFits(t.piece, t.side, from);
      if (reason === true) break;
      const next = from.times(2);
      if (next.gt(options.maxWindow) || steps >= options.budget) {
        unresolved.push({ piece: t.piece.index, lo: t.side > 0 ? from : new Decimal(Number.NEGATIVE_INFINITY), hi: t.side > 0 ? new Decimal(Number.POSITIVE_INFINITY) : from.neg(), reason: `the tail was not proved (${reason})` });
        break;
      }
      const stretch: Cell[] = t.side > 0 ? cellsOf(from, next).filter((c) => c.piece === t.piece) : cellsOf(next.neg(), from.neg()).filter((c) => c.piece === t.piece);
      runCells(stretch);
      from = next;
    }
    if (from.gt(L)) L = from;
  }
  const proved = !violation && !undefinedAt && unresolved.length === 0;
  return { proved, ...(violation ? { violation } : {}), ...(undefinedAt ? { undefinedAt } : {}), unresolved, cells, steps, window: L };
}
