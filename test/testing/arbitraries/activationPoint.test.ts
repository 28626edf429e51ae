import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardshrink, maxout, relu6, softmax, glu, tanh } from '../../../src/activations/index.js';
import { activation, activationPoint } from '../../../src/testing/arbitraries/index.js';
import { PLAIN_DECIMAL } from './plain.js';

describe('activationPoint()', () => {
  it('draws points in the domain of every activation, with its drawn parameters', () => {
    const drawn = activation().chain(({ activation: a, params }) => activationPoint(a, { params }).map((z) => ({ a, params, z })));
    fc.assert(
      fc.property(drawn, ({ a, params, z }) => {
        if (a.kind === 'scalar') {
          expect(z).toMatch(PLAIN_DECIMAL);
          expect(() => a.evaluate(z as string, { params, digits: 20 })).not.toThrow();
        } else {
          const zs = z as string[];
          for (const c of zs) expect(c).toMatch(PLAIN_DECIMAL);
          expect(() => a.checkSize(zs.length)).not.toThrow();
          expect(a.evaluateVector(zs, { params, digits: 15 })).toHaveLength(a.components(zs.length).length);
        }
      }),
      { numRuns: 200, seed: 1 },
    );
  });

  it('crowds the kinks: a third or more of the draws lie within 1e-6 of a kink, some exactly on it', () => {
    const zs = fc.sample(activationPoint(relu6), { numRuns: 400, seed: 2 }).map((z) => new Decimal(z));
    const near = zs.filter((z) => z.abs().lte('1e-6') || z.minus(6).abs().lte('1e-6'));
    expect(near.length).toBeGreaterThan(400 / 3);
    expect(zs.some((z) => z.eq(0))).toBe(true);
    expect(zs.some((z) => z.eq(6))).toBe(true);
    expect(zs.some((z) => !z.eq(6) && z.minus(6).abs().lt('1e-30'))).toBe(true);
  });

  it('follows kinks that depend on the parameters (hardshrink at ±λ)', () => {
    const zs = fc.sample(activationPoint(hardshrink, { params: { lambda: '1.375' } }), { numRuns: 300, seed: 3 });
    expect(zs).toContain('1.375');
    expect(zs).toContain('-1.375');
  });

  it('spreads the rest over [-40, 40]', () => {
    const zs = fc.sample(activationPoint(tanh), { numRuns: 300, seed: 4 }).map(Number);
    expect(Math.max(...zs.map(Math.abs))).toBeLessThanOrEqual(40);
    expect(zs.some((z) => Math.abs(z) > 10)).toBe(true);
  });

  it('gives vector activations a valid size, and ties for maxout', () => {
    for (const z of fc.sample(activationPoint(glu), { numRuns: 50, seed: 5 })) expect(z.length % 2).toBe(0);
    expect(fc.sample(activationPoint(softmax, { size: 4 }), { numRuns: 20, seed: 6 }).every((z) => z.length === 4)).toBe(true);
    const ties = fc.sample(activationPoint(maxout, { size: 3 }), { numRuns: 100, seed: 7 }).filter((z) => new Set(z).size < z.length);
    expect(ties.length).toBeGreaterThan(10);
    expect(() => activationPoint(glu, { size: 3 })).toThrow(/glu/);
  });
});
