/**
 * Finite differences at high precision: central differences with Richardson
 * extrapolation, one-sided differences, and kink detection. The step and the working
 * precision are chosen from the digits requested, so that 50 requested digits give
 * ≥ 45 agreeing digits on smooth functions (truncation error O(h⁴) with h = 10^-k,
 * rounding error 10^-p·|f|/h kept below the target by raising p).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError } from '../errors.js';
import { type DecimalCtor, decimalContext, log10Magnitude } from './context.js';

/** A real function of one variable evaluated at the precision of `D` (may throw {@link DomainError}). */
export type RealFn = (x: Decimal, D: DecimalCtor) => Decimal;

/**
 * What the caller already knows about evaluating f at x: the digits lost to cancellation
 * inside f (`loss`, e.g. from a guaranteed-digits evaluation) and f(x) to ~20 digits.
 * Without it, a probe evaluates f at rising precision.
 */
export interface PrecisionHint {
  readonly loss: number;
  readonly value: Decimal;
}

/** Which difference was used. */
export type DifferenceKind = 'central' | 'forward' | 'backward';

/** A numerical derivative with an estimate of its own accuracy. */
export interface NumericDerivative {
  /** The derivative estimate. */
  readonly value: Decimal;
  /** Estimated absolute error (from the spread of the extrapolation table, plus rounding noise). */
  readonly error: Decimal;
  /** The stencil used (central unless a step left the domain). */
  readonly kind: DifferenceKind;
  /** The base step h. */
  readonly step: Decimal;
  /** The working precision used, in digits. */
  readonly precision: number;
  /** Absolute rounding noise of the difference quotient (differences below it are not resolvable). */
  readonly noise: Decimal;
}

/**
 * Number of significant digits on which `a` and `b` agree, between 0 and `cap`.
 * `floor` is an absolute resolution: differences below it count as full agreement
 * (used for derivatives that are zero up to the rounding noise of the difference).
 *
 * @example
 * ```ts
 * digitsAgreed(new Decimal('1.2345'), new Decimal('1.2346'), 50); // 4
 * ```
 */
export function digitsAgreed(a: Decimal, b: Decimal, cap: number, floor?: Decimal): number {
  const diff = a.minus(b).abs();
  if (diff.isZero()) return cap;
  if (floor && diff.lte(floor)) return cap;
  const scale = Decimal.max(a.abs(), b.abs(), floor ?? 0);
  if (scale.isZero()) return cap;
  const rel = diff.div(scale);
  const d = Math.floor(-log10Magnitude(rel));
  return Math.max(0, Math.min(cap, d));
}

function stepFor(x: Decimal, k: number): Decimal {
  const base = new Decimal(10).pow(-k);
  return x.isZero() || x.abs().gte(1) ? base : base.times(x.abs());
}

/** log10 of |f(x)| / |f'(x)| rough (≥ 0): digits lost to rounding in a difference quotient. */
function magnitudeRatio(fx: Decimal, rough: Decimal): number {
  if (fx.isZero()) return 0;
  if (rough.isZero()) return 0;
  return Math.max(0, Math.ceil(log10Magnitude(fx) - log10Magnitude(rough)));
}

function centralTable(f: RealFn, x: Decimal, h: Decimal, D: DecimalCtor): Decimal[] {
  // D(h) = (f(x+h) - f(x-h)) / 2h at h and h/2; one Richardson step removes the h² term.
  const quotient = (step: Decimal): Decimal => D.sub(f(D.add(x, step), D), f(D.sub(x, step), D)).div(D.mul(step, 2));
  const d0 = quotient(h);
  const d1 = quotient(h.div(2));
  const r = D.mul(d1, 4).sub(d0).div(3);
  return [r, d1];
}

function oneSidedTable(f: RealFn, x: Decimal, h: Decimal, D: DecimalCtor, direction: 1 | -1): Decimal[] {
  // Neville extrapolation of the first-order quotient (f(x+sh) - f(x))/(sh) in powers h, h², h³, h⁴.
  const fx = f(x, D);
  const quotients: Decimal[] = [];
  let step = h;
  for (let i = 0; i < 5; i++) {
    const s = step.times(direction);
    quotients.push(D.sub(f(D.add(x, s), D), fx).div(s));
    step = step.div(2);
  }
  let row = quotients;
  let last = row[row.length - 1]!;
  let before = last;
  for (let order = 1; row.length > 1; order++) {
    const factor = new Decimal(2).pow(order);
    const next: Decimal[] = [];
    for (let i = 0; i + 1 < row.length; i++) next.push(D.mul(row[i + 1]!, factor).sub(row[i]!).div(factor.minus(1)));
    before = next.length > 1 ? next[next.length - 2]! : last;
    row = next;
    last = row[row.length - 1]!;
  }
  return [last, before];
}

interface Plan {
  readonly k: number;
  readonly precision: number;
}

function plan(digits: number, extra: number): Plan {
  // truncation error of the extrapolated central difference is O(h⁴): h = 10^-k with 4k > digits + 8
  const k = Math.ceil((digits + 8) / 4) + 2;
  return { k, precision: digits + k + 12 + extra };
}

/**
 * The derivative of `f` at `x` by finite differences, aiming at `digits` correct digits.
 * Uses a central difference (Richardson-extrapolated to O(h⁴)); where a step leaves the
 * domain it falls back to a one-sided difference on the side that stays inside.
 *
 * @example
 * ```ts
 * const d = finiteDifference((x, D) => D.exp(x), new Decimal(1), 50);
 * d.value.toSignificantDigits(45).toString(); // e to 45 digits
 * ```
 */
