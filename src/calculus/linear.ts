/**
 * Small dense linear algebra: solving H·δ = −g in float64 (to locate) and in decimal.js
 * (to refine), and inverting a matrix for Krawczyk's preconditioner. Gaussian elimination
 * with partial pivoting; `undefined` when the matrix is singular to working precision.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import type { DecimalCtor } from '../numeric/context.js';

/**
 * Solves A·x = b in float64.
 *
 * @example
 * ```ts
 * solve64([[2, 0], [0, 4]], [2, 8]); // [1, 2]
 * ```
 */
export function solve64(A: readonly (readonly number[])[], b: readonly number[]): number[] | undefined {
  const n = b.length;
  const m = A.map((row, i) => [...row, b[i]!]);
  const scale = Math.max(...A.flat().map(Math.abs), 0);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (!(Math.abs(m[p]![c]!) > scale * 1e-14)) return undefined;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const k = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= k * m[c]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let j = r + 1; j < n; j++) s -= m[r]![j]! * x[j]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * The inverse of A in decimal.js at the precision of `D`.
 *
 * @example
 * ```ts
 * inverse(decimalContext(30), [[D(2), D(0)], [D(0), D(4)]]); // [[0.5, 0], [0, 0.25]]
 * ```
 */
export function inverse(D: DecimalCtor, A: readonly (readonly Decimal[])[]): Decimal[][] | undefined {
  const n = A.length;
  const m = A.map((row, i) => [...row.map((x) => new D(x)), ...A.map((_, j) => new D(i === j ? 1 : 0))]);
  let scale = new D(0);
  for (const row of A) for (const x of row) scale = D.max(scale, x.abs());
  const tiny = scale.times(new D(10).pow(-(D.precision - 4)));
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (m[r]![c]!.abs().gt(m[p]![c]!.abs())) p = r;
    if (m[p]![c]!.abs().lte(tiny)) return undefined;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    for (let j = 0; j < 2 * n; j++) m[c]![j] = m[c]![j]!.div(pivot);
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = m[r]![c]!;
      if (k.isZero()) continue;
      for (let j = 0; j < 2 * n; j++) m[r]![j] = m[r]![j]!.minus(k.times(m[c]![j]!));
    }
  }
  return m.map((row) => row.slice(n));
}

/**
 * y = A·x in decimal.js.
 *
 * @example
 * ```ts
 * matVec(D, [[D(1), D(2)]], [D(3), D(4)]); // [11]
 * ```
 */
export function matVec(D: DecimalCtor, A: readonly (readonly Decimal[])[], x: readonly Decimal[]): Decimal[] {
  return A.map((row) => row.reduce((s, a, j) => s.plus(a.times(x[j]!)), new D(0)));
}
