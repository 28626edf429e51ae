import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors.js';
import { compile } from '../../src/numeric/compile.js';
import { compileFast } from '../../src/numeric/engines.js';
import { samplePoints } from '../../src/numeric/sample.js';
import { parse } from '../../src/symbolic/parse.js';

describe('samplePoints', () => {
  it('draws the same points for the same seed, and only inside the domain', () => {
    const f = compileFast(parse('log(x)'));
    const a = samplePoints(f, ['x'], { count: 12, seed: 3 }).map((e) => e.x!.toString());
    const b = samplePoints(f, ['x'], { count: 12, seed: 3 }).map((e) => e.x!.toString());
    expect(a).toEqual(b);
    expect(a).toHaveLength(12);
    for (const x of a) expect(new Decimal(x).gt(0)).toBe(true);
    // the decimal.js closure keeps the same points
    expect(samplePoints(compile(parse('log(x)')), ['x'], { count: 12, seed: 3 }).map((e) => e.x!.toString())).toEqual(a);
  });

  it('tests the domain with the caller’s evaluation when one is given, and hands it the point it keeps', () => {
    const f = compileFast(parse('x'));
    const seen = new Set<object>();
    // a domain of x < 0 that f itself does not have: the callback decides alone
    const points = samplePoints(f, ['x'], {
      count: 8,
      defined: (env) => {
        if (!env.x!.isNegative()) throw new DomainError('x < 0 only');
        seen.add(env);
      },
    });
    expect(points).toHaveLength(8);
    for (const env of points) {
      expect(env.x!.isNegative()).toBe(true);
      expect(seen.has(env)).toBe(true);
    }
  });

  it('lets errors other than DomainError through', () => {
    const f = compileFast(parse('x'));
    expect(() =>
      samplePoints(f, ['x'], {
        count: 2,
        defined: () => {
          throw new RangeError('broken');
        },
      }),
    ).toThrow(RangeError);
  });
});
