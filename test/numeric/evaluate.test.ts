import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DomainError, InputError } from '../../src/errors.js';
import { formatDigits } from '../../src/numeric/context.js';
import { compile } from '../../src/numeric/compile.js';
import { evaluate, evaluateClosure, type StartPrecision } from '../../src/numeric/evaluate.js';
import { parse } from '../../src/symbolic/parse.js';

// Published digits: π (OEIS A000796), e (OEIS A001113).
const PI_100 = '3.141592653589793238462643383279502884197169399375105820974944592307816406286208998628034825342117068';
const E_60 = '2.71828182845904523536028747135266249775724709369995957496697';

describe('evaluate: guaranteed digits', () => {
  it('gives π and e to the digits asked', () => {
    expect(evaluate('pi', {}, { digits: 100 }).value).toBe(PI_100);
    expect(evaluate('e', {}, { digits: 60 }).value).toBe(E_60);
    expect(evaluate('4*atan(1)', {}, { digits: 100 }).value).toBe(PI_100);
  });

  it('survives catastrophic cancellation: σ(x) − 1/2 − x/4 at x = 1e-65', () => {
    // Series: σ(x) = 1/2 + x/4 − x³/48 + O(x⁵), so the value is −1e-195/48 to ~130 digits.
    const r = evaluate('1/(1+e^(-x)) - 1/2 - x/4', { x: '1e-65' }, { digits: 50 });
    expect(r.value).toBe('-2.0833333333333333333333333333333333333333333333333e-197');
    expect(r.workingPrecision).toBeGreaterThan(200);
  });

  it('keeps every significant digit of tiny and huge results', () => {
    // e^(-450) and e^(450) are reciprocal: their product is 1 to every digit; e^(-450) = 10^(-195.43…)
    const small = new Decimal(evaluate('e^(-450)', {}, { digits: 40 }).value);
    const large = new Decimal(evaluate('e^450', {}, { digits: 40 }).value);
    expect(small.times(large).toSignificantDigits(38).toString()).toBe('1');
    expect(evaluate('e^(-450)', {}, { digits: 40 }).value).toMatch(/^3\.69\d{37}e-196$/);
  });

  it('rounds once, correctly (1/3, 2/3 at 20 digits)', () => {
    expect(evaluate('1/3', {}, { digits: 20 }).value).toBe('0.33333333333333333333');
    expect(evaluate('2/3', {}, { digits: 20 }).value).toBe('0.66666666666666666667');
  });

  it('reports an exact zero with its bound instead of looping', () => {
    const r = evaluate('sin(pi)', {}, { digits: 30 });
    expect(r.value).toBe('0');
    expect(r.zeroBound).toBeDefined();
    expect(evaluate('x - x', { x: '0.3' }, { digits: 30 }).value).toBe('0');
  });

  it('recovers from rounding that fakes a domain error: log(1 − tanh(100))', () => {
    // 1 − tanh(100) = 2/(e^200 + 1), so the log is ln 2 − ln(e^200 + 1) ≈ ln 2 − 200
    const r = evaluate('log(1 - tanh(x))', { x: '100' }, { digits: 30 });
    expect(r.value).toBe(evaluate('log(2) - 200 - log(1 + e^(-200))', {}, { digits: 30 }).value);
  });

  it('says where an expression is undefined', () => {
    expect(() => evaluate('log(x)', { x: '-1' })).toThrow(DomainError);
    expect(() => evaluate('log(x)', { x: '-1' })).toThrow(/undefined at x=-1/);
    expect(() => evaluate('1/x', { x: '0' })).toThrow(/division by zero/);
    expect(() => evaluate('x^0.5', { x: '-4' })).toThrow(DomainError);
  });

  it('takes real odd roots of negative numbers', () => {
    expect(evaluate('x^(1/3)', { x: '-27' }, { digits: 10 }).value).toBe('-3.000000000');
    expect(evaluate('x^(-2/3)', { x: '-8' }, { digits: 10 }).value).toBe('0.2500000000');
  });

  it('rejects bad requests clearly', () => {
    expect(() => evaluate('x', { x: '0.1' }, { digits: 4 })).toThrow(/5…1000/);
    expect(() => evaluate('x', { x: '0.1' }, { digits: 1001 })).toThrow(InputError);
    expect(() => evaluate('x', { x: '1', y: '0.1' }, { strict: true })).toThrow(/unknown variable "y"/);
    expect(evaluate('x', { x: '1', y: '0.1' }, { digits: 5 }).value).toBe('1.0000');
    expect(() => evaluate('x*y', { x: '0.1' })).toThrow(/no value given for "y"/);
    expect(() => evaluate('x', { x: 'abc' })).toThrow(/decimal number/);
    expect(() => evaluate('x', { x: Number.NaN })).toThrow(/finite/);
  });
});

