/**
 * Interior extrema proved by interval arithmetic: a box Y = [y₁, y₂] inside one piece on
 * which f″ has one sign (checked over all of Y) and f′ changes sign between y₁ and y₂
 * (checked at the two points). Then f′ is strictly monotone on Y and has exactly one zero
 * z* there, and f is convex (a minimum) or concave (a maximum) on Y, so
 * f(Y) = [f(z*), max(f(y₁), f(y₂))] for a minimum (mirrored for a maximum).
 *
 * z* is enclosed by the interval Newton iteration X ← X ∩ (m − f′(m)/f″(X)), which never
 * loses the zero; f(z*) by the mean-value form f(m) + f′(X)(X − m). When a short decimal
 * inside the final X makes f′ exactly 0 (exact rational evaluation), z* is that decimal and
 * f(z*) is computed exactly: σ′ has its maximum at exactly z* = 0, with σ′(0) = 1/4.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { exactValue, fromDecimal, type Rational, toDecimal } from './interval/exact.js';
import { add, div, hull, type Interval, type IntervalContext, IntervalDomainError, intersect, interval, isPoint, midpoint, mul, point, sub } from './interval/interval.js';
import type { ResolvedPiece } from './scalar.js';

/**
 * A proved interior extremum of one piece.
 *
 * @example
 * ```ts
 * const e: Extremum | undefined = locateExtremum(piece, new Decimal('-1.28'), env, rationals, ctx);
 * e?.kind; // 'min'
 * ```
 */
export interface Extremum {
  readonly kind: 'min' | 'max';
  readonly piece: number;
  /** The box Y: f has its only critical point in it and f″ keeps one sign on it. */
  readonly lo: Decimal;
  readonly hi: Decimal;
  /** Encloses the critical point z*. */
  readonly at: Interval;
  /** Encloses f(z*). */
  readonly value: Interval;
  /** z* and f(z*) exactly, when z* is a decimal where f′ = 0 exactly. */
  readonly exactAt?: Rational;
  readonly exactValue?: Rational;
  /** Encloses the other end of f(Y): max(f(y₁), f(y₂)) for a minimum, the min for a maximum. */
  readonly far: Interval;
}

const sign = (a: Interval): number => (a.lo.gt(0) || (a.lo.isZero() && a.loOpen) ? 1 : a.hi.lt(0) || (a.hi.isZero() && a.hiOpen) ? -1 : 0);

/** The sign of g on [lo, hi], checked on 16 equal parts (each part's enclosure must have it), or 0. */
function signOn(g: ResolvedPiece['f'], lo: Decimal, hi: Decimal, at: (f: ResolvedPiece['f'], X: Interval) => Interval | undefined): number {
  const whole = at(g, interval(lo, hi));
  if (whole && sign(whole) !== 0) return sign(whole);
  const parts = 16;
  const step = hi.minus(lo).div(parts);
  let s = 0;
  for (let i = 0; i < parts; i++) {
    const a = lo.plus(step.times(i));
    const b = i + 1 === parts ? hi : lo.plus(step.times(i + 1));
    const v = at(g, interval(a, b));
    const si = v ? sign(v) : 0;
    if (si === 0 || (s !== 0 && si !== s)) return 0;
    s = si;
  }
  return s;
}

/** The hull of g's enclosures on 16 equal parts of X (tighter than one enclosure of X), or undefined. */
function splitHull(g: ResolvedPiece['f'], X: Interval, at: (f: ResolvedPiece['f'], X: Interval) => Interval | undefined): Interval | undefined {
  const parts = 16;
  const step = X.hi.minus(X.lo).div(parts);
  let out: Interval | undefined;
  for (let i = 0; i < parts; i++) {
    const a = X.lo.plus(step.times(i));
    const b = i + 1 === parts ? X.hi : X.lo.plus(step.times(i + 1));
    const v = at(g, interval(a, b));
    if (!v) return undefined;
    out = out ? hull(out, v) : v;
  }
  return out;
}

/** A short decimal near x (12 significant digits). */
const short = (x: Decimal): Decimal => x.toSignificantDigits(12);

/** The midpoint of X rounded to `digits` significant digits, moved back into X if rounding left it. */
function inside(X: Interval, digits: number): Decimal {
  const m = midpoint(X).toSignificantDigits(digits);
  return m.lt(X.lo) ? X.lo : m.gt(X.hi) ? X.hi : m;
}

/** Decimals with 1, 2, … digits after the point that lie in X (the simplest candidates for an exact z*). */
function simpleDecimals(X: Interval): Decimal[] {
  const out: Decimal[] = [];
  for (let k = 0; k <= 30 && out.length < 3; k++) {
    const q = new Decimal(10).pow(-k);
    const c = X.lo.div(q).ceil().times(q);
    if (c.lte(X.hi)) out.push(c);
  }
  return out;
}

/**
 * Finds and proves an extremum of `piece` near `guess`; undefined when no box around the
 * guess satisfies the conditions above (or it would leave the piece's interior).
 *
 * @example
 * ```ts
 * const ex = locateExtremum(pieces[0]!, new Decimal(0), {}, {}, intervalContext(24)); // σ′: max 1/4 at exactly 0
 * ```
 */
