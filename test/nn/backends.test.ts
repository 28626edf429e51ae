import { describe, expect, it } from 'vitest';
import { argmax, sum } from '../../src/nn/backend.js';
import { decimalBackend } from '../../src/nn/decimal-backend.js';
import { float64Backend as F } from '../../src/nn/float64.js';
import { symbolicBackend as S } from '../../src/nn/symbolic-backend.js';
import { parse } from '../../src/symbolic/parse.js';
import { format } from '../../src/symbolic/tree.js';

describe('backends', () => {
  it('float64: IEEE arithmetic, strings in and out', () => {
    expect(F.toString(F.add(F.fromString('0.1'), F.fromString('0.2')))).toBe('0.30000000000000004');
    expect(F.isFinite(F.div(F.fromString('1'), F.fromString('0')))).toBe(false);
    expect(() => F.fromString('abc')).toThrow(/not a decimal number/);
    expect(F.compile(parse('1/(1 + e^(-z))'))({ z: 0 })).toBe(0.5);
  });

  it('decimal: the precision asked for, exact input', () => {
    const B = decimalBackend(40);
    expect(B.toString(B.div(B.fromString('1'), B.fromString('3')))).toBe(`0.${'3'.repeat(40)}`);
    expect(B.toString(B.add(B.fromString('0.1'), B.fromString('0.2')))).toBe('0.3');
    expect(B.fromString('0.12345678901234567890123').toString()).toBe('0.12345678901234567890123');
    expect(() => decimalBackend(2)).toThrow(/5…1100/);
    expect(decimalBackend(40)).toBe(B);
  });

  it('decimal: counts the transcendental evaluations', () => {
    const B = decimalBackend(33);
    const before = B.calls.transcendental;
    const f = B.compile(parse('e^(-z)/(1 + e^(-z))^2 + tanh(z) + z^2'));
    f({ z: B.fromString('0.5') });
    expect(B.calls.transcendental - before).toBe(2); // e^(−z) once (shared), tanh once; z² is not transcendental
  });

  it('symbolic: folds 0 and 1, nothing else', () => {
    const x = parse('x');
    expect(format(S.add(S.fromString('0'), x))).toBe('x');
    expect(format(S.mul(S.fromString('1'), x))).toBe('x');
    expect(format(S.mul(x, S.fromString('0')))).toBe('0');
    expect(format(S.add(x, x))).toBe('x + x');
    expect(format(S.fromString('-2.5'))).toBe('-2.5');
    expect(() => S.compare(x, x)).toThrow(/cannot be compared/);
  });

  it('sum and argmax', () => {
    expect(sum(F, [1, 2, 3])).toBe(6);
    expect(sum(F, [])).toBe(0);
    expect(argmax(F, [0.1, 0.7, 0.7, 0.2])).toBe(1);
  });
});
