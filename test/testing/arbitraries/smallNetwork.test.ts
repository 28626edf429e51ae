import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalBackend } from '../../../src/nn/decimal-backend.js';
import { Network } from '../../../src/nn/network.js';
import { smallNetwork } from '../../../src/testing/arbitraries/index.js';
import '../../../src/testing/vitest.js';
import { PLAIN_DECIMAL } from './plain.js';

describe('smallNetwork()', () => {
  it('draws networks whose shapes match, with a sample the network accepts', () => {
    fc.assert(
      fc.property(smallNetwork({ maxLayers: 3, maxWidth: 4, maxInputs: 3 }), ({ network, sample }) => {
        expect(network.layers.length).toBeGreaterThanOrEqual(1);
        expect(network.layers.length).toBeLessThanOrEqual(3);
        const numbers = [...sample.input, ...sample.target, ...network.layers.flatMap((l) => [...l.weights.flat(), ...l.bias, ...Object.values(l.params ?? {})])];
        for (const n of numbers) expect(n).toMatch(PLAIN_DECIMAL);
        const B = decimalBackend(30);
        const net = new Network(B, network);
        expect(net.inputs).toBe(sample.input.length);
        expect(net.outputs).toBe(sample.target.length);
        const { gradient } = net.lossAndGradient(sample.input.map(B.fromString), sample.target.map(B.fromString));
        expect(gradient).toHaveLength(net.theta.length);
        if (network.loss === 'categorical_crossentropy') expect(sample.target.filter((t) => t === '1')).toHaveLength(1);
        if (network.loss === 'binary_crossentropy') expect(network.layers.at(-1)!.activation).toBe('sigmoid');
      }),
      { numRuns: 150, seed: 1 },
    );
  });

  it('draws softmax outputs and learnable parameters', () => {
    const draws = fc.sample(smallNetwork(), { numRuns: 300, seed: 2 });
    expect(draws.some((d) => d.network.layers.at(-1)!.activation === 'softmax')).toBe(true);
    expect(draws.some((d) => d.network.layers.some((l) => l.activation === 'prelu' && l.params?.alpha))).toBe(true);
  });

  it('backprop passes the gradient check on drawn networks', () => {
    fc.assert(
      fc.property(smallNetwork(), (drawn) => {
        expect(drawn).toPassGradientCheck({ digits: 20 });
      }),
      { numRuns: 15, seed: 3 },
    );
  });

  it('respects the options', () => {
    for (const d of fc.sample(smallNetwork({ maxLayers: 1, maxWidth: 1, activations: ['relu'], softmax: false }), { numRuns: 30, seed: 4 })) {
      expect(d.network.layers).toHaveLength(1);
      expect(d.network.layers[0]!.activation).toBe('relu');
      expect(d.network.layers[0]!.bias).toHaveLength(1);
    }
    expect(() => smallNetwork({ activations: ['softmax'] })).toThrow(/not a scalar activation/);
    expect(() => smallNetwork({ maxLayers: 0 })).toThrow(/maxLayers/);
  });
});
