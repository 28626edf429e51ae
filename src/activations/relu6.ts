import { defineActivation } from './_internals/activation.js';

/**
 * ReLU6: relu6(z) = min(max(0, z), 6), a ReLU capped at 6.
 *
 * - Pieces: 0 for z ≤ 0; z for 0 < z < 6; 6 for z ≥ 6.
 * - Domain ℝ; range [0, 6], 0 attained for z ≤ 0 and 6 for z ≥ 6.
 * - Derivative: 1 on (0, 6), 0 outside; derivative range {0, 1}.
 * - Kinks at z = 0 (slope 0 → 1) and z = 6 (slope 1 → 0).
 * - Convention at the kinks: the derivative AT 0 and AT 6 is 0. PyTorch implements
 *   `relu6` as `hardtanh(z, 0, 6)`, whose backward passes the gradient only where
 *   0 < z < 6; JAX's `relu6` custom JVP does the same. Encoded by the constant pieces
 *   owning the boundaries (`z <= 0`, `z >= 6`).
 * - Special values: relu6(6) = 6, relu6′(6) = 0, relu6′(0) = 0.
 * - No parameters (Keras 3 `relu6`, PyTorch `ReLU6`; Keras's `relu(max_value=6)` is
 *   the same function).
 *
 * @example
 * ```ts
 * relu6.evaluate('7.5', { digits: 5 }).value;           // '6.0000'
 * relu6.evaluate('6', { order: 1, digits: 5 }).value;   // '0' (PyTorch convention)
 * ```
 */
export const relu6 = defineActivation({
  kind: 'scalar',
  name: 'relu6',
  aliases: ['ReLU6'],
  title: 'ReLU6 (ReLU capped at 6)',
  pieces: [
    { when: 'z <= 0', expr: '0' },
    { when: '0 < z < 6', expr: 'z' },
    { when: 'z >= 6', expr: '6' },
  ],
  textbookDerivative: ['0', '1', '0'],
  range: {
    lo: { value: '0', closed: true, at: '0' },
    hi: { value: '6', closed: true, at: '6' },
  },
  derivativeRange: { values: ['0', '1'] },
  kinks: ['0', '6'],
  remarks: {
    advantages: [
      'bounded output suits low-precision (quantised) arithmetic (MobileNet, Howard et al. 2017)',
    ],
    disadvantages: [
      'zero gradient for z ≤ 0 (dying units, as for ReLU) and also for z ≥ 6',
    ],
  },
  references: [
    'Keras 3 keras.activations.relu6',
    'PyTorch torch.nn.ReLU6 (a Hardtanh(0, 6)); aten relu6 = hardtanh(self, 0, 6); hardtanh_backward: grad if min < z < max else 0',
    'JAX jax.nn.relu6: gradient 0 at 0 and at 6',
  ],
});
