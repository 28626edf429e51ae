/**
 * Finite differences at high precision, of any order, with an error estimate that the
 * verify layer can hold them to. The n-th derivative of f at x is the limit of the
 * central difference quotient
 *
 *   Dₙ(h) = h⁻ⁿ · Σⱼ₌₀ⁿ (−1)ʲ C(n, j) f(x + (n/2 − j)·h),
 *
 * whose error is a series in h², removed by Richardson extrapolation over the steps
 * h₀, h₀/2, h₀/4, …; the last two diagonal entries of the table bound the remaining error.
 * Everything is adaptive, because a derivative check must neither accept a wrong value
 * nor refuse a right one at the edges:
 * - the step starts at 10⁻ᵃ·s, where s is the scale of x (10^⌊log₁₀|x|⌋ when |x| < 1,
 *   else 1: sin at 1e100 varies on the scale 1, log at 1e-30 on the scale 1e-30), and
 *   shrinks by 10⁴ whenever the table does not settle or a stencil point leaves the
 *   domain — near a singularity (acosh at 1 + 1e-10, tan near π/2) or where f varies
 *   fast (x^123456789, a tower of exponentials);
 * - the working precision covers the requested digits, the digits the quotient loses to
 *   h⁻ⁿ and to |f| ≫ |f⁽ⁿ⁾|, the digits of x itself (x + h must be exact), and the digits
 *   lost to cancellation inside f (measured, or given by the caller);
 * - a derivative that is 0 is judged on an absolute scale: `scale` is the size of f near x
 *   over sⁿ, and the table runs until its error is below 10^−2(digits+3)·scale (or the
 *   requested relative accuracy, whichever is larger), so "0 within 10^−N·scale" can be said.
 * A central first derivative is first tried with a two-level table from a smaller step
 * (4 evaluations of f), kept only when it meets the same rules (see `shortTable`).
 * One-sided differences (stencils on one side only, never at x itself) serve at the edge
 * of a domain and to take the one-sided derivatives at a kink or a jump.
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
  /** Estimated absolute error (the last step of the extrapolation table, plus rounding noise). */
  readonly error: Decimal;
  /** The stencil used (central unless the domain forced one side). */
  readonly kind: DifferenceKind;
  /** The base step h₀ of the table. */
  readonly step: Decimal;
  /** The working precision used, in digits. */
  readonly precision: number;
  /** Absolute rounding noise of the difference quotient (differences below it are not resolvable). */
  readonly noise: Decimal;
  /** |f(x)|/sⁿ: the size a derivative of this order has "naturally" here (the yardstick of a zero). */
  readonly scale: Decimal;
  /** Whether the error estimate reached the accuracy asked for. */
  readonly converged: boolean;
  /** The order of the derivative. */
  readonly order: number;
}

