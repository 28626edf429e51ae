/**
 * Range sets: parsing the spec form, normalisation, membership and printing. Membership
 * is also checked against a direct reading of the union at random points (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  compareEnds,
  formatRangeSet,
  normalizeRangeSet,
  parseRangeSet,
  type RangeSet,
  rangeSetContains,
  rangeSetFromSpec,
  rangeSetToTex,
} from '../../src/verify/range-set.js';

const norm = (s: string, params = {}) => formatRangeSet(normalizeRangeSet(parseRangeSet(s), params));

describe('parsing and printing', () => {
  it('prints the sets of the catalogue as sets, never as a hull', () => {
    expect(norm('{0} U (1, inf)')).toBe('{0} ∪ (1, ∞)');
    expect(norm('(-inf, -lambda) ∪ {0} ∪ (lambda, inf)', { lambda: '0.5' })).toBe('(−∞, −lambda) ∪ {0} ∪ (lambda, ∞)');
    expect(norm('{0, 1}')).toBe('{0, 1}');
    expect(norm('(0, 1/4 @ 0]')).toBe('(0, 1/4]');
    expect(norm('[~-0.27846 @ -1.28, inf)')).toBe('[≈ −0.27846, ∞)');
  });

  it('the spec form reads back to the same set, points of attainment included', () => {
    for (const text of ['(0, 1/4 @ 0] U {2 @ 5}', '[~-0.27846 @ -1.28, inf)', '(-inf, -lambda) U {0} U (lambda, inf)', '{alpha, 1}']) {
      const s = parseRangeSet(text);
      expect(parseRangeSet(formatRangeSet(s, { spec: true }))).toEqual(s);
    }
  });

  it('accepts ∪, U, u and union, Unicode ∞ and −', () => {
    expect(norm('[0, ∞) union {−1}')).toBe('{−1} ∪ [0, ∞)');
    expect(norm('(−∞, 0] u [1, 2]')).toBe('(−∞, 0] ∪ [1, 2]');
  });

  it('writes TeX', () => {
    expect(rangeSetToTex(parseRangeSet('{0} U (1, inf)'))).toBe('\\{0\\} \\cup \\left(1, \\infty\\right)');
    expect(rangeSetToTex(parseRangeSet('(-inf, -lambda)'))).toBe('\\left(-\\infty, -\\lambda\\right)');
    expect(rangeSetToTex(parseRangeSet('(0, 1/4]'))).toBe('\\left(0, \\frac{1}{4}\\right]');
  });

  it('reads the catalogue declarations', () => {
    expect(formatRangeSet(rangeSetFromSpec({ values: ['0', '1'] }))).toBe('{0, 1}');
    expect(formatRangeSet(rangeSetFromSpec({ lo: { value: '0', closed: false }, hi: { value: '1/4', closed: true, at: '0' } }))).toBe('(0, 1/4]');
    expect(formatRangeSet(rangeSetFromSpec('{value} U (threshold, inf)'))).toBe('{value} ∪ (threshold, ∞)');
  });

  it('refuses malformed text with a one-line message naming the part', () => {
    const cases: [string, RegExp][] = [
      ['[0, 1', /range "\[0, 1": each part must be an interval/],
      ['[-inf, 1)', /the end −∞ must be open/],
      ['(0, 1, 2)', /exactly two ends/],
      ['{}', /empty set of values/],
      ['(0, 1) U ', /empty part/],
      ['(0, 1 +)', /"1 \+" is not an expression/],
      ['[~x @ 1, 2]', /must be a decimal number/],
      ['(~-0.3 @ 1, 2]', /bracket must be closed/],
      ['', /empty text/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseRangeSet(text), text).toThrow(InputError);
      expect(() => parseRangeSet(text), text).toThrow(message);
    }
  });
});

describe('normalisation', () => {
  it('merges touching parts and absorbs points', () => {
    expect(norm('(0, 1) U {1} U {-1}')).toBe('{−1} ∪ (0, 1]');
    expect(norm('[0, 1) U [1, 2]')).toBe('[0, 2]');
    expect(norm('{1} U (1, 2]')).toBe('[1, 2]');
    expect(norm('[0, 3] U {1} U (2, 5)')).toBe('[0, 5)');
    expect(norm('(0, 1) U (1, 2)')).toBe('(0, 1) ∪ (1, 2)');
  });

  it('refuses empty intervals and ends it cannot order', () => {
    expect(() => normalizeRangeSet(parseRangeSet('(1, 1)'))).toThrow(/the interval \(1, 1\) is empty/);
    expect(() => normalizeRangeSet(parseRangeSet('[2, 1]'))).toThrow(/is empty/);
    expect(() => normalizeRangeSet(parseRangeSet('(0, sin(pi)]'))).toThrow(/cannot order the ends 0 and sin\(pi\)/);
  });

  it('compares ends exactly when they are rational, by enclosures otherwise', () => {
    expect(compareEnds('1/4', '0.25')).toBe(0);
    expect(compareEnds('pi', '22/7')).toBe(-1);
    expect(compareEnds('-lambda*alpha', '-1.7581', { lambda: '1.0507', alpha: '1.6733' })).toBe(-1); // −1.75813…
    expect(compareEnds('sqrt(2)^2', '2')).toBeUndefined();
  });
});

describe('membership', () => {
  const threshold = parseRangeSet('{0} U (1, inf)');
  it('respects points and open ends', () => {
    expect(rangeSetContains(threshold, '0')).toBe(true);
    expect(rangeSetContains(threshold, '0.5')).toBe(false);
    expect(rangeSetContains(threshold, '1')).toBe(false);
    expect(rangeSetContains(threshold, '1.0000001')).toBe(true);
    expect(rangeSetContains(parseRangeSet('(-inf, -lambda) U {0} U (lambda, inf)'), '0.25', { lambda: '0.5' })).toBe(false);
  });

  it('says "unknown" rather than guess next to an irrational end', () => {
    expect(rangeSetContains(parseRangeSet('(0, pi)'), '3.14159265358979323846264338327950288419716939937510582')).toBeUndefined();
    expect(rangeSetContains(parseRangeSet('(0, pi)'), '3.1415')).toBe(true);
  });

  /** A random union of intervals and points with integer ends in −5…5. */
  const randomSet: fc.Arbitrary<{ set: RangeSet; parts: { a: number; b: number; ca: boolean; cb: boolean }[] }> = fc
    .array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 4 }), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 4 })
    .map((list) => {
      const parts = list.map(([a, w, ca, cb]) => (w === 0 ? { a, b: a, ca: true, cb: true } : { a, b: a + w, ca, cb }));
      const text = parts.map((p) => (p.a === p.b ? `{${p.a}}` : `${p.ca ? '[' : '('}${p.a}, ${p.b}${p.cb ? ']' : ')'}`)).join(' U ');
      return { set: parseRangeSet(text), parts };
    });

  it('normalising never changes which points belong (fast-check)', () => {
    fc.assert(
      fc.property(randomSet, fc.integer({ min: -14, max: 22 }), ({ set, parts }, k) => {
        const x = k / 2;
        const direct = parts.some((p) => (p.ca ? x >= p.a : x > p.a) && (p.cb ? x <= p.b : x < p.b));
        const n = normalizeRangeSet(set);
        return rangeSetContains(set, String(x)) === direct && rangeSetContains(n, String(x)) === direct && rangeSetContains(parseRangeSet(formatRangeSet(n, { spec: true })), String(x)) === direct;
      }),
      { numRuns: 300 },
    );
  });
});
