/**
 * The table of elementary derivatives (symbolic/functions.ts) is the base of gradproof's
 * own differentiation rules. Each entry is checked twice, independently: against a
 * central finite difference of the function at 40 digits, and against the CAS's own
 * derivative of f(t).
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors.js';
import { compile } from '../../src/numeric/compile.js';
import { evaluateClosure } from '../../src/numeric/evaluate.js';
import { digitsAgreed, finiteDifference } from '../../src/numeric/finite.js';
import { casDiff } from '../../src/symbolic/cas.js';
import { ELEMENTARY_DERIVATIVES, FUNCTION_ARITY, PIECEWISE_FUNCTIONS } from '../../src/symbolic/functions.js';
import { elementaryDerivative, ruleDerivative } from '../../src/symbolic/rules.js';
import { call, format, v } from '../../src/symbolic/tree.js';
import { parse } from '../../src/symbolic/parse.js';

const PROBES = ['0.3', '0.7', '1.6', '2.9', '-0.4', '-2.2', '-0.95', '7.5'];

describe('the table of elementary derivatives', () => {
  it('has one entry per smooth function of the parser', () => {
    const smooth = Object.keys(FUNCTION_ARITY).filter((f) => !PIECEWISE_FUNCTIONS.has(f)).sort();
    expect(Object.keys(ELEMENTARY_DERIVATIVES).sort()).toEqual(smooth);
  });

  for (const fn of Object.keys(ELEMENTARY_DERIVATIVES)) {
    it(`d/dt ${fn}(t) agrees with finite differences and with the CAS`, () => {
      const f = compile(call(fn, v('t')));
      const d = compile(elementaryDerivative(fn));
      let cas: ReturnType<typeof compile> | undefined;
      try {
        cas = compile(casDiff(call(fn, v('t')), 't').tree);
      } catch {
        cas = undefined; // the CAS cannot differentiate cbrt: the finite differences still judge
      }
      let checked = 0;
      for (const p of PROBES) {
        const t = new Decimal(p);
        let value: Decimal;
        try {
          evaluateClosure(f, { t }, 40); // the derivative's formula may be defined where f is not (acoth's 1/(1 − t²))
          value = evaluateClosure(d, { t }, 40).decimal;
        } catch (err) {
          if (err instanceof DomainError) continue;
          throw err;
        }
        const fd = finiteDifference((x, D) => f(D, { t: x }), t, 40);
        expect(digitsAgreed(value, fd.value, 40), `${fn}′(${p})`).toBeGreaterThanOrEqual(38);
        if (cas && fn !== 'erfc') {
          expect(digitsAgreed(value, evaluateClosure(cas, { t }, 40).decimal, 40), `CAS ${fn}′(${p})`).toBeGreaterThanOrEqual(38);
        }
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(2);
    });
  }

  it('fails on a deliberately wrong entry (the check can fail)', () => {
    const f = compile(parse('tanh(t)'));
    const wrong = compile(parse('1 + tanh(t)^2'));
    const t = new Decimal('0.7');
    const fd = finiteDifference((x, D) => f(D, { t: x }), t, 40);
    expect(digitsAgreed(evaluateClosure(wrong, { t }, 40).decimal, fd.value, 40)).toBeLessThan(2);
  });
});

describe('exponentials', () => {
  it('writes (e^w)′ as e^w·w′, without ln e, and a^w with ln a', () => {
    expect(format(ruleDerivative(parse('e^(x^2)'), 'x'))).toBe('e^x^2*(2*x^(2 - 1))');
    expect(format(ruleDerivative(parse('2^x'), 'x'))).toBe('2^x*log(2)');
    // its value: (e^(x²))′ at 0.7 = 1.4·e^0.49 = 2.2852427079375305581… (mpmath 1.3.0)
    const d = compile(ruleDerivative(parse('e^(x^2)'), 'x'));
    expect(evaluateClosure(d, { x: new Decimal('0.7') }, 20).value).toBe('2.2852427079375305582');
  });
});

describe('piecewise rules', () => {
  it('take the least-magnitude one-sided slope at a tie, as relu does (relu′(0) = 0)', () => {
    const at = (e: string, x: string) => evaluateClosure(compile(ruleDerivative(parse(e), 'x')), { x: new Decimal(x) }, 20).value;
    expect(at('max(x, 0)', '0')).toBe('0');
    expect(at('max(0, x)', '0')).toBe('0');
    expect(at('min(x, 0)', '0')).toBe('0');
    expect(at('max(x, 0.01*x)', '0')).toBe('0.010000000000000000000');
    expect(at('abs(x)', '0')).toBe('0');
    expect(at('max(-x, 0)', '0')).toBe('0');
    // away from the tie the active argument's derivative
    expect(at('max(x, 0)', '2')).toBe('1.0000000000000000000');
    expect(at('max(x, 0)', '-2')).toBe('0');
    expect(at('min(x, 0)', '-2')).toBe('1.0000000000000000000');
    expect(at('max(2*x, x)', '0')).toBe('1.0000000000000000000');
    expect(at('min(-2*x, -x)', '0')).toBe('-1.0000000000000000000');
  });

  it('fold literal signs', () => {
    expect(format(ruleDerivative(parse('max(x, 0)'), 'x'))).not.toMatch(/sign\(1\)|abs\(0\)/);
  });
});
