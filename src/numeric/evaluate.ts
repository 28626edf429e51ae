/**
 * Guaranteed digits. `evaluate` returns the requested number of correct significant
 * digits of an expression at a point, also where naive evaluation cancels: it evaluates
 * at a working precision with guard digits, trusts the result when its running error
 * bound covers the digits asked for, raises the precision by what the bound lost
 * otherwise, and rounds once. `evaluate` runs on the BigInt engine (`numeric/mp/`, see
 * `numeric/engines.ts`); {@link evaluateClosure} is the same rule on the decimal.js
 * engine, which the checks use for the values they hold against the BigInt engine's.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DEFAULTS } from '../defaults.js';
import { DomainError, GradproofError, InputError } from '../errors.js';
import { parse } from '../symbolic/parse.js';
import { type Expr, variables } from '../symbolic/tree.js';
import { type Closure, describePoint, type Env, type Tracked } from './compile.js';
import { compileFast, evaluateFast } from './engines.js';
import { type DecimalCtor, decimalContext, formatDigits } from './context.js';

/** Smallest number of digits gradproof accepts. */
export const MIN_DIGITS = 5;
/** Largest number of digits gradproof accepts. */
export const MAX_DIGITS = 1000;

/** A coordinate given by the caller: a decimal string (preferred), a Decimal, or a JS number (≤ 15 digits). */
export type Coordinate = string | number | Decimal;

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Correct significant digits wanted (5…1000). Default 50. */
  readonly digits?: number;
  /** Highest working precision tried before giving up. Default `digits + 1000`. */
  readonly maxPrecision?: number;
  /** Reject point coordinates the expression does not use. Default false (they are ignored). */
  readonly strict?: boolean;
}

/** The result of {@link evaluate}. */
export interface Evaluation {
  /** The value with exactly `digits` correct significant digits (exponent notation when tiny or huge), or `"0"`. */
  readonly value: string;
  /** The same value as a Decimal. */
  readonly decimal: Decimal;
  /** The digits promised. */
  readonly digits: number;
  /** The working precision, in decimal digits, of the evaluation whose error bound covered the digits. */
  readonly workingPrecision: number;
  /**
   * Present when the value could only be shown to be 0 to within a bound: |value| <
   * `zeroBound` (absolute, e.g. `1e-1049`). A true zero such as sin(π) cannot be told from
   * a smaller non-zero number by evaluation alone, and a value below decimal.js's range
   * (e^(−1e17)) is known only to be below 1e-9000000000000000. Absent for an exact 0.
   */
  readonly zeroBound?: string;
}

/**
 * Checks a digits request and returns it as an integer.
 *
 * @example
 * ```ts
 * checkDigits(50); // 50
 * checkDigits(2);  // throws InputError: digits must be an integer in 5…1000, got 2
 * ```
 */
export function checkDigits(digits: number, name = 'digits'): number {
  if (!Number.isInteger(digits) || digits < MIN_DIGITS || digits > MAX_DIGITS) {
    throw new InputError(`${name} must be an integer in ${MIN_DIGITS}…${MAX_DIGITS}, got ${digits}`);
  }
  return digits;
}

/**
 * Turns a caller's coordinate into an exact Decimal; rejects NaN, infinities and non-numbers.
 *
 * @example
 * ```ts
 * toDecimal('0.3', 'x').toString(); // '0.3'
 * ```
 */
export function toDecimal(value: Coordinate, name: string): Decimal {
  if (value instanceof Decimal) {
    if (!value.isFinite()) throw new InputError(`${name} must be a finite number, got ${value.toString()}`);
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InputError(`${name} must be a finite number, got ${value}`);
    return new Decimal(String(value));
  }
  const text = String(value).trim();
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) {
    throw new InputError(`${name} must be a decimal number, got "${value}"`);
  }
  return new Decimal(text);
}

/**
 * Converts a point given as `{ x: '0.3' }` to exact Decimals, checking that it gives
 * every variable the expression needs. With `strict`, a name the expression does not
 * have is an error too; otherwise it is ignored (a derivative may have lost a variable).
 *
 * @example
 * ```ts
 * toEnv({ x: '0.3' }, ['x']); // { x: Decimal('0.3') }
 * ```
 */
export function toEnv(point: Readonly<Record<string, Coordinate>>, needed: readonly string[], strict = false): Env {
  const env: Record<string, Decimal> = Object.create(null);
  for (const [name, value] of Object.entries(point)) {
    if (!needed.includes(name)) {
      if (!strict) continue;
      throw new InputError(`unknown variable "${name}" in the point (the expression has ${needed.length ? needed.join(', ') : 'no variables'})`);
    }
    env[name] = toDecimal(value, name);
  }
  const missing = needed.filter((n) => !Object.hasOwn(env, n));
  if (missing.length) throw new InputError(`no value given for ${missing.map((m) => `"${m}"`).join(', ')}`);
  return env;
}

/**
 * The default precision ceiling for `digits`: far enough above them that cancellation of
 * a thousand digits is still resolved.
 *
 * @example
 * ```ts
 * defaultCeiling(50); // 1050
 * ```
 */
export function defaultCeiling(digits: number): number {
  return digits + 1000;
}

