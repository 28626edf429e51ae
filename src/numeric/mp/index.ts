/**
 * gradproof's second arithmetic engine: binary floating point on JS BigInt, with the
 * algorithms of mpmath (fixed-point series, binary splitting, Newton iterations) and
 * MPFR's model of one rounding per operation in a stated direction. Decimals in,
 * Decimals out: inside, every value is a BigInt mantissa and a binary exponent, and no
 * JS number ever carries a digit of a value.
 *
 * The whole API:
 * - {@link compileMp}: an expression tree → a closure `(digits, env) => Decimal`, with
 *   `tracked` (the digits its running error bound does not cover), `bounds` (an
 *   outward-rounded enclosure) and `approx` (the binary value and its error bound);
 * - {@link evaluateMp}: guaranteed digits of an expression at a point;
 * - {@link mpFunction}: one function of {@link MP_FUNCTIONS} at Decimal arguments,
 *   rounded to nearest or outward (`down`/`up`);
 * - {@link UnderflowError}: a result too small for the engine's range (never a bare 0).
 *
 * @example
 * ```ts
 * import { compileMp, mpFunction } from './numeric/mp/index.js';
 * mpFunction('erf', ['1'], 30).toString(); // '0.842700792949714869341220635083'
 * mpFunction('exp', ['1'], 20, 'down').toString(); // '2.7182818284590452353' (≤ e)
 * compileMp(parse('1/(1+e^(-z))'))(50, { z: new Decimal('0.7') }); // σ(0.7) to 50 digits
 * ```
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, GradproofError, InputError } from '../../errors.js';
import { parse } from '../../symbolic/parse.js';
import { type Expr, variables } from '../../symbolic/tree.js';
import { type Approx, errSum } from './approx.js';
import { bitsForDigits, compileMp, decimalToVal, type MpClosure, type MpEnv } from './compile.js';
import { toDecimal } from './convert.js';
import { add, type BigFloat, neg, type Rounding } from './float.js';
import { MP_FUNCTIONS } from './functions.js';
import { bottom } from './ops.js';
import { guaranteedMp } from './evaluate.js';
import { ExponentRange, UnderflowError } from './range.js';
import { propagate } from './slopes.js';

export { compileMp, type MpClosure, type MpEnv, type MpTracked } from './compile.js';
export type { Approx } from './approx.js';
export type { Rational } from './convert.js';
export type { BigFloat } from './float.js';
export { MP_FUNCTIONS, type MpArg, type MpFunction } from './functions.js';
export { BeyondRange, UnderflowError } from './range.js';
export { guaranteedMp, type MpApprox, type MpGuaranteed } from './evaluate.js';
export type { Rounding };

const LOG2_10 = 3.321928094887362;

/**
 * `name(args)` on the BigInt engine, to `digits` significant digits: rounded to nearest
 * (within one unit in the last digit), or outward: `down` gives a number ≤ the true
 * value, `up` one ≥ it (from the engine's error bounds; for interval arithmetic). The
 * arguments are exact Decimals (or decimal strings). Throws `DomainError` outside the
 * domain (the messages of `REAL_FUNCTIONS`), `InputError` for an unknown function or a
 * wrong number of arguments, {@link UnderflowError} when the value is below the engine's
 * range.
 *
 * @example
 * ```ts
 * mpFunction('log', ['2'], 30).toString(); // '0.693147180559945309417232121458'
 * mpFunction('sin', ['1'], 10, 'up').toString(); // '0.8414709849' (≥ sin 1)
 * ```
 */
export function mpFunction(name: string, args: readonly (Decimal | string)[], digits: number, mode: Rounding = 'nearest'): Decimal {
  const fn = MP_FUNCTIONS[name];
  if (!fn) throw new InputError(`unknown function "${name}"`);
  if (!Number.isInteger(digits) || digits < 1) throw new InputError(`digits must be a positive integer, got ${digits}`);
  const decimals = args.map((a) => {
    const d = new Decimal(a);
    if (!d.isFinite()) throw new DomainError(`${name} needs finite arguments, got ${d.toString()}`);
    return d;
  });
  const prec = Math.ceil(digits * LOG2_10) + 2;
  for (let wp = prec + 24; ; wp += Math.max(32, wp >> 1)) {
    const xs = decimals.map((d, i) => decimalToVal(d, `argument ${i + 1}`, wp));
    let r: Approx;
    try {
      r = fn.approx(
        xs.map((x) => ({ v: x.v, q: x.q })),
        wp,
      );
    } catch (err) {
      if (err instanceof ExponentRange) {
        if (err.kind === 'overflow') throw new DomainError(`${name}(x) overflows`);
        throw new UnderflowError(`${name}(${decimals.map((d) => d.toString()).join(', ')})`);
      }
      throw err;
    }
    const carried = r.fromExact ? Number.NEGATIVE_INFINITY : xs.length === 1 ? propagate(name, xs[0]!.v, r.v, xs[0]!.err) : Math.max(...xs.map((x) => x.err));
    const err = errSum(r.err, carried);
    if (err === Number.NEGATIVE_INFINITY || (r.v.man !== 0n && err <= bottom(r.v) - prec - 2)) {
      return toDecimal(mode === 'nearest' ? r.v : outward(r.v, err, wp, mode), digits, mode);
    }
    if (wp > 16 * prec + 20000) {
      throw new GradproofError('precision', `${name} could not reach ${digits} digits at ${decimals.map((d) => d.toString()).join(', ')}`);
    }
  }
}

