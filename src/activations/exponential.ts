import { defineActivation } from './_internals/activation.js';

/**
 * Exponential: φ(z) = e^z.
 *
 * Domain ℝ; range (0, ∞), 0 approached as z → −∞ and never attained. It is its own
 * derivative: φ′ = φ″ = e^z = f, derivative range (0, ∞). Special values φ(0) = φ′(0) = 1.
 * No parameters.
 *
 * Source: Keras 3 `keras.activations.exponential` (`'exponential'`); PyTorch has no module
 * for it (`torch.exp`).
 *
 * @example
 * ```ts
 * exponential.evaluate('1', { digits: 10 }).value;           // '2.718281828'
 * exponential.evaluate('0', { order: 1, digits: 10 }).value; // '1.000000000'
 * ```
 */
export const exponential = defineActivation({
  kind: 'scalar',
  name: 'exponential',
  title: 'Exponential',
  expr: 'e^z',
  textbookDerivative: 'f',
  textbookSecondDerivative: 'f',
  smooth: true,
  range: { lo: { value: '0', closed: false }, hi: { value: 'inf', closed: false } },
  derivativeRange: { lo: { value: '0', closed: false }, hi: { value: 'inf', closed: false } },
  remarks: {
    advantages: ['maps to positive values, e.g. for a rate or a scale parameter (Poisson regression, variances)'],
    disadvantages: ['overflows quickly (e^89 exceeds float32); unbounded gradients'],
  },
  references: ['Keras 3 keras.activations.exponential', 'PyTorch torch.exp (no module)'],
});