describe('formatDigits', () => {
  it('uses exponent notation for tiny and huge values and keeps trailing zeros', () => {
    expect(formatDigits(new Decimal('1.5e-200'), 3)).toBe('1.50e-200');
    expect(formatDigits(new Decimal('123.4'), 6)).toBe('123.400');
    expect(formatDigits(new Decimal('1e30'), 3)).toBe('1.00e+30');
  });
});

describe('evaluate: running error bounds catch what agreement misses', () => {
  // reference values: mpmath 1.3.0 at 400 digits
  it('does not trust two precisions that lose the same term', () => {
    // 1 + tanh(−200) is exactly 0 at 42 and 63 digits; the true value is 3.83e-174
    expect(evaluate('1 + tanh(z) + 1e-300', { z: '-200' }, { digits: 30 }).value).toBe('3.83033919342801139003967955731e-174');
  });

  it('lets a cancelled term that does not matter stay cancelled', () => {
    // 1 − tanh(1636)² is ~1e-1421, beyond any working precision here, but adds nothing to 1 at 30 digits
    expect(evaluate('1 + (1 - tanh(z)^2)*z', { z: '1636' }, { digits: 30 }).value).toBe('1.00000000000000000000000000000');
  });

  it('reports an exact zero of exact arithmetic at once', () => {
    const r = evaluate('x - x', { x: '0.3' }, { digits: 30 });
    expect(r.value).toBe('0');
    expect(r.zeroBound).toBeUndefined();
  });
});

describe('the running error bound is sound through discontinuous functions', () => {
  it('a sign decided only once the cancellation before it is resolved: sign(1 + tanh(z) − 1e-300) at z = −200 is +1', () => {
    // 1 + tanh(−200) = 2/(e^400 + 1) ≈ 3.8e-174, far above 1e-300: the argument is positive
    expect(evaluate('sign(1 + tanh(z) - 1e-300)', { z: '-200' }, { digits: 30 }).value).toBe('1.00000000000000000000000000000');
    expect(evaluate('x*sign(1 + tanh(y) - 1e-300)', { x: '1', y: '-200' }, { digits: 30 }).value).toBe('1.00000000000000000000000000000');
  });

  it('a sign that no precision within the ceiling settles is refused, never guessed', () => {
    // sin(π·1e30) is 0, and π·1e30 is never exact: its sign cannot be settled
    expect(() => evaluate('sign(sin(pi*x))', { x: '1e30' }, { digits: 30 })).toThrow(/could not reach 30 correct digits/);
    // tanh(1300) − 1 = −2/(e^2600 + 1) ≈ −1e-1129: beyond the default ceiling of 1030 digits …
    expect(() => evaluate('sign(tanh(x) - 1)', { x: '1300' }, { digits: 30 })).toThrow(/could not reach/);
    // … and settled (−1) with a ceiling above it
    expect(evaluate('sign(tanh(x) - 1)', { x: '1300' }, { digits: 30, maxPrecision: 1300 }).value).toBe('-1.00000000000000000000000000000');
  });

  it('acot jumps at 0: an argument whose sign is not settled is not evaluated', () => {
    expect(() => evaluate('acot(sin(pi*x))', { x: '1' }, { digits: 20 })).toThrow(/could not reach/);
    expect(evaluate('acot(x)', { x: '0' }, { digits: 20 }).value).toBe('1.5707963267948966192');
  });
});

