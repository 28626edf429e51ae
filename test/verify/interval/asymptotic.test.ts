/**
 * Tail enclosures and limits: every enclosure on a tail is checked against point values at
 * z = ±L … ±10⁴·L (numeric/evaluate, 40 digits); the limits are the textbook ones, typed
 * here from the mathematics (σ → 1, softsign → ±1, ELU → −α, …), not from the code.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getScalarActivation } from '../../../src/activations/_internals/catalogue.js';
import { parse } from '../../../src/symbolic/parse.js';
import { format } from '../../../src/symbolic/tree.js';
import { analyseTail, type Limit, TailFailure } from '../../../src/verify/interval/asymptotic.js';
import { formatConst } from '../../../src/verify/interval/constant.js';
import { formatInterval, intervalContext } from '../../../src/verify/interval/interval.js';
import { containmentViolation } from './containment.js';

const ctx = intervalContext(24);
const L = new Decimal(32);
const limitText = (l: Limit): string => (l.kind === 'inf' ? (l.sign > 0 ? 'inf' : '-inf') : l.exact ? formatConst(l.exact) : `≈${formatInterval(l.enclosure, 6)}`);

/** Sample points z = ±L·k; `near` keeps them within ±10·L, where the reference evaluator still resolves e^(−2z)-sized differences. */
function check(expr: string, side: 1 | -1, params: Record<string, string> = {}, near = false) {
  const t = analyseTail(parse(expr), side, L, params, ctx);
  const points = (near ? ['1', '1.5', '3', '10'] : ['1', '1.5', '3', '10', '100', '10000']).map((k) => L.times(k).times(side).toString());
  const miss = containmentViolation(expr, 'z', t.enclosure, points, params);
  expect(miss, `${expr} on the ${side > 0 ? 'upper' : 'lower'} tail: ${formatInterval(t.enclosure)} misses ${JSON.stringify(miss)}`).toBeUndefined();
  return t;
}

describe('limits at ±∞ (textbook values)', () => {
  const cases: [string, 1 | -1, string, Record<string, string>?, boolean?][] = [
    ['1/(1 + e^(-z))', 1, '1'],
    ['1/(1 + e^(-z))', -1, '0'],
    ['(1 + e^(-z))^(-2)*e^(-z)', -1, '0'],
    ['z/(1 + z)', 1, '1'],
    ['z/(1 - z)', -1, '-1'],
    ['(1 + z)^(-1) - (1 + z)^(-2)*z', 1, '0'],
    ['alpha*(e^z - 1)', -1, '-13/10', { alpha: '1.3' }],
    ['log(1 + e^z)', 1, 'inf'],
    ['-log(1 + e^(-z))', -1, '-inf'],
    ['(1 + e^(-z))^(-1)*e^(-z)', -1, '1'],
    ['(z + sqrt(z^2 + b))/2', -1, '0', { b: '4' }],
    ['1/2*((z^2 + b)^(-1/2)*z + 1)', 1, '1', { b: '4' }],
    ['z*tanh(log(1 + e^z))', -1, '0'],
    ['tanh(z)', 1, '1'],
    ['sech(z)^2', -1, '0'],
    ['z - tanh(z)', -1, '-inf'],
    ['atan(z)', 1, '1/2*pi'],
    ['erf(z/sqrt(2))', -1, '-1'],
    ['z*(1 + erf(z/sqrt(2)))/2', -1, '0'],
    ['e^(-z^2/2)*z^5', 1, '0'],
    ['sqrt(z^2 + 1) - z', 1, '0'],
    ['(1 - tanh(z))*e^(2*z)', 1, '2', {}, true],
    ['(1 + tanh(2*z))*e^(-4*z)', -1, '2', {}, true],
    ['sech(z)*e^z', 1, '2'],
    ['erfc(z)*e^(z^2)*z', 1, 'pi^(-1/2)', {}, true],
    ['z*e^(z^2)*erfc(-z)', -1, '-1*pi^(-1/2)', {}, true],
    ['sinh(z)*e^(-z)', 1, '1/2'],
    ['cosh(z)*e^(z)', -1, '1/2'],
  ];
  for (const [expr, side, want, params, near] of cases) {
    it(`${expr} → ${want} as z → ${side > 0 ? '+' : '−'}∞`, () => {
      expect(limitText(check(expr, side, params, near).limit)).toBe(want);
    });
  }

  it('encloses with open ends where the limit is approached: σ′ > 0 on (−∞, −32]', () => {
    const t = check('(1 + e^(-z))^(-2)*e^(-z)', -1);
    expect(t.enclosure.lo.isZero() && t.enclosure.loOpen).toBe(true);
    const tanh = check('tanh(z)', 1);
    expect(tanh.enclosure.hi.eq(1) && tanh.enclosure.hiOpen).toBe(true);
  });
});

