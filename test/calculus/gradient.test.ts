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

// Himmelblau's gradient at points next to its critical points, computed exactly with Python's
// fractions (the polynomial at the decimal point) and printed by mpmath, mp.dps = 45
const HIMMELBLAU = '(x^2+y-11)^2+(x+y^2-7)^2';
const MINIMUM_30 = { x: '-2.80511808695274485305357239809', y: '3.13131251825057296580430072341' }; // the minimum, rounded to 30 digits
const GRADIENT_AT_MINIMUM_30 = ['-1.678333609006469713986812899214602739734e-28', '6.006595175663164740759085370863481110254e-29'];
const NEXT_TO_3_2 = { x: '3', y: '2.0000000000000000000000000000001' }; // 1e-31 from the exact minimum (3, 2)
const GRADIENT_NEXT_TO_3_2 = ['2.00000000000000000000000000000002e-30', '3.40000000000000000000000000000024e-30'];
const HIMMELBLAU_X = '-14 + 2*x + 2*y^2 + 4*(-11 + x^2 + y)*x';

describe('the gradient at and next to a critical point', () => {
  const agree = (a: string, b: string, digits: number) => new Decimal(a).toSignificantDigits(digits).eq(new Decimal(b).toSignificantDigits(digits));

  it('within 1e-28 of a minimum (coordinates whose squares are exact at the probe precision): every digit verified', () => {
    const g = gradient(HIMMELBLAU, { at: MINIMUM_30, digits: 30 });
    expect(g.status).toBe('verified');
    g.partials.forEach((p, i) => {
      expect(agree(p.value!, GRADIENT_AT_MINIMUM_30[i]!, 30)).toBe(true);
      expect(p.check.named[0]).toMatchObject({ status: 'agrees', digitsAgreed: 30 });
    });
  });

  it('1e-31 from the exact minimum (3, 2): the tiny gradient to 50 digits, verified', () => {
    const g = gradient(HIMMELBLAU, { at: NEXT_TO_3_2, digits: 50 });
    expect(g.status).toBe('verified');
    g.partials.forEach((p, i) => {
      expect(agree(p.value!, GRADIENT_NEXT_TO_3_2[i]!, 33)).toBe(true); // the reference has 33 digits
    });
  });

  it('at the exact minimum: 0 within a bound on the scale of f, for the formula and the finite difference alike', () => {
    const g = gradient(HIMMELBLAU, { at: { x: '3', y: '2' }, digits: 40 });
    expect(g.status).toBe('verified');
    expect(g.norm).toBe('0');
    for (const p of g.partials) expect(p.check.named[0]).toMatchObject({ status: 'zero', ok: true });
  });

  it('a derivative wrong by 1e-35 next to the minimum, or by 1e-40 at it, is refuted there', () => {
    const near = checkDerivative(HIMMELBLAU, 'x', `${HIMMELBLAU_X} + 1e-35`, { digits: 30, points: 0, seed: 1, at: [MINIMUM_30] });
    expect(near.status).toBe('refuted');
    expect(near.named[0]!.status).toBe('differs');
    const at = checkDerivative(HIMMELBLAU, 'x', `${HIMMELBLAU_X} + 1e-40`, { digits: 30, points: 0, seed: 1, at: [{ x: '3', y: '2' }] });
    expect(at.status).toBe('refuted');
    // and the right one holds at both
    expect(checkDerivative(HIMMELBLAU, 'x', HIMMELBLAU_X, { digits: 30, points: 0, seed: 1, at: [MINIMUM_30, { x: '3', y: '2' }] }).status).toBe('verified');
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
