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
    expect(pi.counterexample?.text).toBe('pi = 3.14159265359, which rounds to 3.14 (3 significant digits, as written), not 3.15');
    // e^-10 = 4.54e-5 is 0.000 at 3 decimal places, 1 - 4.54e-5 is 1.000
    expect(value('e^(-10)', '0', { relation: '≈', places: 3 }).holds).toBe(true);
    expect(value('1 - e^(-10)', '0', { relation: '≈', places: 3 }).holds).toBe(false);
  });

  it('"≈ 0" is judged at a stated decimal place, never as |x| < 0.5', () => {
    // a written 0 states no precision: the claim must say where it is judged
    expect(() => value('0.4', '0', { relation: '≈' })).toThrow(/a written 0 states no precision/);
    // 0.4 and the notes' 0.006 are not 0 at their own precision
    expect(value('0.4', '0', { relation: '≈', places: 1 }).holds).toBe(false);
    expect(value('0.006', '0', { relation: '≈', places: 3 }).holds).toBe(false);
    expect(value('0.0004', '0', { relation: '≈', places: 3 }).holds).toBe(true);
    // a written 0.006 is judged at its own digit: 0.0064 rounds to 0.006, 0.016 does not
    expect(value('0.0064', '0.006', { relation: '≈' }).holds).toBe(true);
    expect(value('0.1*0.2*0.8', '0.006', { relation: '≈' }).holds).toBe(false);
  });

  it('"=" needs every digit, exact decimal arithmetic included', () => {
    expect(value('0.1*0.2*0.8', '0.016').holds).toBe(true);
    expect(value('0.1*0.2*0.8', '0.006').counterexample?.text).toBe('0.1*0.2*0.8 = 0.016 exactly, not 0.006');
    expect(value('sqrt(2)^2', '2').holds).toBe(true);
  });

  it('two constants equal to the digits compared but apart beyond them say so, and the CAS is not asked', () => {
    // e^(-80) = 1.8e-35: 1 + e^(-80) and 1 agree to all 30 digits compared, and differ at 60
    const close = value('1 + e^(-80)', '1');
    expect(close.holds).toBe(true);
    expect(close.method).toBe('numeric');
    expect(close.summary).toContain('not exactly: the two sides differ by 1.8e-35');
    // sin(pi/4)^2 = 1/2 exactly: equal at twice the digits too, and the CAS settles it
    const exact = value('sin(pi/4)^2', '1/2');
    expect(exact.holds).toBe(true);
    expect(exact.method).toBe('both');
    expect(exact.summary).not.toContain('not exactly');
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
    expect(allOf(value('1', '1'), value('2', '3')).counterexample?.text).toBe('2 = 2 exactly, not 3');
  });
});

describe('range and domain', () => {
  it('proves open and closed ends, refutes taken open ends and gaps', () => {
    expect(range('tanh(z)', 'z', '(-1, 1)').status).toBe('proved');
    expect(range('abs(z)', 'z', '[0, inf)').status).toBe('proved');
    // |0| = 0 is taken, so the open end is wrong
    expect(range('abs(z)', 'z', '(0, inf)').counterexample?.text).toBe('at z = 0, abs(z) = 0 (exactly), which is not in (0, ∞)');
    expect(range('tanh(z)', 'z', '(-1, 1]').counterexample?.text).toMatch(/^1 lies in the declared set, but tanh\(z\) ≠ 1 for every z/);
    // sech(0)² = 1 is the maximum of tanh′
    expect(range('sech(z)^2', 'z', '(0, 1)').counterexample?.text).toBe('at z = 0, sech(z)^2 = 1 (exactly), which is not in (0, 1)');
    // sign takes −1, 0 and 1 only: a value between them is never taken
    expect(range('sign(z)', 'z', '[-1, 1]').counterexample?.text).toMatch(/^-0\.5 lies in the declared set, but sign\(z\) ≠ -0\.5 for every z/);
    expect(range('sign(z)', 'z', '{-1, 0, 1}').status).toBe('proved');
    expect(range('e^z', 'z', '(-inf, inf)').counterexample?.text).toMatch(/^-1 lies in the declared set, but e\^z ≠ -1 for every z/);
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
