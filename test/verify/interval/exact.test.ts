/** Exact rational evaluation: values that are rational, and `undefined` (unknown) for the rest. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/symbolic/parse.js';
import { exactValue, formatRational, parseRational, rational, toDecimal } from '../../../src/verify/interval/exact.js';

const at = (expr: string, env: Record<string, string> = {}) => {
  const r = exactValue(
    parse(expr),
    Object.fromEntries(Object.entries(env).map(([k, v]) => [k, parseRational(v)!])),
  );
  return r && formatRational(r);
};

describe('exactValue', () => {
  it('settles the attained ends of the catalogue exactly', () => {
    expect(at('(1 + e^(-z))^(-2)*e^(-z)', { z: '0' })).toBe('1/4'); // σ′(0)
    expect(at('(-z + 1)^(-1) + (-z + 1)^(-2)*z', { z: '0' })).toBe('1'); // softsign′(0⁻)
    expect(at('sech(z)^2', { z: '0' })).toBe('1');
    expect(at('z*(z + 3)/6', { z: '-1.5' })).toBe('-3/8'); // hard swish's minimum
    expect(at('lambda*alpha*(e^z - 1)', { z: '0', lambda: '1.0507', alpha: '1.6733' })).toBe('0');
  });

  it('roots of perfect powers are exact, others unknown', () => {
    expect(at('sqrt(9/4)')).toBe('3/2');
    expect(at('(1/8)^(-1/3)')).toBe('2');
    expect(at('sqrt(2)')).toBeUndefined();
    expect(at('(-8)^(1/3)')).toBeUndefined();
  });

  it('transcendental values are unknown, not approximated', () => {
    expect(at('tanh(100)')).toBeUndefined();
    expect(at('e^1')).toBeUndefined();
    expect(at('pi - pi')).toBeUndefined();
    expect(at('1/0')).toBeUndefined();
  });

  it('parses and prints decimals exactly', () => {
    expect(parseRational('0.044715')).toEqual({ n: 8943n, d: 200000n });
    expect(parseRational('-1e-5')).toEqual({ n: -1n, d: 100000n });
    expect(parseRational('1/2')).toBeUndefined();
    expect(toDecimal(rational(1n, 4n))?.toString()).toBe('0.25');
    expect(toDecimal(rational(1n, 3n))).toBeUndefined();
  });
});
