import { describe, expect, it } from 'vitest';
import { erf64, erfc64 } from '../../src/nn/erf64.js';
import { evaluate } from '../../src/numeric/evaluate.js';

// Reference values: gradproof's decimal erf/erfc at 30 digits, at points k/64, which are
// exact both in binary and in decimal (so the reference is not perturbed by input rounding).
const grid = Array.from({ length: 2081 }, (_, i) => (i - 384) / 64); // −6 … 26.5

describe('erf64 and erfc64 (Cody)', () => {
  it('erf agrees with 30-digit decimal values to 1e-15 relative on [−6, 26.5]', () => {
    let worst = 0;
    for (const x of grid.filter((_, i) => i % 3 === 0)) {
      const ref = Number(evaluate('erf(x)', { x: String(x) }, { digits: 30 }).value);
      worst = Math.max(worst, ref === 0 ? Math.abs(erf64(x)) : Math.abs((erf64(x) - ref) / ref));
    }
    expect(worst).toBeLessThan(1e-15);
  });

  it('erfc keeps full relative accuracy in the right tail', () => {
    let worst = 0;
    for (const x of grid.filter((_, i) => i % 3 === 1)) {
      const ref = Number(evaluate('erfc(x)', { x: String(x) }, { digits: 30 }).value);
      worst = Math.max(worst, Math.abs((erfc64(x) - ref) / ref));
    }
    expect(worst).toBeLessThan(1e-15);
    // published: erfc(10) = 2.0884875837625447570…e-45 (Abramowitz & Stegun 7.1.26 tables; mpmath)
    expect(Math.abs(erfc64(10) / 2.088487583762545e-45 - 1)).toBeLessThan(1e-15);
  });

  it('special values and symmetry', () => {
    expect(erf64(0)).toBe(0);
    expect(erfc64(0)).toBe(1);
    expect(erf64(Number.POSITIVE_INFINITY)).toBe(1);
    expect(erf64(Number.NEGATIVE_INFINITY)).toBe(-1);
    expect(erfc64(Number.NEGATIVE_INFINITY)).toBe(2);
    expect(erfc64(30)).toBe(0); // underflows beyond 26.54
    expect(Number.isNaN(erf64(Number.NaN))).toBe(true);
    for (const x of [0.1, 0.46875, 0.5, 2, 4, 4.5]) {
      expect(erf64(-x)).toBe(-erf64(x));
      expect(erfc64(-x)).toBeCloseTo(2 - erfc64(x), 15);
    }
  });
});
