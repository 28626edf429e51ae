import { describe, expect, it } from 'vitest';
import { buildNetwork, trainClassifier } from '../../src/nn/classifier.js';
import { float64Backend as F } from '../../src/nn/float64.js';
import { Network } from '../../src/nn/network.js';
import { sgd } from '../../src/nn/optim.js';
import { accuracy, prepare, trainNetwork } from '../../src/nn/train.js';

describe('training', () => {
  it('iris reaches ≥ 95 % test accuracy with the default settings', () => {
    const r = trainClassifier({ data: 'iris', hidden: [8] });
    expect(r.trainSize).toBe(120);
    expect(r.testSize).toBe(30);
    expect(r.epochs).toBe(200);
    expect(r.testAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.trainAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.diverged).toBeUndefined();
    expect(Number(r.history[199]!.loss)).toBeLessThan(Number(r.history[0]!.loss) / 10);
  });

  it('float64 and decimal give the same trajectory up to float64 rounding (full batch and mini-batches)', () => {
    const common = { hidden: [4], activation: 'tanh', lr: '0.05', seed: 4 } as const;
    const f = trainClassifier({ ...common, data: 'xor', epochs: 30, batch: 0 });
    const d = trainClassifier({ ...common, data: 'xor', epochs: 30, batch: 0, precision: 30 });
    expect(d.backend).toBe('decimal(30)');
    f.history.forEach((h, i) => {
      expect(Math.abs(Number(h.loss) / Number(d.history[i]!.loss) - 1), `epoch ${i + 1}`).toBeLessThan(1e-12);
    });
    const fw = f.network.layers.flatMap((l) => l.weights.flat()).map(Number);
    const dw = d.network.layers.flatMap((l) => l.weights.flat()).map(Number);
    fw.forEach((w, k) => {
      expect(Math.abs(w - dw[k]!)).toBeLessThan(1e-11);
    });
    const fm = trainClassifier({ data: 'iris', hidden: [3], epochs: 2, batch: 16, seed: 2 });
    const dm = trainClassifier({ data: 'iris', hidden: [3], epochs: 2, batch: 16, seed: 2, precision: 25 });
    fm.history.forEach((h, i) => {
      expect(Math.abs(Number(h.loss) / Number(dm.history[i]!.loss) - 1)).toBeLessThan(1e-12);
    });
  });

  it("trains PReLU's α and swish's β like weights", () => {
    for (const [activation, param, start] of [['prelu', 'alpha', '0.25'], ['swish', 'beta', '1']] as const) {
      const r = trainClassifier({ data: 'moons', hidden: [6], activation, epochs: 5, seed: 2 });
      const trained = r.network.layers[0]!.params![param]!;
      expect(trained, activation).not.toBe(start);
      expect(Number.isFinite(Number(trained))).toBe(true);
    }
  });

  it('is reproducible: the same seed gives the same run', () => {
    const a = trainClassifier({ data: 'moons', hidden: [6], epochs: 5, seed: 3 });
    const b = trainClassifier({ data: 'moons', hidden: [6], epochs: 5, seed: 3 });
    expect(a.history).toEqual(b.history);
    expect(trainClassifier({ data: 'moons', hidden: [6], epochs: 5, seed: 4 }).history).not.toEqual(a.history);
  });

  it('a diverging run stops at once with the epoch and the layer, keeping the history so far', () => {
    const r = trainClassifier({ data: 'xor', hidden: [8], activation: 'relu', output: 'linear', loss: 'mse', optimizer: 'sgd', lr: '1e8', epochs: 50, batch: 0 });
    expect(r.diverged).toBeDefined();
    expect(r.diverged!.epoch).toBeGreaterThan(1);
    expect(r.diverged!.epoch).toBeLessThan(50);
    expect(r.epochs).toBe(r.diverged!.epoch - 1);
    expect(r.history.length).toBe(r.epochs);
    expect(r.diverged!.layer).toBeGreaterThanOrEqual(0);
    expect(r.diverged!.message).toMatch(/^diverged at epoch \d+: .*\(layers\[\d\] (relu|linear)\)$/);
  });

  it('names the layer whose weights turned non-finite first', () => {
    const spec = buildNetwork({ inputs: 2, hidden: [3], outputs: 1, activation: 'tanh', output: 'linear', loss: 'mse', seed: 1 });
    const net = new Network(F, spec);
    const data = prepare(F, [['1', '2']], [['3']], [0]);
    net.theta[7] = Number.POSITIVE_INFINITY; // layers[0].bias[1]
    const r = trainNetwork(net, sgd(F, { lr: '0.1' }), data, { epochs: 3 });
    expect(r.diverged).toMatchObject({ epoch: 1, layer: 0, where: 'weights' });
  });

  it('accuracy: arg-max, or a threshold at 1/2 for a single output', () => {
    const net = new Network(F, { loss: 'mse', layers: [{ weights: [['1']], bias: ['0'], activation: 'sigmoid' }] });
    const data = prepare(F, [['2'], ['-2'], ['3']], [['1'], ['0'], ['0']], [1, 0, 0]);
    expect(accuracy(net, data)).toBeCloseTo(2 / 3, 15);
  });
});
