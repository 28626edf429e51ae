import { describe, expect, it } from 'vitest';
import { checkIdentity } from '../../src/verify/identity.js';

describe('checkIdentity', () => {
  it('settles an identity symbolically and numerically when the CAS can', () => {
    const v = checkIdentity('(x+1)^2', 'x^2 + 2*x + 1');
    expect(v.holds).toBe(true);
    expect(v.method).toBe('both');
    expect(v.points).toBeGreaterThanOrEqual(64);
  });

  it('falls back to 64 numeric points when the CAS cannot (erf is odd)', () => {
    const v = checkIdentity('erf(-x)', '-erf(x)');
    expect(v.holds).toBe(true);
    expect(v.method).toBe('numeric');
    expect(v.points).toBeGreaterThanOrEqual(64);
    expect(v.digitsAgreed).toBe(30);
  });

  it('proves 1 − tanh² = sech² (in exponential-rational form)', () => {
    const v = checkIdentity('1 - tanh(x)^2', 'sech(x)^2');
    expect(v.holds).toBe(true);
    expect(v.method).toBe('both');
  });

  it('proves sinh² − cosh² = −1', () => {
    expect(checkIdentity('sinh(x)^2 - cosh(x)^2', '-1').holds).toBe(true);
  });

  it('refutes a false identity with a counterexample', () => {
    const v = checkIdentity('sin(x)^2', '1 - cos(x)');
    expect(v.holds).toBe(false);
    expect(v.counterexample).toBeDefined();
  });

  it('refutes an identity that is only true to 16 digits', () => {
    const v = checkIdentity('e', '2.718281828459045', { digits: 30 });
    expect(v.holds).toBe(false);
  });
});