/** v moved by its error bound in the direction of `mode`. */
function outward(v: BigFloat, err: number, wp: number, mode: Rounding): BigFloat {
  if (err === Number.NEGATIVE_INFINITY) return v;
  const step = { man: 1n, exp: Math.ceil(err), bits: 1 };
  const down = mode === 'down' || (mode === 'zero' && v.man > 0n);
  return add(v, down ? neg(step) : step, wp + 8, down ? 'down' : 'up');
}

/**
 * The result of {@link evaluateMp}.
 *
 * @example
 * ```ts
 * const r: MpEvaluation = evaluateMp('e^x', { x: '1' }, 20);
 * r.value; // '2.7182818284590452354'
 * ```
 */
export interface MpEvaluation {
  /** The value to `digits` significant digits (nearest), as a Decimal. */
  readonly decimal: Decimal;
  /** The same as text (exponent notation when tiny or huge), or `'0'`. */
  readonly value: string;
  /** The working precision (decimal digits) of the evaluation whose bound covered the digits. */
  readonly workingPrecision: number;
  /** Evaluations made (1 when the first bound already covered the digits). */
  readonly evaluations: number;
  /**
   * Present when the value could only be shown to be 0 to within an absolute bound below
   * 10^−digits: |value| < `zeroBound` (e.g. `1e-1049`). A true zero (sin π) cannot be told
   * from a smaller non-zero by evaluation alone. Absent for an exact 0.
   */
  readonly zeroBound?: string;
}

/**
 * Evaluates an expression to `digits` correct significant digits with the BigInt engine
 * alone, by the rules of `numeric/evaluate.ts` (see `guaranteedMp` in ./evaluate.ts):
 * trust the first evaluation whose running error bound covers the digits asked for plus
 * 6 guard digits (no confirming second evaluation) and rounds the same way at both ends
 * of its error interval; otherwise raise the working precision by the digits the bound
 * lost, up to `maxPrecision`. A value below the engine's range throws
 * {@link UnderflowError}, one beyond it {@link BeyondRange} (`evaluate` hands both to the
 * decimal.js engine).
 *
 * @example
 * ```ts
 * evaluateMp('1/(1+e^(-x)) - 1/2 - x/4', { x: '1e-65' }, 50).value;
 * // '-2.0833333333333333333333333333333333333333333333333e-197'
 * ```
 */
export function evaluateMp(
  expr: Expr | string | MpClosure,
  point: Readonly<Record<string, Decimal | string>>,
  digits: number,
  maxPrecision = digits + 1000,
): MpEvaluation {
  const f = typeof expr === 'function' ? expr : compileMp(typeof expr === 'string' ? parse(expr) : expr);
  const env: Record<string, Decimal> = {};
  if (typeof expr !== 'function') {
    const tree = typeof expr === 'string' ? parse(expr) : expr;
    for (const v of variables(tree)) if (point[v] === undefined) throw new InputError(`no value given for "${v}"`);
  }
  for (const [k, v] of Object.entries(point)) env[k] = new Decimal(v);
  if (f.constantZero) return { decimal: new Decimal(0), value: '0', workingPrecision: 0, evaluations: 0 };
  const r = guaranteedMp(f.approx, env as MpEnv, digits, maxPrecision);
  return { decimal: r.decimal, value: r.value, workingPrecision: r.workingPrecision, evaluations: r.evaluations, ...(r.zeroBound ? { zeroBound: r.zeroBound } : {}) };
}

/**
 * Bits of binary working precision for a precision in decimal digits.
 *
 * @example
 * ```ts
 * mpBits(50); // 177
 * ```
 */
export function mpBits(digits: number): number {
  return bitsForDigits(digits);
}