export function locateExtremum(
  piece: ResolvedPiece,
  guess: Decimal,
  env: Readonly<Record<string, Interval>>,
  rationals: Readonly<Record<string, Rational>>,
  ctx: IntervalContext,
): Extremum | undefined {
  const d1 = piece.derivative(1);
  const d2 = piece.derivative(2);
  const at = (f: typeof d1.f, X: Interval): Interval | undefined => {
    try {
      return f(ctx, { ...env, z: X });
    } catch (err) {
      if (err instanceof IntervalDomainError) return undefined;
      throw err;
    }
  };
  let c = short(guess);
  for (let attempt = 0; attempt < 4; attempt++) {
    for (let r = new Decimal('0.125'); r.gte('1e-9'); r = r.div(2)) {
      let lo = c.minus(r);
      let hi = c.plus(r);
      if (piece.lo && lo.lte(piece.lo.x)) lo = piece.lo.x.plus(hi.minus(piece.lo.x).div(64));
      if (piece.hi && hi.gte(piece.hi.x)) hi = piece.hi.x.minus(piece.hi.x.minus(lo).div(64));
      if (lo.gte(hi)) continue;
      const Y = interval(lo, hi);
      const s = signOn(d2.f, lo, hi, at);
      if (s === 0) continue;
      const a = at(d1.f, point(lo));
      const b = at(d1.f, point(hi));
      if (!a || !b) continue;
      // a minimum needs f′(y₁) < 0 < f′(y₂) (f′ increasing), a maximum the reverse
      if (!(sign(a) === -s && sign(b) === s)) {
        if (sign(a) === sign(b) && sign(a) !== 0) {
          // the zero of f′ is outside Y: move the centre by a Newton step and start again
          const f1c = at(d1.f, point(c));
          const f2c = at(d2.f, point(c));
          if (!f1c || !f2c || sign(f2c) === 0) return undefined;
          c = short(c.minus(f1c.lo.plus(f1c.hi).div(f2c.lo.plus(f2c.hi))));
          break;
        }
        continue;
      }
      return prove(piece, Y, s > 0 ? 'min' : 'max', rationals, ctx, at);
    }
  }
  return undefined;
}

function prove(
  piece: ResolvedPiece,
  Y: Interval,
  kind: 'min' | 'max',
  rationals: Readonly<Record<string, Rational>>,
  ctx: IntervalContext,
  at: (f: ResolvedPiece['f'], X: Interval) => Interval | undefined,
): Extremum | undefined {
  const d1 = piece.derivative(1);
  const d2 = piece.derivative(2);
  const target = new Decimal(10).pow(-(ctx.precision - 4));
  let X = Y;
  for (let i = 0; i < 80; i++) {
    const m = inside(X, ctx.precision);
    const fm = at(d1.f, point(m));
    const f2 = sign(at(d2.f, X) ?? point(0)) !== 0 ? at(d2.f, X) : splitHull(d2.f, X, at);
    if (!fm || !f2 || sign(f2) === 0) return undefined;
    if (fm.lo.isZero() && fm.hi.isZero()) {
      X = point(m);
      break;
    }
    const N = sub(ctx, point(m), div(ctx, fm, f2));
    const next = intersect(X, N);
    if (!next) return undefined; // cannot happen when the conditions hold; refuse rather than guess
    const shrunk = next.hi.minus(next.lo).lt(X.hi.minus(X.lo).times('0.9'));
    X = { lo: next.lo, hi: next.hi, loOpen: false, hiOpen: false };
    if (!shrunk || X.hi.minus(X.lo).lte(target.times(Decimal.max(1, X.lo.abs())))) break;
  }
  const fAt = (x: Decimal): Interval | undefined => at(piece.f, point(x));
  const y1 = fAt(Y.lo);
  const y2 = fAt(Y.hi);
  if (!y1 || !y2) return undefined;
  const far = kind === 'min' ? { ...hull(y1, y2), lo: Decimal.max(y1.lo, y2.lo) } : { ...hull(y1, y2), hi: Decimal.min(y1.hi, y2.hi) };
  // an exact critical point: a short decimal in X where f′ is exactly 0
  for (const candidate of isPoint(X) ? [X.lo] : simpleDecimals(X)) {
    const zr = fromDecimal(candidate);
    const slope = exactValue(d1.expr, { ...rationals, z: zr });
    if (slope && slope.n === 0n) {
      const v = exactValue(piece.expr, { ...rationals, z: zr });
      const vd = v ? toDecimal(v) : undefined;
      const value = vd ? point(vd) : fAt(candidate);
      if (!value) return undefined;
      return { kind, piece: piece.index, lo: Y.lo, hi: Y.hi, at: point(candidate), value, exactAt: zr, ...(v ? { exactValue: v } : {}), far };
    }
  }
  // f(z*) ∈ f(m) + f′(X)·(X − m)
  const m = inside(X, ctx.precision);
  const fm = fAt(m);
  const slope = at(d1.f, X);
  if (!fm || !slope) return undefined;
  let value = add(ctx, fm, mul(ctx, slope, sub(ctx, X, point(m))));
  const direct = at(piece.f, X);
  if (direct) value = intersect(value, direct) ?? value;
  return { kind, piece: piece.index, lo: Y.lo, hi: Y.hi, at: X, value, far };
}
