import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { InputError, ParseError } from '../../src/errors.js';
import { derive } from '../../src/verify/derive.js';
import { parse } from '../../src/symbolic/parse.js';
import { matchers } from '../../src/testing/vitest.js';
import { failureOf } from './failure.js';

const sigmoid = '1/(1+e^(-x))';
const tanhNet = { layers: [{ weights: [['0.3', '-0.2']], bias: ['0.1'], activation: 'tanh' }], loss: 'squared_error' };
const sample = { input: ['1', '2'], target: ['0.5'] };

describe('registration', () => {
  it('importing the module registers the matchers; `matchers` can be passed to expect.extend again', () => {
    expect(Object.keys(matchers).sort()).toEqual(['toBeIdenticallyEqual', 'toEqualToDigits', 'toHaveCriticalPoint', 'toHaveDerivative', 'toHaveGradient', 'toPassGradientCheck']);
    expect.extend(matchers);
    expect('x^2').toHaveDerivative('2*x', { digits: 20 });
  });

  it('works as an asymmetric matcher inside toEqual', () => {
    expect({ value: '0.33333333' }).toEqual({ value: expect.toEqualToDigits('0.333333333333', 8) });
    expect({ f: 'x^3' }).toEqual({ f: expect.toHaveDerivative('3*x^2', { digits: 20 }) });
  });
});

describe('toHaveDerivative', () => {
  it('passes for a correct claim, from text or from a tree', () => {
    expect(sigmoid).toHaveDerivative('e^(-x)/(1+e^(-x))^2', { wrt: 'x', digits: 50 });
    expect(parse('x*tanh(log(1+e^x))')).toHaveDerivative(derive('x*tanh(log(1+e^x))', 'x').expr, { digits: 30, points: 6 });
    expect('x^2*y').toHaveDerivative('x^2', { wrt: 'y', digits: 20 });
  });

  it('passes at a named kink when the claim takes a one-sided slope', () => {
    expect('abs(x)').toHaveDerivative('sign(x)', { at: [{ x: '0' }], digits: 20 });
  });

  it('fails with the counterexample: point, both values, digits agreed', () => {
    const f = failureOf(() => expect(sigmoid).toHaveDerivative('e^(-x)/(1+e^(-x))^3', { digits: 30, points: 5 }));
    expect(f.message).toContain('expect(f).toHaveDerivative(claimed, options)');
    expect(f.message).toContain('The claimed derivative does not match the slope of the function.');
    expect(f.message).toMatch(/function\s+1\/\(1 \+ e\^\(-x\)\)/);
    expect(f.message).toMatch(/claimed d\/dx\s+e\^\(-x\)\/\(1 \+ e\^\(-x\)\)\^3/);
    expect(f.message).toMatch(/finite differences of the function at 5 points; a point passes when all 30 digits agree/);
    expect(f.message).toMatch(/Counterexample at x = -?[\d.]+:/);
    expect(f.message).toMatch(/claimed derivative\s+[\d.e-]+/);
    expect(f.message).toMatch(/finite difference \(central\)\s+[\d.e-]+/);
    expect(f.message).toMatch(/digits agreed\s+\d+ of 30/);
    expect(f.message).toMatch(/Failing points:\n {2}x = /);
    // vitest shows these two as a diff
    expect(typeof f.expected).toBe('string');
    expect(typeof f.actual).toBe('string');
    expect(f.expected).not.toBe(f.actual);
  });

  it('fails when a claim is off in the 20th digit and 30 are asked for', () => {
    const f = failureOf(() => expect('sin(x)').toHaveDerivative('cos(x) + 1e-20', { digits: 30, points: 3 }));
    expect(f.message).toMatch(/digits agreed\s+(1[5-9]|2[0-4]) of 30/);
  });

  it('.not passes on a counterexample and fails, with the worst point, when the claim holds', () => {
    expect('sin(x)').not.toHaveDerivative('sin(x)', { digits: 20 });
    const f = failureOf(() => expect('sin(x)').not.toHaveDerivative('cos(x)', { digits: 20, points: 4 }));
    expect(f.message).toContain('expect(f).not.toHaveDerivative(claimed, options)');
    expect(f.message).toContain('Expected the claimed derivative to be refuted, but it matches the slope at every compared point.');
    expect(f.message).toMatch(/0 of 4 points fail; fewest digits agreed \d+ of 20, at x = /);
  });

  it('an unconcluded check (no point of the domain) fails both with and without .not', () => {
    const plain = failureOf(() => expect('sqrt(-1-x^2)').toHaveDerivative('x', { digits: 20 }));
    expect(plain.message).toContain('could not be checked');
    expect(plain.message).toContain('no point of the domain was found');
    const negated = failureOf(() => expect('sqrt(-1-x^2)').not.toHaveDerivative('x', { digits: 20 }));
    expect(negated.message).toContain('`.not` passes only on a counterexample');
  });

  it('throws (not fails) on bad input, also under .not', () => {
    expect(() => expect('sin(').toHaveDerivative('cos(x)')).toThrow(ParseError);
    expect(() => expect('sin(').not.toHaveDerivative('cos(x)')).toThrow(ParseError);
    expect(() => expect(42).toHaveDerivative('0')).toThrow(/the received function must be expression text/);
    expect(() => expect('x*y').toHaveDerivative('y')).toThrow(/variables x, y; say which one with \{ wrt: 'x' \}/);
    expect(() => expect('x').toHaveDerivative('1', { digits: 2 })).toThrow(InputError);
  });
});

