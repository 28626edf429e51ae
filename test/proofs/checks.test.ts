import { describe, expect, it } from 'vitest';
import { allOf, derivative, identity, inequality, not, value } from '../../src/verify/checks.js';
import { descend } from '../../src/proofs/compute.js';
import { continuity, differentiable, limit } from '../../src/verify/limit.js';
import { piecewise } from '../../src/verify/formula.js';
import { domain, range } from '../../src/verify/range.js';

describe('value', () => {
  it('"≈" rounds the exact value to the decimal place of the last written digit', () => {
    // e = 2.718281828…, π = 3.14159265…
    expect(value('e', '2.718', { relation: '≈' }).holds).toBe(true);
    expect(value('e', '2.72', { relation: '≈' }).holds).toBe(true);
    expect(value('e', '3', { relation: '≈' }).holds).toBe(true);
    const pi = value('pi', '3.15', { relation: '≈' });
    expect(pi.holds).toBe(false);
    expect(pi.counterexample?.text).toBe('pi = 3.14159265359, which rounds to 3.14 (2 decimal places), not 3.15');
    // e^-10 = 4.54e-5 is 0 at 0 decimal places, 1 - 4.54e-5 is 1
    expect(value('e^(-10)', '0', { relation: '≈' }).holds).toBe(true);
    expect(value('1 - e^(-10)', '0', { relation: '≈' }).holds).toBe(false);
  });

  it('"=" needs every digit, exact decimal arithmetic included', () => {
    expect(value('0.1*0.2*0.8', '0.016').holds).toBe(true);
    expect(value('0.1*0.2*0.8', '0.006').counterexample?.text).toBe('0.1*0.2*0.8 = 0.016, not 0.006');
    expect(value('sqrt(2)^2', '2').holds).toBe(true);
  });
});

describe('identity and derivative', () => {
  it('reports the first named point where the sides differ', () => {
    // (e^z + e^-z)/(e^z - e^-z) is coth z; coth 1 = 1.3130352855, tanh 1 = 0.7615941560
    const o = identity('(e^z + e^(-z))/(e^z - e^(-z))', 'tanh(z)', { at: [{ z: '1' }] });
    expect(o.holds).toBe(false);
    expect(o.counterexample?.text).toMatch(/^at z=1: .* = 1\.3130352855, tanh\(z\) = 0\.761594155956/);
  });

  it('restricts an identity to a half-line', () => {
    expect(identity('abs(z)', 'z', { where: { z: 'positive' } }).holds).toBe(true);
    expect(identity('abs(z)', 'z', { where: { z: 'negative' } }).holds).toBe(false);
  });

  it('checks a claimed derivative against finite differences', () => {
    expect(derivative('x^3', 'x', '3*x^2').holds).toBe(true);
    expect(derivative('x^3', 'x', '3*x', { at: [{ x: '2' }] }).counterexample?.text).toMatch(/^at x=2: claimed 3\*x = 6, finite difference = 12 /);
  });
});

describe('inequality, limit, continuity, kinks', () => {
  it('decides by the sign of the difference at guaranteed digits', () => {
    // 1 − tanh(20)² = 1.7e-17 > 0, though tanh(20) rounds to 1 in float64
    expect(inequality('1 - tanh(z)^2', '>', '0', { at: [{ z: '20' }] }).holds).toBe(true);
    expect(inequality('x^2', '<', '0', { points: 4 }).holds).toBe(false);
  });

  it('finds limits of difference quotients and tails', () => {
    expect(limit('((x+h)^3 - x^3)/h', 'h', '0', '3*x^2', { at: { x: '1.5' } }).holds).toBe(true);
    expect(limit('((x+h)^3 - x^3)/h', 'h', '0', '3*x', { at: { x: '1.5' } }).holds).toBe(false);
    expect(limit('e^(-z)', 'z', 'inf', '0').holds).toBe(true);
  });

  it('tells continuity from differentiability', () => {
    expect(continuity('abs(z)', 'z', '0').holds).toBe(true);
    expect(not(continuity('abs(z)', 'z', '0')).holds).toBe(false);
    expect(differentiable('abs(z)', 'z', '0').counterexample?.text).toBe('at z=0 the left derivative is -1 and the right derivative is 1');
    expect(continuity(piecewise([['0', 'z < 0'], ['1', 'z >= 0']]), 'z', '0').holds).toBe(false);
  });

  it('combines checks', () => {
    expect(allOf(value('1', '1'), value('2', '3')).counterexample?.text).toBe('2 = 2, not 3');
  });
});

describe('range and domain', () => {
  it('proves open and closed ends, refutes taken open ends and gaps', () => {
    expect(range('tanh(z)', 'z', '(-1, 1)').holds).toBe(true);
    expect(range('abs(z)', 'z', '[0, inf)').counterexample?.text).toMatch(/lower end 0 is never taken/);
    expect(range('abs(z)', 'z', '[0, inf)').holds).toBe(true);
    expect(range('tanh(z)', 'z', '(-1, 1]').counterexample?.text).toMatch(/upper end 1 is never taken/);
    // sech(0)² = 1 is the maximum of tanh′
    expect(range('sech(z)^2', 'z', '(0, 1)').counterexample?.text).toBe('at z=0 the value is 1, which is not < 1');
    expect(range('sign(z)', 'z', '[-1, 1]').counterexample?.text).toMatch(/never taken/);
    expect(range('sign(z)', 'z', '{-1, 0, 1}').holds).toBe(true);
    expect(range('e^z', 'z', '(-inf, inf)').counterexample?.text).toMatch(/lower end -inf is not approached/);
  });

  it('finds where a function is defined or differentiable', () => {
    expect(domain('log(z)', 'z').holds).toBe(false);
    expect(domain('abs(z)', 'z', { derivative: true, excluded: ['0'] }).holds).toBe(true);
  });
});

describe('descend', () => {
  it('follows w ← w − η·c′(w) exactly', () => {
    // c = (1 − w)², c′ = 2(w − 1): w_k = 1 + 2·0.8^k from w₀ = 3 with η = 0.1
    const run = descend('(1 - w)^2', 'w', '3', '0.1', 5);
    expect(run.weights.map(String)).toEqual(['3', '2.6', '2.28', '2.024', '1.8192', '1.65536']);
    expect(run.gradients[0]!.toString()).toBe('4');
  });
});
