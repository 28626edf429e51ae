/**
 * The interval extension of every known function, checked against point evaluations
 * (numeric/evaluate at 40 guaranteed digits) at random points of random boxes, and the
 * containment check itself shown to catch deliberately wrong enclosures.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REAL_FUNCTIONS } from '../../../src/numeric/elementary.js';
import { evaluate } from '../../../src/numeric/evaluate.js';
import { FUNCTION_ARITY } from '../../../src/symbolic/functions.js';
import { evaluateInterval } from '../../../src/verify/interval/evaluate.js';
import { applyFunction, INTERVAL_FUNCTIONS, pointValue } from '../../../src/verify/interval/functions.js';
import { formatInterval, hull, type Interval, IntervalDomainError, interval, intervalContext, point } from '../../../src/verify/interval/interval.js';
import { containmentViolation } from './containment.js';

const ctx = intervalContext(20);

/** Where each function is sampled, and whether it may refuse a box (a pole may lie inside). */
const SAMPLING: Record<string, { domains: [string, string][]; poles?: boolean }> = {
  sqrt: { domains: [['0', '100']] },
  cbrt: { domains: [['-50', '50']] },
  exp: { domains: [['-60', '60']] },
  log: { domains: [['0.0001', '1000']] },
  log10: { domains: [['0.0001', '1000']] },
  abs: { domains: [['-10', '10']] },
  sign: { domains: [['-10', '10']] },
  sin: { domains: [['-20', '20']] },
  cos: { domains: [['-20', '20']] },
  tan: { domains: [['-4', '4']], poles: true },
  sec: { domains: [['-4', '4']], poles: true },
  csc: { domains: [['-4', '4']], poles: true },
  cot: { domains: [['-4', '4']], poles: true },
  asin: { domains: [['-1', '1']] },
  acos: { domains: [['-1', '1']] },
  atan: { domains: [['-50', '50']] },
  asec: { domains: [['1', '60'], ['-60', '-1']] },
  acsc: { domains: [['1', '60'], ['-60', '-1']] },
  acot: { domains: [['-10', '10']] },
  sinh: { domains: [['-30', '30']] },
  cosh: { domains: [['-30', '30']] },
  tanh: { domains: [['-30', '30']] },
  sech: { domains: [['-30', '30']] },
  csch: { domains: [['0.001', '30'], ['-30', '-0.001']] },
  coth: { domains: [['0.001', '30'], ['-30', '-0.001']] },
  asinh: { domains: [['-100', '100']] },
  acosh: { domains: [['1', '100']] },
  atanh: { domains: [['-0.999', '0.999']] },
  asech: { domains: [['0.001', '1']] },
  acsch: { domains: [['0.001', '50'], ['-50', '-0.001']] },
  acoth: { domains: [['1.001', '50'], ['-50', '-1.001']] },
  erf: { domains: [['-10', '10']] },
  erfc: { domains: [['-10', '30']] },
  min: { domains: [['-10', '10']] },
  max: { domains: [['-10', '10']] },
};

/** A box inside [dlo, dhi] of random position and width (from 1e-12 of the domain to all of it), with points in it. */
const boxIn = (dlo: string, dhi: string) =>
  fc.tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 5 })).map(([t, k, m, ts]) => {
    const X = Decimal.clone({ precision: 100 }); // exact: points must lie in the box
    const D = new X(dhi).minus(dlo);
    const lo = new X(dlo).plus(D.times(t).div(10000));
    const w = X.min(D.times(m).div(new X(10).pow(k)), new X(dhi).minus(lo));
    const hi = lo.plus(w);
    return { lo: lo.toString(), hi: hi.toString(), points: [lo.toString(), hi.toString(), ...ts.map((s) => lo.plus(w.times(s).div(1000)).toString())] };
  });

describe('every function of the parser has an interval extension', () => {
  it('INTERVAL_FUNCTIONS is exactly FUNCTION_ARITY', () => {
    expect([...INTERVAL_FUNCTIONS].sort()).toEqual(Object.keys(FUNCTION_ARITY).sort());
    expect(Object.keys(SAMPLING).sort()).toEqual(Object.keys(FUNCTION_ARITY).sort());
  });
});

