/**
 * Property tests of the range prover on families whose ranges are known in closed form:
 * a·z² + b·z + c has the range [c − b²/(4a), ∞), attained at z = −b/(2a); a·tanh(b·z) + c
 * (a, b > 0) has the range (c − a, c + a), approached at ∓∞. The right set is proved, a
 * set moved by 1/100 or with an end closed is refuted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proveRange } from '../../src/verify/bound.js';
import { formatRational, rational } from '../../src/verify/interval/exact.js';

const quadratic = fc.record({
  a: fc.constantFrom(1n, 2n, 4n, 5n, 8n),
  b: fc.bigInt({ min: -10n, max: 10n }),
  c: fc.bigInt({ min: -10n, max: 10n }),
});

describe('quadratics (fast-check)', () => {
  it('[c − b²/(4a) @ −b/(2a), ∞) is proved; the minimum moved by ±1/100 is refuted', () => {
    fc.assert(
      fc.property(quadratic, ({ a, b, c }) => {
        const f = `${a}*z^2 + ${b < 0n ? `(${b})` : b}*z + ${c < 0n ? `(${c})` : c}`;
        const m = rational(4n * a * c - b * b, 4n * a);
        const at = formatRational(rational(-b, 2n * a));
        const ok = proveRange(f, `[${formatRational(m)} @ ${at}, inf)`);
        expect(ok.status, `${f}: ${ok.summary}`).toBe('proved');
        const higher = proveRange(f, `[${formatRational(m)} + 1/100 @ ${at}, inf)`);
        expect(higher.status, `${f} higher: ${higher.summary}`).toBe('refuted');
        const lower = proveRange(f, `[${formatRational(m)} - 1/100, inf)`);
        expect(lower.status, `${f} lower: ${lower.summary}`).toBe('refuted');
        return true;
      }),
      { numRuns: 12 },
    );
  });
});

describe('scaled tanh (fast-check)', () => {
  it('(c − a, c + a) is proved; closing an end is refuted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: -5, max: 5 }), (a, b, c) => {
        const f = `${a}*tanh(${b}*z) + ${c < 0 ? `(${c})` : c}`;
        const ok = proveRange(f, `(${c - a}, ${c + a})`);
        expect(ok.status, `${f}: ${ok.summary} ${ok.reason ?? ''}`).toBe('proved');
        expect(proveRange(f, `[${c - a}, ${c + a})`).status).toBe('refuted');
        return true;
      }),
      { numRuns: 10 },
    );
  });
});

describe('tails without a limit', () => {
  it('sin(z) ∈ [−1, 1]: the tails, where no limit exists, are enclosed whole (sin of [L, ∞) ⊂ [−1, 1]): proved', () => {
    const v = proveRange('sin(z)', '[-1 @ -pi/2, 1 @ pi/2]');
    expect(v.status).toBe('proved');
    expect(v.summary).toMatch(/enclosed whole/);
  });

  it('z·sin(z) ∈ (−∞, ∞): true, but its tails have no limit, so that ±∞ is reached is not shown: inconclusive, never verified by points', () => {
    const v = proveRange('z*sin(z)', '(-inf, inf)');
    expect(v.status).toBe('inconclusive');
    expect(v.summary).toMatch(/not that the set is all taken: no witness that f reaches −∞/);
  });
});
