import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { checkDerivative } from '../../src/calculus/adapter.js';
import { gradient } from '../../src/calculus/gradient.js';
import { hessian } from '../../src/calculus/hessian.js';
import { jacobian } from '../../src/calculus/jacobian.js';
import { PartialTable } from '../../src/calculus/partials.js';
import { parse } from '../../src/symbolic/parse.js';

// mpmath 1.3 eigsy, mp.dps = 60: Himmelblau's Hessian at (0.3, −1.7) is [[−47.72, −5.6], [−5.6, 9.88]]
const HIMMELBLAU_EIG = ['-48.25939331342759718585761679356792647256311299076588944', '10.41939331342759718585761679356792647256311299076588944'];

describe('gradient', () => {
  it('derives and checks every partial; the values, norm and direction at a point (3-4-5)', () => {
    const g = gradient('x^2 + y^2', { at: { x: '1.5', y: '2' }, digits: 30 });
    expect(g.holds).toBe(true);
    expect(g.partials.map((p) => p.derivative)).toEqual(['2*x', '2*y']);
    expect(g.partials.map((p) => p.value)).toEqual(['3.00000000000000000000000000000', '4.00000000000000000000000000000']);
    expect(g.norm).toBe('5.00000000000000000000000000000');
    expect(g.direction).toEqual(['0.600000000000000000000000000000', '0.800000000000000000000000000000']);
    expect(g.partials.every((p) => p.check.digitsAgreed >= 25)).toBe(true);
  });

  it('gives no direction where the gradient vanishes', () => {
    const g = gradient('x^2*y', { at: { x: '0', y: '5' }, digits: 20 });
    expect(g.norm).toBe('0');
    expect(g.direction).toBeUndefined();
  });

  it('a wrong derivative fails its check (the check is not a formality)', () => {
    const c = checkDerivative('x^2*y', 'x', 'x*y', { digits: 30, points: 6, seed: 1 });
    expect(c.status).toBe('refuted');
    expect(c.counterexample?.text).toMatch(/the claimed derivative is/);
  });

  it('rejects a point without every variable, or with one the expression does not have', () => {
    expect(() => gradient('x*y', { at: { x: '1' } })).toThrow(/--at gives no value for y/);
    expect(() => gradient('x*y', { at: { x: '1', y: '2', z: '3' } })).toThrow(/--at names "z"/);
    expect(() => gradient('x*y', { wrt: ['q'] })).toThrow(/"q" is not a variable of x\*y/);
    expect(() => gradient('2 + 3')).toThrow(/has no variables/);
  });

  it('derives each partial once and shares it with the Hessian', () => {
    const t = new PartialTable(parse('x^3*y + y^2'), ['x', 'y']);
    t.get(['x', 'y']);
    t.get(['x', 'x']);
    t.get(['x']);
    expect(t.derivations).toBe(3); // ∂f/∂x once, then ∂²f/∂x∂y and ∂²f/∂x² from it
  });
});

describe('hessian', () => {
  it('proves the symmetry of mixed partials with the CAS and gives the eigenvalues to 50 certified digits', () => {
    const h = hessian('(x^2+y-11)^2+(x+y^2-7)^2', { at: { x: '0.3', y: '-1.7' }, digits: 50 });
    expect(h.holds).toBe(true);
    expect(h.symmetric).toBe('proved');
    expect(h.values).toEqual([
      ['-47.720000000000000000000000000000000000000000000000', '-5.6000000000000000000000000000000000000000000000000'],
      ['-5.6000000000000000000000000000000000000000000000000', '9.8800000000000000000000000000000000000000000000000'],
    ]);
    expect(h.eigenvalues?.map((e) => e.value)).toEqual(HIMMELBLAU_EIG.map((x) => new Decimal(x).toSignificantDigits(50).toString()));
    expect(h.eigenvalues?.every((e) => e.correct === 50)).toBe(true);
  });

  it('says 0 exactly for the monkey saddle at the origin (H = 0, proved by the CAS)', () => {
    const h = hessian('x^3 - 3*x*y^2', { at: { x: '0', y: '0' }, digits: 30 });
    expect(h.eigenvalues?.map((e) => [e.value, e.radius])).toEqual([
      ['0', '0'],
      ['0', '0'],
    ]);
  });

  it('checks every entry against finite differences of the first partial', () => {
    const h = hessian('x*exp(y) + sin(x*y)', { digits: 30 });
    expect(h.entries.flat()).toHaveLength(4);
    expect(h.entries.flat().every((e) => e.check.holds)).toBe(true);
    expect(h.summary).toMatch(/symmetric/);
  });
});

describe('jacobian', () => {
  it('of polar coordinates: [[cos t, −r sin t], [sin t, r cos t]], values at (2, 0)', () => {
    const j = jacobian(['r*cos(t)', 'r*sin(t)'], { wrt: ['r', 't'], at: { r: '2', t: '0' }, digits: 20 });
    expect(j.holds).toBe(true);
    expect(j.values).toEqual([
      ['1.0000000000000000000', '0'],
      ['0', '2.0000000000000000000'],
    ]);
  });

  it('rejects a variable no component has', () => {
    expect(() => jacobian(['x*y', 'x'], { wrt: ['z'] })).toThrow(/"z" is not a variable of any component/);
  });
});
