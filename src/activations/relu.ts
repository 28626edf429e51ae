import { defineActivation } from './_internals/activation.js';

/**
 * Rectified linear unit: relu(z) = max(0, z).
 *
 * Domain ℝ; range [0, ∞); relu′ ∈ {0, 1}; kink at 0, where the derivative is 0 (the
 * convention PyTorch, JAX and TensorFlow share).
 *
 * @example
 * ```ts
 * relu.evaluate('0', { order: 1, digits: 5 }).value; // '0'
 * ```
 */
export const relu = defineActivation({
  kind: 'scalar',
  name: 'relu',
  aliases: ['ReLU'],
  title: 'Rectified linear unit',
  notesPage: '20',
  pieces: [
    { when: 'z <= 0', expr: '0' },
    { when: 'z > 0', expr: 'z' },
  ],
  textbookDerivative: ['0', '1'],
  range: { lo: { value: '0', closed: true, at: '0' }, hi: { value: 'inf', closed: false } },
  derivativeRange: { values: ['0', '1'] },
  kinks: ['0'],
  remarks: {
    advantages: ['cheap; does not saturate for z > 0, so gradients do not vanish there'],
    disadvantages: ['not differentiable at 0', 'units with z < 0 get zero gradient ("dying ReLU")'],
  },
  references: ['Keras 3 keras.activations.relu', 'PyTorch torch.nn.ReLU'],
});
