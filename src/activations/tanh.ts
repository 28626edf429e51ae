import { defineActivation } from './_internals/activation.js';

/**
 * Hyperbolic tangent: tanh(z) = (e^z − e^(−z))/(e^z + e^(−z)).
 *
 * Domain ℝ; range (−1, 1); tanh′ = 1 − tanh² ∈ (0, 1], attained at z = 0;
 * tanh″ = −2 tanh (1 − tanh²).
 *
 * @example
 * ```ts
 * tanh.evaluate('0', { order: 1, digits: 10 }).value; // '1.000000000'
 * ```
 */
export const tanh = defineActivation({
  kind: 'scalar',
  name: 'tanh',
  aliases: ['Tanh'],
  title: 'Hyperbolic tangent',
  notesPage: '19',
  expr: 'tanh(z)',
  textbookDerivative: '1 - f^2',
  textbookSecondDerivative: '-2*f*(1 - f^2)',
  smooth: true,
  range: { lo: { value: '-1', closed: false }, hi: { value: '1', closed: false } },
  derivativeRange: { lo: { value: '0', closed: false }, hi: { value: '1', closed: true, at: '0' } },
  remarks: {
    advantages: ['zero-centred output in (−1, 1)', 'steeper than sigmoid near 0: tanh′(0) = 1'],
    disadvantages: ['saturates for large |z|: gradients still vanish in deep chains'],
  },
  references: ['Keras 3 keras.activations.tanh', 'PyTorch torch.nn.Tanh'],
});
