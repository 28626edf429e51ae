import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/numeric/compile.js';
import type { DecimalCtor } from '../../src/numeric/context.js';
import { centralDifference, detectKink, digitsAgreed, finiteDifference, numericDerivative, oneSidedDifference, oneSidedLimits, type RealFn } from '../../src/numeric/finite.js';
import { parse } from '../../src/symbolic/parse.js';

const E_60 = new Decimal('2.71828182845904523536028747135266249775724709369995957496697'); // OEIS A001113

/** f(x) compiled from expression text. */
const fn = (text: string): RealFn => {
  const c = compile(parse(text));
  return (x, D) => c(D, { x });
};

describe('finite differences at high precision', () => {
  it('reach every requested digit on smooth functions', () => {
    // d/dx e^x at 1 = e (published digits)
    const d = centralDifference((x, D) => D.exp(x), new Decimal(1), 50);
    expect(d.converged).toBe(true);
    expect(digitsAgreed(d.value, E_60, 55)).toBeGreaterThanOrEqual(51);
    // d/dx sin at 0.5 = cos 0.5 (identity, the reference computed by decimal.js's cos directly)
    const c = centralDifference((x, D) => D.sin(x), new Decimal('0.5'), 50);
    const cos = Decimal.clone({ precision: 60 }).cos('0.5');
    expect(digitsAgreed(c.value, cos, 55)).toBeGreaterThanOrEqual(51);
  });

  it('take derivatives of any order from f itself (e^x: every derivative is e at 1)', () => {
    for (const order of [2, 3, 4, 6]) {
      const d = numericDerivative((x, D) => D.exp(x), new Decimal(1), 40, { order });
      expect(digitsAgreed(d.value, E_60, 45), `order ${order}`).toBeGreaterThanOrEqual(41);
    }
    // d⁴/dx⁴ x⁴ = 24 exactly
    expect(digitsAgreed(numericDerivative(fn('x^4'), new Decimal('0.3'), 30, { order: 4 }).value, new Decimal(24), 35)).toBeGreaterThanOrEqual(31);
  });

  it('keeps its digits in the tails, where |f| ≫ |f′| (σ at z = 40)', () => {
    const sigma = (x: Decimal, D: DecimalCtor) => D.div(1, D.add(1, D.exp(x.neg())));
    // σ′(40) = σ(40)(1 − σ(40)) = e^(-40)/(1 + e^(-40))^2
    const P = Decimal.clone({ precision: 80 });
    const exact = P.exp(-40).div(P.add(1, P.exp(-40)).pow(2));
    const d = centralDifference(sigma, new Decimal(40), 50);
    expect(digitsAgreed(d.value, exact, 55)).toBeGreaterThanOrEqual(51);
  });

  // references: mpmath 1.3 at mp.dps = 80, from the closed-form derivatives
  const HARD: readonly [string, string, string, string][] = [
    ['cos(x) at 1e100 (step on the scale of the function, not of x)', 'cos(x)', '1e100', '0.37237612366127668826208669555316429571966788356743470236441538829671922404375644'],
    ['tan(x) next to its pole at π/2', 'tan(x)', '1.5707963', '1392822675043677.4687956764159816262667516735739014047156046535632799524513991867'],
    ['acosh(x) at 1 + 1e-10, next to the edge of its domain', 'acosh(x)', '1.0000000001', '70710.678116886985487184358660216269717770161221759497611169240687737572556664921'],
    ['sqrt(1 - x^2) at 0.99999999', 'sqrt(1 - x^2)', '0.99999999', '-7071.0677588324665445319443438880900322581422929405821005440170023759941572266103'],
    ['x^123456789 at 1.000001 (f varies on the scale 1e-8)', 'x^123456789', '1.000001', '51061074638403782943824636805000187457274730441206955715013899.132105808016025147'],
    ['a tower of five exponentials at -1', 'exp(exp(exp(exp(exp(x)))))', '-1', '224545535333811598320207567241905.44087889705732041699174937797587205876922180757'],
  ];
  for (const [label, text, at, reference] of HARD) {
    it(`adapt the step and the precision: ${label}`, () => {
      const d = finiteDifference(fn(text), new Decimal(at), 50);
      expect(d.converged).toBe(true);
      expect(digitsAgreed(d.value, new Decimal(reference), 55)).toBeGreaterThanOrEqual(51);
    });
  }

  it('judge a zero derivative on the absolute scale of the function (x·e^(−x) at 1)', () => {
    const d = finiteDifference(fn('x*e^(-x)'), new Decimal(1), 50);
    expect(d.converged).toBe(true);
    // |estimate| and its error sit far below 10^-50 · |f(1)| = 10^-50 / e
    expect(d.value.abs().plus(d.error).lt(d.scale.times('1e-50'))).toBe(true);
    // and the second derivative of x·erf(x) at 1 is 0 as well: (4/√π)e^(−x²)(1 − x²)
    const d2 = numericDerivative(fn('x*erf(x)'), new Decimal(1), 40, { order: 2 });
    expect(d2.value.abs().plus(d2.error).lt(d2.scale.times('1e-40'))).toBe(true);
  });

  it('steps one-sided at the edge of the domain (√x at 1e-30, and at 0 only from the right)', () => {
    const d = finiteDifference((x, D) => D.sqrt(x), new Decimal('1e-30'), 40);
    // d/dx √x = 1/(2√x) = 5e14
    expect(digitsAgreed(d.value, new Decimal('5e14'), 45)).toBeGreaterThanOrEqual(41);
    // at 0 the central stencil leaves the domain; the right-sided table does not settle: the slope is infinite
    const edge = finiteDifference(fn('sqrt(x)'), new Decimal(0), 30);
    expect(edge.kind).toBe('forward');
    expect(edge.converged).toBe(false);
  });

  it('one-sided differences reach the requested accuracy', () => {
    const d = oneSidedDifference((x, D) => D.ln(x), new Decimal(2), 50, 1);
    expect(digitsAgreed(d.value, new Decimal('0.5'), 55)).toBeGreaterThanOrEqual(51);
    const b = oneSidedDifference((x, D) => D.ln(x), new Decimal(2), 50, -1);
    expect(digitsAgreed(b.value, new Decimal('0.5'), 55)).toBeGreaterThanOrEqual(51);
  });

  it('detects a kink and reports both one-sided slopes', () => {
    const leaky = (x: Decimal) => (x.isNegative() ? x.times('0.01') : x);
    const k = detectKink(leaky, new Decimal(0), 30);
    expect(k.kink).toBe(true);
    expect(k.left.toSignificantDigits(25).toString()).toBe('0.01');
    expect(k.right.toSignificantDigits(25).toString()).toBe('1');
    const smooth = detectKink((x, D) => D.tanh(x), new Decimal(0), 30);
    expect(smooth.kink).toBe(false);
  });

  it('takes one-sided slopes and limits across a jump (sign at 0)', () => {
    const sign = fn('sign(x)');
    const lim = oneSidedLimits(sign, new Decimal(0), 30);
    expect(lim.left?.toString()).toBe('-1');
    expect(lim.right?.toString()).toBe('1');
    expect(oneSidedDifference(sign, new Decimal(0), 30, 1).value.isZero()).toBe(true);
  });

  const counting = (text: string): { f: RealFn; calls: () => number } => {
    const f = fn(text);
    let calls = 0;
    return {
      f: (x, D) => {
        calls++;
        return f(x, D);
      },
      calls: () => calls,
    };
  };

  it('settles a typical point with one two-level table (4 evaluations of f at 50 digits)', () => {
    // a table computed twice, or the full table after the short one, would take 10 or more
    for (const [text, at] of [
      ['e^x', '1'],
      ['1/(1+e^(-x))', '3.07599310112'],
      ['sin(x)*cos(2*x)', '3.07599310112'],
      ['x^3 - 2*x + 1', '-0.36281944305'],
    ] as const) {
      const { f, calls } = counting(text);
      const d = finiteDifference(f, new Decimal(at), 50, { loss: 0, value: fn(text)(new Decimal(at), Decimal.clone({ precision: 30 })) });
      expect(d.converged, text).toBe(true);
      expect(calls(), text).toBe(4);
    }
  });

  it('goes on to the full table where the two-level one cannot settle the digits: a derivative that is 0', () => {
    // x·e^(−x) at 1: f′ = 0, judged on the absolute scale of f (10^−106 here), which h₀² of the short table cannot meet
    const { f, calls } = counting('x*e^(-x)');
    const d = finiteDifference(f, new Decimal(1), 50, { loss: 0, value: fn('x*e^(-x)')(new Decimal(1), Decimal.clone({ precision: 30 })) });
    expect(d.converged).toBe(true);
    expect(d.value.abs().lt('1e-100')).toBe(true);
    expect(calls()).toBeGreaterThan(4);
    expect((calls() - 4) % 6).toBe(0);
  });

  it('digitsAgreed counts significant digits', () => {
    expect(digitsAgreed(new Decimal('1.2345'), new Decimal('1.2346'), 50)).toBe(4);
    expect(digitsAgreed(new Decimal('3'), new Decimal('3'), 50)).toBe(50);
    expect(digitsAgreed(new Decimal('1'), new Decimal('-1'), 50)).toBe(0);
  });
});