/**
 * Evaluates a compiled closure to `digits` correct significant digits (see {@link evaluate}).
 * The low-level entry: no parsing, `env` already exact.
 *
 * One evaluation is trusted when its running error bound (see `compile`) leaves
 * `digits` + 6 digits of the working precision; otherwise the precision is raised by what
 * the bound says was lost (or doubled when the result is 0 or the bound is unknown, e.g.
 * the sign of a value rounding cannot settle). At the ceiling, a result that is 0 to
 * within an absolute bound below 10^−digits is reported as `0` with that bound
 * (`zeroBound`: |value| < zeroBound, e.g. a true zero such as sin(π), or a value that
 * underflows decimal.js's range, 1e-9000000000000000); anything else is an error, never
 * a 0 or a digit the bound does not cover. With `start`, the first precision is
 * `start.digits` when that is higher, and the precision this evaluation needed is left there.
 */
export function evaluateClosure(f: Closure, env: Env, digits: number, maxPrecision = defaultCeiling(digits), start?: StartPrecision): Evaluation {
  if (f.constantZero) return { value: '0', decimal: new Decimal(0), digits, workingPrecision: 0 };
  const ceiling = Math.max(maxPrecision, digits + GUARD_DIGITS + 6);
  let precision = Math.min(ceiling, Math.max(digits + 12, start?.digits ?? 0));
  let lastDomainError: DomainError | undefined;
  let last: Tracked | undefined;
  for (;;) {
    const D: DecimalCtor = decimalContext(precision);
    let t: Tracked | undefined;
    try {
      t = f.tracked ? f.tracked(D, env) : { value: f(D, env), lost: Number.POSITIVE_INFINITY, err: Number.POSITIVE_INFINITY };
      lastDomainError = undefined;
    } catch (err) {
      // A domain error at low precision can be a rounding artefact (1 − tanh(200) → 0): retry higher.
      if (!(err instanceof DomainError)) throw err;
      lastDomainError = err;
    }
    if (t) {
      last = t;
      // an exact result (no rounding anywhere) is its own proof
      if (t.err === Number.NEGATIVE_INFINITY) {
        if (t.value.isZero()) return { value: '0', decimal: new Decimal(0), digits, workingPrecision: precision };
        const rounded = t.value.toSignificantDigits(digits);
        return { value: formatDigits(rounded, digits), decimal: rounded, digits, workingPrecision: precision };
      }
      if (!t.value.isZero() && precision - t.lost >= digits + GUARD_DIGITS) {
        // the precision at which this bound would have certified the digits, two to spare
        if (start) start.digits = Math.ceil(t.lost) + digits + GUARD_DIGITS + 2;
        const rounded = t.value.toSignificantDigits(digits);
        return { value: formatDigits(rounded, digits), decimal: rounded, digits, workingPrecision: precision };
      }
    }
    if (precision >= ceiling) break;
    const needed = t && Number.isFinite(t.lost) ? Math.ceil(t.lost) + digits + GUARD_DIGITS + 2 : 2 * precision;
    precision = Math.min(ceiling, Math.max(precision + Math.max(12, Math.ceil(precision / 4)), needed));
  }
  if (lastDomainError) throw new DomainError(lastDomainError.message.replace(/^undefined: /, ''), describePoint(env));
  if (last && Number.isFinite(last.err)) {
    // |true value| ≤ |value| + 10^err: a 0 to within that, when it lies below 10^−digits
    const bound = last.value.abs().plus(new Decimal(10).pow(Math.ceil(last.err)));
    const exponent = bound.isZero() ? Math.ceil(last.err) : bound.e + 1;
    if (exponent <= -digits) return { value: '0', decimal: new Decimal(0), digits, workingPrecision: precision, zeroBound: `1e${exponent}` };
  }
  const where = Object.keys(env).length ? ` at ${describePoint(env)}` : '';
  throw new GradproofError(
    'precision',
    `could not reach ${digits} correct digits${where} within ${ceiling} digits of working precision: terms cancel beyond it, or a sign, a pole or a jump cannot be settled there`,
  );
}

/**
 * Where {@link evaluateClosure} starts, shared by the evaluations of one closure at many
 * points: each evaluation starts at `digits` (when above its own first precision) and
 * leaves there the precision its running error bound needed. The bound's losses of one
 * formula are much the same from point to point, so the second evaluation at each point,
 * after a first one whose bound fell a few digits short, is not made.
 */
export interface StartPrecision {
  digits: number;
}

/** Digits beyond those requested that an evaluation must keep after its losses. */
const GUARD_DIGITS = 6;

/**
 * Evaluates `expr` at `point` to `digits` correct significant digits, correctly rounded
 * (on the BigInt engine; the decimal.js engine takes over beyond its exponent range).
 *
 * Throws {@link DomainError} ("undefined at x=…") outside the real domain,
 * {@link InputError} for unknown or missing variables and bad digit counts.
 *
 * @example
 * ```ts
 * evaluate('log(1+e^x)', { x: '0.5' }, { digits: 30 }).value;
 * // '0.974076984180106680872997355081'
 * evaluate('1/(1+e^(-x)) - 1/2 - x/4', { x: '1e-65' }).value; // '-2.0833333333333333333333333333333333333333333333333e-197'
 * ```
 */
export function evaluate(expr: Expr | string, point: Readonly<Record<string, Coordinate>>, options: EvaluateOptions = {}): Evaluation {
  const digits = checkDigits(options.digits ?? DEFAULTS.digits);
  const tree = typeof expr === 'string' ? parse(expr) : expr;
  const env = toEnv(point, variables(tree), options.strict ?? false);
  return evaluateFast(compileFast(tree), env, digits, options.maxPrecision ?? defaultCeiling(digits));
}
