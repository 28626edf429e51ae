import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalBackend } from '../../src/nn/decimal-backend.js';
import { float64Backend as F } from '../../src/nn/float64.js';
import { ACTIVATIONS } from '../../src/activations/index.js';
import { gradcheck } from '../../src/nn/gradcheck.js';
import { layerShape } from '../../src/nn/layer.js';
import { Network, type NetworkSpec } from '../../src/nn/network.js';
import { evaluate } from '../../src/numeric/evaluate.js';
import { digitsAgreed } from '../../src/numeric/finite.js';
import { derive } from '../../src/verify/derive.js';

/** Activation formulas written here, independently of the catalogue. */
const FORMULA: Record<string, (z: string) => string> = {
  tanh: (z) => `tanh(${z})`,
  sigmoid: (z) => `1/(1 + e^(-(${z})))`,
  swish: (z) => `(${z})/(1 + e^(-beta*(${z})))`,
  linear: (z) => `(${z})`,
};

/** The whole network's squared-error loss as one expression, parameters named p0, p1, … in θ order. */
function lossExpression(spec: NetworkSpec, input: string[], target: string[]): { text: string; values: Record<string, string> } {
  const values: Record<string, string> = {};
  let k = 0;
  let a = input.map((x) => `(${x})`);
  for (const layer of spec.layers) {
    const names = layer.weights.map((row) =>
      row.map((w) => {
        values[`p${k}`] = w;
        return `p${k++}`;
      }),
    );
    const bias = layer.bias.map((b) => {
      values[`p${k}`] = b;
      return `p${k++}`;
    });
    const f = FORMULA[layer.activation]!;
    let act = f;
    if (layer.activation === 'swish') {
      const beta = `p${k}`;
      values[beta] = layer.params?.beta ?? '1';
      k++;
      act = (z) => f(z).replaceAll('beta', beta);
    }
    a = names.map((row, i) => act(`${row.map((w, j) => `${w}*${a[j]}`).join(' + ')} + ${bias[i]}`));
  }
  return { text: a.map((ai, i) => `(${target[i]} - ${ai})^2`).join(' + '), values };
}

const SPEC: NetworkSpec = {
  loss: 'squared_error',
  layers: [
    { weights: [['0.5', '-0.3'], ['0.8', '0.2'], ['-0.1', '0.4']], bias: ['0.1', '-0.2', '0'], activation: 'tanh' },
    { weights: [['0.3', '-0.6', '0.9']], bias: ['0.05'], activation: 'sigmoid' },
  ],
};

describe('backprop against an independent derivation', () => {
  it('every gradient of a 2-3-1 tanh/sigmoid network equals the CAS derivative of the whole loss to 50 digits', () => {
    const input = ['1', '-2'];
    const target = ['1'];
    const { text, values } = lossExpression(SPEC, input, target);
    const B = decimalBackend(70);
    const net = new Network(B, SPEC);
    const { loss, gradient } = net.lossAndGradient(input.map(B.fromString), target.map(B.fromString));
    expect(digitsAgreed(loss, evaluate(text, values, { digits: 50 }).decimal, 50)).toBeGreaterThanOrEqual(49);
    gradient.forEach((g, k) => {
      const d = evaluate(derive(text, `p${k}`).expr, values, { digits: 50 }).decimal;
      expect(digitsAgreed(g, d, 50), net.parameterName(k)).toBeGreaterThanOrEqual(49);
    });
  });

  it("swish's learnable β is trained like a weight: its gradient equals the CAS derivative", () => {
    const spec: NetworkSpec = {
      loss: 'squared_error',
      layers: [
        { weights: [['0.7', '-0.4']], bias: ['0.2'], activation: 'swish', params: { beta: '1.5' } },
        { weights: [['1.1']], bias: ['-0.3'], activation: 'linear' },
      ],
    };
    const { text, values } = lossExpression(spec, ['0.5', '2'], ['0.25']);
    const B = decimalBackend(70);
    const net = new Network(B, spec);
    expect(net.parameterName(3)).toBe('layers[0].params.beta');
    const { gradient } = net.lossAndGradient(['0.5', '2'].map(B.fromString), ['0.25'].map(B.fromString));
    gradient.forEach((g, k) => {
      expect(digitsAgreed(g, evaluate(derive(text, `p${k}`).expr, values, { digits: 50 }).decimal, 50), net.parameterName(k)).toBeGreaterThanOrEqual(49);
    });
  });
});

