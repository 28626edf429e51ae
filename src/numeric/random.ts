/**
 * Seeded, reproducible randomness (xoroshiro128+ from pure-rand): the same seed gives
 * the same points and weights on every machine. Random decimals are produced as exact
 * decimal strings.
 *
 * @module
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

type Generator = ReturnType<typeof xoroshiro128plus>;

/**
 * A seeded random source.
 *
 * @example
 * ```ts
 * const rng = new SeededRandom(1);
 * rng.decimal('-3', '3'); // e.g. '1.20853449411'
 * rng.float();            // in [0, 1)
 * ```
 */
export class SeededRandom {
  private readonly rng: Generator;
  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed | 0);
    // the first outputs of a freshly seeded xoroshiro128+ are poorly mixed: skip them
    for (let i = 0; i < 8; i++) uniformInt(this.rng, 0, 1);
  }

  /** A uniform integer in [lo, hi] (both within ±2^31). */
  int(lo: number, hi: number): number {
    return uniformInt(this.rng, lo, hi);
  }

  /** A uniform float64 in [0, 1) with 53 random bits. */
  float(): number {
    const hi = uniformInt(this.rng, 0, (1 << 26) - 1);
    const lo = uniformInt(this.rng, 0, (1 << 27) - 1);
    return (hi * 2 ** 27 + lo) / 2 ** 53;
  }

  /** A standard normal float64 (Box–Muller). */
  normal(): number {
    let u = this.float();
    while (u === 0) u = this.float();
    const w = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }

  /**
   * A uniform decimal in [lo, hi] as an exact string with `places` digits after the point.
   * lo and hi are decimal strings with at most 6 decimals.
   */
  decimal(lo: string, hi: string, places = 12): string {
    const scale = 10n ** BigInt(places);
    const toScaled = (s: string): bigint => {
      const neg = s.startsWith('-');
      const [i, f = ''] = s.replace(/^[+-]/, '').split('.');
      const v = BigInt(i || '0') * scale + BigInt((f + '0'.repeat(places)).slice(0, places) || '0');
      return neg ? -v : v;
    };
    const a = toScaled(lo);
    const b = toScaled(hi);
    // 60 random bits are plenty for 12 places on intervals up to 10^6 wide
    const r = (BigInt(this.int(0, 2 ** 30 - 1)) << 30n) | BigInt(this.int(0, 2 ** 30 - 1));
    const v = a + ((b - a) * r) / (1n << 60n);
    const neg = v < 0n;
    const abs = neg ? -v : v;
    const whole = abs / scale;
    const frac = (abs % scale).toString().padStart(places, '0').replace(/0+$/, '');
    return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
  }
}