describe('toBeIdenticallyEqual', () => {
  it('passes for an identity', () => {
    expect('1 - tanh(x)^2').toBeIdenticallyEqual('sech(x)^2');
    expect('e^x/(1+e^x)^2').toBeIdenticallyEqual('(1/(1+e^(-x)))*(1-1/(1+e^(-x)))', { digits: 40 });
  });

  it('fails with the counterexample', () => {
    const f = failureOf(() => expect('sin(x)^2').toBeIdenticallyEqual('1 - cos(x)', { digits: 30 }));
    expect(f.message).toContain('expect(received).toBeIdenticallyEqual(expected, options)');
    expect(f.message).toContain('The two expressions are not identically equal.');
    expect(f.message).toMatch(/received\s+sin\(x\)\^2/);
    expect(f.message).toMatch(/expected\s+1 - cos\(x\)/);
    expect(f.message).toMatch(/compared\s+refuted: at x = /);
    expect(f.message).toMatch(/Counterexample at x = -?[\d.]+:\n\s+received\s+[\d.e-]+\n\s+expected\s+[\d.e-]+\n\s+digits agreed\s+\d+ of 30/);
    expect(f.actual).not.toBe(f.expected);
  });

  it('.not passes on a counterexample and fails when the identity holds', () => {
    expect('sin(x)^2').not.toBeIdenticallyEqual('1 - cos(x)');
    const f = failureOf(() => expect('cosh(x)^2 - sinh(x)^2').not.toBeIdenticallyEqual('1', { digits: 20 }));
    expect(f.message).toContain('Expected the two expressions to differ somewhere, but they agree at every compared point.');
  });
});

describe('toPassGradientCheck', () => {
  it('passes for { network, sample } and for a bare network with the sample as an option', () => {
    expect({ network: tanhNet, sample }).toPassGradientCheck({ digits: 30 });
    expect(tanhNet).toPassGradientCheck({ sample, digits: 30 });
  });

  it('.not fails with the worst parameter', () => {
    const f = failureOf(() => expect({ network: tanhNet, sample }).not.toPassGradientCheck({ digits: 30 }));
    expect(f.message).toContain('expect(network).not.toPassGradientCheck(options)');
    expect(f.message).toContain('Expected the gradient check to fail, but backprop matches the finite differences.');
    expect(f.message).toMatch(/sample\s+input \[1, 2\], target \[0.5\]/);
    expect(f.message).toMatch(/every parameter \(3\) against finite differences; passes when all 30 digits agree/);
    expect(f.message).toMatch(/result\s+0 of 3 comparisons fail; fewest digits agreed \d+ of 30 \(layers\[0\]\./);
  });

  it('throws when there is no sample or no network', () => {
    expect(() => expect(tanhNet).toPassGradientCheck()).toThrow(/a bare network needs the option \{ sample/);
    expect(() => expect('tanh').toPassGradientCheck({ sample })).toThrow(/expected a network spec, a Network, or \{ network, sample \}/);
  });
});

describe('toEqualToDigits', () => {
  it('agreement is digitsAgreed: relative gap ≤ 10^-digits, not equal rounding', () => {
    expect('3.14159265358979323846').toEqualToDigits('3.14159265358979323847', 20);
    expect('0.99999').toEqualToDigits('1.00001', 4);
    // across a rounding boundary: rounded to 6 digits these are 1.23456 and 1.23457
    expect('1.2345649999').toEqualToDigits('1.2345650001', 9);
    expect('1.2345649999').not.toEqualToDigits('1.2345650001', 10);
    expect('0.99999').not.toEqualToDigits('1.00001', 5);
    // 1.5 + 1e-50: relative gap 6.7e-51 ≤ 1e-50; 1.5 + 1e-49: 6.7e-50 > 1e-50
    expect('1.5').toEqualToDigits(`1.5${'0'.repeat(48)}1`, 50);
    expect('1.5').not.toEqualToDigits(`1.5${'0'.repeat(47)}1`, 50);
    expect(0).toEqualToDigits('0', 30);
    expect('0').not.toEqualToDigits('1e-60', 5);
    expect(new Decimal('2.5e-300')).toEqualToDigits('2.50000000001e-300', 10);
    expect(0.5).toEqualToDigits(new Decimal('0.5'), 1000);
  });

  it('fails with both values, the gap and the digits agreed', () => {
    const f = failureOf(() => expect('0.3333').toEqualToDigits('0.3334', 4));
    expect(f.message).toContain('expect(received).toEqualToDigits(reference, digits)');
    expect(f.message).toContain('Expected the values to agree to 4 significant digits; they agree to 3.');
    expect(f.message).toMatch(/received\s+0\.3333\n\s+reference\s+0\.3334\n\s+difference\s+0\.0001 \(relative 0\.0003; at most 1e-4 is needed\)\n\s+digits agreed\s+3 of 4/);
    expect(f).toMatchObject({ actual: '0.3333', expected: '0.3334' });
    const n = failureOf(() => expect('0.5').not.toEqualToDigits('0.5', 10));
    expect(n.message).toContain('Expected the values to differ within 10 significant digits, but they agree to all 10.');
  });

  it('refuses a float with more than 15 digits, a non-number and bad digit counts', () => {
    expect(() => expect(0.1 + 0.2).toEqualToDigits('0.3', 5)).toThrow(/0\.30000000000000004, which has 17 significant digits: .*pass a decimal string/);
    expect(() => expect('abc').toEqualToDigits('0.3', 5)).toThrow(/the received value must be a decimal number, got "abc"/);
    expect(() => expect('1').toEqualToDigits('1', 0)).toThrow(/digits must be an integer in 1…1000, got 0/);
    expect(() => expect(Number.NaN).toEqualToDigits('1', 3)).toThrow(/finite/);
  });
});
