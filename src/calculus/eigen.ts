/**
 * Eigenvalues of a real symmetric matrix at high precision, with a certified enclosure.
 *
 * Method: cyclic Jacobi rotations in decimal.js (Rutishauser's formulas, no trigonometric
 * function), which converge quadratically and keep small eigenvalues accurate. Nothing
 * computed is trusted as it is: from the original matrix A, the computed eigenvalues μ and
 * eigenvectors V, the residual R = AV − V·diag(μ) and the loss of orthogonality
 * E = VᵀV − I are computed at higher precision, and Kahan's theorem (Parlett, *The
 * Symmetric Eigenvalue Problem*, §11.5) gives: every μᵢ has its own eigenvalue of A within
 * ε = ‖R‖_F / √(1 − ‖E‖_F). When A itself is known only to within δ (its entries were
 * computed), Weyl's inequality adds δ = ‖A_true − A‖_F. Each eigenvalue is printed with
 * the digits its enclosure [μ − ε − δ, μ + ε + δ] certifies.
 *
 * (mathjs's BigNumber `eigs` was considered: it stops on an absolute threshold given as a
 * JS number and gives no error bound, so gradproof would have had to certify it anyway.)
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { InputError } from '../errors.js';
import { type DecimalCtor, decimalContext } from '../numeric/context.js';

/**
 * The eigen-decomposition of a symmetric matrix with its certificate.
 *
 * @example
 * ```ts
 * const e: SymmetricEigen = symmetricEigen([[D(2), D(1)], [D(1), D(2)]], D(0), 60);
 * e.values.map(String); // ['1', '3'] (to 60 digits)
 * ```
 */
export interface SymmetricEigen {
  /** Eigenvalues, ascending. */
  readonly values: readonly Decimal[];
  /** Unit eigenvectors: `vectors[i]` belongs to `values[i]`. */
  readonly vectors: readonly (readonly Decimal[])[];
  /** Each `values[i]` has a distinct eigenvalue of the true matrix within this distance. */
  readonly radius: Decimal;
  /** ‖R‖_F / √(1 − ‖E‖_F): the residual part of `radius`. */
  readonly residual: Decimal;
  /** Jacobi sweeps used. */
  readonly sweeps: number;
}

const MAX_SWEEPS = 60;

/**
 * Eigenvalues and eigenvectors of the symmetric matrix `A` (its upper triangle is used),
 * certified: see the module comment. `inputRadius` bounds ‖A_true − A‖_F.
 *
 * @example
 * ```ts
 * const D = decimalContext(60);
 * symmetricEigen([[new D(2), new D(0)], [new D(0), new D(-2)]], new D(0), 60).values.map(String); // ['-2', '2']
 * ```
 */
export function symmetricEigen(A: readonly (readonly Decimal[])[], inputRadius: Decimal, precision: number): SymmetricEigen {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) throw new InputError('the matrix must be square and non-empty');
  const D = decimalContext(precision + 10);
  if (A.every((row, i) => row.every((x, j) => i === j || x.isZero()))) {
    // a diagonal matrix: its eigenvalues are its diagonal entries, exactly
    const order = A.map((_, i) => i).sort((i, j) => A[i]![i]!.comparedTo(A[j]![j]!));
    const zero = new D(0);
    return { values: order.map((i) => A[i]![i]!), vectors: order.map((i) => A.map((_, k) => new D(k === i ? 1 : 0))), radius: inputRadius, residual: zero, sweeps: 0 };
  }
  const a: Decimal[][] = A.map((row, i) => row.map((x, j) => new D(j >= i ? x : A[j]![i]!)));
  const v: Decimal[][] = A.map((_, i) => A.map((__, j) => new D(i === j ? 1 : 0)));
  const norm = frobenius(D, a);
  const tiny = norm.times(new D(10).pow(-(precision + 8)));
  let sweeps = 0;
  for (; sweeps < MAX_SWEEPS; sweeps++) {
    let off = new D(0);
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off = off.plus(a[p]![q]!.times(a[p]![q]!));
    if (off.sqrt().lte(tiny)) break;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) rotate(D, a, v, p, q);
  }
  const order = a.map((_row, i) => i).sort((i, j) => a[i]![i]!.comparedTo(a[j]![j]!));
  const values = order.map((i) => a[i]![i]!);
  const vectors = order.map((i) => v.map((row) => row[i]!));
  const residual = certificate(A, values, vectors, precision + 20);
  return { values, vectors, radius: residual.plus(inputRadius), residual, sweeps };
}

