/**
 * Exact polynomials in several variables with rational coefficients, truncated at a total
 * degree: what the higher-order classification of a degenerate critical point computes
 * with (Taylor polynomials, a linear change of variables, a power series substituted).
 * Coefficients are BigInt fractions, so a coefficient is 0 or not with certainty.
 *
 * @module
 */
import { type Rational, rational } from '../verify/interval/exact.js';

export type { Rational } from '../verify/interval/exact.js';

/**
 * n/d in lowest terms, d > 0 (`rational` of `verify/interval/exact`).
 *
 * @example
 * ```ts
 * q(2n, -4n); // { n: -1n, d: 2n }
 * ```
 */
export const q: (n: bigint, d?: bigint) => Rational = rational;

/** Rational arithmetic. */
export const Q = {
  zero: q(0n),
  one: q(1n),
  add: (a: Rational, b: Rational): Rational => q(a.n * b.d + b.n * a.d, a.d * b.d),
  sub: (a: Rational, b: Rational): Rational => q(a.n * b.d - b.n * a.d, a.d * b.d),
  mul: (a: Rational, b: Rational): Rational => q(a.n * b.n, a.d * b.d),
  div: (a: Rational, b: Rational): Rational => q(a.n * b.d, a.d * b.n),
  neg: (a: Rational): Rational => ({ n: -a.n, d: a.d }),
  isZero: (a: Rational): boolean => a.n === 0n,
  sign: (a: Rational): -1 | 0 | 1 => (a.n < 0n ? -1 : a.n > 0n ? 1 : 0),
  text: (a: Rational): string => (a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`),
};

/**
 * A polynomial: exponent vectors (as `2,0,1`) to non-zero coefficients, in `n` variables.
 *
 * @example
 * ```ts
 * const p: Poly = { n: 2, terms: new Map([['2,0', q(1n)], ['0,2', q(-1n)]]) }; // x² − y²
 * ```
 */
export interface Poly {
  readonly n: number;
  readonly terms: ReadonlyMap<string, Rational>;
}

const key = (e: readonly number[]): string => e.join(',');
const exps = (k: string): number[] => k.split(',').map(Number);
const degreeOf = (k: string): number => exps(k).reduce((s, x) => s + x, 0);

/**
 * A polynomial from [exponents, coefficient] pairs (zero coefficients dropped, equal exponents summed).
 *
 * @example
 * ```ts
 * poly(2, [[[1, 0], q(3n)]]); // 3x
 * ```
 */
export function poly(n: number, terms: readonly (readonly [readonly number[], Rational])[]): Poly {
  const m = new Map<string, Rational>();
  for (const [e, c] of terms) {
    const k = key(e);
    const s = Q.add(m.get(k) ?? Q.zero, c);
    if (Q.isZero(s)) m.delete(k);
    else m.set(k, s);
  }
  return { n, terms: m };
}

/**
 * p + q.
 *
 * @example
 * ```ts
 * add(variable(2, 0), variable(2, 1)); // x + y
 * ```
 */
export function add(a: Poly, b: Poly): Poly {
  return poly(a.n, [...[...a.terms].map(([k, c]) => [exps(k), c] as const), ...[...b.terms].map(([k, c]) => [exps(k), c] as const)]);
}

/**
 * c·p.
 *
 * @example
 * ```ts
 * scale(variable(1, 0), q(1n, 2n)); // x/2
 * ```
 */
export function scale(p: Poly, c: Rational): Poly {
  return poly(
    p.n,
    [...p.terms].map(([k, x]) => [exps(k), Q.mul(x, c)] as const),
  );
}

/**
 * p·q, without the terms above total degree `max`.
 *
 * @example
 * ```ts
 * mul(variable(1, 0), variable(1, 0), 1); // 0 (x² is cut)
 * ```
 */
export function mul(a: Poly, b: Poly, max: number): Poly {
  const out: [number[], Rational][] = [];
  for (const [ka, ca] of a.terms) {
    const ea = exps(ka);
    const da = degreeOf(ka);
    for (const [kb, cb] of b.terms) {
      if (da + degreeOf(kb) > max) continue;
      out.push([ea.map((x, i) => x + exps(kb)[i]!), Q.mul(ca, cb)]);
    }
  }
  return poly(a.n, out);
}

/**
 * The variable xᵢ among n.
 *
 * @example
 * ```ts
 * variable(3, 1); // y among (x, y, z)
 * ```
 */
export function variable(n: number, i: number): Poly {
  return poly(n, [[Array.from({ length: n }, (_, j) => (j === i ? 1 : 0)), Q.one]]);
}

/**
 * The constant c among n variables.
 *
 * @example
 * ```ts
 * constant(2, q(5n)); // 5
 * ```
 */
export function constant(n: number, c: Rational): Poly {
  return poly(n, [[Array<number>(n).fill(0), c]]);
}

/**
 * ∂p/∂xᵢ.
 *
 * @example
 * ```ts
 * derivative(poly(1, [[[3], q(1n)]]), 0); // 3x²
 * ```
 */
export function derivative(p: Poly, i: number): Poly {
  const out: [number[], Rational][] = [];
  for (const [k, c] of p.terms) {
    const e = exps(k);
    if (e[i] === 0) continue;
    out.push([e.map((x, j) => (j === i ? x - 1 : x)), Q.mul(c, q(BigInt(e[i]!)))]);
  }
  return poly(p.n, out);
}

/**
 * p with xᵢ replaced by images[i] (polynomials in m variables), without the terms above
 * total degree `max`.
 *
 * @example
 * ```ts
 * substitute(poly(1, [[[2], q(1n)]]), [add(variable(2, 0), variable(2, 1))], 2); // x² + 2xy + y²
 * ```
 */
export function substitute(p: Poly, images: readonly Poly[], max: number): Poly {
  const m = images[0]?.n ?? 0;
  let out = poly(m, []);
  const powers = images.map((x) => [constant(m, Q.one), x]);
  const power = (i: number, k: number): Poly => {
    const list = powers[i]!;
    while (list.length <= k) list.push(mul(list[list.length - 1]!, images[i]!, max));
    return list[k]!;
  };
  for (const [k, c] of p.terms) {
    let term = constant(m, c);
    exps(k).forEach((e, i) => {
      if (e > 0) term = mul(term, power(i, e), max);
    });
    out = add(out, term);
  }
  return out;
}

/**
 * The part of p of total degree d.
 *
 * @example
 * ```ts
 * homogeneous(poly(1, [[[1], q(1n)], [[2], q(1n)]]), 2); // x²
 * ```
 */
export function homogeneous(p: Poly, d: number): Poly {
  return { n: p.n, terms: new Map([...p.terms].filter(([k]) => degreeOf(k) === d)) };
}

/**
 * The terms of p as [exponents, coefficient] pairs, in a fixed order (by exponents, descending).
 *
 * @example
 * ```ts
 * termsOf(poly(2, [[[0, 2], q(1n)], [[2, 0], q(1n)]])); // [[[2, 0], 1], [[0, 2], 1]]
 * ```
 */
export function termsOf(p: Poly): [number[], Rational][] {
  return [...p.terms]
    .map(([k, c]): [number[], Rational] => [exps(k), c])
    .sort((a, b) => {
      for (let i = 0; i < a[0].length; i++) if (a[0][i] !== b[0][i]) return b[0][i]! - a[0][i]!;
      return 0;
    });
}

/**
 * p at a rational point, exactly.
 *
 * @example
 * ```ts
 * evaluateAt(poly(2, [[[1, 1], q(2n)]]), [q(3n), q(1n, 2n)]); // 3
 * ```
 */
export function evaluateAt(p: Poly, x: readonly Rational[]): Rational {
  let s = Q.zero;
  for (const [k, c] of p.terms) {
    let t = c;
    exps(k).forEach((e, i) => {
      for (let j = 0; j < e; j++) t = Q.mul(t, x[i]!);
    });
    s = Q.add(s, t);
  }
  return s;
}

/**
 * p as text in the named variables: `x^4 - 3/2*x*y^2`.
 *
 * @example
 * ```ts
 * polyText(poly(2, [[[2, 0], q(1n)], [[0, 2], q(-1n)]]), ['x', 'y']); // 'x^2 - y^2'
 * ```
 */
export function polyText(p: Poly, names: readonly string[]): string {
  const parts = termsOf(p).map(([e, c], i) => {
    const monomial = e
      .map((k, j) => (k ? `${names[j]}${k > 1 ? `^${k}` : ''}` : ''))
      .filter(Boolean)
      .join('*');
    const size = Q.text({ n: c.n < 0n ? -c.n : c.n, d: c.d });
    const body = monomial ? (size === '1' ? monomial : `${size}*${monomial}`) : size;
    return i === 0 ? `${c.n < 0n ? '-' : ''}${body}` : `${c.n < 0n ? ' - ' : ' + '}${body}`;
  });
  return parts.join('') || '0';
}
