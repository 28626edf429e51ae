import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradcheck } from '../../src/nn/gradcheck.js';
import type { NetworkSpec } from '../../src/nn/network.js';

const SMALL: NetworkSpec = {
  loss: 'squared_error',
  layers: [
    { weights: [['0.3', '-0.2'], ['0.6', '0.1']], bias: ['0.1', '0'], activation: 'tanh' },
    { weights: [['0.7', '-0.5']], bias: ['0.2'], activation: 'sigmoid' },
  ],
};

describe('gradcheck', () => {
  it('verifies backprop parameter by parameter, to ≥ 45 of 50 digits, in the spec shapes', () => {
    const v = gradcheck(SMALL, { input: ['1', '2'], target: ['0.5'] });
    expect(v.approach).toBe('full');
    expect(v.holds).toBe(true);
    expect(v.digitsAgreed).toBe(50);
    expect(v.stableDigits).toBeGreaterThanOrEqual(45);
    expect(v.checks.length).toBe(9);
    expect(v.gradients.map((g) => [g.weights.length, g.weights[0]!.length, g.bias.length])).toEqual([
      [2, 2, 2],
      [1, 2, 1],
    ]);
    expect(v.gradients[0]!.weights[0]![0]!.replace(/^-?0\.0*/, '').replace(/e.*$/, '').length).toBeGreaterThanOrEqual(49);
  });

  it('catches a wrong gradient and names the parameter', () => {
    const v = gradcheck(SMALL, { input: ['1', '2'], target: ['0.5'] }, {
      digits: 30,
      gradient: (net, x, y) => {
        const g = net.lossAndGradient(x, y).gradient;
        g[4] = g[4]!.times('1.000001'); // layers[0].bias[0], wrong in the 7th digit
        return g;
      },
    });
    expect(v.holds).toBe(false);
    expect(v.worst?.name).toBe('layers[0].bias[0]');
    expect(v.worst?.digitsAgreed).toBe(6);
  });

  it('tells a kink from an error: ReLU at z = 0 follows the convention ReLU′(0) = 0 (the left derivative)', () => {
    const relu: NetworkSpec = {
      loss: 'squared_error',
      layers: [
        { weights: [['1', '-1']], bias: ['0'], activation: 'relu' },
        { weights: [['0.3']], bias: ['0'], activation: 'linear' },
      ],
    };
    const v = gradcheck(relu, { input: ['0.5', '0.5'], target: ['1'] }, { digits: 30 });
    expect(v.kinks).toEqual(['layers[0].weights[0][0]', 'layers[0].weights[0][1]', 'layers[0].bias[0]']);
    expect(v.checks.find((c) => c.name === 'layers[0].bias[0]')?.kink).toEqual({ left: '0', right: '-0.600000000000000000000000000000', backpropIs: 'left' }); // e = (1 − 0.3·relu(b))², right slope 2·1·(−0.3)
    expect(v.holds).toBe(true);
  });

  it('checks large networks along random directions', () => {
    const v = gradcheck(SMALL, { input: ['1', '2'], target: ['0.5'] }, { digits: 40, fullLimit: 4, directions: 2 });
    expect(v.approach).toBe('directional');
    expect(v.checks.map((c) => c.name)).toEqual(['direction 1', 'direction 2']);
    expect(v.holds).toBe(true);
  });

  it('random small networks pass at 50 digits (property)', () => {
    const weight = fc.integer({ min: -150, max: 150 }).map((k) => (k / 100).toString());
    const activation = fc.constantFrom('tanh', 'sigmoid', 'softplus', 'swish', 'mish', 'gelu', 'elu', 'selu', 'softsign', 'log_sigmoid');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        activation,
        activation,
        fc.constantFrom('squared_error', 'mse'),
        fc.array(weight, { minLength: 30, maxLength: 30 }),
        (n, h, a1, a2, loss, w) => {
          let i = 0;
          const next = () => w[i++ % w.length]!;
          const spec: NetworkSpec = {
            loss,
            layers: [
              { weights: Array.from({ length: h }, () => Array.from({ length: n }, next)), bias: Array.from({ length: h }, next), activation: a1 },
              { weights: [Array.from({ length: h }, next)], bias: [next()], activation: a2 },
            ],
          };
          const v = gradcheck(spec, { input: Array.from({ length: n }, next), target: [next()] }, { digits: 50 });
          // ELU's kink at 0 can be hit exactly by these decimal weights: a kink is reported, not counted
          expect(v.holds, JSON.stringify({ spec, worst: v.worst })).toBe(true);
          expect(v.digitsAgreed).toBe(50);
        },
      ),
      { numRuns: 8, seed: 3 },
    );
  });
});

describe('gradcheck at a jump of the loss', () => {
  it('flags the jump instead of reporting its quotient as a slope', () => {
    // hardshrink (λ = 0.5) jumps from 0 to 0.5 at z = 0.5; the sample puts z exactly there
    const v = gradcheck({ layers: [{ weights: [['1']], bias: ['0'], activation: 'hardshrink' }], loss: 'squared_error' }, { input: ['0.5'], target: ['0'] }, { digits: 30 });
    const w = v.checks.find((c) => c.name === 'layers[0].weights[0][0]')!;
    expect(w.kink?.jump).toBe(true);
    expect(w.kink?.backpropIs).toBe('left');
    expect(v.kinks).toContain('layers[0].weights[0][0]');
  });
});
