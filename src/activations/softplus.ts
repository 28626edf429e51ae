import { defineActivation } from './_internals/activation.js';

/**
 * Softplus: softplus(z) = log(1 + eᶻ) (natural log), a smooth approximation of ReLU.
 *
 * Domain ℝ; range (0, ∞) (→ 0 as z → −∞, never 0); softplus′ = σ(z) = 1/(1 + e^(−z)) ∈ (0, 1),
 * both ends approached and not attained; softplus″ = σ(z)(1 − σ(z)). Special values:
 * softplus(0) = log 2 = 0.6931471805599453…, softplus′(0) = 1/2; softplus(z) − relu(z) =
 * log(1 + e^(−|z|)) → 0 as |z| → ∞. Smooth (C^∞).
 *
 * No parameters, as in the notes and Keras 3 (`keras.activations.softplus`). PyTorch's
 * `torch.nn.Softplus(beta=1.0, threshold=20.0)` computes (1/β)·log(1 + e^(βz)) and, for
 * numerical stability, returns z itself where βz > 20 (an approximation: it changes the
 * value by log(1 + e^(−20)) ≈ 2.06e−9 at the switch); at β = 1 and below the threshold it is
 * this function.
 *
 * Where the notes are loose (p. 23, "just like leaky relu"): softplus is a smooth **ReLU**,
 * not a leaky ReLU — it is positive and tends to 0 as z → −∞ (softplus(−10) ≈ 4.54e−5,
 * while leaky_relu(−10) = −0.1); the only likeness is that its slope σ(z) is never exactly 0.
 *
 * @example
 * ```ts
 * softplus.evaluate('0', { digits: 10 }).value;           // log 2 = '0.6931471806'
 * softplus.evaluate('0', { order: 1, digits: 5 }).value;  // '0.50000'
 * ```
 */
export const softplus = defineActivation({
  kind: 'scalar',
  name: 'softplus',
  aliases: ['Softplus'],
  title: 'Softplus',
  notesPage: '23',
  expr: 'log(1 + e^z)',
  textbookDerivative: '1/(1 + e^(-z))',
  textbookSecondDerivative: '(1/(1 + e^(-z)))*(1 - 1/(1 + e^(-z)))',
  smooth: true,
  range: { lo: { value: '0', closed: false }, hi: { value: 'inf', closed: false } },
  derivativeRange: { lo: { value: '0', closed: false }, hi: { value: '1', closed: false } },
  remarks: {
    advantages: ['"just like leaky relu" (notes; it is in fact a smooth ReLU): the slope σ(z) is never 0'],
  },
  references: [
    'notes p. 23: softplus(z) = log(1 + eᶻ)',
    'Keras 3 keras.activations.softplus',
    'PyTorch torch.nn.Softplus(beta=1.0, threshold=20.0): (1/β)log(1 + e^(βz)), linear where βz > 20',
  ],
});
