/**
 * The BigInt engine's floating-point core: every operation is compared with a rounding
 * written here independently (exact rational arithmetic on BigInts, the definition of
 * each rounding mode), and the conversions with decimal.js's own exact arithmetic.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDecimal, toDecimal } from '../../../src/numeric/mp/convert.js';
import {
  add,
  type BigFloat,
  bitLength,
  cbrt,
  cmp,
  div,
  icbrt,
  isqrt,
  make,
  mul,
  type Rounding,
  sqrt,
  sub,
} from '../../../src/numeric/mp/float.js';

const MODES: Rounding[] = ['nearest', 'down', 'up', 'zero'];

/** The correctly rounded n/d (d > 0) at prec bits, by the definition of each mode. */
function reference(n: bigint, d: bigint, prec: number, mode: Rounding): BigFloat {
  if (n === 0n) return make(0n, 0);
  const neg = n < 0n;
  const a = neg ? -n : n;
  // e with 2^(prec−1) ≤ a/(d·2^e) < 2^prec
  let e = bitLength(a) - bitLength(d) - prec;
  const scaled = (k: number): [bigint, bigint] => (k >= 0 ? [a, d << BigInt(k)] : [a << BigInt(-k), d]);
  for (;;) {
    const [num, den] = scaled(e);
    if (num < den << BigInt(prec - 1)) e -= 1;
    else if (num >= den << BigInt(prec)) e += 1;
    else break;
  }
  const [num, den] = scaled(e);
  let q = num / den;
  const r = num - q * den;
  let up = false;
  if (r !== 0n) {
    if (mode === 'nearest') up = 2n * r > den || (2n * r === den && (q & 1n) === 1n);
    else if (mode === 'up') up = !neg;
    else if (mode === 'down') up = neg;
  }
  if (up) q += 1n;
  return make(neg ? -q : q, e);
}

const same = (a: BigFloat, b: BigFloat): boolean => cmp(a, b) === 0;
const bigints = fc.bigInt({ min: -(1n << 400n), max: 1n << 400n });
const floats = fc.tuple(bigints, fc.integer({ min: -600, max: 600 })).map(([m, e]) => make(m, e));
const precs = fc.integer({ min: 1, max: 300 });
const modes = fc.constantFrom(...MODES);

/** x as an exact rational n/d. */
function rational(x: BigFloat): [bigint, bigint] {
  return x.exp >= 0 ? [x.man << BigInt(x.exp), 1n] : [x.man, 1n << BigInt(-x.exp)];
}

describe('integer helpers', () => {
  it('bitLength', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 1n << 5000n }), (n) => {
        const b = bitLength(n);
        return n >= 1n << BigInt(b - 1) && n < 1n << BigInt(b);
      }),
    );
    expect(bitLength(0n)).toBe(0);
  });
  it('isqrt and icbrt are floors of the roots', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 6000n }), (n) => {
        const r = isqrt(n);
        const c = icbrt(n);
        return r * r <= n && (r + 1n) * (r + 1n) > n && c * c * c <= n && (c + 1n) ** 3n > n;
      }),
      { numRuns: 300 },
    );
  });
});

