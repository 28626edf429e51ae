import { describe, expect, it, vi } from 'vitest';
import type { GradcheckVerdict } from '../../src/nn/gradcheck.js';
import '../../src/testing/vitest.js';
import { failureOf } from './failure.js';

// The engine's backprop is right, so a failing check is made by corrupting its verdict:
// the first parameter's backprop value is replaced, as a wrong gradient would show.
vi.mock('../../src/nn/gradcheck.js', async (original) => {
  const real = await original<typeof import('../../src/nn/gradcheck.js')>();
  return {
    ...real,
    gradcheck: (...args: Parameters<typeof real.gradcheck>): GradcheckVerdict => {
      const v = real.gradcheck(...args);
      const [first, ...rest] = v.checks;
      const wrong = { ...first!, backprop: '0.123', digitsAgreed: 0, status: 'differs' as const };
      return { ...v, checks: [wrong, ...rest], worst: wrong, digitsAgreed: 0, holds: false, status: 'refuted' };
    },
  };
});

const network = { layers: [{ weights: [['0.3', '-0.2']], bias: ['0.1'], activation: 'tanh' }], loss: 'squared_error' };
const sample = { input: ['1', '2'], target: ['0.5'] };

describe('toPassGradientCheck failing', () => {
  it('names the parameter, both values and the digits agreed', () => {
    const f = failureOf(() => expect({ network, sample }).toPassGradientCheck({ digits: 30 }));
    expect(f.message).toContain('expect(network).toPassGradientCheck(options)');
    expect(f.message).toContain("Backprop's gradient does not match finite differences of the loss.");
    expect(f.message).toMatch(/result\s+1 of 3 comparisons fail; fewest digits agreed 0 of 30 \(layers\[0\]\.weights\[0\]\[0\]\)/);
    expect(f.message).toMatch(/Counterexample: layers\[0\]\.weights\[0\]\[0\]\n\s+backprop\s+0\.123\n\s+finite difference\s+-?[\d.e-]+\n\s+digits agreed\s+0 of 30/);
    expect(f).toMatchObject({ actual: '0.123' });
  });

  it('.not passes', () => {
    expect({ network, sample }).not.toPassGradientCheck({ digits: 20 });
  });
});