/** Options of {@link numericDerivative}. */
export interface NumericDerivativeOptions {
  /** Order of the derivative (1…8). Default 1. */
  readonly order?: number;
  /** `central` (default; falls back to one side at the edge of the domain), or only one side. */
  readonly side?: 'central' | 'left' | 'right';
  /** What the caller knows about cancellation inside f at x. */
  readonly hint?: PrecisionHint;
  /** Steps tried before the best table so far is returned unconverged (1…7). Default 7. */
  readonly tries?: number;
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

/** Digits kept beyond those asked for (the estimate is aimed at digits + GUARD). */
const GUARD = 3;
/** Decades the step shrinks by when a table does not settle. */
const SHRINK = 4;
/** Tables tried before giving up (the step can shrink by SHRINK·(TRIES − 1) decades). */
const TRIES = 7;
/**
 * Decades by which |f| near x may exceed |f⁽ⁿ⁾|·sⁿ before the first table's rounding noise
 * misses the target (the table is then computed again at a higher precision: ten times the
 * cost of these digits, which most points of a typical function need).
 */
const NOISE_MARGIN = 3;
/** Highest precision the cancellation probe tries. */
const CANCELLATION_PROBE_LIMIT = 960;

/** Binomial coefficients C(n, j). */
function binomials(n: number): number[] {
  const row = [1];
  for (let j = 1; j <= n; j++) row.push((row[j - 1]! * (n - j + 1)) / j);
  return row;
}

/** 10^k exactly, read from its text (decimal.js's pow takes a division for k < 0). */
const pow10 = (k: number): Decimal => new Decimal(`1e${k}`);

/** 10^⌊log₁₀|x|⌋ for 0 < |x| < 1, else 1: the scale on which f is first assumed to vary. */
function scaleOf(x: Decimal): Decimal {
  if (x.isZero() || x.abs().gte(1)) return new Decimal(1);
  return new Decimal(10).pow(x.e);
}

/** Levels of the Richardson table and the first step's exponent for `target` digits. */
function layout(target: number, central: boolean): { levels: number; a: number } {
  // levels grow slowly with the digits (each costs one more stencil); the step is then the
  // largest one whose truncation error meets the target. A table's error estimate is the gap
  // between its last two diagonals, so it certifies only when the one before the last meets
  // the target already: its error is (h₀)^(2·(levels−1)) for central tables, (h₀)^(levels−1)
  // for one-sided ones. (Aiming the last diagonal at the target left most tables a few
  // decades short, to be computed again at a 10⁴ times smaller step.) Three levels from a
  // smaller step cost 6 evaluations of f where four cost 8, at a few more digits, which cost
  // little at these precisions; at higher ones the levels grow.
  const levels = Math.min(12, 3 + Math.max(0, Math.ceil(Math.log2(target / 60))));
  const a = Math.ceil(target / (central ? 2 * (levels - 1) : levels - 1)) + 1;
  return { levels, a };
}

/**
 * Digits that evaluating f near x loses to cancellation inside f (e.g. GELU at −30,
 * x·(1 + erf(x/√2))/2, where 1 + erf is 1e-197 made of terms near 1): f(x) is evaluated
 * at rising precision until two evaluations agree to 20 digits. Also returns f(x).
 */
function cancellationProbe(f: RealFn, x: Decimal): PrecisionHint {
  const base = 30 + Math.max(0, x.e);
  let p = base;
  let previous = f(x, decimalContext(p));
  while (p < CANCELLATION_PROBE_LIMIT) {
    const next = Math.min(p * 2, CANCELLATION_PROBE_LIMIT);
    const current = f(x, decimalContext(next));
    if (!(previous.isZero() && current.isZero()) && digitsAgreed(previous, current, 20) >= 20) return { loss: p - base, value: current };
    previous = current;
    p = next;
  }
  return { loss: previous.isZero() ? 0 : p - base, value: previous };
}

/** f at a probe point next to x when x itself is outside the domain (the edge of a domain). */
function probeNear(f: RealFn, x: Decimal, side: 1 | -1, s: Decimal): PrecisionHint {
  const D = decimalContext(40 + Math.max(0, x.e) + Math.max(0, -s.e));
  return { loss: 0, value: f(D.add(x, s.times(side).times('1e-12')), D) };
}

interface Table {
  readonly value: Decimal;
  readonly error: Decimal;
  readonly noise: Decimal;
  readonly fmax: Decimal;
}

/**
 * One Richardson table: the difference quotient at h₀, h₀/2, …, extrapolated. Central
 * stencils have an error series in h² (ratio 4 per step), one-sided ones in h (ratio 2).
 */
function table(f: RealFn, x: Decimal, h0: Decimal, order: number, levels: number, precision: number, side: 0 | 1 | -1): Table {
  const D = decimalContext(precision);
  // offsets must be exact: x + k·h with all the digits of x and of h
  const exact = decimalContext(precision + Math.max(0, x.e - h0.e) + x.sd() + 10);
  // the stencil: multiples k of the step (central: n/2 − j; one-sided: 1 + n − j on the chosen
  // side, never x itself) and their signed binomial weights, the same at every level
  const stencil = binomials(order).map((w, j) => ({
    k: side === 0 ? new Decimal(order).div(2).minus(j) : new Decimal(1 + order - j).times(side),
    // 2k is an integer: 2k·2^(levels − level) names the offset k·h₀/2^level exactly
    twiceK: side === 0 ? order - 2 * j : 2 * (1 + order - j) * side,
    w: new Decimal(w * (j % 2 === 0 ? 1 : -1)),
  }));
  const cache = new Map<number, Decimal>();
  const at = (offset: Decimal, key: number): Decimal => {
    let v = cache.get(key);
    if (v === undefined) {
      const point = exact.add(x, offset);
      v = f(point, D);
      // a RealFn signals the edge of its domain with DomainError; a bare decimal.js function returns NaN
      if (!v.isFinite()) throw new DomainError(`f(${point.toSignificantDigits(12).toString()}) is not a finite number`);
      cache.set(key, v);
    }
    return v;
  };
  let fmax = new Decimal(0);
  const quotient = (h: Decimal, level: number): Decimal => {
    let sum = new D(0);
    for (const { k, twiceK, w } of stencil) {
      const v = at(h.times(k), twiceK * 2 ** (levels - level));
      if (v.abs().gt(fmax)) fmax = v.abs();
      sum = D.add(sum, D.mul(v, w));
    }
    const step = side === 0 ? h : h.times(side);
    return D.div(sum, order === 1 ? step : D.pow(step, order));
  };
  const ratio = side === 0 ? 4 : 2;
  const rows: Decimal[][] = [];
  let h = h0;
  // ratio^k − 1, the divisors of the extrapolation
  const divisors = Array.from({ length: levels }, (_, k) => new Decimal(ratio ** k - 1));
  for (let i = 0; i < levels; i++) {
    const row = [quotient(h, i)];
    for (let k = 1; k <= i; k++) {
      row.push(D.add(row[k - 1]!, D.sub(row[k - 1]!, rows[i - 1]![k - 1]!).div(divisors[k]!)));
    }
    rows.push(row);
    h = h.div(2);
  }
  const last = rows[levels - 1]!;
  const best = last[levels - 1]!;
  const before = rows[levels - 2]![levels - 2]!;
  const sideways = last[levels - 2]!;
  // rounding: each quotient carries |Σ C(n,j) f|·ulp/hⁿ; the extrapolation at most quadruples it
  const hmin = h.times(2);
  const noise = fmax.times(new Decimal(2).pow(order)).times(pow10(1 - precision)).div(hmin.pow(order)).times(4);
  const spread = Decimal.max(best.minus(before).abs(), best.minus(sideways).abs());
  return { value: best, error: spread.plus(noise), noise, fmax };
}

/**
 * The working precision of a table: the target, plus the digits lost to h⁻ⁿ (relative to
 * the scale s) at the table's smallest step h₀/2^(levels−1), to the stencil's weights and the
 * extrapolation (the rounding-noise bound of `table`, met with a tenth to spare), to |f| up to
 * NOISE_MARGIN decades above |f⁽ⁿ⁾|·sⁿ (more is found after the first table), to f itself
 * (the hint) and to the digits of x above its scale.
 */
function tablePrecision(x: Decimal, s: Decimal, h0: Decimal, order: number, levels: number, target: number, hint: PrecisionHint): number {
  const stepLoss = order * Math.max(0, s.e - h0.e) + Math.ceil(order * levels * Math.LOG10E * Math.LN2 + 2.61) + NOISE_MARGIN;
  return target + stepLoss + hint.loss + Math.max(0, x.e - s.e);
}

/**
 * The error a table must stay within: relative accuracy for a derivative of a size; for
 * one that is 0 (or far below the yardstick `scale`), an absolute accuracy twice as many
 * digits below the yardstick.
 */
function toleranceOf(t: Table, scale: Decimal, target: number): Decimal {
  return Decimal.max(t.value.abs().times(pow10(-target)), scale.times(pow10(-2 * target)));
}

/**
 * The first try of a central first derivative: two levels (4 evaluations of f where the
 * table of `layout` takes 6) at a step of 10^−(⌈target/2⌉ + 1) of x's scale, so that the
 * plain difference quotient h₀² ≈ 10^−target already meets the target and the gap between
 * it and the extrapolated value bounds the error. Kept only when it settles the digits
 * asked for by the same rules as every table (rounding noise a tenth of the tolerance,
 * error estimate within it); otherwise nothing is kept and the full table is made. It
 * settles most points of a smooth function (bench/foundation.ts); a derivative that is 0
 * (the absolute tolerance is 10^−2·target) or f with a fast-varying third derivative goes
 * on to the full table.
 */
function shortTable(f: RealFn, x: Decimal, s: Decimal, target: number, hint: PrecisionHint): NumericDerivative | undefined {
  const levels = 2;
  const a = Math.ceil(target / 2) + 1;
  const h0 = s.times(pow10(-a));
  const precision = tablePrecision(x, s, h0, 1, levels, target, hint);
  let t: Table;
  try {
    t = table(f, x, h0, 1, levels, precision, 0);
  } catch (err) {
    if (err instanceof DomainError) return undefined;
    throw err;
  }
  const scale = Decimal.max(hint.value.abs(), t.fmax).div(s);
  const tolerance = toleranceOf(t, scale, target);
  if (t.noise.gt(tolerance.div(10)) || t.error.gt(tolerance)) return undefined;
  return { value: t.value, error: t.error, kind: 'central', step: h0, precision, noise: t.noise, scale, converged: true, order: 1 };
}

/**
 * The `order`-th derivative of `f` at `x` by finite differences, aiming at `digits`
 * correct significant digits (or, for a derivative that is 0, at an absolute error below
 * 10^−digits·`scale`). See the module comment for how step and precision adapt.
 *
 * @example
 * ```ts
 * const d = numericDerivative((x, D) => D.exp(x), new Decimal(1), 50, { order: 2 });
 * d.value.toSignificantDigits(50).toString(); // e to 50 digits
 * d.converged; // true
 * ```
 */
export function numericDerivative(f: RealFn, x: Decimal, digits: number, options: NumericDerivativeOptions = {}): NumericDerivative {
  const order = options.order ?? 1;
  const wanted = options.side ?? 'central';
  const s = scaleOf(x);
  let side: 0 | 1 | -1 = wanted === 'central' ? 0 : wanted === 'right' ? 1 : -1;
  let hint: PrecisionHint;
  try {
    hint = options.hint ?? cancellationProbe(f, x);
  } catch (err) {
    if (!(err instanceof DomainError) || side !== 0) throw err;
    // x is outside the domain or on its edge: only a one-sided difference can say anything
    hint = probeNear(f, x, 1, s);
  }
  const target = digits + GUARD;
  if (side === 0 && order === 1) {
    const short = shortTable(f, x, s, target, hint);
    if (short) return short;
  }
  let lastError: unknown;
  for (let sideTry = 0; sideTry < 3; sideTry++) {
    const central = side === 0;
    const { levels, a } = layout(target, central);
    let h0 = s.times(pow10(-a));
    let extra = 0;
    let scale: Decimal | undefined;
    let best: { t: Table; h0: Decimal; precision: number; scale: Decimal } | undefined;
    const tries = Math.min(TRIES, Math.max(1, options.tries ?? TRIES));
    for (let tryNo = 0; tryNo < tries; tryNo++) {
      const precision = tablePrecision(x, s, h0, order, levels, target, hint) + extra;
      let t: Table;
      try {
        t = table(f, x, h0, order, levels, precision, side);
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        lastError = err;
        h0 = h0.times(pow10(-SHRINK));
        continue;
      }
      // the yardstick of a zero derivative: the size of f near x over sⁿ, taken at the first
      // table (at smaller steps f(x ± h) shrinks with h where f(x) = 0, and the yardstick with it)
      scale ??= Decimal.max(hint.value.abs(), t.fmax).div(s.pow(order));
      best = { t, h0, precision, scale };
      const tolerance = toleranceOf(t, scale, target);
      // the rounding noise must sit well below the target: raise the precision, keep the step
      if (t.noise.gt(tolerance.div(10)) && !t.noise.isZero()) {
        const short = Math.ceil(log10Magnitude(t.noise.div(Decimal.max(tolerance, pow10(-precision)))) + 2);
        if (short > 0 && extra < 4 * target) {
          extra += short;
          tryNo--;
          continue;
        }
      }
      if (t.error.lte(tolerance)) {
        return { value: t.value, error: t.error, kind: central ? 'central' : side === 1 ? 'forward' : 'backward', step: h0, precision, noise: t.noise, scale, converged: true, order };
      }
      h0 = h0.times(pow10(-SHRINK));
    }
    if (best) {
      const { t, h0: step, precision, scale } = best;
      return { value: t.value, error: t.error, kind: central ? 'central' : side === 1 ? 'forward' : 'backward', step, precision, noise: t.noise, scale, converged: false, order };
    }
    // every central stencil left the domain: x sits on its edge; try the right, then the left side
    if (wanted !== 'central') break;
    side = sideTry === 0 ? 1 : -1;
  }
  throw lastError instanceof DomainError ? lastError : new DomainError('no finite difference could be formed here');
}

/**
 * The first derivative by finite differences (central, one-sided at the edge of the
 * domain), aiming at `digits` correct digits. See {@link numericDerivative}.
 *
 * @example
 * ```ts
 * const d = finiteDifference((x, D) => D.exp(x), new Decimal(1), 50);
 * d.value.toSignificantDigits(50).toString(); // e to 50 digits
 * ```
 */
export function finiteDifference(f: RealFn, x: Decimal, digits: number, hint?: PrecisionHint): NumericDerivative {
  return numericDerivative(f, x, digits, hint ? { hint } : {});
}

/**
 * Central difference only (no fallback to one side). See {@link numericDerivative}.
 *
 * @example
 * ```ts
 * centralDifference((x, D) => D.sin(x), new Decimal(0), 30).value.toString(); // ≈ 1
 * ```
 */
export function centralDifference(f: RealFn, x: Decimal, digits: number, hint?: PrecisionHint): NumericDerivative {
  const d = numericDerivative(f, x, digits, hint ? { hint } : {});
  if (d.kind !== 'central') throw new DomainError('the central stencil leaves the domain here');
  return d;
}

/**
 * One-sided difference (`direction` 1: from the right, −1: from the left) on points
 * strictly on that side of x: the one-sided derivative, also where f jumps at x.
 *
 * @example
 * ```ts
 * oneSidedDifference((x, D) => x.abs(), new Decimal(0), 30, -1).value.toString(); // '-1'
 * ```
 */
export function oneSidedDifference(f: RealFn, x: Decimal, digits: number, direction: 1 | -1, order = 1): NumericDerivative {
  return oneSided(f, x, digits, direction, order, probeAt(f, x));
}

/** The cancellation probe at x, or the DomainError that says x is outside the domain. */
function probeAt(f: RealFn, x: Decimal): PrecisionHint | DomainError {
  try {
    return cancellationProbe(f, x);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return err;
  }
}

/** A one-sided difference with the probe at x already made (the same for both sides). */
function oneSided(f: RealFn, x: Decimal, digits: number, direction: 1 | -1, order: number, probe: PrecisionHint | DomainError): NumericDerivative {
  const hint = probe instanceof DomainError ? probeNear(f, x, direction, scaleOf(x)) : probe;
  return numericDerivative(f, x, digits, { order, side: direction === 1 ? 'right' : 'left', hint });
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
  const probe = probeAt(f, x);
  const left = oneSided(f, x, digits, -1, 1, probe);
  const right = oneSided(f, x, digits, 1, 1, probe);
  const floor = Decimal.max(left.error, right.error, Decimal.max(left.scale, right.scale).times(new Decimal(10).pow(-digits))).times(10);
  const agreed = digitsAgreed(left.value, right.value, digits, floor);
  return { kink: agreed < Math.floor(digits / 2), left: left.value, right: right.value, digitsAgreed: agreed };
}

/**
 * The limits of f at x from the left and from the right, by evaluation at x ∓ ε with ε
 * far below the digits asked for (|f′| bounded near x moves f by less than that); a side
 * outside the domain is `undefined`.
 *
 * @example
 * ```ts
 * oneSidedLimits((x, D) => D.sign(x), new Decimal(0), 30); // { left: -1, right: 1 }
 * ```
 */
export function oneSidedLimits(f: RealFn, x: Decimal, digits: number): { left?: Decimal; right?: Decimal } {
  const s = scaleOf(x);
  const eps = s.times(new Decimal(10).pow(-(2 * digits + 20)));
  const D = decimalContext(3 * digits + 40 + Math.max(0, x.e - s.e));
  const one = (sign: 1 | -1): Decimal | undefined => {
    try {
      return f(D.add(x, eps.times(sign)), D).toSignificantDigits(digits + 5);
    } catch (err) {
      if (err instanceof DomainError) return undefined;
      throw err;
    }
  };
  const left = one(-1);
  const right = one(1);
  return { ...(left ? { left } : {}), ...(right ? { right } : {}) };
}