describe('layers of every kind pass the gradient check at 50 digits', () => {
  const cases: [string, NetworkSpec, string[], string[]][] = [
    [
      'PReLU (learnable α) into softmax + cross-entropy',
      {
        loss: 'categorical_crossentropy',
        layers: [
          { weights: [['0.1', '-0.2'], ['0.3', '0.4'], ['-0.5', '0.25']], bias: ['0.01', '0', '-0.1'], activation: 'prelu' },
          { weights: [['0.2', '-0.1', '0.3'], ['0.5', '0.1', '-0.2']], bias: ['0', '0.1'], activation: 'softmax' },
        ],
      },
      ['0.5', '-1.5'],
      ['0', '1'],
    ],
    [
      'maxout with 3 pieces, then glu, then log-softmax with squared error',
      {
        loss: 'mse',
        layers: [
          { weights: [['0.1', '0.5'], ['-0.4', '0.3'], ['0.2', '-0.6'], ['0.7', '0.1'], ['-0.2', '0.2'], ['0.3', '0.3']], bias: ['0', '0.1', '0', '-0.1', '0.2', '0'], activation: 'maxout', pieces: 3 },
          { weights: [['0.4', '-0.3'], ['0.2', '0.6'], ['-0.5', '0.1'], ['0.3', '0.3']], bias: ['0', '0', '0.1', '0'], activation: 'glu' },
          { weights: [['0.9', '-0.2'], ['0.1', '0.4']], bias: ['0', '0'], activation: 'log_softmax' },
        ],
      },
      ['1.2', '-0.7'],
      ['-0.5', '-1'],
    ],
    [
      'softmin and gelu with binary cross-entropy after sigmoid',
      {
        loss: 'binary_crossentropy',
        layers: [
          { weights: [['0.3', '0.1'], ['-0.2', '0.5']], bias: ['0', '0.1'], activation: 'gelu' },
          { weights: [['0.6', '-0.4'], ['0.2', '0.3']], bias: ['0.1', '0'], activation: 'softmin' },
          { weights: [['1.5', '-0.5']], bias: ['0'], activation: 'sigmoid' },
        ],
      },
      ['0.3', '0.9'],
      ['1'],
    ],
  ];
  for (const [name, spec, input, target] of cases) {
    it(name, () => {
      const v = gradcheck(spec, { input, target }, { digits: 50 });
      expect(v.kinks).toEqual([]);
      expect(v.digitsAgreed, JSON.stringify(v.worst)).toBeGreaterThanOrEqual(45);
      expect(v.holds).toBe(true);
    });
  }
});

describe('every activation of the catalogue', () => {
  it('works as a hidden layer: backprop passes the gradient check at 30 digits', () => {
    // weights with many digits, so that no pre-activation lands exactly on a kink
    const w = (k: number) => String(((k * 7919) % 2000) / 1000 - 1 + 0.000123456789 * k);
    for (const a of ACTIVATIONS) {
      const rows = 4;
      const first = { weights: Array.from({ length: rows }, (_, i) => [w(2 * i + 1), w(2 * i + 2)]), bias: Array.from({ length: rows }, (_, i) => w(20 + i)), activation: a.name };
      const units = layerShape(first, 0, 0).units;
      const spec: NetworkSpec = { loss: 'mse', layers: [first, { weights: [Array.from({ length: units }, (_, j) => w(30 + j))], bias: ['0.1'], activation: 'linear' }] };
      const v = gradcheck(spec, { input: ['0.731', '-1.289'], target: ['0.5'] }, { digits: 30 });
      expect(v.kinks, a.name).toEqual([]);
      expect(v.holds, `${a.name}: ${JSON.stringify(v.worst)}`).toBe(true);
    }
  });
});

describe('float64 and decimal backends run the same network', () => {
  it('give the same loss and gradient to float64 accuracy (random small networks)', () => {
    const weight = fc.double({ min: -1.5, max: 1.5, noNaN: true }).map(String);
    const activation = fc.constantFrom('tanh', 'sigmoid', 'softplus', 'elu', 'swish', 'mish', 'gelu', 'relu');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), activation, fc.array(weight, { minLength: 40, maxLength: 40 }), (n, h, act, w) => {
        let i = 0;
        const next = () => w[i++ % w.length]!;
        const spec: NetworkSpec = {
          loss: 'squared_error',
          layers: [
            { weights: Array.from({ length: h }, () => Array.from({ length: n }, next)), bias: Array.from({ length: h }, next), activation: act },
            { weights: [Array.from({ length: h }, next)], bias: [next()], activation: 'linear' },
          ],
        };
        const x = Array.from({ length: n }, next);
        const B = decimalBackend(40);
        const d = new Network(B, spec).lossAndGradient(x.map(B.fromString), ['0.5'].map(B.fromString));
        const f = new Network(F, spec).lossAndGradient(x.map(Number), [0.5]);
        const scale = Math.max(1, ...d.gradient.map((g) => Math.abs(g.toNumber())));
        expect(Math.abs(f.loss - d.loss.toNumber())).toBeLessThanOrEqual(1e-13 * Math.max(1, d.loss.toNumber()));
        f.gradient.forEach((g, k) => {
          expect(Math.abs(g - d.gradient[k]!.toNumber())).toBeLessThanOrEqual(1e-12 * scale);
        });
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});

describe('network specs', () => {
  it('names parameters by their JSON path', () => {
    const net = new Network(F, SPEC);
    expect(net.theta.length).toBe(13);
    expect(net.parameterName(0)).toBe('layers[0].weights[0][0]');
    expect(net.parameterName(5)).toBe('layers[0].weights[2][1]');
    expect(net.parameterName(8)).toBe('layers[0].bias[2]');
    expect(net.parameterName(12)).toBe('layers[1].bias[0]');
    expect(net.layerOf(10)).toBe(1);
  });

  it('rejects inconsistent shapes with the JSON path', () => {
    const bad = { ...SPEC, layers: [SPEC.layers[0]!, { weights: [['1', '2']], bias: ['0'], activation: 'tanh' }] };
    expect(() => new Network(F, bad)).toThrow('layers[1].weights[0]: expected 3 numbers (the outputs of layers[0]), got 2');
    expect(() => new Network(F, { loss: 'mse', layers: [{ weights: [['1']], bias: ['0', '1'], activation: 'tanh' }] })).toThrow('layers[0].bias: expected 1 numbers, got 2');
    expect(() => new Network(F, { loss: 'mse', layers: [{ weights: [['1'], ['2'], ['3']], bias: ['0', '0', '0'], activation: 'maxout' }] })).toThrow(/maxout with 2 pieces needs a multiple of 2 rows/);
  });

  it('round-trips through toSpec', () => {
    const B = decimalBackend(30);
    expect(new Network(B, SPEC).toSpec()).toEqual(SPEC);
  });
});
