import { defineActivation } from './_internals/activation.js';

/**
 * Hard tanh: hard_tanh(z) = clip(z, −1, 1) = max(−1, min(1, z)).
 *
 * - Pieces: −1 for z ≤ −1; z for −1 < z < 1; 1 for z ≥ 1.
 * - Domain ℝ; range [−1, 1], −1 attained for z ≤ −1 and 1 for z ≥ 1.
 * - Derivative: 1 on (−1, 1), 0 outside; derivative range {0, 1}.
 * - Kinks at z = −1 (slope 0 → 1) and z = 1 (slope 1 → 0).
 * - Convention at the kinks: the derivative AT ±1 is 0, as in PyTorch's
 *   `hardtanh_backward`, which passes the gradient only where min_val < z < max_val;
 *   encoded by the constant pieces owning the boundaries (`z <= -1`, `z >= 1`).
 * - Special values: hard_tanh(0) = 0, hard_tanh′(0) = 1.
 * - No parameters: gradproof fixes PyTorch's `Hardtanh(min_val = −1, max_val = 1)`
 *   defaults, and Keras 3's `hard_tanh` takes none. (PyTorch's ReLU6 is
 *   Hardtanh(0, 6): see `relu6`.)
 *
 * @example
 * ```ts
 * hardTanh.evaluate('-2', { digits: 5 }).value;          // '-1.0000'
 * hardTanh.evaluate('1', { order: 1, digits: 5 }).value; // '0' (PyTorch convention)
 * ```
 */
export const hardTanh = defineActivation({
  kind: 'scalar',
  name: 'hard_tanh',
  aliases: ['Hardtanh'],
  title: 'Hard tanh',
  pieces: [
    { when: 'z <= -1', expr: '-1' },
    { when: '-1 < z < 1', expr: 'z' },
    { when: 'z >= 1', expr: '1' },
  ],
  textbookDerivative: ['0', '1', '0'],
  range: {
    lo: { value: '-1', closed: true, at: '-1' },
    hi: { value: '1', closed: true, at: '1' },
  },
  derivativeRange: { values: ['0', '1'] },
  kinks: ['-1', '1'],
  remarks: {
    advantages: [
      'piecewise-linear stand-in for tanh: zero-centred, bounded, cheap',
    ],
    disadvantages: ['zero gradient for |z| ≥ 1: saturated units stop learning'],
  },
  references: [
    'Keras 3 keras.activations.hard_tanh',
    'PyTorch torch.nn.Hardtanh (min_val = -1, max_val = 1); aten hardtanh_backward: grad if min_val < z < max_val else 0',
  ],
});
