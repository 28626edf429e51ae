/**
 * A degenerate critical point reduced to the null space of its Hessian (the splitting
 * lemma of Gromoll and Meyer, 1969, in its finite-order form): with H singular, write
 * h = R·u + N·v, the columns of N a basis of ker H and those of R a basis of its range.
 * There ½·uᵀ(RᵀHR)·u is non-degenerate, so ∂f/∂u = 0 defines u = φ(v) with φ = O(|v|²)
 * (the implicit function theorem), and f(x* + h) has a strict minimum at 0 exactly when
 * RᵀHR > 0 and g(v) = f(x* + R·φ(v) + N·v) has one (similarly for a maximum); where RᵀHR
 * is definite and g takes the opposite sign, the point is a saddle.
 *
 * Everything is exact: the Taylor polynomial P of f at a rational point (coefficients
 * ∂ᵅf(x*)/α! evaluated as fractions), the bases, the power series φ (by the fixed point
 * u = −(RᵀHR)⁻¹·∂(P − P₂)/∂u, each round exact to one more order) and g, all truncated at
 * the order of the Taylor polynomial, which leaves every term of g up to that order exact:
 * a term of degree d in (u, v) only reaches degrees ≥ d in v, since φ = O(|v|²).
 *
 * @module
 */
import { add, derivative, homogeneous, type Poly, poly, Q, type Rational, scale, substitute, variable } from './polynomial.js';

/**
 * The result of {@link reduceToNullSpace}.
 *
 * @example
 * ```ts
 * const r: Reduction = reduceToNullSpace(P, H, 4)!; // Peano's (y − x²)(y − 2x²) at 0
 * r.nullBasis; // [[1, 0]]
 * r.sign;      // 1 (RᵀHR = 2 > 0)
 * ```
 */
export interface Reduction {
  /** A basis of ker H (each vector in the original coordinates). */
  readonly nullBasis: readonly (readonly Rational[])[];
  /** The sign of the non-degenerate part RᵀHR: 1 (positive definite), −1 (negative definite), 0 (indefinite), undefined when H = 0. */
  readonly sign: 1 | -1 | 0 | undefined;
  /** g(v) up to the order given, in the k variables of the null space. */
  readonly reduced: Poly;
}

type Matrix = Rational[][];

/** The reduced row echelon form of M and its pivot columns. */
function echelon(M: readonly (readonly Rational[])[]): { R: Matrix; pivots: number[] } {
  const R = M.map((row) => [...row]);
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < (R[0]?.length ?? 0) && r < R.length; c++) {
    const p = R.findIndex((row, i) => i >= r && !Q.isZero(row[c]!));
    if (p < 0) continue;
    [R[r], R[p]] = [R[p]!, R[r]!];
    const pivot = R[r]![c]!;
    R[r] = R[r]!.map((x) => Q.div(x, pivot));
    for (let i = 0; i < R.length; i++) {
      if (i === r || Q.isZero(R[i]![c]!)) continue;
      const k = R[i]![c]!;
      R[i] = R[i]!.map((x, j) => Q.sub(x, Q.mul(k, R[r]![j]!)));
    }
    pivots.push(c);
    r++;
  }
  return { R, pivots };
}

/** A basis of the null space of M (from its echelon form), and the pivot columns. */
function nullSpace(M: readonly (readonly Rational[])[]): { basis: Rational[][]; pivots: number[] } {
  const n = M[0]!.length;
  const { R, pivots } = echelon(M);
  const free = Array.from({ length: n }, (_, j) => j).filter((j) => !pivots.includes(j));
  const basis = free.map((f) => {
    const v = Array.from({ length: n }, (_, j) => (j === f ? Q.one : Q.zero));
    pivots.forEach((p, i) => {
      v[p] = Q.neg(R[i]![f]!);
    });
    return v;
  });
  return { basis, pivots };
}

function inverse(M: readonly (readonly Rational[])[]): Matrix {
  const n = M.length;
  const { R } = echelon(M.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? Q.one : Q.zero))]));
  return R.map((row) => row.slice(n));
}

