/**
 * Guaranteed digits. `evaluate` returns the requested number of correct significant
 * digits of an expression at a point, also where naive evaluation cancels: it
 * evaluates at a working precision with guard digits, raises the precision until two
 * evaluations agree, and rounds once.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, GradproofError, InputError } from '../errors.js';
import { parse } from '../symbolic/parse.js';
import { type Expr, variables } from '../symbolic/tree.js';
import { type Closure, compile, describePoint, type Env } from './compile.js';
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
  /** The working precision at which two evaluations agreed. */
  readonly workingPrecision: number;
  /**
   * Present when the value was zero (or below the rounding noise) at every precision up to
   * the ceiling: |value| < `zeroBound` relative to the size of the terms that cancelled.
   * A true zero (e.g. sin(π)) cannot be told from a smaller non-zero by evaluation alone.
   * Absent for an expression that is literally 0.
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
  const env: Record<string, Decimal> = {};
  for (const [name, value] of Object.entries(point)) {
    if (!needed.includes(name)) {
      if (!strict) continue;
      throw new InputError(`unknown variable "${name}" in the point (the expression has ${needed.length ? needed.join(', ') : 'no variables'})`);
    }
    env[name] = toDecimal(value, name);
  }
  const missing = needed.filter((n) => !(n in env));
  if (missing.length) throw new InputError(`no value given for ${missing.map((m) => `"${m}"`).join(', ')}`);
  return env;
}

/**
 * Evaluates a compiled closure to `digits` correct significant digits (see {@link evaluate}).
 * The low-level entry: no parsing, `env` already exact.
 */
export function evaluateClosure(f: Closure, env: Env, digits: number, maxPrecision = digits + 1000): Evaluation {
  if (f.constantZero) return { value: '0', decimal: new Decimal(0), digits, workingPrecision: 0 };
  let precision = digits + 12;
  // the last evaluation whose precision covered its own losses
  let previous: Decimal | undefined;
  let lastDomainError: DomainError | undefined;
  const ceiling = maxPrecision;
  let confirming = false;
  for (;;) {
    const D: DecimalCtor = decimalContext(precision);
    let current: Decimal | undefined;
    let lost = 0;
    try {
      if (f.tracked) {
        const t = f.tracked(D, env);
        current = t.value;
        lost = t.lost;
      } else {
        current = f(D, env);
      }
      lastDomainError = undefined;
    } catch (err) {
      // A domain error at low precision can be a rounding artefact (1 − tanh(200) → 0): retry higher.
      if (!(err instanceof DomainError)) throw err;
      lastDomainError = err;
    }
    // Agreement alone is not enough: 1 + tanh(−200) is exactly 0 at 42 and 63 digits, so
    // 1 + tanh(−200) + 1e-300 "agrees" on 1e-300. A result counts only when the precision
    // covers the digits the evaluation lost to cancellation (tracked by the compiler).
    const trusted = current !== undefined && precision - lost >= digits + GUARD_DIGITS;
    // an exact 0 that no subtraction or ill-conditioned step produced (a literal 0, 0·x) is 0
    if (current?.isZero() && lost === 0 && previous?.isZero()) {
      return { value: '0', decimal: new Decimal(0), digits, workingPrecision: precision };
    }
    if (trusted && previous && agrees(previous, current!, digits)) {
      const rounded = current!.toSignificantDigits(digits);
      return { value: formatDigits(rounded, digits), decimal: rounded, digits, workingPrecision: precision };
    }
    if (precision >= ceiling && trusted && !previous && !confirming) {
      // the first trusted value came at the ceiling (1 + tanh(−987) is 0 below ~860 digits):
      // one confirming evaluation a little above it
      previous = current;
      confirming = true;
      precision += 24;
      continue;
    }
    if (precision >= ceiling) {
      if (lastDomainError) {
        throw new DomainError(lastDomainError.message.replace(/^undefined: /, ''), describePoint(env));
      }
      // zero at every precision (or only rounding noise left): |value| is below the bound
      if (current && !trusted && (current.isZero() || !Number.isFinite(lost) || current.abs().lt(new Decimal(10).pow(-(precision / 2 - 10))))) {
        const bound = current.isZero() || !Number.isFinite(lost) ? precision - 12 : Math.floor(precision / 2 - 10);
        return { value: '0', decimal: new Decimal(0), digits, workingPrecision: precision, zeroBound: `1e-${bound}` };
      }
      break;
    }
    previous = trusted ? current : undefined;
    const needed = Number.isFinite(lost) ? lost + digits + 12 : 0;
    precision = Math.min(ceiling, Math.max(precision + Math.max(12, Math.ceil(precision / 4)), needed));
  }
  throw new GradproofError('precision', `could not reach ${digits} stable digits at ${describePoint(env)} within ${ceiling} digits of working precision`);
}

/** Digits beyond those requested that an evaluation must keep after its losses. */
const GUARD_DIGITS = 6;


function agrees(a: Decimal, b: Decimal, digits: number): boolean {
  if (a.isZero() || b.isZero()) return false;
  if (a.isNegative() !== b.isNegative()) return false;
  // both must round to the same `digits`, and be closer than that rounding's granularity allows
  if (!a.toSignificantDigits(digits).eq(b.toSignificantDigits(digits))) return false;
  const diff = a.minus(b).abs();
  return diff.lte(b.abs().times(new Decimal(10).pow(-(digits + 3))));
}

/**
 * Evaluates `expr` at `point` to `digits` correct significant digits.
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
  const digits = checkDigits(options.digits ?? 50);
  const tree = typeof expr === 'string' ? parse(expr) : expr;
  const env = toEnv(point, variables(tree), options.strict ?? false);
  return evaluateClosure(compile(tree), env, digits, options.maxPrecision ?? digits + 1000);
}
