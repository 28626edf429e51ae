/**
 * The interval arithmetic core: directed rounding, open ends, infinite ends, and the
 * containment of x op y for random decimal intervals (the exact result of x op y is
 * computed at 200 digits by decimal.js, independently of the rounding under test).
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  contains,
  div,
  formatInterval,
  type Interval,
  IntervalDomainError,
  interval,
  intervalContext,
  midpoint,
  mul,
  point,
  powInt,
  roundOut,
  sub,
} from '../../../src/verify/interval/interval.js';
import { boxWithPoints, inHull } from './containment.js';

const ctx = intervalContext(20);
const EXACT = Decimal.clone({ precision: 200 });

describe('directed rounding', () => {
  it('rounds the lower end down and the upper end up', () => {
    const third = div(ctx, point('1'), point('3'));
    expect(third.lo.toString()).toBe('0.33333333333333333333');
    expect(third.hi.toString()).toBe('0.33333333333333333334');
    const minusThird = div(ctx, point('-1'), point('3'));
    expect(formatInterval(minusThird)).toBe('[-0.33333333333333333334, -0.33333333333333333333]');
  });

  it('keeps exact results exact', () => {
    expect(formatInterval(add(ctx, point('0.1'), point('0.2')))).toBe('{0.3}');
    expect(formatInterval(div(ctx, point('1'), point('4')))).toBe('{0.25}');
    expect(formatInterval(powInt(ctx, point('1.5'), 3n))).toBe('{3.375}');
  });

  it('repairs underflow: a positive product never has an upper end of 0', () => {
    const tiny = point('1e-5000000000000000');
    const p = mul(ctx, tiny, tiny);
    expect(p.hi.gt(0)).toBe(true);
    expect(p.lo.gte(0)).toBe(true);
  });

  it('rounds a long decimal outward', () => {
    expect(formatInterval(roundOut(intervalContext(5), new Decimal('3.14159265')))).toBe('[3.1415, 3.1416]');
  });
});

describe('open and infinite ends', () => {
  it('an open end stays open through + and ×', () => {
    const pos = interval('0', '1', true);
    expect(formatInterval(add(ctx, pos, point('1')))).toBe('(1, 2]');
    expect(formatInterval(mul(ctx, pos, point('2')))).toBe('(0, 2]');
    expect(formatInterval(mul(ctx, pos, interval('0', '1')))).toBe('[0, 1]');
  });

  it('0·∞ counts as 0, and the open zero end survives', () => {
    const m = mul(ctx, interval('0', '1', true), interval('1', 'inf'));
    expect(formatInterval(m)).toBe('(0, ∞)');
    expect(formatInterval(mul(ctx, interval('0', '1'), interval('1', 'inf')))).toBe('[0, ∞)');
  });

  it('1/x over (0, 2] is [1/2, ∞) and over [1, ∞) is (0, 1]', () => {
    expect(formatInterval(div(ctx, point('1'), interval('0', '2', true)))).toBe('[0.5, ∞)');
    expect(formatInterval(div(ctx, point('1'), interval('1', 'inf')))).toBe('(0, 1]');
  });

  it('division by an interval containing 0 is refused, certainly only for [0, 0]', () => {
    const maybe = () => div(ctx, point('1'), interval('-1', '1'));
    expect(maybe).toThrow(IntervalDomainError);
    try {
      maybe();
    } catch (e) {
      expect((e as IntervalDomainError).certain).toBe(false);
    }
    try {
      div(ctx, point('1'), point('0'));
    } catch (e) {
      expect((e as IntervalDomainError).certain).toBe(true);
    }
  });

  it('even powers of an interval through 0 start at 0', () => {
    expect(formatInterval(powInt(ctx, interval('-2', '1'), 2n))).toBe('[0, 4]');
    expect(formatInterval(powInt(ctx, interval('-2', '1', false, true), 3n))).toBe('[-8, 1)');
    expect(formatInterval(powInt(ctx, interval('1', '2'), -2n))).toBe('[0.25, 1]');
    expect(() => powInt(ctx, interval('-1', '1'), 0n)).toThrow(IntervalDomainError);
  });

  it('membership respects open ends', () => {
    const a = interval('0', '1', true, false);
    expect(contains(a, new Decimal(0))).toBe(false);
    expect(contains(a, new Decimal(1))).toBe(true);
  });

  it('the midpoint is exact', () => {
    expect(midpoint(interval('1e-30', '3')).toString()).toBe('1.5000000000000000000000000000005');
    expect(midpoint(interval('-7', '7')).toString()).toBe('0');
  });
});

type Op = 'add' | 'sub' | 'mul' | 'div';
const OPS: Record<Op, (c: typeof ctx, a: Interval, b: Interval) => Interval> = { add, sub, mul, div };
const exact = (op: Op, x: string, y: string): Decimal => {
  const a = new EXACT(x);
  const b = new EXACT(y);
  return op === 'add' ? a.plus(b) : op === 'sub' ? a.minus(b) : op === 'mul' ? a.times(b) : a.div(b);
};

describe('containment of x op y at random points (fast-check)', () => {
  for (const op of ['add', 'sub', 'mul', 'div'] as const) {
    it(`${op}: the enclosure of A ${op} B contains a ${op} b for a ∈ A, b ∈ B`, () => {
      fc.assert(
        fc.property(boxWithPoints(-12, 12), boxWithPoints(-12, 12), (A, B) => {
          const ia = interval(A.lo, A.hi);
          const ib = interval(B.lo, B.hi);
          let e: Interval;
          try {
            e = OPS[op](intervalContext(12), ia, ib);
          } catch (err) {
            // only a divisor interval through 0 may be refused
            return op === 'div' && err instanceof IntervalDomainError && contains(ib, new Decimal(0));
          }
          return A.points.every((x) => B.points.every((y) => (op === 'div' && new Decimal(y).isZero()) || inHull(e, exact(op, x, y))));
        }),
        { numRuns: 300 },
      );
    });
  }
});
