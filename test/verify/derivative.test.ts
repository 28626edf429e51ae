import { describe, expect, it } from 'vitest';
import { assertVerified, verifyDerivative } from '../../src/verify/derivative.js';

describe('verifyDerivative', () => {
  it('verifies the derivatives of smooth functions to every one of 50 digits, tails included', () => {
    for (const expr of ['1/(1+e^(-x))', 'tanh(x)', 'log(1+e^x)', 'x*(1+erf(x/sqrt(2)))/2', 'x*tanh(log(1+e^x))']) {
      const v = verifyDerivative(expr, 'x', { digits: 50, points: 6, at: [{ x: '-30' }, { x: '35' }] });
      expect(v.holds, `${expr}: ${v.counterexample?.text ?? v.reason}`).toBe(true);
      expect(v.status).toBe('verified');
      expect(v.digitsAgreed).toBe(50);
      expect(v.checks).toHaveLength(8);
      expect(v.points).toBe(8);
    }
  });

  it('is reproducible: the same seed gives the same points', () => {
    const a = verifyDerivative('sin(x)*x', 'x', { digits: 20, points: 5, seed: 3 });
    const b = verifyDerivative('sin(x)*x', 'x', { digits: 20, points: 5, seed: 3 });
    expect(a.checks.map((p) => p.at)).toEqual(b.checks.map((p) => p.at));
  });

  it('refutes a wrong claimed derivative with a counterexample', () => {
    const v = verifyDerivative('sin(x)', 'x', { derivative: 'sin(x)', digits: 30, points: 6 });
    expect(v.holds).toBe(false);
    expect(v.status).toBe('refuted');
    expect(v.source).toBe('claim');
    expect(v.counterexample!.digitsAgreed).toBeLessThan(25);
    expect(() => assertVerified(v)).toThrow(/finite difference/);
  });

  it('refutes a derivative that is right to 16 digits only (a float64 e)', () => {
    const v = verifyDerivative('e^x', 'x', { derivative: '2.718281828459045^x', digits: 30, points: 4 });
    expect(v.status).toBe('refuted');
  });

  it('asks every digit promised: no slack swallows a wrong claim', () => {
    // verified with 0 digits agreed before, when the bar was digits − 5
    expect(verifyDerivative('x^2', 'x', { digits: 5, derivative: '7*x^5+100' }).status).toBe('refuted');
    // σ(1 + σ) is not σ′ = σ(1 − σ), even at 5 digits
    expect(verifyDerivative('1/(1+e^(-x))', 'x', { digits: 5, derivative: '1/(1+e^(-x))*(1 + 1/(1+e^(-x)))' }).status).toBe('refuted');
    // a claim off in the 26th digit fails a 30-digit check
    const close = verifyDerivative('tanh(x)', 'x', { digits: 30, points: 4, derivative: '1 - tanh(x)^2 + 1e-26' });
    expect(close.status).toBe('refuted');
    expect(close.digitsAgreed).toBeLessThan(30);
  });

  it('checks order n against finite differences of the function itself, not of its own lower derivative', () => {
    const right = verifyDerivative('tanh(x)', 'x', { order: 2, digits: 40, points: 4 });
    expect(right.holds).toBe(true);
    // a wrong second derivative, consistent with a wrong first one, is still refuted
    const wrong = verifyDerivative('tanh(x)', 'x', { order: 2, digits: 40, points: 4, derivative: '-2*tanh(x)*(1 + tanh(x)^2)' });
    expect(wrong.status).toBe('refuted');
    expect(verifyDerivative('sin(x)', 'x', { order: 3, digits: 30, points: 3, derivative: 'cos(x)' }).status).toBe('refuted');
    expect(verifyDerivative('sin(x)', 'x', { order: 3, digits: 30, points: 3, derivative: '-cos(x)' }).holds).toBe(true);
  });

  it('checks partial derivatives', () => {
    expect(verifyDerivative('x^2*y + sin(x*y)', 'y', { digits: 40, points: 6 }).holds).toBe(true);
  });

  it('draws points only inside the domain', () => {
    const v = verifyDerivative('log(x) + sqrt(1 - x)', 'x', { digits: 30, points: 6 });
    expect(v.holds).toBe(true);
    for (const p of v.checks) {
      const x = Number(p.at.x);
      expect(x > 0 && x <= 1).toBe(true);
    }
  });

  it('reports when no point of the domain exists', () => {
    const v = verifyDerivative('sqrt(-1 - x^2)', 'x', { digits: 20, points: 3 });
    expect(v.status).toBe('inconclusive');
    expect(v.reason).toMatch(/no point/);
  });
});

