import { describe, expect, it } from 'vitest';
import { latexToExpr, readLatex } from '../../src/latex/index.js';
import { format } from '../../src/symbolic/tree.js';

const chain = (tex: string) => {
  const s = readLatex(tex);
  expect(s).toHaveLength(1);
  expect(s[0]!.reason).toBeUndefined();
  return s[0]!.chain!;
};

describe('readLatex', () => {
  it('reads derivatives written with \\frac{d}{dx}, \\partial and primes', () => {
    expect(chain('\\frac{d}{dx} x^n = n x^{n-1}').terms[0]).toMatchObject({ t: 'deriv', wrt: 'x', order: 1 });
    expect(chain('\\frac{\\partial \\tanh(z)}{\\partial z} = 1').terms[0]).toMatchObject({ t: 'deriv', wrt: 'z', body: { t: 'fn', fn: 'tanh' } });
    expect(chain("\\sigma'(z) = 1").terms[0]).toMatchObject({ t: 'apply', name: 'sigma', primes: 1 });
    expect(chain('\\frac{d^2y}{dx^2} = 6x').terms[0]).toMatchObject({ t: 'deriv', order: 2 });
  });
  it('applies \\frac{d}{dx}( … ) to the parenthesised group only', () => {
    const c = chain('\\frac{d}{dq} \\left( \\frac{1}{q} \\right) \\times \\frac{d}{dp} (1+e^p) = 0');
    expect(c.terms[0]).toMatchObject({ t: 'op', op: 'mul', args: [{ t: 'deriv', wrt: 'q' }, { t: 'deriv', wrt: 'p' }] });
  });
  it('splits chains a = b ≈ c into links and keeps the relations', () => {
    expect(chain('\\sigma(z=0) = \\frac{1}{1+e^0} = 0.5').rels).toEqual(['=', '=']);
    expect(chain('1 - \\tanh^2(10) \\approx 1').rels).toEqual(['≈']);
    expect(chain('0 < x \\le 1').rels).toEqual(['<', '≤']);
  });
  it('reads evaluation at a point', () => {
    expect(chain('\\left. \\frac{\\partial \\tanh(z)}{\\partial z} \\right|_{z=10} = 1').terms[0]).toMatchObject({ t: 'at', point: { z: { t: 'num', value: '10' } } });
    expect(chain('\\tanh(z=10) = 1').terms[0]).toMatchObject({ t: 'at' });
  });
  it('reads memberships, cases, \\operatorname, \\text names, subscripts and \\cdot', () => {
    expect(chain("\\tanh'(z) \\in (0, 1]").terms[1]).toMatchObject({ t: 'interval', loOpen: true, hiOpen: false });
    expect(chain('\\text{ReLU}(z) = \\begin{cases} 0 & z < 0 \\\\ z & z \\geq 0 \\end{cases}').terms[1]).toMatchObject({ t: 'cases' });
    expect(chain('\\operatorname{softplus}(z) = \\log(1 + e^z)').terms[0]).toMatchObject({ t: 'juxt', name: 'softplus' });
    expect(chain('w_1 \\cdot x_1 = 2').terms[0]).toMatchObject({ t: 'op', op: 'mul', args: [{ name: 'w_1' }, { name: 'x_1' }] });
  });
  it('keeps long decimals exact', () => {
    expect(chain('x = 1.0507009873554804934193349852946').terms[1]).toEqual({ t: 'num', value: '1.0507009873554804934193349852946' });
  });
  it('reports what it does not understand, with the reason, and never throws', () => {
    expect(readLatex('\\nabla c = 0')[0]!.chain!.terms[0]).toMatchObject({ t: 'unknown', reason: 'unknown command \\nabla' });
    expect(readLatex('\\frac{1}{ = 2')[0]!.reason ?? JSON.stringify(readLatex('\\frac{1}{ = 2'))).toMatch(/unbalanced|not closed|missing/);
    expect(readLatex('\\vec{v} = 1')[0]!.chain!.terms[0]).toMatchObject({ t: 'unknown', reason: 'vectors are not checked' });
    expect(readLatex('\\sin^{-1} x = 1')[0]!.reason).toMatch(/ambiguous/);
    expect(readLatex('\\log_3 x = 1')[0]!.reason).toMatch(/base/);
    expect(readLatex(`x = ${'('.repeat(3000)}`)[0]!.reason).toBeDefined();
    expect(readLatex('x + '.repeat(2000))[0]!.reason).toMatch(/longer than/);
  });
});

describe('latexToExpr', () => {
  it('converts plain expressions to gradproof trees', () => {
    expect(format(latexToExpr('\\frac{1}{1+e^{-z}}'))).toBe('1/(1 + e^(-z))');
    expect(format(latexToExpr('\\tanh^2(z) + \\sqrt{x}'))).toBe('tanh(z)^2 + sqrt(x)');
    expect(format(latexToExpr('\\log_{10} x'))).toBe('log10(x)');
  });
  it('refuses what is not a plain expression', () => {
    expect(() => latexToExpr('\\sigma(z)')).toThrow(/not understood/);
    expect(() => latexToExpr('a = b')).toThrow(/relation/);
  });
});
