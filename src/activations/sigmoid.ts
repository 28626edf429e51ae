import { defineActivation } from './_internals/activation.js';

/**
 * Sigmoid (logistic): σ(z) = 1/(1 + e^(−z)).
 *
 * Domain ℝ; range (0, 1), approached as z → ∓∞; σ′ = σ(1 − σ) ∈ (0, 1/4], attained at
 * z = 0; σ″ = σ(1 − σ)(1 − 2σ).
 *
 * @example
 * ```ts
 * sigmoid.evaluate('0', { order: 1, digits: 10 }).value; // '0.2500000000'
 * ```
 */
export const sigmoid = defineActivation({
  kind: 'scalar',
  name: 'sigmoid',
  aliases: ['Sigmoid', 'logistic'],
  title: 'Sigmoid (logistic)',
  notesPage: '18',
  expr: '1/(1 + e^(-z))',
  textbookDerivative: 'f*(1 - f)',
  textbookSecondDerivative: 'f*(1 - f)*(1 - 2*f)',
  smooth: true,
  range: { lo: { value: '0', closed: false }, hi: { value: '1', closed: false } },
  derivativeRange: { lo: { value: '0', closed: false }, hi: { value: '1/4', closed: true, at: '0' } },
  remarks: {
    advantages: ['smooth, gives a probability-like output in (0, 1)', 'its derivative is cheap: σ(1 − σ)'],
    disadvantages: ['saturates for large |z|: σ′ ≤ 1/4 makes gradients vanish through deep chains', 'output is not zero-centred'],
  },
  references: ['Keras 3 keras.activations.sigmoid', 'PyTorch torch.nn.Sigmoid'],
});
