import { describe, expect, it } from 'vitest';
import { toTex } from '../../src/symbolic/tex.js';

describe('toTex', () => {
  it.each([
    ['e^x/(1+e^x)', '\\frac{e^{x}}{1 + e^{x}}'],
    ['sqrt(2/pi)', '\\sqrt{\\frac{2}{\\pi}}'],
    ['tanh(x)^2', '\\left(\\tanh\\left(x\\right)\\right)^{2}'],
    ['-(x+1)', '-\\left(x + 1\\right)'],
    ['x - (y - z)', 'x - \\left(y - z\\right)'],
    ['2*x', '2\\,x'],
    ['erf(x)', '\\operatorname{erf}\\left(x\\right)'],
    ['abs(x)', '\\left|x\\right|'],
    ['alpha*z1', '\\alpha \\cdot z_{1}'],
    ['1e-5', '1 \\times 10^{-5}'],
    ['(1+e^x)^(-1)*e^x', '\\frac{e^{x}}{1 + e^{x}}'],
    ['x^(-2)', '\\frac{1}{x^{2}}'],
    ['2*x^(-1/2)', '\\frac{2}{x^{\\frac{1}{2}}}'],
  ])('%s → %s', (input, tex) => {
    expect(toTex(input)).toBe(tex);
  });
});
