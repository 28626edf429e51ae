import { describe, expect, it } from 'vitest';
import { toTex } from '../../src/symbolic/tex.js';

describe('toTex', () => {
  it.each([
    ['e^x/(1+e^x)', '\\frac{e^{x}}{1 + e^{x}}'],
    ['sqrt(2/pi)', '\\sqrt{\\frac{2}{\\pi}}'],
    ['tanh(x)^2', '\\tanh^{2}\\left(x\\right)'],
    ['-(x+1)', '-\\left(x + 1\\right)'],
    ['x - (y - z)', 'x - \\left(y - z\\right)'],
    ['2*x', '2\\,x'],
    ['erf(x)', '\\operatorname{erf}\\left(x\\right)'],
    ['abs(x)', '\\left|x\\right|'],
    ['alpha*z1', '\\alpha z_{1}'],
    ['1e-5', '1 \\times 10^{-5}'],
    ['(1+e^x)^(-1)*e^x', '\\frac{e^{x}}{1 + e^{x}}'],
    ['x^(-2)', '\\frac{1}{x^{2}}'],
    ['2*x^(-1/2)', '\\frac{2}{x^{\\frac{1}{2}}}'],
  ])('%s → %s', (input, tex) => {
    expect(toTex(input)).toBe(tex);
  });

  // the notation of readable forms (symbolic/readable): these are typeset as a teacher writes them
  it.each([
    ['sech(x)^2', '\\operatorname{sech}^{2}\\left(x\\right)'],
    ['x*e^(-(x^2/2))', 'x e^{-\\frac{x^{2}}{2}}'],
    ['-(2*x)', '-2\\,x'],
    ['-(x/2)', '-\\frac{x}{2}'],
    ['lambda*alpha*e^z', '\\lambda \\alpha e^{z}'],
    ['x*2', 'x \\cdot 2'],
    ['varphi*(1 - varphi)', '\\varphi \\left(1 - \\varphi\\right)'],
  ])('readable notation: %s → %s', (input, tex) => {
    expect(toTex(input)).toBe(tex);
  });

  it('typesets the display functions σ and softplus of readable forms', () => {
    const sigma = { kind: 'call', fn: 'sigmoid', args: [{ kind: 'var', name: 'z' }] } as const;
    expect(toTex({ kind: 'mul', left: sigma, right: { kind: 'sub', left: { kind: 'num', value: '1' }, right: sigma } })).toBe(
      '\\sigma\\left(z\\right) \\left(1 - \\sigma\\left(z\\right)\\right)',
    );
    expect(toTex({ kind: 'pow', left: sigma, right: { kind: 'num', value: '2' } })).toBe('\\sigma\\left(z\\right)^{2}');
    expect(toTex({ kind: 'call', fn: 'softplus', args: [{ kind: 'var', name: 'z' }] })).toBe('\\operatorname{softplus}\\left(z\\right)');
  });
});
