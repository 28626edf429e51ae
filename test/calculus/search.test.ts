import { describe, expect, it } from 'vitest';
import { PartialTable } from '../../src/calculus/partials.js';
import { resolveRegion } from '../../src/calculus/region.js';
import { examineBox, searchRegion } from '../../src/calculus/search.js';
import { parse } from '../../src/symbolic/parse.js';

const BEALE = '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2';
const HIMMELBLAU = '(x^2+y-11)^2+(x+y^2-7)^2';
/** Coordinates written with all their digits, rounded to float64 once (the boxes around them are float64). */
const toNumbers = (points: readonly (readonly (number | string)[])[]): number[][] => points.map((p) => p.map(Number));
/**
 * Beale's critical points in [−4.5, 4.5]², from SymPy 1.12: ∂f/∂y = x·g(x, y), and the
 * resultant of ∂f/∂x and g in x is −3(y − 1)³(2y − 1)(3y³ + 11y² + 10y + 5)/2, whose real
 * roots give (3, 1/2) (the minimum), and (0.1005…, −2.6445…) from the cubic's real root
 * (mpmath findroot, mp.dps = 50); x = 0 gives ∂f/∂x = (y − 1)(5.25y² + 9.75y + 12.75), so (0, 1).
 */
const BEALE_POINTS = toNumbers([
  [3, 0.5],
  [0, 1],
  ['0.10053793732415835927278923592863460147197705049514', '-2.6445135850231249688554226924300190297304089800687'],
]);
// Himmelblau's minima and maximum: mpmath 1.3 findroot on ∇f = 0 from the published six-decimal values, mp.dps = 30
const HIMMELBLAU_POINTS = toNumbers([
  [3, 2],
  ['-2.8051180869527448531', '3.1313125182505729658'],
  ['-3.7793102533777468919', '-3.2831859912861694123'],
  ['3.5844283403304917449', '-1.8481265269644035535'],
  ['-0.27084459066734761304', '-0.92303855647998146313'],
]);

/** A deterministic generator (xorshift) for the boxes around the known points. */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) % 1_000_000) / 1_000_000;
  };
}

describe('the branch-and-bound', () => {
  it('closes Beale in [−4.5, 4.5]² within the default budget: the three critical points, each in a box proved to hold exactly one', () => {
    const table = new PartialTable(parse(BEALE), ['x', 'y']);
    const s = searchRegion(table, resolveRegion({ x: ['-4.5', '4.5'], y: ['-4.5', '4.5'] }, ['x', 'y']), { budget: 4000 });
    expect(s.complete).toBe(true);
    expect(s.boxes).toBeLessThan(2000); // 1378 on every machine (deterministic); the search before issue 14's second phase needed 4475
    expect(s.unique).toHaveLength(3);
    for (const [x, y] of BEALE_POINTS) expect(s.unique.filter((X) => X[0]![0] <= x! && x! <= X[0]![1] && X[1]![0] <= y! && y! <= X[1]![1]), `${x}, ${y}`).toHaveLength(1);
  });

  it('never excludes a box that holds a critical point (random boxes of every size around the known ones)', () => {
    const next = generator(20261130);
    for (const [f, points] of [
      [BEALE, BEALE_POINTS],
      [HIMMELBLAU, HIMMELBLAU_POINTS],
    ] as const) {
      const table = new PartialTable(parse(f), ['x', 'y']);
      for (const p of points) {
        for (let k = 0; k < 60; k++) {
          const size = 10 ** (-8 + 8.5 * next());
          const X = p.map((c): [number, number] => [c - size * next(), c + size * next()]);
          expect(examineBox(table, X), `${f} around ${p}: ${JSON.stringify(X)}`).not.toBe('none');
        }
      }
    }
  });

  it('excludes a box without one, and proves a unique one in a small box around a non-degenerate one', () => {
    const table = new PartialTable(parse(BEALE), ['x', 'y']);
    expect(examineBox(table, [[1, 1.5], [2, 2.5]])).toBe('none'); // ∂f/∂x ≥ 171 there (a 50 × 50 grid)
    expect(examineBox(table, [[2.999, 3.001], [0.4999, 0.5001]])).toBe('unique');
  });

  it('takes the same decisions with decimal intervals alone (float64 only saves time)', () => {
    const table = new PartialTable(parse(HIMMELBLAU), ['x', 'y']);
    const box = resolveRegion({ x: ['-5', '5'], y: ['-5', '5'] }, ['x', 'y']);
    const fast = searchRegion(table, box, { budget: 4000 });
    const slow = searchRegion(table, box, { budget: 4000, decimalOnly: true });
    expect([fast.complete, fast.unique.length]).toEqual([true, 9]);
    expect([slow.complete, slow.unique.length]).toEqual([true, 9]);
    expect(slow.decimal).toHaveLength(6);
    expect(fast.decimal).toHaveLength(0);
  });

  it('encloses what float64 cannot (erf) by decimal intervals, and proves the region empty', () => {
    const table = new PartialTable(parse('erf(x)^2 + x'), ['x']);
    const s = searchRegion(table, resolveRegion({ x: ['-2', '2'] }, ['x']), { budget: 4000 });
    expect(s.decimal).toEqual(['x', 'x,x']);
    expect([s.complete, s.unique.length]).toEqual([true, 0]);
  });
});
