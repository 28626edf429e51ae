import { describe, expect, it } from 'vitest';
import { constantValue } from '../../src/activations/_internals/constants.js';
import { INITIALIZERS, initialize, initializerName, scalingOf, varianceScaling } from '../../src/nn/init.js';
import { SeededRandom } from '../../src/numeric/random.js';

const stats = (m: string[][]) => {
  const xs = m.flat().map(Number);
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
  return { mean, variance, max: Math.max(...xs.map(Math.abs)) };
};

describe('initializers', () => {
  // 200 × 100 weights: fan_in = 100, fan_out = 200, fan_avg = 150. Sample variances of
  // 20 000 draws have a relative standard error of √(2/20000) = 1 %: ±5 % is five of them.
  const rows = 200;
  const cols = 100;
  const targets: Record<string, number> = {
    glorot_uniform: 1 / 150,
    glorot_normal: 1 / 150,
    glorot_normal_truncated: 1 / 150,
    he_uniform: 2 / 100,
    he_normal: 2 / 100,
    he_normal_truncated: 2 / 100,
    lecun_uniform: 1 / 100,
    lecun_normal: 1 / 100,
    lecun_normal_truncated: 1 / 100,
    random_normal: 1,
    random_uniform: 1 / 3,
  };

  for (const [name, variance] of Object.entries(targets)) {
    it(`${name} has variance ${variance.toPrecision(3)} and mean 0`, () => {
      const s = stats(initialize(name, rows, cols, new SeededRandom(3)));
      expect(Math.abs(s.variance / variance - 1)).toBeLessThan(0.05);
      expect(Math.abs(s.mean)).toBeLessThan(4 * Math.sqrt(variance / (rows * cols)));
    });
  }

  it('uniform ones stay inside ±√(3·scale/fan), truncated ones inside ±2σ', () => {
    expect(stats(initialize('glorot_uniform', rows, cols, new SeededRandom(1))).max).toBeLessThanOrEqual(Math.sqrt(6 / (rows + cols)));
    expect(stats(initialize('he_uniform', rows, cols, new SeededRandom(1))).max).toBeLessThanOrEqual(Math.sqrt(6 / cols));
    const sigma = Math.sqrt(2 / cols) / 0.87962566103423978;
    expect(stats(initialize('he_normal_truncated', rows, cols, new SeededRandom(1))).max).toBeLessThanOrEqual(2 * sigma);
  });

  it("Keras's truncation constant is derived; Keras's literal 0.87962566103423978 is its nearest double", () => {
    // the true value is 0.879625661034239750412…; Keras's 17th digit is the double's
    expect(constantValue('truncated_normal_std', 16)).toBe('0.8796256610342398');
    expect(Number(constantValue('truncated_normal_std', 30))).toBe(0.87962566103423978);
  });

  it('zeros, names, aliases, fan modes', () => {
    expect(initialize('zeros', 2, 3, new SeededRandom(1))).toEqual([
      ['0', '0', '0'],
      ['0', '0', '0'],
    ]);
    expect(initializerName('kaiming_normal')).toBe('he_normal');
    expect(initializerName('Xavier-Uniform')).toBe('glorot_uniform');
    expect(() => initializerName('glorot_unifrom')).toThrow(/did you mean glorot_uniform/);
    expect(scalingOf('lecun_normal_truncated')).toEqual({ scale: 1, mode: 'fan_in', distribution: 'truncated_normal' });
    const fanOut = stats(initialize('he_normal', rows, cols, new SeededRandom(2), { mode: 'fan_out' }));
    expect(Math.abs(fanOut.variance / (2 / rows) - 1)).toBeLessThan(0.05);
    expect(INITIALIZERS).toContain('glorot_normal_truncated');
  });

  it('is seeded: the same seed gives the same weights, as exact decimal strings', () => {
    const a = varianceScaling({ scale: 1, mode: 'fan_avg', distribution: 'uniform' }, 4, 3, new SeededRandom(9));
    const b = varianceScaling({ scale: 1, mode: 'fan_avg', distribution: 'uniform' }, 4, 3, new SeededRandom(9));
    expect(a).toEqual(b);
    for (const w of a.flat()) expect(String(Number(w))).toBe(w);
    expect(initialize('glorot_uniform', 4, 3, new SeededRandom(10))).not.toEqual(a);
  });
});