describe('stationary points: a zero derivative is judged on the scale of the function', () => {
  for (const [f, x, order] of [
    ['x*e^(-x)', '1', 1],
    ['log(x) - x', '1', 1],
    ['x*exp(-x^2/2)', '1', 1],
    ['x*erf(x)', '1', 2],
  ] as const) {
    it(`${f}${order === 2 ? ' (order 2)' : ''} at ${x}: 0 within a stated bound`, () => {
      const v = verifyDerivative(f, 'x', { digits: 40, points: 2, order, at: [{ x }] });
      expect(v.holds, v.counterexample?.text ?? v.reason).toBe(true);
      const named = v.checks[0]!;
      expect(named.status).toBe('zero');
      expect(named.zeroBound).toMatch(/^1e-\d+$/);
      expect(v.summary).toMatch(/0 within 1e-/);
    });
  }

  it('a wrong claim at a stationary point is still refuted', () => {
    expect(verifyDerivative('x*e^(-x)', 'x', { digits: 40, points: 2, at: [{ x: '1' }], derivative: 'e^(-x) - x*e^(-x) + 1e-30' }).status).toBe('refuted');
  });
});

describe('near singularities and at huge arguments: the step adapts', () => {
  for (const [f, x] of [
    ['acosh(x)', '1.0000000001'],
    ['sqrt(1-x^2)', '0.99999999'],
    ['tan(x)', '1.5707963'],
    ['cos(x)', '1e100'],
    ['sin(x)', '1e100'],
    ['x^123456789', '1.000001'],
    ['exp(exp(exp(exp(exp(x)))))', '-1'],
  ] as const) {
    it(`${f} at ${x}`, () => {
      const v = verifyDerivative(f, 'x', { digits: 40, points: 1, at: [{ x }] });
      expect(v.checks[0]!.status, v.checks[0]!.note).toBe('agrees');
      expect(v.holds).toBe(true);
    });
  }

  it('exp(y^x) with respect to x', () => {
    expect(verifyDerivative('exp(y^x)', 'x', { digits: 40, points: 2, at: [{ x: '0.5', y: '2' }] }).holds).toBe(true);
  });
});

describe('points where the function is not differentiable are said to be', () => {
  it('a kink: abs(x) and abs(sin(x)) at 0, with both one-sided slopes and the convention', () => {
    for (const f of ['abs(x)', 'abs(sin(x))']) {
      const v = verifyDerivative(f, 'x', { digits: 30, points: 3, at: [{ x: '0' }] });
      const c = v.checks[0]!;
      expect(c.differentiableAt).toBe(false);
      expect(c.singularity).toMatchObject({ shape: 'kink', left: '-1', right: '1', convention: '0', conventionIs: 'between' });
      expect(c.note).toMatch(/^not differentiable at x=0: kink \(left -1, right 1\)/);
      expect(v.holds).toBe(true);
    }
  });

  it('max(x, 0) follows relu: ReLU′(0) = 0', () => {
    const c = verifyDerivative('max(x, 0)', 'x', { digits: 30, points: 3, at: [{ x: '0' }] }).checks[0]!;
    expect(c.singularity).toMatchObject({ shape: 'kink', left: '0', right: '1', convention: '0', conventionIs: 'left' });
  });

  it('a jump: acot at 0 (by π), and a Heaviside step written with sign', () => {
    const acot = verifyDerivative('acot(x)', 'x', { digits: 30, points: 3, at: [{ x: '0' }] }).checks[0]!;
    expect(acot.singularity?.shape).toBe('jump');
    expect(acot.singularity?.limits?.left).toMatch(/^-1\.5707963267948966/);
    expect(acot.singularity?.limits?.right).toMatch(/^1\.5707963267948966/);
    const step = verifyDerivative('(1 + sign(x))/2', 'x', { digits: 30, points: 3, at: [{ x: '0' }] }).checks[0]!;
    expect(step.singularity).toMatchObject({ shape: 'jump', limits: { left: '0', right: '1' } });
  });

  it('an infinite slope: sqrt at 0 (one-sided), instead of "0 raised to a negative power"', () => {
    const c = verifyDerivative('sqrt(x)', 'x', { digits: 30, points: 3, at: [{ x: '0' }] }).checks[0]!;
    expect(c.singularity).toMatchObject({ shape: 'infinite-slope', right: 'inf' });
    expect(c.note).toMatch(/infinite slope \(\+∞ from the right\)/);
  });

  it('a function defined at a point but not around it: x^x at −1', () => {
    const c = verifyDerivative('x^x', 'x', { digits: 30, points: 3, at: [{ x: '-1' }] }).checks[0]!;
    expect(c.differentiableAt).toBe(false);
    expect(c.singularity?.shape).toBe('undefined-nearby');
  });

  it('differentiable points of piecewise expressions are compared normally (abs(x)^3 at 0, x·|x| at 0)', () => {
    for (const f of ['abs(x)^3', 'x*abs(x)']) {
      const c = verifyDerivative(f, 'x', { digits: 30, points: 2, at: [{ x: '0' }] }).checks[0]!;
      expect(c.differentiableAt, f).toBe(true);
      expect(c.ok, f).toBe(true);
    }
  });

  it('a convention outside the one-sided slopes is refuted', () => {
    const v = verifyDerivative('abs(x)', 'x', { digits: 30, points: 2, at: [{ x: '0' }], derivative: 'sign(x) + 5' });
    expect(v.status).toBe('refuted');
  });
});
