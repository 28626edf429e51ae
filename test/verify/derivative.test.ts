import { describe, expect, it } from 'vitest';
import { assertVerified, verifyDerivative } from '../../src/verify/derivative.js';

describe('verifyDerivative', () => {
  it('verifies the derivatives of smooth functions to ≥ 45 of 50 digits, tails included', () => {
    for (const expr of ['1/(1+e^(-x))', 'tanh(x)', 'log(1+e^x)', 'x*(1+erf(x/sqrt(2)))/2', 'x*tanh(log(1+e^x))']) {
      const v = verifyDerivative(expr, 'x', { digits: 50, points: 8, at: [{ x: '-30' }, { x: '35' }] });
      expect(v.verified, `${expr}: ${JSON.stringify(v.counterexample)}`).toBe(true);
      expect(v.digitsAgreed).toBeGreaterThanOrEqual(45);
      expect(v.points).toHaveLength(10);
    }
  });

  it('is reproducible: the same seed gives the same points', () => {
    const a = verifyDerivative('sin(x)*x', 'x', { digits: 20, points: 5, seed: 3 });
    const b = verifyDerivative('sin(x)*x', 'x', { digits: 20, points: 5, seed: 3 });
    expect(a.points.map((p) => p.at)).toEqual(b.points.map((p) => p.at));
  });

  it('refutes a wrong claimed derivative with a counterexample', () => {
    const v = verifyDerivative('sin(x)', 'x', { derivative: 'sin(x)', digits: 30, points: 6 });
    expect(v.verified).toBe(false);
    expect(v.source).toBe('claim');
    expect(v.counterexample).toBeDefined();
    expect(v.counterexample!.digitsAgreed).toBeLessThan(25);
    expect(() => assertVerified(v)).toThrow(/fails at/);
  });

  it('refutes a derivative that is right to 16 digits only (a float64 e)', () => {
    // e ≈ 2.718281828459045 (float64): d/dx of 2.718281828459045^x is not e^x to 30 digits
    const v = verifyDerivative('e^x', 'x', { derivative: '2.718281828459045^x', digits: 30, points: 4 });
    expect(v.verified).toBe(false);
  });

  it('checks partial derivatives and higher orders', () => {
    expect(verifyDerivative('x^2*y + sin(x*y)', 'y', { digits: 40, points: 6 }).verified).toBe(true);
    const v2 = verifyDerivative('1/(1+e^(-x))', 'x', { order: 2, digits: 40, points: 6 });
    expect(v2.verified).toBe(true);
    expect(v2.order).toBe(2);
  });

  it('draws points only inside the domain', () => {
    const v = verifyDerivative('log(x) + sqrt(1 - x)', 'x', { digits: 30, points: 6 });
    expect(v.verified).toBe(true);
    for (const p of v.points) {
      const x = Number(p.at.x);
      expect(x > 0 && x <= 1).toBe(true);
    }
  });

  it('names a kink at a caller-named point and accepts the convention there', () => {
    const v = verifyDerivative('abs(x)', 'x', { digits: 30, points: 4, at: [{ x: '0' }] });
    expect(v.verified).toBe(true);
    expect(v.points[0]!.kink).toEqual({ left: '-1', right: '1' });
  });

  it('reports when no point of the domain exists', () => {
    const v = verifyDerivative('sqrt(-1 - x^2)', 'x', { digits: 20, points: 3 });
    expect(v.verified).toBe(false);
    expect(v.reason).toMatch(/no point/);
  });
});
