import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/numeric/evaluate.js';
import { derive } from '../../src/verify/derive.js';
import { parse } from '../../src/symbolic/parse.js';
import { expandReadable, readable, readableForms } from '../../src/symbolic/readable.js';
import { toTex } from '../../src/symbolic/tex.js';
import { format } from '../../src/symbolic/tree.js';
import { checkIdentity } from '../../src/verify/identity.js';
import { smoothExpression } from '../properties/expressions.js';

const self = (expr: string) => ({ self: { name: 'varphi', expr: parse(expr) } });

/**
 * What a teacher writes for each derived form. Each expected form is itself checked to be
 * equal to the input (an identity at 64 points), so a wrong expectation cannot pass.
 */
const GOLDEN: readonly [string, string, { self?: { name: string; expr: ReturnType<typeof parse> } }][] = [
  ['(1 + y^2*x^(-2))^(-1)*x^(-1)', 'x/(x^2 + y^2)', {}],
  ['2/2^2*x', 'x/2', {}],
  ['3*z^(3-1)', '3*z^2', {}],
  ['e^(-1/2*x^2)*(-x)', '-(x*e^(-(x^2/2)))', {}],
  ['(1+e^z)^(-1)*e^z', 'sigmoid(z)', {}],
  ['(1 + e^(-z))^(-2)*e^(-z)', 'sigmoid(z)*(1 - sigmoid(z))', {}],
  ['(1 + e^(-z))^(-2)*e^(-z)', 'varphi*(1 - varphi)', self('1/(1 + e^(-z))')],
  ['-(1 + e^(-z))^(-2)*e^(-z) + 2*(1 + e^(-z))^(-3)*e^(-2*z)', 'varphi*(1 - varphi)*(1 - 2*varphi)', self('1/(1 + e^(-z))')],
  ['sech(z)^2', '1 - varphi^2', self('tanh(z)')],
  ['-2*sech(z)^2*tanh(z)', '-(2*varphi*(1 - varphi^2))', self('tanh(z)')],
  ['(1 + e^(-z*beta))^(-1) + (1 + e^(-z*beta))^(-2)*e^(-z*beta)*beta*z', 'sigmoid(beta*z) + beta*varphi*(1 - sigmoid(beta*z))', self('z/(1 + e^(-beta*z))')],
  ['e^z*alpha', 'varphi + alpha', self('alpha*(e^z - 1)')],
  ['(-z + 1)^(-1) + (-z + 1)^(-2)*z', '1/(1 - z)^2', {}],
  ['1/2*(-1/2*(z^2 + b)^(-1/2 - 1)*(2*z^(2 - 1))*z + (z^2 + b)^(-1/2))', 'b/(2*(z^2 + b)^(3/2))', {}],
  ['1/4*(-2*z^2*sqrt(2)*sqrt(pi) + 4*sqrt(2)*sqrt(pi))*(e^(1/2*z^2)*pi)^(-1)', '(2 - z^2)*e^(-(z^2/2))/sqrt(2*pi)', {}],
  ['(1 + e^z)^(-1)*e^z*z*sech(log(1 + e^z))^2 + tanh(log(1 + e^z))', 'z*sigmoid(z)*(1 - tanh(softplus(z))^2) + tanh(softplus(z))', {}],
  // long runs of zeros as powers of ten (a readable 1e4001 is not 4002 digits)
  ['1e4001', '1e4001', {}],
  ['2*1e30*x', '2e30*x', {}],
  ['x*1e-4001', '1e-4001*x', {}],
  ['x*123000000000000000000000', '1.23e23*x', {}],
  ['x*0.000000000000000000000000134', '1.34e-25*x', {}],
];

describe('readable forms', () => {
  it.each(GOLDEN)('%s → %s', (input, expected, options) => {
    const form = readable(parse(input), options);
    expect(format(form.expr)).toBe(expected);
    const expanded = expandReadable(form.expr, options.self);
    const v = checkIdentity(expanded, parse(input), { numericOnly: true, digits: 30, interval: ['-4', '4'], fixed: { alpha: '1.5', beta: '0.7', b: '4', y: '1.3' } });
    expect(v.holds, `${expected} is not equal to ${input}`).toBe(true);
  });

  it('keeps decimal literals exact: 0.044715·3 is 0.134145, never 26829/200000', () => {
    const f = readable(parse('(1 + 0.044715*(3*z^(3 - 1)))*2/2^2'));
    expect(format(f.expr)).toBe('1/2*(1 + 0.134145*z^2)');
  });

  it('does not split a square root over factors of unknown sign: sqrt(x^2) stays |x|-valued', () => {
    const f = readable(parse('sqrt(x^2)*x^(-1)'));
    const at = evaluate(expandReadable(f.expr), { x: '-2' }, { digits: 10 }).value;
    expect(at).toBe('-1.000000000');
  });

  it('renders the teacher’s notation in TeX', () => {
    expect(toTex(readable(parse('(1 + e^(-z))^(-2)*e^(-z)')).expr)).toBe('\\sigma\\left(z\\right) \\left(1 - \\sigma\\left(z\\right)\\right)');
    expect(toTex(readable(parse('sech(z)^2'), self('tanh(z)')).expr)).toBe('1 - \\varphi^{2}');
    expect(toTex(readable(parse('e^(-1/2*x^2)*(-x)')).expr)).toBe('-x e^{-\\frac{x^{2}}{2}}');
  });

  it('lists every candidate form; the first is the chosen one', () => {
    const forms = readableForms(parse('(1 + e^(-z))^(-2)*e^(-z)'));
    expect(forms.length).toBeGreaterThan(1);
    expect(forms[0]!.kind).toBe('named');
    expect(forms.map((f) => f.kind)).toContain('rational');
  });

  it('is an identity on random expressions and on their derivatives (property)', () => {
    fc.assert(
      fc.property(smoothExpression, (text) => {
        const e = parse(text);
        for (const target of [e, derive(e, 'x').expr]) {
          for (const form of readableForms(target).slice(0, 3)) {
            const v = checkIdentity(expandReadable(form.expr), target, { numericOnly: true, digits: 20, points: 12, interval: ['-3', '3'] });
            if (!v.holds && !v.reason) throw new Error(`${format(form.expr)} ≠ ${format(target)}: ${JSON.stringify(v.counterexample)}`);
          }
        }
      }),
      { numRuns: 25, seed: 11 },
    );
  }, 120_000);
});
