import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { descend } from '../../src/calculus/descend.js';
import { descentSvg } from '../../src/calculus/plot.js';

describe('descend', () => {
  it('reproduces the notes’ example: c = (1 − w)², η = 0.1, w: 3 → 2.6 → 2.28 … (p. 6: w = 3 − 0.1 × 4 = 2.6)', () => {
    const d = descend('(1-w)^2', { from: { w: '3' }, lr: '0.1', steps: 5 });
    expect(d.holds).toBe(true);
    // w_{k+1} = w_k − 0.1·(−2(1 − w_k)) = 0.8·w_k + 0.2, so w_k = 1 + 2·0.8^k exactly
    expect(d.trace.map((s) => s.at.w)).toEqual(['3', '2.6', '2.28', '2.024', '1.8192', '1.65536']);
    expect(d.trace[0]!.gradient).toEqual(['4.00000000000000000000000000000']);
    // the only critical point is w = 1 (exact), at distance 2·0.8^k
    d.trace.forEach((s, k) => {
      expect(new Decimal(s.distance!).eq(new Decimal('0.8').pow(k).times(2))).toBe(true);
    });
    expect(d.critical?.critical.map((p) => [p.exact, p.kind])).toEqual([[{ w: '1' }, 'minimum']]);
  });

  it('checks the gradient at every iterate, and fails on nothing there', () => {
    const d = descend('(x^2+y-11)^2+(x+y^2-7)^2', { from: { x: '0', y: '0' }, lr: '0.01', steps: 10, optimizer: 'adam', digits: 25 });
    expect(d.partials.every((p) => p.check.holds && p.check.points >= 11 + 12)).toBe(true);
    expect(d.trace).toHaveLength(11);
    expect(d.trace.every((s) => s.distance !== undefined)).toBe(true);
  });

  it('momentum on Rosenbrock: iterates printed only with the digits two working precisions agree on', () => {
    const d = descend('(1-x)^2+100*(y-x^2)^2', { from: { x: '-1', y: '1' }, lr: '0.001', steps: 15, optimizer: 'momentum', digits: 30 });
    expect(d.holds).toBe(true);
    expect(d.precisions[1]).toBeGreaterThan(d.precisions[0]);
    for (const s of d.trace) for (const v of Object.values(s.at)) expect(v.startsWith('~')).toBe(false);
  });

  it('a chaotic run (x ← 3x − 2x³) keeps only the digits two precisions agree on, and says so', () => {
    const d = descend('x^4/4 - x^2/2', { from: { x: '0.3' }, lr: '2', steps: 400, digits: 20 });
    expect(d.summary).toMatch(/printed with fewer digits/);
    const last = d.trace.at(-1)!;
    expect(last.iterateDigits).toBeLessThan(20);
    expect(d.trace[10]!.iterateDigits).toBeUndefined();
  });

  it('draws the path over contour lines for two variables, f with the iterates for one', () => {
    const two = descentSvg(descend('x^2 + 3*y^2', { from: { x: '2', y: '1' }, steps: 5, digits: 20 }))!;
    expect(two).toMatch(/^<svg/);
    expect(two).toContain('<polyline');
    expect((two.match(/<path d="M/g) ?? []).length).toBeGreaterThan(5);
    expect(two).toContain('minimum at x = 0');
    const one = descentSvg(descend('(1-w)^2', { from: { w: '3' }, steps: 3 }))!;
    expect(one).toMatch(/^<svg/);
    expect(descentSvg(descend('x^2+y^2+z^2', { from: { x: '1', y: '1', z: '1' }, steps: 1, digits: 20 }))).toBeUndefined();
  });

  it('rejects bad input and a diverging run with one clear message', () => {
    expect(() => descend('x^2+y^2', { from: { x: '1' } })).toThrow(/--from gives no value for y/);
    expect(() => descend('x^2', { from: { x: '1', q: '2' } })).toThrow(/--from names "q"/);
    expect(() => descend('x^2', { from: { x: '1' }, optimizer: 'rmsprop' })).toThrow(/unknown optimizer "rmsprop"/);
    expect(() => descend('x^2', { from: { x: '1' }, lr: '-1' })).toThrow(/--lr must be positive/);
    expect(() => descend('x^2', { from: { x: '1' }, steps: -1 })).toThrow(/--steps/);
    expect(() => descend('x^4', { from: { x: '10' }, lr: '1', steps: 40 })).toThrow(/diverged at step/);
  });
});