describe('containment at random points of random boxes (fast-check)', () => {
  for (const [name, spec] of Object.entries(SAMPLING)) {
    it(`${name}`, () => {
      const variadic = name === 'min' || name === 'max';
      const expr = variadic ? `${name}(x, 1 - x/2, x^2 - 3)` : `${name}(x)`;
      const arb = fc.oneof(...spec.domains.map(([a, b]) => boxIn(a, b)));
      fc.assert(
        fc.property(arb, (box) => {
          let e: Interval;
          try {
            e = evaluateInterval(expr, { x: interval(box.lo, box.hi) }, { digits: 20 });
          } catch (err) {
            return spec.poles === true && err instanceof IntervalDomainError && !err.certain;
          }
          const miss = containmentViolation(expr, 'x', e, box.points);
          if (miss) throw new Error(`${expr} over [${box.lo}, ${box.hi}] = ${formatInterval(e)} misses ${miss.value} at x = ${miss.at}`);
          return true;
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('open ends are strict (fast-check)', () => {
  for (const [name, spec] of Object.entries(SAMPLING)) {
    if (name === 'min' || name === 'max') continue;
    it(`${name}: where the enclosure of an interval with open ends says "open", the values are strictly inside`, () => {
      const arb = fc.tuple(fc.oneof(...spec.domains.map(([a, b]) => boxIn(a, b))), fc.boolean(), fc.boolean());
      fc.assert(
        fc.property(arb, ([box, loOpen, hiOpen]) => {
          if (box.lo === box.hi) return true;
          const X = interval(box.lo, box.hi, loOpen, hiOpen);
          let e: Interval;
          try {
            e = evaluateInterval(`${name}(x)`, { x: X }, { digits: 20 });
          } catch (err) {
            return err instanceof IntervalDomainError;
          }
          const inside = box.points.filter((p) => (loOpen ? new Decimal(p).gt(box.lo) : true) && (hiOpen ? new Decimal(p).lt(box.hi) : true));
          for (const at of inside) {
            let v: Decimal;
            try {
              v = evaluate(`${name}(x)`, { x: at }, { digits: 40 }).decimal;
              // 40 digits may round erf(−10) = −1 + 2.1e−45 to −1: look closer before blaming the enclosure
              if (v.eq(e.lo) || v.eq(e.hi)) v = evaluate(`${name}(x)`, { x: at }, { digits: 400 }).decimal;
            } catch {
              continue;
            }
            if (e.loOpen && !v.gt(e.lo)) throw new Error(`${name} over ${formatInterval(X)} = ${formatInterval(e)}: ${v} at ${at} is not > ${e.lo}`);
            if (e.hiOpen && !v.lt(e.hi)) throw new Error(`${name} over ${formatInterval(X)} = ${formatInterval(e)}: ${v} at ${at} is not < ${e.hi}`);
          }
          return true;
        }),
        { numRuns: 40 },
      );
    });
  }
});

describe('open ends, limits and extrema', () => {
  const show = (expr: string, x: Interval, digits = 8) => formatInterval(evaluateInterval(expr, { x }, { digits: 20 }), digits);

  it('tanh(100) is enclosed below 1, never reaching it', () => {
    const e = evaluateInterval('tanh(x)', { x: '100' }, { digits: 20 });
    expect(e.hi.eq(1) && e.hiOpen).toBe(true);
    expect(show('tanh(x)', interval('0', 'inf'))).toBe('[0, 1)');
  });

  it('limits at infinite and open ends', () => {
    expect(show('e^x', interval('-inf', '0'))).toBe('(0, 1]');
    expect(show('log(x)', interval('0', '1', true))).toBe('(−∞, 0]');
    expect(show('erfc(x)', interval('-inf', 'inf'))).toBe('(0, 2)');
    expect(show('atan(x)', interval('0', 'inf'))).toBe('[0, 1.5707964)');
    expect(show('sech(x)', interval('-inf', 'inf'))).toBe('(0, 1]');
    expect(show('coth(x)', interval('0', 'inf', true))).toBe('(1, ∞)');
    expect(show('acoth(x)', interval('-inf', '-1', true, true))).toBe('(−∞, 0)');
    expect(show('acot(x)', interval('-1', '0', false, true))).toBe('(-1.5707964, -0.78539816]');
    expect(show('acot(x)', interval('0', '1'))).toBe('[0.78539816, 1.5707964]');
    // asec and acsc are defined at ±1: an open end there is a point value, not a limit
    expect(show('asec(x)', interval('1', '2', true))).toBe('(0, 1.0471976]');
    expect(show('acsc(x)', interval('-2', '-1', false, true))).toBe('(-1.5707964, -0.52359877]');
    expect(show('csch(x)', interval('0', '1', true))).toBe('[0.85091812, ∞)');
  });

  it('sin and cos include the extrema inside the box', () => {
    expect(show('sin(x)', interval('1', '2'))).toBe('[0.84147098, 1]');
    expect(show('cos(x)', interval('3', '3.5'))).toBe('[-1, -0.93645668]');
    expect(show('sin(x)', interval('0', 'inf'))).toBe('[-1, 1]');
  });

  it('poles are refused, domain edges are limits', () => {
    expect(() => evaluateInterval('tan(x)', { x: interval('1', '2') }, { digits: 20 })).toThrow(IntervalDomainError);
    expect(() => evaluateInterval('log(x)', { x: interval('-1', '1') }, { digits: 20 })).toThrow(IntervalDomainError);
    expect(() => evaluateInterval('1/x', { x: interval('-1', '1') }, { digits: 20 })).toThrow(IntervalDomainError);
    expect(show('sqrt(x)', interval('0', '4'))).toBe('[0, 2]');
  });

  it('exact values stay exact', () => {
    expect(formatInterval(pointValue(ctx, 'exp', new Decimal(0)))).toBe('{1}');
    expect(formatInterval(pointValue(ctx, 'sqrt', new Decimal('2.25')))).toBe('{1.5}');
    expect(formatInterval(evaluateInterval('e^(-x)/(1 + e^(-x))^2', { x: '0' }, { digits: 20 }))).toBe('{0.25}');
  });

  it('powers: odd roots of negatives, and non-integer powers need a non-negative base', () => {
    expect(show('x^(1/3)', interval('-8', '-1'))).toBe('[-2.0000001, -1]'); // −8^(1/3) = exp(log(8)/3) is not exact; −1 is
    expect(() => evaluateInterval('x^0.5', { x: interval('-1', '1') }, { digits: 20 })).toThrow(IntervalDomainError);
    expect(show('x^(3 - 1)', interval('-3', '2'))).toBe('[0, 9]');
  });
});

describe('the containment check catches deliberately wrong enclosures', () => {
  const grid = Array.from({ length: 41 }, (_, i) => new Decimal(i).div(10).toString());

  it('sin over [0, 4] from its end values only (missing the maximum at π/2)', () => {
    const wrong = hull(pointValue(ctx, 'sin', new Decimal(0)), pointValue(ctx, 'sin', new Decimal(4)));
    expect(containmentViolation('sin(x)', 'x', wrong, grid)).toBeDefined();
    expect(containmentViolation('sin(x)', 'x', applyFunction(ctx, 'sin', [interval('0', '4')]), grid)).toBeUndefined();
  });

  it('x² over [−2, 1] from its end values only (missing 0)', () => {
    const wrong = interval('1', '4');
    const grid2 = ['-2', '-1', '0', '0.5', '1'];
    expect(containmentViolation('x^2', 'x', wrong, grid2)).toEqual({ at: '0', value: '0' });
    expect(containmentViolation('x^2', 'x', evaluateInterval('x^2', { x: interval('-2', '1') }, { digits: 20 }), grid2)).toBeUndefined();
  });

  it('exp rounded to nearest without widening misses the true value somewhere', () => {
    const D = Decimal.clone({ precision: 12, rounding: Decimal.ROUND_HALF_EVEN });
    const points = Array.from({ length: 30 }, (_, i) => new Decimal(i + 1).div(7).toSD(8).toString());
    const misses = points.filter((x) => {
      const r = REAL_FUNCTIONS.exp!.apply(D, [new D(x)]);
      return containmentViolation('e^x', 'x', point(r), [x]) !== undefined;
    });
    expect(misses.length).toBeGreaterThan(0);
    const sound = points.filter((x) => containmentViolation('e^x', 'x', pointValue(intervalContext(12), 'exp', new Decimal(x)), [x]) !== undefined);
    expect(sound).toEqual([]);
  });

  it('an enclosure claimed defined where the function is not (log over [−1, 1]) is caught', () => {
    expect(containmentViolation('log(x + 2)', 'x', interval('-10', '10'), ['-3'])).toEqual({ at: '-3', value: 'undefined' });
  });
});

describe('expressions of the arbitraries (fast-check)', () => {
  it('the enclosure over a random box contains the values at random points', async () => {
    const { elementaryExpression } = await import('../../../src/testing/arbitraries/elementaryExpression.js');
    const box = fc.tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 0, max: 6 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(elementaryExpression({ maxDepth: 3 }), box, (expr, [c, k, ts]) => {
        const lo = new Decimal(c).div(1000);
        const w = new Decimal(2).div(new Decimal(10).pow(k));
        const hi = lo.plus(w);
        const e = evaluateInterval(expr, { x: interval(lo, hi) }, { digits: 20 });
        const points = [lo, hi, ...ts.map((t) => lo.plus(w.times(t).div(100)))].map((d) => d.toString());
        const miss = containmentViolation(expr, 'x', e, points);
        if (miss) throw new Error(`${expr} over [${lo}, ${hi}] = ${formatInterval(e)} misses ${miss.value} at x = ${miss.at}`);
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
