import { describe, expect, it } from 'vitest';
import { float64Backend as F } from '../../src/nn/float64.js';
import { layerShape, layerValues } from '../../src/nn/layer.js';
import { Network, type NetworkSpec } from '../../src/nn/network.js';
import { lineChart } from '../../src/plot/line-chart.js';

/** A 1000-1000 tanh layer: a million weights and a thousand biases (θ of 1,001,000 entries). */
function bigSpec(n = 1000): NetworkSpec {
  const weights = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (((i * 7 + j * 13) % 97) - 48) / 1000).map(String));
  return { layers: [{ weights, bias: Array.from({ length: n }, () => '0'), activation: 'tanh' }], loss: 'squared_error' };
}

describe('networks of a million parameters', () => {
  it('layerValues and the Network constructor take a layer of a million weights (no push(...) stack overflow)', () => {
    const spec = bigSpec();
    expect(layerValues(spec.layers[0]!, layerShape(spec.layers[0]!, 0, 0))).toHaveLength(1_001_000);
    const net = new Network(F, spec);
    expect(net.theta).toHaveLength(1_001_000);
    // one gradient: ∂ℓ/∂b_i = 2 (tanh(z_i) − y_i)(1 − tanh²(z_i)); with x = 0 every z_i = 0, so 2 (0 − 1)(1) = −2
    const x = Array.from({ length: 1000 }, () => 0);
    const y = Array.from({ length: 1000 }, () => 1);
    const { gradient } = net.lossAndGradient(x, y);
    expect(gradient).toHaveLength(1_001_000);
    expect(gradient[1_000_000]).toBe(-2);
    expect(gradient[999_999]).toBe(0); // ∂ℓ/∂w = δ·x = 0
  });

  it('a loss curve of a million points plots (no Math.min(...) stack overflow)', () => {
    const points = Array.from({ length: 1_000_000 }, (_, i) => [i + 1, 1 / (i + 1)] as const);
    const svg = lineChart({ title: 'loss', x: { label: 'epoch' }, y: { label: 'loss', scale: 'log' }, series: [{ name: 'loss', points }] });
    expect(svg).toContain('<svg');
  });
});
