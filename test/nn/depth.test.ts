import { describe, expect, it } from 'vitest';
import { type DepthResult, depthExperiment, depthInitializer } from '../../src/nn/depth.js';

// What Glorot & Bengio (2010) and He et al. (2015) report, measured on a 20-layer,
// 64-unit network (64 samples to keep the test fast). The thresholds leave an order of
// magnitude of room around what seeds 1–3 measure.
const run = (activation: string, init: string, steps = 0): DepthResult => depthExperiment({ activation, init, depth: 20, width: 64, samples: 64, seed: 1, steps });
const variance = (r: DepthResult) => r.atInit.map((s) => s.activationVariance);
const spread = (xs: number[]) => Math.max(...xs) / Math.min(...xs);

describe('the depth experiment', () => {
  it('sigmoid, naive initialization: the back-propagated gradient shrinks layer by layer towards the input', () => {
    const r = run('sigmoid', 'random', 3);
    const delta = r.atInit.map((s) => s.deltaNorm);
    delta.slice(1).forEach((d, k) => {
      expect(delta[k]!, `layer ${k + 1} vs ${k + 2}`).toBeLessThan(d);
    });
    expect(r.atInit[0]!.weightGradientNorm / r.atInit[19]!.weightGradientNorm).toBeLessThan(1e-10);
    expect(r.afterSteps[0]!.weightGradientNorm / r.afterSteps[19]!.weightGradientNorm).toBeLessThan(1e-10);
  });

  it("tanh: Glorot keeps the activations' variance (and flat weight gradients); the naive initialization lets it collapse", () => {
    const glorot = run('tanh', 'glorot');
    const naive = run('tanh', 'random');
    expect(variance(glorot)[19]! / variance(glorot)[0]!).toBeGreaterThan(1e-2);
    expect(spread(glorot.atInit.map((s) => s.weightGradientNorm))).toBeLessThan(3);
    expect(variance(naive)[19]! / variance(naive)[0]!).toBeLessThan(1e-6);
  });

  it("ReLU: He keeps the activations' variance; Glorot halves it layer after layer", () => {
    const he = run('relu', 'he');
    const glorot = run('relu', 'glorot');
    expect(spread(variance(he))).toBeLessThan(30);
    expect(variance(glorot)[19]! / variance(glorot)[0]!).toBeLessThan(1e-4);
  });

  it('maps the short initializer names and checks its options', () => {
    expect(['random', 'glorot', 'he', 'lecun'].map(depthInitializer)).toEqual(['random_uniform', 'glorot_uniform', 'he_normal', 'lecun_normal']);
    expect(() => depthExperiment({ activation: 'softmax', init: 'he' })).toThrow(/takes a vector/);
    expect(() => depthExperiment({ activation: 'relu', init: 'he', depth: 0 })).toThrow(/--depth/);
  });
});
