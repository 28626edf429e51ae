import { describe, expect, it } from 'vitest';
import { initProse } from '../../src/check/init.js';
import { checkNotes } from '../../src/check/notes.js';

// Reference formulas, from the papers (not from src/nn/init.ts): Glorot & Bengio 2010,
// Var(w) = 2/(fan_in + fan_out); He et al. 2015, Var(w) = 2/fan_in; LeCun et al. 1998,
// Var(w) = 1/fan_in; U(−r, r) has variance r²/3.
const statuses = (md: string) => checkNotes(md).equations.map((e) => e.status);

describe('statements about initialisers', () => {
  it('reads the distribution and the families from the prose', () => {
    expect(initProse(['for sigmoid activation fn', '', '- Normal distribution with $\\sigma = 1$'], 3)).toEqual({ distribution: 'normal', families: ['glorot'] });
    expect(initProse(['## He', 'RELU and its $\\sigma^2 = 2/fanin$', 'variance', 'normal dist.'], 2)).toEqual({ distribution: 'normal', families: ['he'] });
    expect(initProse(['Normal distribution with $\\sigma = 1$'], 1)).toBeUndefined(); // no family named
    expect(initProse(['for tanh', '## Next', 'Normal distribution with $\\sigma = 1$'], 3)).toBeUndefined(); // not across a heading
    expect(initProse(['As he showed, a normal distribution with $\\sigma = 1$'], 1)).toBeUndefined(); // the pronoun names no family
    expect(initProse(['He et al.: a normal distribution with $\\sigma = 1$'], 1)).toEqual({ distribution: 'normal', families: ['he'] });
    expect(initProse(['For ReLU, a truncated normal distribution with $\\sigma = 1$'], 1)).toBeUndefined();
  });

  it('refutes σ written as the variance, and says so', () => {
    const md = '$$\\text{fan}_{\\text{avg}} = \\frac{\\text{fan}_{\\text{in}} + \\text{fan}_{\\text{out}}}{2}$$\n\nfor sigmoid activation fn\n\n- Normal distribution with $\\sigma = 1/\\text{fan}_{\\text{avg}}$\n';
    const e = checkNotes(md).equations.find((x) => x.line === 5)!;
    expect(e.status).toBe('refuted');
    expect(e.summary).toContain('variance σ², not σ');
    expect(e.correction).toBeDefined();
  });

  it('proves the published formulas', () => {
    expect(statuses('For tanh layers (Glorot), a normal distribution with $\\sigma = \\sqrt{\\frac{2}{\\text{fan}_{\\text{in}} + \\text{fan}_{\\text{out}}}}$')).toEqual(['proved']);
    expect(statuses('ReLU: normal distribution, $\\sigma^2 = 2/\\text{fanin}$')).toEqual(['proved']);
    expect(statuses('Glorot uniform distribution: $r = \\sqrt{\\frac{6}{\\text{fan}_{\\text{in}} + \\text{fan}_{\\text{out}}}}$')).toEqual(['proved']);
    expect(statuses('SELU (LeCun), normal distribution: $\\sigma^2 = 1/\\text{fanin}$')).toEqual(['proved']);
  });

  it('refutes a formula that matches no family the prose names', () => {
    expect(statuses('ReLU: normal distribution, $\\sigma^2 = 1/\\text{fanin}$')).toEqual(['refuted']);
    expect(statuses('Glorot uniform distribution: $r = \\sqrt{\\frac{3}{\\text{fan}_{\\text{in}} + \\text{fan}_{\\text{out}}}}$')).toEqual(['refuted']);
    // He et al. derive the fan_out form too (the backward pass)
    expect(statuses('ReLU: normal distribution, $\\sigma^2 = 2/\\text{fanout}$')).toEqual(['proved']);
    // with two families named, matching either one holds
    expect(statuses('ReLU or SELU: normal distribution, $\\sigma^2 = 1/\\text{fanin}$')).toEqual(['proved']);
  });
});
