/**
 * The numeric backends the network engine runs on. The network, its layers, the losses,
 * backprop and the optimizers are written once against {@link Backend}; a backend says
 * what a number is and how to add, multiply, compare and compile an expression tree.
 *
 * - `float64` ({@link float64Backend}): JS numbers, fast, 53-bit rounding.
 * - `decimal` ({@link decimalBackend}): decimal.js at any precision.
 * - `bigfloat` (`bigfloatBackend`): binary floating point on the BigInt engine, at any
 *   precision with guard digits; what training at high precision runs on.
 * - `symbolic` ({@link symbolicBackend}): expression trees, so the same chain-rule code
 *   that trains a network also writes the notes' product of ratios as a formula.
 *
 * @module
 */
import type { Expr } from '../symbolic/tree.js';

/**
 * A compiled expression: evaluates at an environment of backend values.
 *
 * @example
 * ```ts
 * const f: Compiled<number> = float64Backend.compile(parse('x^2'));
 * f({ x: 3 }); // 9
 * ```
 */
export type Compiled<T> = (env: Readonly<Record<string, T>>) => T;

/**
 * A number system: arithmetic, comparison and the compilation of expression trees.
 * Values enter and leave as decimal strings ({@link Backend.fromString},
 * {@link Backend.toString}): no value that claims more than 15 digits passes through a
 * JS number.
 *
 * @example
 * ```ts
 * const B = decimalBackend(40);
 * B.toString(B.div(B.fromString('1'), B.fromString('3'))); // '0.3333333333333333333333333333333333333333'
 * ```
 */
export interface Backend<T> {
  /** Which number system. */
  readonly kind: 'float64' | 'decimal' | 'bigfloat' | 'symbolic';
  /** A name for reports: `float64`, `decimal(50)`, `symbolic`. */
  readonly name: string;
  /** Significant digits of the arithmetic (float64: 15.95…; symbolic: Infinity). */
  readonly digits: number;
  /** Parses an exact decimal string (`'0.1'`, `'-2.5e-3'`). */
  fromString(text: string): T;
  /** The value as a decimal string (float64: the shortest string that reads back to the same double). */
  toString(x: T): string;
  /** The value as a JS number, for display only (plots, progress): never fed back into a computation. */
  toNumber(x: T): number;
  /** a + b, rounded by the backend. */
  add(a: T, b: T): T;
  /** a − b, rounded by the backend. */
  sub(a: T, b: T): T;
  /** a × b, rounded by the backend. */
  mul(a: T, b: T): T;
  /** a ÷ b, rounded by the backend. */
  div(a: T, b: T): T;
  /** −a, rounded by the backend. */
  neg(a: T): T;
  /** √a, rounded by the backend. */
  sqrt(a: T): T;
  /** False for NaN and ±∞ (a decimal value is always finite; a symbolic one counts as finite). */
  isFinite(a: T): boolean;
  /** Sign of a − b: −1, 0 or 1 (symbolic values cannot be compared and throw). */
  compare(a: T, b: T): number;
  /** Compiles an expression tree to a closure over this backend. */
  compile(e: Expr): Compiled<T>;
}

/**
 * Σ terms (the empty sum is 0). Starts from the first term rather than from 0, so a
 * symbolic sum of one term is that term.
 *
 * @example
 * ```ts
 * sum(float64Backend, [1, 2, 3]); // 6
 * ```
 */
export function sum<T>(B: Backend<T>, terms: readonly T[]): T {
  if (terms.length === 0) return B.fromString('0');
  let s = terms[0] as T;
  for (let i = 1; i < terms.length; i++) s = B.add(s, terms[i]!);
  return s;
}

/**
 * Index of the largest value (the first one on ties).
 *
 * @example
 * ```ts
 * argmax(float64Backend, [0.1, 0.7, 0.2]); // 1
 * ```
 */
export function argmax<T>(B: Backend<T>, values: readonly T[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (B.compare(values[i]!, values[best]!) > 0) best = i;
  return best;
}