export function finiteDifference(f: RealFn, x: Decimal, digits: number, hint?: PrecisionHint): NumericDerivative {
  try {
    return centralDifference(f, x, digits, hint);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    try {
      return oneSidedDifference(f, x, digits, 1);
    } catch (err2) {
      if (!(err2 instanceof DomainError)) throw err2;
      return oneSidedDifference(f, x, digits, -1);
    }
  }
}

/**
 * Central difference with Richardson extrapolation (see {@link finiteDifference}).
 *
 * @example
 * ```ts
 * centralDifference((x, D) => D.sin(x), new Decimal(0), 30).value.toString(); // ≈ 1
 * ```
 */
export function centralDifference(f: RealFn, x: Decimal, digits: number, hint?: PrecisionHint): NumericDerivative {
  const first = plan(digits, 0);
  const k = first.k;
  const probe = hint ?? cancellationProbe(f, x, 30);
  let precision = first.precision + probe.loss;
  // |f(x)| (known to 20 digits from the probe) tells how many digits the quotient loses to |f| ≫ |f′|
  const fx = probe.value;
  for (let attempt = 0; attempt < 4; attempt++) {
    const D = decimalContext(precision);
    const h = stepFor(x, k);
    const [r, coarse] = centralTable(f, x, h, D);
    const lost = magnitudeRatio(fx, r!);
    const needed = plan(digits, lost).precision + probe.loss;
    if (needed > precision + 2 && attempt < 3) {
      precision = needed;
      continue;
    }
    const noise = fx.abs().plus(r!.abs().times(h)).times(new Decimal(10).pow(2 - precision)).div(h);
    // |r − d1| bounds the error of d1, hence (generously) of the extrapolated r
    const error = r!.minus(coarse!).abs().div(3).plus(noise);
    return { value: r!, error, kind: 'central', step: h, precision, noise };
  }
  throw new DomainError('finite difference did not settle');
}

/**
 * Digits that evaluating f near x loses to cancellation inside f (e.g. GELU at −30,
 * x·(1 + erf(x/√2))/2, where 1 + erf is 1e-197 made of terms near 1): f(x) is evaluated
 * at rising precision until two evaluations agree to 20 digits; the extra precision
 * that took is added to the difference's working precision. Also returns f(x).
 */
function cancellationProbe(f: RealFn, x: Decimal, base: number): { loss: number; value: Decimal } {
  let p = base;
  let previous = f(x, decimalContext(p));
  while (p < CANCELLATION_PROBE_LIMIT) {
    const next = Math.min(p * 2, CANCELLATION_PROBE_LIMIT);
    const current = f(x, decimalContext(next));
    if (!(previous.isZero() && current.isZero()) && digitsAgreed(previous, current, 20) >= 20) return { loss: p - base, value: current };
    previous = current;
    p = next;
  }
  // zero (or unsettled) at every precision up to the limit: a true zero needs no extra digits
  return { loss: previous.isZero() ? 0 : p - base, value: previous };
}

/** Highest precision the cancellation probe tries (a cost bound: beyond it the loss found so far is used). */
const CANCELLATION_PROBE_LIMIT = 960;

/**
 * One-sided difference (`direction` 1: from the right, −1: from the left), extrapolated
 * to O(h⁵). Used at kinks and at the edges of a domain.
 *
 * @example
 * ```ts
 * oneSidedDifference((x, D) => x.abs(), new Decimal(0), 30, -1).value.toString(); // '-1'
 * ```
 */
export function oneSidedDifference(f: RealFn, x: Decimal, digits: number, direction: 1 | -1): NumericDerivative {
  const k = Math.ceil((digits + 8) / 5) + 2;
  let precision = digits + 2 * k + 25;
  for (let attempt = 0; attempt < 4; attempt++) {
    const D = decimalContext(precision);
    const h = stepFor(x, k);
    const [r, coarse] = oneSidedTable(f, x, h, D, direction);
    const fx = f(x, D);
    const lost = magnitudeRatio(fx, r!);
    const needed = digits + 2 * k + 25 + lost;
    if (needed > precision + 2 && attempt < 3) {
      precision = needed;
      continue;
    }
    const noise = fx.abs().plus(r!.abs().times(h)).times(new Decimal(10).pow(4 - precision)).div(h);
    const error = r!.minus(coarse!).abs().plus(noise);
    return { value: r!, error, kind: direction === 1 ? 'forward' : 'backward', step: h, precision, noise };
  }
  throw new DomainError('one-sided difference did not settle');
}

/** What {@link detectKink} found at a point. */
export interface KinkReport {
  /** True when the one-sided derivatives differ beyond their accuracy. */
  readonly kink: boolean;
  /** Derivative from the left. */
  readonly left: Decimal;
  /** Derivative from the right. */
  readonly right: Decimal;
  /** Significant digits on which left and right agree. */
  readonly digitsAgreed: number;
}

/**
 * Compares the left and right derivatives of `f` at `x`: a kink (or jump in the slope)
 * when they differ beyond the accuracy of the differences.
 *
 * @example
 * ```ts
 * detectKink((x, D) => D.max(x, 0), new Decimal(0), 30); // { kink: true, left: 0, right: 1, … }
 * ```
 */
export function detectKink(f: RealFn, x: Decimal, digits: number): KinkReport {
  const left = oneSidedDifference(f, x, digits, -1);
  const right = oneSidedDifference(f, x, digits, 1);
  const floor = Decimal.max(left.error, right.error).times(10);
  const agreed = digitsAgreed(left.value, right.value, digits, floor);
  return { kink: agreed < Math.floor(digits / 2), left: left.value, right: right.value, digitsAgreed: agreed };
}
