import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { iris, loadDataset, moons, oneHot, spirals, split, standardize, xor } from '../../src/nn/data.js';

describe('data sets', () => {
  it("iris is Fisher's 150 flowers, 50 per species", () => {
    const d = iris();
    expect(d.features.length).toBe(150);
    expect(d.features[0]).toEqual(['5.1', '3.5', '1.4', '0.2']); // the first row of Fisher's table
    expect(d.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    expect([0, 1, 2].map((c) => d.labels.filter((l) => l === c).length)).toEqual([50, 50, 50]);
  });

  it('xor, moons and spirals', () => {
    expect(xor().labels).toEqual([0, 1, 1, 0]);
    const m = moons({ samples: 100, noise: 0, seed: 1 });
    expect(m.features.length).toBe(100);
    // without noise every point lies on its half circle
    m.features.forEach(([x, y], i) => {
      const [cx, cy] = m.labels[i] === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot(Number(x) - cx, Number(y) - cy)).toBeCloseTo(1, 12);
    });
    const s = spirals({ samples: 50, classes: 4, seed: 2 });
    expect(s.features.length).toBe(200);
    expect(s.classes).toEqual(['0', '1', '2', '3']);
    expect(moons({ seed: 5 })).toEqual(moons({ seed: 5 }));
    expect(moons({ seed: 5 })).not.toEqual(moons({ seed: 6 }));
    expect(() => loadDataset('mnist')).toThrow(/iris, xor, moons, spiral/);
  });

  it('the split is seeded and stratified', () => {
    const { train, test } = split(iris(), { testFraction: 0.2, seed: 1 });
    expect(train.labels.length).toBe(120);
    expect([0, 1, 2].map((c) => test.labels.filter((l) => l === c).length)).toEqual([10, 10, 10]);
    expect(split(iris(), { testFraction: 0.2, seed: 1 })).toEqual({ train, test });
    expect(split(xor(), { testFraction: 0, seed: 1 }).test.labels).toEqual([0, 1, 1, 0]);
  });

  it('standardizes with the training set statistics: mean 0, variance 1 exactly enough', () => {
    const { train } = standardize(iris(), iris());
    for (let j = 0; j < 4; j++) {
      const col = train.features.map((r) => new Decimal(r[j]!));
      const mean = col.reduce((s, x) => s.plus(x), new Decimal(0)).div(150);
      const variance = col.reduce((s, x) => s.plus(x.minus(mean).pow(2)), new Decimal(0)).div(150);
      expect(mean.abs().lt('1e-18')).toBe(true);
      expect(variance.minus(1).abs().lt('1e-18')).toBe(true);
    }
  });

  it('one-hot targets', () => {
    expect(oneHot([2, 0], 3)).toEqual([
      ['0', '0', '1'],
      ['1', '0', '0'],
    ]);
  });
});
