import { describe, expect, it } from 'vitest';
import { compareDerivative } from '../../src/check/adapter.js';
import { screenDerivative } from '../../src/check/screen.js';
import { parse } from '../../src/symbolic/parse.js';

describe('the screen before a derivative check', () => {
  it('points at a seeded point where a wrong derivative differs, and at none for a right one', () => {
    const at = screenDerivative(parse('x^3'), 'x', parse('2*x^2'), { points: 16, seed: 1 });
    expect(at).toBeDefined();
    expect(Object.keys(at!)).toEqual(['x']);
    expect(screenDerivative(parse('x^3'), 'x', parse('3*x^2'), { points: 16, seed: 1 })).toBeUndefined();
    expect(screenDerivative(parse('tanh(3*z)'), 'z', parse('3*(1 - tanh(3*z)^2)'), { points: 16, seed: 1 })).toBeUndefined();
  });

  it('a refutation found at the suspected point is the finite difference\'s, at the digits asked', () => {
    // d/dx ln(x^2 + 2) = 2x/(x^2 + 2): at x = 1 the claim x/(x^2 + 2) gives 1/3, the derivative 2/3
    const c = compareDerivative(parse('log(x^2 + 2)'), 'x', parse('x/(x^2 + 2)'), { digits: 30, points: 16, seed: 7 });
    expect(c.status).toBe('refuted');
    const x = Number(c.counterexample!.at.x);
    const claimed = Number(c.counterexample!.left);
    const reference = Number(c.counterexample!.right);
    expect(claimed).toBeCloseTo(x / (x * x + 2), 12);
    expect(reference).toBeCloseTo((2 * x) / (x * x + 2), 12);
  });

  it('a claim the screen does not suspect still gets every point', () => {
    const c = compareDerivative(parse('exp(2*x)*sin(x)'), 'x', parse('exp(2*x)*(2*sin(x) + cos(x))'), { digits: 30, points: 16, seed: 7 });
    expect(c.status).toBe('verified');
    expect(c.points).toBe(16);
  });
});
