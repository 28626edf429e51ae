/**
 * Guaranteed digits on the BigInt engine, with the rules of `numeric/evaluate.ts`'s
 * `evaluateClosure` (the decimal.js engine's): one evaluation is trusted when its running
 * error bound covers the digits asked for plus 6 guard digits (no confirming pass);
 * otherwise the precision is raised by what the bound lost (doubled when the bound is
 * unknown); at the ceiling a value that is 0 to within an absolute bound below 10^−digits
 * is reported as `0` with that bound (`zeroBound`), anything else is an error with the
 * same message. One rule more: the value must also round to the same `digits` digits at
 * both ends of its error interval (else the precision is raised a little further), so a
 * printed value is correctly rounded, not only within one unit of its last digit.
 *
 * Beyond the engine's exponent range (an underflow below 2^(−2^52), an overflow on the
 * way) the driver throws {@link UnderflowError} or {@link BeyondRange}: the caller that
 * chose the engine (`numeric/engines.ts`) hands such a point to the decimal.js engine.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, GradproofError } from '../../errors.js';
import type { Approx } from './approx.js';
import { EXACT } from './approx.js';
import { bitsForDigits, type MpEnv } from './compile.js';
import { toDecimal } from './convert.js';
import { absF, add, type BigFloat, make } from './float.js';
import { bottom } from './ops.js';
import { BeyondRange, UnderflowError } from './range.js';

/** One evaluation at `bits` of working precision: the value, its error bound (log2), and whether it underflowed. */
export type MpApprox = (bits: number, env: MpEnv) => Approx & { readonly underflow: boolean };

/**
 * Guaranteed digits from the BigInt engine.
 *
 * @example
 * ```ts
 * const r: MpGuaranteed = guaranteedMp(compileMp(parse('e^x')).approx, { x: new Decimal(1) }, 20);
 * r.value; // '2.7182818284590452354'
 * ```
 */
export interface MpGuaranteed {
  /** The value with exactly `digits` significant digits (exponent notation when tiny or huge), or `'0'`. */
  readonly value: string;
  /** The same value as a Decimal. */
  readonly decimal: Decimal;
  /** The digits promised. */
  readonly digits: number;
  /** The working precision, in decimal digits, of the evaluation that was trusted. */
  readonly workingPrecision: number;
  /** Evaluations made (1 when the first bound already covered the digits). */
  readonly evaluations: number;
  /** |value| < zeroBound (e.g. `1e-1049`), when the value could only be shown to be 0 to within it. */
  readonly zeroBound?: string;
}

/** Digits beyond those requested that an evaluation must keep after its losses (as in numeric/evaluate.ts). */
const GUARD_DIGITS = 6;
const LOG10_2 = Math.LOG10E * Math.LN2;

/** `x=0.3, y=1.5`, as numeric/compile.ts's describePoint writes a point. */
function describe(env: MpEnv): string {
  return Object.entries(env)
    .map(([k, v]) => `${k}=${v.toSignificantDigits(12).toString()}`)
    .join(', ');
}

/** Formats with exactly `digits` significant digits, as numeric/context.ts's formatDigits. */
function format(x: Decimal, digits: number): string {
  if (x.isZero()) return '0';
  const e = x.e;
  if (e < -7 || e >= digits) return x.toExponential(digits - 1);
  return x.toPrecision(digits);
}

/** v rounded to `digits` when every value within 2^err of v rounds the same way (nearest is monotone: both ends suffice). */
function certainRounding(v: BigFloat, err: number, digits: number): Decimal | undefined {
  const d = toDecimal(v, digits);
  if (err === EXACT) return d;
  const step = make(1n, Math.ceil(err));
  const lo = toDecimal(add(v, make(-1n, step.exp)), digits);
  if (!lo.eq(d)) return undefined;
  return toDecimal(add(v, step), digits).eq(d) ? d : undefined;
}

/**
 * Evaluates to `digits` correct significant digits with the BigInt engine (see the
 * module comment). `approx` is a compiled expression's `approx` (or any function of that
 * shape, e.g. a piecewise activation's).
 *
 * @example
 * ```ts
 * guaranteedMp(compileMp(parse('1/(1+e^(-x)) - 1/2 - x/4')).approx, { x: new Decimal('1e-65') }, 50).value;
 * // '-2.0833333333333333333333333333333333333333333333333e-197'
 * ```
 */
export function guaranteedMp(approx: MpApprox, env: MpEnv, digits: number, maxPrecision = digits + 1000): MpGuaranteed {
  const ceiling = Math.max(maxPrecision, digits + GUARD_DIGITS + 6);
  // a value that straddles a rounding boundary is refined up to here, then rounded as the bound allows
  const roundingCeiling = Math.min(ceiling, 2 * digits + 60);
  let precision = digits + 12;
  let lastDomainError: DomainError | undefined;
  let last: (Approx & { readonly underflow: boolean }) | undefined;
  let evaluations = 0;
  for (;;) {
    let r: (Approx & { readonly underflow: boolean }) | undefined;
    evaluations++;
    try {
      r = approx(bitsForDigits(precision), env);
      lastDomainError = undefined;
    } catch (err) {
      // a domain error at low precision can be a rounding artefact (1 − tanh(200) → 0): retry higher
      if (!(err instanceof DomainError) || err instanceof BeyondRange) throw err;
      lastDomainError = err;
    }
    let covered = Number.NEGATIVE_INFINITY;
    if (r) {
      if (r.underflow) throw new UnderflowError('the value');
      last = r;
      const result = (d: Decimal): MpGuaranteed => ({ value: format(d, digits), decimal: d, digits, workingPrecision: precision, evaluations });
      if (r.err === EXACT) {
        if (r.v.man === 0n) return { value: '0', decimal: new Decimal(0), digits, workingPrecision: precision, evaluations };
        return result(toDecimal(r.v, digits));
      }
      if (r.v.man !== 0n && Number.isFinite(r.err)) {
        covered = (bottom(r.v) - r.err) * LOG10_2;
        if (covered >= digits + GUARD_DIGITS) {
          const d = certainRounding(r.v, r.err, digits);
          if (d) return result(d);
          if (precision >= roundingCeiling) return result(toDecimal(r.v, digits));
        }
      }
    }
    if (precision >= ceiling) break;
    const needed = Number.isFinite(covered) ? Math.ceil(precision - covered) + digits + GUARD_DIGITS + 2 : 2 * precision;
    precision = Math.min(ceiling, Math.max(precision + Math.max(12, Math.ceil(precision / 4)), needed));
  }
  if (lastDomainError) throw new DomainError(lastDomainError.message.replace(/^undefined: /, ''), describe(env));
  if (last && Number.isFinite(last.err)) {
    // |true value| ≤ |value| + 2^err: a 0 to within that, when it lies below 10^−digits
    const bound = toDecimal(add(absF(last.v), make(1n, Math.ceil(last.err))), 3, 'up');
    const exponent = bound.e + 1;
    if (exponent <= -digits) return { value: '0', decimal: new Decimal(0), digits, workingPrecision: precision, evaluations, zeroBound: `1e${exponent}` };
  }
  const where = Object.keys(env).length ? ` at ${describe(env)}` : '';
  throw new GradproofError(
    'precision',
    `could not reach ${digits} correct digits${where} within ${ceiling} digits of working precision: terms cancel beyond it, or a sign, a pole or a jump cannot be settled there`,
  );
}
