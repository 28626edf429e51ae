import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors.js';
import { compile } from '../../src/numeric/compile.js';
import { decimalContext } from '../../src/numeric/context.js';
import { parse } from '../../src/symbolic/parse.js';
import { BOUND_REFERENCES } from './mp/reference/mpmath.js';

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

  // reference values: mpmath 1.3.0 at 130 digits (x**(mpf(p)/q)), rounded to 100 here
  it.each([
    ['2', 'x^(1/2)', '1.414213562373095048801688724209698078569671875376948073176679737990732478462107038850387534327641573'],
    ['0.7', 'x^(-1/2)', '1.195228609334393639968817179693124984846879098998103142587416490114883960849024299758306731378502195'],
    ['7.25', 'x^(3/2)', '19.52122242586257711328382553183369464156981058596235953659140892881034161525026276167779745858940363'],
    ['0.3', 'x^(-7/2)', '67.62006882779828561197157812355581900651169074049175978109808021388805890403984367911832545232970688'],
    ['3.697385243415', '(1+x^2)^(-1/2)', null],
    ['3', 'x^2.5', '15.58845726811989564174701707355285130248524728429342565250226281506739715217920033373031568081523718'],
    ['123456789', 'x^(-9/2)', '3.874205048648694215683551672422986042994603614971436216889820171686772663606560452101578550794759738e-37'],
  ])('takes the half-integer power of %s in %s to within an ulp at 100 digits', (x, text, reference) => {
    const v = at(text, x, 100);
    if (reference === null) {
      // 1/√(1 + x²) against the square root of the exact 1 + x², by decimal.js's own sqrt and division
      const D = decimalContext(130);
      expect(v.toSignificantDigits(98).eq(D.div(1, D.sqrt(D.add(1, D.mul(x, x)))).toSignificantDigits(98))).toBe(true);
      return;
    }
    const ref = new Decimal(reference);
    expect(v.minus(ref).abs().lte(new Decimal(10).pow(ref.e - 99))).toBe(true);
  });

  it('keeps a constant subtree per context: each precision gets its own digits', () => {
    // √2 (published digits, OEIS A002193) inside a closure evaluated at 30, then 60, then 30 digits
    const f = compile(parse('sqrt(2)*x'));
    const sqrt2 = '1.41421356237309504880168872420969807856967187537694807317667973799';
    for (const p of [30, 60, 30]) {
      const D = decimalContext(p);
      expect(f(D, { x: new D(1) }).toString()).toBe(new Decimal(sqrt2).toSignificantDigits(p).toString());
    }
    // another rounding at the same precision is another context: √3 = 1.7320508…
    const down = Decimal.clone({ precision: 5, rounding: Decimal.ROUND_DOWN });
    const half = Decimal.clone({ precision: 5, rounding: Decimal.ROUND_HALF_EVEN });
    const g = compile(parse('sqrt(3)*x'));
    expect(g(down, { x: new down(1) }).toString()).toBe('1.732');
    expect(g(half, { x: new half(1) }).toString()).toBe('1.7321');
  });

  it('throws DomainError, never NaN', () => {
    expect(() => at('log(x)', '-1')).toThrow(DomainError);
    expect(() => at('sqrt(x)', '-1')).toThrow(DomainError);
    expect(() => at('x^0.5', '-2')).toThrow(DomainError);
    expect(() => at('0^x', '-1')).toThrow(DomainError);
    expect(() => at('1/(x-x)', '2')).toThrow(/division by zero/);
  });
});

describe('the running error bound is a bound (decimal.js engine)', () => {
  // the ill-conditioned expressions of the BigInt engine's test, with mpmath's values (reference/mpmath.ts)
  for (const [text, x, reference] of BOUND_REFERENCES) {
    it(`${text} at z=${x}`, () => {
      const f = compile(parse(text));
      const ref = new Decimal(reference);
      for (const precision of [30, 45, 60]) {
        let t: ReturnType<NonNullable<typeof f.tracked>>;
        try {
          t = f.tracked!(decimalContext(precision), { z: new Decimal(x) });
        } catch (e) {
          // 1 − 10^−40 rounds to 1 at 30 digits: a domain error is a refusal, not a claim
          if (e instanceof DomainError) continue;
          throw e;
        }
        if (!Number.isFinite(t.err)) continue;
        // |value − reference| ≤ 10^err (the reference has 70 digits: far below any bound here)
        expect(t.value.minus(ref).abs().lte(new Decimal(10).pow(t.err)), `${text} at ${precision} digits: bound 1e${t.err.toFixed(1)}`).toBe(true);
      }
    });
  }
});
