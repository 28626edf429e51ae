/**
 * The simplest rational inside a tolerance of a number (continued fractions): a located
 * critical point whose coordinates are near small fractions is tried as an exact point.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { decimalContext } from '../numeric/context.js';
import { div, type Expr, neg, num } from '../symbolic/tree.js';

/**
 * A rational p/q as exact text, a tree, and a decimal string (when q divides a power of 10).
 *
 * @example
 * ```ts
 * const r: Rational = nearRational(new Decimal('0.4999999999999'), new Decimal('1e-9'))!;
 * r.text; // '1/2'
 * ```
 */
export interface Rational {
  readonly p: bigint;
  readonly q: bigint;
  readonly text: string;
  readonly expr: Expr;
  /** The exact decimal expansion, when it terminates. */
  readonly decimal?: string;
}

/**
 * The rational with the smallest denominator (≤ `maxDenominator`) within `tolerance` of x,
 * or undefined.
 *
 * @example
 * ```ts
 * nearRational(new Decimal('3.0000000001'), new Decimal('1e-6'))?.text; // '3'
 * nearRational(new Decimal('2.805118'), new Decimal('1e-9'));            // undefined
 * ```
 */
export function nearRational(x: Decimal, tolerance: Decimal, maxDenominator = 10000n): Rational | undefined {
  const D = decimalContext(Math.max(60, x.precision(true) + 20));
  const sign = x.isNegative() ? -1n : 1n;
  let rest = new D(x).abs();
  // convergents h/k of the continued fraction of |x|
  let [h0, h1, k0, k1] = [0n, 1n, 1n, 0n];
  for (let i = 0; i < 40; i++) {
    const a = BigInt(rest.floor().toFixed(0));
    [h0, h1] = [h1, a * h1 + h0];
    [k0, k1] = [k1, a * k1 + k0];
    if (k1 > maxDenominator) return undefined;
    const value = new D(h1.toString()).div(k1.toString());
    if (value.minus(x.abs()).abs().lte(tolerance)) return make(sign * h1, k1);
    const frac = rest.minus(rest.floor());
    if (frac.isZero()) return undefined;
    rest = new D(1).div(frac);
  }
  return undefined;
}

function make(p: bigint, q: bigint): Rational {
  const abs = p < 0n ? -p : p;
  const magnitude: Expr = q === 1n ? num(abs.toString()) : div(num(abs.toString()), num(q.toString()));
  let m = q;
  while (m % 2n === 0n) m /= 2n;
  while (m % 5n === 0n) m /= 5n;
  const decimal = m === 1n ? new (decimalContext(80))(p.toString()).div(q.toString()).toFixed() : undefined;
  return {
    p,
    q,
    text: q === 1n ? p.toString() : `${p}/${q}`,
    expr: p < 0n ? neg(magnitude) : magnitude,
    ...(decimal !== undefined ? { decimal } : {}),
  };
}