/** One Jacobi rotation annihilating a[p][q] (Rutishauser's stable form). */
function rotate(D: DecimalCtor, a: Decimal[][], v: Decimal[][], p: number, q: number): void {
  const apq = a[p]![q]!;
  if (apq.isZero()) return;
  const n = a.length;
  const theta = a[q]![q]!.minus(a[p]![p]!).div(apq.times(2));
  const t = new D(theta.isNegative() ? -1 : 1).div(theta.abs().plus(theta.times(theta).plus(1).sqrt()));
  const c = new D(1).div(t.times(t).plus(1).sqrt());
  const s = t.times(c);
  a[p]![p] = a[p]![p]!.minus(t.times(apq));
  a[q]![q] = a[q]![q]!.plus(t.times(apq));
  a[p]![q] = new D(0);
  a[q]![p] = new D(0);
  for (let r = 0; r < n; r++) {
    if (r !== p && r !== q) {
      const arp = a[r]![p]!;
      const arq = a[r]![q]!;
      a[r]![p] = c.times(arp).minus(s.times(arq));
      a[p]![r] = a[r]![p]!;
      a[r]![q] = s.times(arp).plus(c.times(arq));
      a[q]![r] = a[r]![q]!;
    }
    const vrp = v[r]![p]!;
    const vrq = v[r]![q]!;
    v[r]![p] = c.times(vrp).minus(s.times(vrq));
    v[r]![q] = s.times(vrp).plus(c.times(vrq));
  }
}

function frobenius(D: DecimalCtor, m: readonly (readonly Decimal[])[]): Decimal {
  let s = new D(0);
  for (const row of m) for (const x of row) s = s.plus(x.times(x));
  return s.sqrt();
}

/**
 * ε = ‖AV − V·diag(μ)‖_F / √(1 − ‖VᵀV − I‖_F), rounded up, with an allowance for the
 * rounding of its own computation (Kahan's theorem for a non-orthonormal V).
 */
function certificate(A: readonly (readonly Decimal[])[], mu: readonly Decimal[], vectors: readonly (readonly Decimal[])[], precision: number): Decimal {
  const D = decimalContext(precision);
  const n = A.length;
  const sym = (i: number, j: number): Decimal => new D(j >= i ? A[i]![j]! : A[j]![i]!);
  let r2 = new D(0);
  let e2 = new D(0);
  let scale = new D(0);
  for (let k = 0; k < n; k++) {
    const x = vectors[k]!;
    for (let i = 0; i < n; i++) {
      let s = new D(0);
      for (let j = 0; j < n; j++) s = s.plus(sym(i, j).times(x[j]!));
      const ri = s.minus(mu[k]!.times(x[i]!));
      r2 = r2.plus(ri.times(ri));
      scale = D.max(scale, s.abs(), mu[k]!.abs());
    }
    for (let l = 0; l < n; l++) {
      let dot = new D(0);
      for (let i = 0; i < n; i++) dot = dot.plus(x[i]!.times(vectors[l]![i]!));
      const eij = k === l ? dot.minus(1) : dot;
      e2 = e2.plus(eij.times(eij));
    }
  }
  // each computed entry of R and E carries at most ~(n + 2) roundings of relative size 10^(1−p)
  const ulp = new D(10).pow(1 - precision).times(n + 2);
  const rNorm = r2.sqrt().plus(ulp.times(scale.plus(1)).times(n));
  const eNorm = e2.sqrt().plus(ulp.times(n));
  if (eNorm.gte(1)) return new D(Number.POSITIVE_INFINITY);
  return rNorm.div(new D(1).minus(eNorm).sqrt()).times(new D(1).plus(ulp));
}
