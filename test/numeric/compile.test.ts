import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors.js';
import { compile } from '../../src/numeric/compile.js';
import { decimalContext } from '../../src/numeric/context.js';
import { parse } from '../../src/symbolic/parse.js';

const at = (text: string, x: string, precision = 60) => {
  const D = decimalContext(precision);
  return compile(parse(text))(D, { x: new D(x) });
};

describe('compile', () => {
  // reference values: mpmath 1.3.0 at 50 digits
  it('shares common subexpressions without mixing them up', () => {
    expect(at('e^(-x)/(1+e^(-x))^2', '0.7').toSignificantDigits(45).toString()).toBe('0.221712873293109050405064283486175938665114241');
    expect(at('sin(x)^2*e^(-x) + sin(x)', '0.7').toSignificantDigits(45).toString()).toBe('0.850308746487558781347792741177262431922147097');
    expect(at('sin(x)^2 + cos(x)^2 - 1', '0.3').abs().lt('1e-55')).toBe(true);
  });

  it('serves every precision from one closure', () => {
    const f = compile(parse('1/3'));
    expect(f(decimalContext(10), {}).toString()).toBe('0.3333333333');
    expect(f(decimalContext(20), {}).toString()).toBe('0.33333333333333333333');
  });

  it('reads literals exactly and never through a float', () => {
    expect(at('x*1.0507009873554804934193349852946', '1').toString()).toBe('1.0507009873554804934193349852946');
  });

  it('throws DomainError, never NaN', () => {
    expect(() => at('log(x)', '-1')).toThrow(DomainError);
    expect(() => at('sqrt(x)', '-1')).toThrow(DomainError);
    expect(() => at('x^0.5', '-2')).toThrow(DomainError);
    expect(() => at('0^x', '-1')).toThrow(DomainError);
    expect(() => at('1/(x-x)', '2')).toThrow(/division by zero/);
  });
});