describe('tiny results are computed or bounded, never a bare 0', () => {
  it('computes values decimal.js can represent', () => {
    // 1 − tanh(2400)² = sech²(2400) = 4/(e^2400 + e^-2400)² ≈ 9.7397e-2085
    expect(evaluate('1 - tanh(x)^2', { x: '2400' }, { digits: 20 }).value).toBe(evaluate('4/(e^x + e^(-x))^2', { x: '2400' }, { digits: 20 }).value);
    // mish(−1e6) = −1e6·tanh(log(1 + e^-1e6)) ≈ −1e6·e^-1e6
    expect(evaluate('x*tanh(log(1 + e^x))', { x: '-1e6' }, { digits: 20 }).value).toBe(evaluate('x*e^x', { x: '-1e6' }, { digits: 20 }).value);
  });

  it('bounds a value below decimal.js range: e^(−1e17) < 1e-9e15', () => {
    const r = evaluate('exp(x)', { x: '-1e17' }, { digits: 20 });
    expect(r.value).toBe('0');
    expect(r.zeroBound).toMatch(/^1e-89999999999999\d\d$/);
    // σ(−1e17) = 1/(1 + e^(1e17)): the overflowed denominator makes it a bound too
    expect(evaluate('1/(1 + e^(-x))', { x: '-1e17' }, { digits: 20 }).zeroBound).toMatch(/^1e-8999/);
  });

  it('a power of a value that is 0 to within its error is 0 within a bound, not an error (sin(π)² found by fast-check)', () => {
    for (const e of ['sin(pi)^2', 'sin(log(1 + sin(pi)^2))', 'sin(pi)^3']) {
      const r = evaluate(e, {}, { digits: 40 });
      expect(r.value, e).toBe('0');
      expect(Number(r.zeroBound!.slice(2)), e).toBeLessThanOrEqual(-40);
    }
    // a small value next to its error keeps its digits: (sin(π) + 1e-30)² = 1e-60
    expect(evaluate('(sin(pi) + 1e-30)^2', {}, { digits: 20 }).value).toBe('1.0000000000000000000e-60');
  });

  it('a cancellation beyond the ceiling is an error, not a 0 with a bound it does not have', () => {
    // sinh² − cosh² = −1 exactly, but at x = −26639 both are 1e23137: the bound is 1e22880, not small
    expect(() => evaluate('sinh(x)^2 - cosh(x)^2', { x: '-26639' }, { digits: 30 })).toThrow(/could not reach/);
  });

  it('a value that overflows is an error', () => {
    expect(() => evaluate('exp(exp(x))', { x: '100' }, { digits: 20 })).toThrow(/overflows/);
  });
});

describe('evaluateClosure: a start precision shared by the points of one formula', () => {
  // σ′ = e^(−x)/(1 + e^(−x))²: its running error bound loses a few digits, so at digits + 12
  // the first pass falls short and a second confirms it; started where the last point's bound
  // needed, each point takes one pass, with the same value
  const sigmaPrime = compile(parse('e^(-x)/(1+e^(-x))^2'));
  const points = ['-6.26566893928', '0.0553861213731', '-0.36281944305', '1.71429664807', '3.07599310112'];

  it('gives the same digits as without it, one pass per point after the first', () => {
    const start: StartPrecision = { digits: 0 };
    for (const [i, x] of points.entries()) {
      const env = { x: new Decimal(x) };
      const plain = evaluateClosure(sigmaPrime, env, 53);
      const started = evaluateClosure(sigmaPrime, env, 53, undefined, start);
      expect(started.value).toBe(plain.value);
      // and right: σ′ = σ(1 − σ) (an identity), σ from decimal.js's own exp at 120 digits
      const D = Decimal.clone({ precision: 120 });
      const s = D.div(1, D.add(1, D.exp(new D(x).neg())));
      expect(started.decimal.minus(s.times(D.sub(1, s))).abs().lte(started.decimal.abs().times('1e-52'))).toBe(true);
      // after the first point, the evaluation is made at the precision left by the last one
      if (i > 0) expect(started.workingPrecision).toBeLessThan(plain.workingPrecision);
    }
    expect(start.digits).toBeGreaterThan(53 + 6);
  });

  it('starts no lower than its own first precision', () => {
    const start: StartPrecision = { digits: 10 };
    expect(evaluateClosure(sigmaPrime, { x: new Decimal('0.5') }, 53, undefined, start).workingPrecision).toBeGreaterThanOrEqual(65);
  });
});
