/**
 * Constants as fixed-point BigInts (value · 2^wp), each computed by binary splitting of a
 * fast series and cached at the highest precision asked for so far:
 *
 * - π by the Chudnovsky series;
 * - ln 2 = (3/4)·Σ (−1)^k (k!)² / (2^k (2k+1)!);
 * - ln 10 = 3·ln 2 + 2·atanh(1/9);
 * - e = Σ 1/k!.
 *
 * A cached value is truncated to the precision asked for, so each returned integer is
 * within 2 units of the constant · 2^wp.
 *
 * @module
 */
import { isqrt } from './float.js';

/**
 * The partial products of a hypergeometric series by binary splitting: for the range
 * [a, b), P = Π p(j), Q = Π q(j) and T with T/Q = Σ_{k=a}^{b−1} Π_{j=a}^{k} p(j)/q(j).
 * The series Σ_{k≥0} Π_{j=1}^{k} p(j)/q(j) truncated after N terms is 1 + T/Q of [1, N).
 *
 * @example
 * ```ts
 * // e ≈ Σ 1/k!, 20 terms
 * const { Q, T } = splitSeries((j) => 1n, (j) => BigInt(j), 1, 20); // e ≈ 1 + T/Q
 * ```
 */
export function splitSeries(
  p: (j: number) => bigint,
  q: (j: number) => bigint,
  a: number,
  b: number,
): { P: bigint; Q: bigint; T: bigint } {
  if (b - a <= 4) {
    // the leaves, summed directly: T/Q accumulated from the right (Horner)
    let P = p(a);
    let Q = q(a);
    let T = P;
    for (let j = a + 1; j < b; j++) {
      const pj = p(j);
      const qj = q(j);
      T = T * qj + P * pj;
      P *= pj;
      Q *= qj;
    }
    return { P, Q, T };
  }
  const m = (a + b) >> 1;
  const l = splitSeries(p, q, a, m);
  const r = splitSeries(p, q, m, b);
  return { P: l.P * r.P, Q: l.Q * r.Q, T: l.T * r.Q + l.P * r.T };
}

/** A constant cached at the highest precision computed so far (plus 64 bits). */
function cached(compute: (wp: number) => bigint): (wp: number) => bigint {
  let have = -1;
  let value = 0n;
  return (wp: number): bigint => {
    if (wp > have) {
      const target = Math.max(wp, Math.ceil(have * 1.25)) + 64;
      value = compute(target);
      have = target;
    }
    return value >> BigInt(have - wp);
  };
}

/** 640320³ / 24. */
const C3_24 = 10939058860032000n;

function computePi(wp: number): bigint {
  const terms = Math.ceil((wp * 0.30103) / 14.18) + 2;
  // Chudnovsky: π = 426880·√10005·Q / T, with the series of term ratio
  // −(6k−5)(2k−1)(6k−1) / (k³·640320³/24) and the linear factor 13591409 + 545140134k
  const split = (a: number, b: number): { P: bigint; Q: bigint; T: bigint } => {
    if (b - a === 1) {
      const k = BigInt(a);
      const P = a === 0 ? 1n : (6n * k - 5n) * (2n * k - 1n) * (6n * k - 1n);
      const Q = a === 0 ? 1n : k * k * k * C3_24;
      let T = P * (13591409n + 545140134n * k);
      if (a % 2 === 1) T = -T;
      return { P, Q, T };
    }
    const m = (a + b) >> 1;
    const l = split(a, m);
    const r = split(m, b);
    return { P: l.P * r.P, Q: l.Q * r.Q, T: r.Q * l.T + l.P * r.T };
  };
  const { Q, T } = split(0, terms);
  const W = BigInt(wp);
  const root = isqrt(10005n << (2n * W));
  return (Q * 426880n * root) / T;
}

function computeLn2(wp: number): bigint {
  const terms = Math.ceil(wp / 3) + 4;
  const { Q, T } = splitSeries(
    (j) => BigInt(-j),
    (j) => BigInt(8 * j + 4),
    1,
    terms,
  );
  return (3n * ((Q + T) << BigInt(wp))) / (4n * Q);
}

/** atanh(1/n)·2^wp for an integer n ≥ 2. */
function atanhInverse(n: number, wp: number): bigint {
  const n2 = BigInt(n * n);
  const terms = Math.ceil(wp / (2 * Math.log2(n))) + 4;
  const { Q, T } = splitSeries(
    (j) => BigInt(2 * j - 1),
    (j) => BigInt(2 * j + 1) * n2,
    1,
    terms,
  );
  return ((Q + T) << BigInt(wp)) / (BigInt(n) * Q);
}

function computeLn10(wp: number): bigint {
  return (3n * computeLn2(wp + 4) + 2n * atanhInverse(9, wp + 4)) >> 4n;
}

function computeE(wp: number): bigint {
  // N! > 2^(wp + 4)
  let terms = 2;
  for (let lg = 0; lg < wp + 8; terms++) lg += Math.log2(terms);
  const { Q, T } = splitSeries(
    () => 1n,
    (j) => BigInt(j),
    1,
    terms,
  );
  return ((Q + T) << BigInt(wp)) / Q;
}

/**
 * π · 2^wp, within 2 units.
 *
 * @example
 * ```ts
 * piFixed(10); // 3216n (π·1024 = 3216.99…)
 * ```
 */
export const piFixed = cached(computePi);

/**
 * ln 2 · 2^wp, within 2 units.
 *
 * @example
 * ```ts
 * ln2Fixed(10); // 709n
 * ```
 */
export const ln2Fixed = cached(computeLn2);

/**
 * ln 10 · 2^wp, within 2 units.
 *
 * @example
 * ```ts
 * ln10Fixed(10); // 2357n
 * ```
 */
export const ln10Fixed = cached(computeLn10);

/**
 * e · 2^wp, within 2 units.
 *
 * @example
 * ```ts
 * eFixed(10); // 2783n
 * ```
 */
export const eFixed = cached(computeE);

/**
 * 1/√π · 2^wp, within 3 units.
 *
 * @example
 * ```ts
 * invSqrtPiFixed(10); // 577n
 * ```
 */
export const invSqrtPiFixed = cached((wp) => {
  const W = BigInt(wp + 8);
  const root = isqrt(piFixed(wp + 8) << W); // √π · 2^(wp+8)
  return ((1n << (2n * W)) / root) >> 8n;
});