describe('every tail of the catalogue (function and first derivative) is enclosed soundly', () => {
  const names = ['sigmoid', 'tanh', 'softplus', 'softsign', 'swish', 'silu', 'mish', 'gelu', 'gelu_tanh', 'elu', 'celu', 'selu', 'log_sigmoid', 'squareplus', 'tanhshrink', 'exponential'];
  for (const name of names) {
    it(name, () => {
      const a = getScalarActivation(name);
      const params = a.paramValues({}, 30);
      for (const order of [0, 1]) {
        a.pieceExprs(order).forEach((e, i) => {
          const iv = a.pieces[i]!.interval;
          if (!iv.hi) check(format(e), 1, params);
          if (!iv.lo) check(format(e), -1, params);
        });
      }
    });
  }
});

describe('what the rules do not cover fails loudly', () => {
  it('sin(z) has no limit; log of a power of z is not a supported form', () => {
    expect(() => analyseTail(parse('sin(z)'), 1, L, {}, ctx)).toThrow(TailFailure);
    expect(() => analyseTail(parse('log(z)'), 1, L, {}, ctx)).toThrow(/log of a power of z/);
  });

  it('a monomial that is not monotone from L on asks for a larger L', () => {
    // z^40·e^(−z) increases up to z = 40
    expect(() => analyseTail(parse('z^40*e^(-z)'), 1, L, {}, ctx)).toThrow(/not monotone/);
    expect(analyseTail(parse('z^40*e^(-z)'), 1, new Decimal(64), {}, ctx).limit.kind).toBe('finite');
  });
});

/** Random expressions built from the kinds of terms activations have near ±∞. */
const tailExpression: fc.Arbitrary<string> = fc.letrec((tie) => ({
  leaf: fc.constantFrom('z', '1', '2', '1/3', 'e^(-z)', 'e^z', 'e^(-2*z)', 'tanh(z)', 'sech(z)', 'log(1 + e^z)', 'log(1 + e^(-z))', 'erf(z/2)', 'sqrt(z^2 + 3)', '1/(1 + z^2)', 'z^2'),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.tuple(tie('expr'), fc.constantFrom(' + ', ' - ', '*', '/'), tie('expr')).map(([a, op, b]) => `(${a})${op}(${b})`),
    fc.tuple(fc.constantFrom('tanh', 'sech', 'atan', 'erf'), tie('expr')).map(([f, a]) => `${f}(${a})`),
  ),
})).expr as fc.Arbitrary<string>;

describe('random tail expressions (fast-check)', () => {
  it('when the analysis succeeds, its enclosure contains the values far out on the tail', () => {
    let analysed = 0;
    fc.assert(
      fc.property(tailExpression, fc.constantFrom(1, -1) as fc.Arbitrary<1 | -1>, (expr, side) => {
        let t: ReturnType<typeof analyseTail>;
        try {
          t = analyseTail(parse(expr), side, L, {}, ctx);
        } catch (err) {
          if (err instanceof TailFailure) return true;
          throw err;
        }
        analysed++;
        const points = ['1', '1.5', '3', '7'].map((k) => L.times(k).times(side).toString());
        const miss = containmentViolation(expr, 'z', t.enclosure, points);
        if (miss && miss.value !== 'undefined') throw new Error(`${expr} on the ${side > 0 ? 'upper' : 'lower'} tail: ${formatInterval(t.enclosure)} misses ${miss.value} at ${miss.at}`);
        return true;
      }),
      // a fixed seed keeps the run time of this test predictable (some draws take a second)
      { numRuns: 20, seed: 20261129 },
    );
    expect(analysed).toBeGreaterThan(8);
  }, 180_000);
});