function determinant(M: readonly (readonly Rational[])[]): Rational {
  const A = M.map((row) => [...row]);
  let det = Q.one;
  for (let c = 0; c < A.length; c++) {
    const p = A.findIndex((row, i) => i >= c && !Q.isZero(row[c]!));
    if (p < 0) return Q.zero;
    if (p !== c) {
      [A[c], A[p]] = [A[p]!, A[c]!];
      det = Q.neg(det);
    }
    det = Q.mul(det, A[c]![c]!);
    for (let i = c + 1; i < A.length; i++) {
      const k = Q.div(A[i]![c]!, A[c]![c]!);
      A[i] = A[i]!.map((x, j) => Q.sub(x, Q.mul(k, A[c]![j]!)));
    }
  }
  return det;
}

/**
 * Sylvester's criterion on a non-singular symmetric matrix: 1 positive definite, −1
 * negative definite, 0 otherwise (indefinite).
 *
 * @example
 * ```ts
 * definiteness([[q(2n), q(1n)], [q(1n), q(2n)]]); // 1
 * ```
 */
export function definiteness(A: readonly (readonly Rational[])[]): 1 | -1 | 0 {
  const minors = A.map((_, k) => Q.sign(determinant(A.slice(0, k + 1).map((row) => row.slice(0, k + 1)))));
  if (minors.every((s) => s > 0)) return 1;
  if (minors.every((s, k) => s === (k % 2 === 0 ? -1 : 1))) return -1;
  return 0;
}

/**
 * Reduces the Taylor polynomial `P` (in the n coordinates h = x − x*, no terms of degree
 * below 2, exact up to total degree `order`) with Hessian `H` to the null space of H; see
 * the module comment. Undefined when H is not singular.
 *
 * @example
 * ```ts
 * // Peano: (y − x²)(y − 2x²) = y² − 3x²y + 2x⁴, H = [[0, 0], [0, 2]]
 * polyText(reduceToNullSpace(P, H, 4)!.reduced, ['t']); // '-1/4*t^4'
 * ```
 */
export function reduceToNullSpace(P: Poly, H: readonly (readonly Rational[])[], order: number): Reduction | undefined {
  const n = H.length;
  const { basis: N, pivots } = nullSpace(H);
  const k = N.length;
  if (k === 0) return undefined;
  // the range of the symmetric H is spanned by its pivot columns
  const R = pivots.map((c) => H.map((row) => row[c]!));
  const r = R.length;
  // h = R·u + N·v: coordinates w = (u₁ … u_r, v₁ … v_k)
  const images = Array.from({ length: n }, (_, i) => {
    let h = poly(n, []);
    R.forEach((col, a) => {
      h = add(h, scale(variable(n, a), col[i]!));
    });
    N.forEach((vec, b) => {
      h = add(h, scale(variable(n, r + b), vec[i]!));
    });
    return h;
  });
  const Pw = substitute(P, images, order);
  if (r === 0) return { nullBasis: N, sign: undefined, reduced: Pw };
  // A = RᵀHR, the non-degenerate quadratic part ½uᵀAu
  const A = R.map((ca) => R.map((cb) => ca.reduce((s, x, i) => Q.add(s, Q.mul(x, H[i]!.reduce((t, h, j) => Q.add(t, Q.mul(h, cb[j]!)), Q.zero))), Q.zero)));
  const Ainv = inverse(A);
  // ∂P/∂uₐ without its linear part (A·u)ₐ
  const higher = Array.from({ length: r }, (_, a) => {
    let d = derivative(Pw, a);
    d = add(d, scale(homogeneous(d, 1), Q.neg(Q.one)));
    return d;
  });
  // u = φ(v) by the fixed point u = −A⁻¹·higher(u, v); polynomials in the k variables v
  const vs = Array.from({ length: k }, (_, b) => variable(k, b));
  let phi = Array.from({ length: r }, () => poly(k, []));
  for (let round = 0; round < order; round++) {
    const at = [...phi, ...vs];
    const rest = higher.map((d) => substitute(d, at, order - 1));
    phi = Ainv.map((row) => row.reduce((s, c, b) => add(s, scale(rest[b]!, Q.neg(c))), poly(k, [])));
  }
  const reduced = substitute(Pw, [...phi, ...vs], order);
  return { nullBasis: N, sign: definiteness(A), reduced };
}