describe('arithmetic is correctly rounded in every mode', () => {
  it('add, sub, mul', () => {
    fc.assert(
      fc.property(floats, floats, precs, modes, (a, b, p, m) => {
        const [an, ad] = rational(a);
        const [bn, bd] = rational(b);
        return (
          same(add(a, b, p, m), reference(an * bd + bn * ad, ad * bd, p, m)) &&
          same(sub(a, b, p, m), reference(an * bd - bn * ad, ad * bd, p, m)) &&
          same(mul(a, b, p, m), reference(an * bn, ad * bd, p, m))
        );
      }),
      { numRuns: 2000 },
    );
  });
  it('add with far-apart exponents (the sticky shortcut)', () => {
    fc.assert(
      fc.property(floats, fc.integer({ min: 500, max: 5000 }), precs, modes, (a, gap, p, m) => {
        const b = make(a.man === 0n ? 1n : -a.man, a.exp - gap);
        const [an, ad] = rational(a);
        const [bn, bd] = rational(b);
        return same(add(a, b, p, m), reference(an * bd + bn * ad, ad * bd, p, m));
      }),
      { numRuns: 500 },
    );
  });
  it('div', () => {
    fc.assert(
      fc.property(floats, floats, precs, modes, (a, b, p, m) => {
        if (b.man === 0n) return true;
        const [an, ad] = rational(a);
        const [bn, bd] = rational(b);
        const n = an * bd;
        const d = ad * bn;
        return same(div(a, b, p, m), reference(d < 0n ? -n : n, d < 0n ? -d : d, p, m));
      }),
      { numRuns: 2000 },
    );
  });
  it('sqrt and cbrt bracket the root by one unit in the direction of the mode', () => {
    fc.assert(
      fc.property(floats, precs, (x, p) => {
        const a = x.man < 0n ? make(-x.man, x.exp) : x;
        if (a.man === 0n) return true;
        const lo = sqrt(a, p, 'down');
        const hi = sqrt(a, p, 'up');
        const loC = cbrt(x, p, 'down');
        const hiC = cbrt(x, p, 'up');
        // lo² ≤ a ≤ hi², and lo = hi exactly when the root is representable
        const okS = cmp(mul(lo, lo), a) <= 0 && cmp(mul(hi, hi), a) >= 0 && (same(lo, hi) ? same(mul(lo, lo), a) : true);
        const okC = cmp(mul(mul(loC, loC), loC), x) <= 0 && cmp(mul(mul(hiC, hiC), hiC), x) >= 0;
        const n = sqrt(a, p, 'nearest');
        return okS && okC && (same(n, lo) || same(n, hi));
      }),
      { numRuns: 1000 },
    );
  });
  it('rounding to nearest breaks ties to even', () => {
    expect(same(add(make(1n, 0), make(1n, -3), 3, 'nearest'), make(1n, 0))).toBe(true); // 1.001₂ → 1.00
    expect(same(add(make(3n, -1), make(1n, -3), 3, 'nearest'), make(3n, -1))).toBe(true); // 1.101₂ → 1.10
    expect(same(add(make(5n, -2), make(1n, -3), 3, 'nearest'), make(3n, -1))).toBe(true); // 1.011₂ → 1.10
  });
});

describe('conversions', () => {
  const HP = Decimal.clone({ precision: 3000, toExpNeg: -9e15, toExpPos: 9e15 });
  const DECIMAL_MODE = { nearest: Decimal.ROUND_HALF_EVEN, down: Decimal.ROUND_FLOOR, up: Decimal.ROUND_CEIL, zero: Decimal.ROUND_DOWN } as const;
  it('toDecimal rounds the exact binary value like decimal.js does', () => {
    fc.assert(
      fc.property(floats, fc.integer({ min: 1, max: 120 }), modes, (x, digits, m) => {
        if (x.man === 0n) return toDecimal(x, digits, m).isZero();
        const exact = new HP(x.man.toString()).times(new HP(2).pow(x.exp));
        const want = exact.toSignificantDigits(digits, DECIMAL_MODE[m]);
        return toDecimal(x, digits, m).eq(want);
      }),
      { numRuns: 1500 },
    );
  });
  it('fromDecimal rounds the exact decimal value correctly', () => {
    fc.assert(
      fc.property(bigints, fc.integer({ min: -300, max: 300 }), precs, modes, (int, e10, p, m) => {
        const d = new Decimal(`${int.toString()}e${e10}`);
        const n = e10 >= 0 ? int * 10n ** BigInt(e10) : int;
        const den = e10 >= 0 ? 1n : 10n ** BigInt(-e10);
        return same(fromDecimal(d, p, m), reference(n, den, p, m));
      }),
      { numRuns: 1500 },
    );
  });
  it('a decimal survives the round trip through enough bits', () => {
    fc.assert(
      fc.property(bigints, fc.integer({ min: -300, max: 300 }), (int, e10) => {
        const d = new Decimal(`${int.toString()}e${e10}`);
        const digits = Math.max(1, d.sd());
        return toDecimal(fromDecimal(d, Math.ceil(digits * 3.33) + 8), digits).eq(d);
      }),
      { numRuns: 1500 },
    );
  });
  it('huge binary exponents convert without forming 5^|exp| (within one unit)', () => {
    // 2^−1000000 = 1.0101…e−301030 (mpmath: mp.dps=40; mp.nstr(mpf(2)**-1000000, 25))
    const x = make(1n, -1000000);
    expect(toDecimal(x, 25).toExponential(24)).toBe('1.010034059198030224703197e-301030');
    const lo = toDecimal(x, 25, 'down');
    const hi = toDecimal(x, 25, 'up');
    expect(lo.lte(hi)).toBe(true);
    expect(hi.minus(lo).lte(new Decimal('1e-301054'))).toBe(true);
  });
});
