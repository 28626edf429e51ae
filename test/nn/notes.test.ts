import { describe, expect, it } from 'vitest';
import { describeChain, gradientDescentTrace, oneNeuronChain, productOfRatios } from '../../src/nn/notes.js';

describe("the notes' one-neuron chain (pp. 7–10)", () => {
  it('L = 2: ∂e/∂w1 is the product of five ratios, equal to the CAS derivative and to a finite difference', () => {
    const c = oneNeuronChain(2);
    expect(c.ratios.map((r) => r.name)).toEqual(['∂e/∂a2', '∂a2/∂z2', '∂z2/∂a1', '∂a1/∂z1', '∂z1/∂w1']);
    expect(c.identity.holds).toBe(true);
    expect(c.numeric.digitsAgreed).toBeGreaterThanOrEqual(45);
    // reference: an independent review of the notes with sympy and mpmath: at w1 = w2 = a0 = y = 1 (sigmoid, b = 0) the true value is −0.0280307…
    expect(c.numeric.product.startsWith('-0.0280307')).toBe(true);
    // the product of the printed ratios is the gradient
    const product = c.ratios.reduce((p, r) => p * Number(r.value), 1);
    expect(product).toBeCloseTo(-0.0280307170570842, 15);
    expect(describeChain(c)[1]).toBe('∂e/∂w1 = ∂e/∂a2 · ∂a2/∂z2 · ∂z2/∂a1 · ∂a1/∂z1 · ∂z1/∂w1');
  });

  it('L = 1 and L = 3, tanh, at another point', () => {
    for (const L of [1, 3]) {
      const c = oneNeuronChain(L, { activation: 'tanh', at: { w1: '0.5', w2: '-1.5', w3: '2', a0: '0.8', y: '0.1' } });
      expect(c.ratios.length).toBe(2 * L + 1);
      expect(c.identity.holds).toBe(true);
      expect(c.numeric.digitsAgreed).toBeGreaterThanOrEqual(45);
    }
  });

  it('the worked products are exact: 0.1·0.2·0.8 = 0.016 (the notes write ≈ 0.006), 10·20·30 = 6000', () => {
    expect(productOfRatios(['0.1', '0.2', '0.8'])).toBe('0.016');
    expect(productOfRatios(['10', '20', '30'])).toBe('6000');
    expect(productOfRatios(['0.1'])).toBe('0.1');
  });

  it('gradient descent on c = (1 − w)² from w = 3 (pp. 5–6)', () => {
    expect(gradientDescentTrace()).toEqual([
      { step: 0, w: '3', loss: '4', gradient: '4' },
      { step: 1, w: '2.6', loss: '2.56', gradient: '3.2' },
    ]);
    // Δw = 4 added instead of subtracted: gradient ascent to 7
    expect(gradientDescentTrace({ rate: '1', direction: 'ascent' })[1]).toEqual({ step: 1, w: '7', loss: '36', gradient: '12' });
    // the whole step subtracted: overshoot to −1, where ∇c = −4
    expect(gradientDescentTrace({ rate: '1' })[1]).toEqual({ step: 1, w: '-1', loss: '4', gradient: '-4' });
    // η = 0.1 keeps descending towards the minimum at w = 1: w − 1 shrinks by 0.8 per step
    const trace = gradientDescentTrace({ steps: 10 });
    expect(trace[10]!.w).toBe('1.2147483648'); // 1 + 2·0.8¹⁰, exactly
  });
});
