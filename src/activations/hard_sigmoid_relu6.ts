import { defineActivation } from './_internals/activation.js';

/**
 * Hard sigmoid as in Keras 3, PyTorch and JAX: relu6(z + 3)/6 = clip(z/6 + 1/2, 0, 1),
 * breaking at z = ±3.
 *
 * This is NOT the notes' hard sigmoid: the plain name `hard_sigmoid` is the notes' (and
 * Keras 2's) form clip(0.2z + 0.5, 0, 1), breaking at ±2.5, a separate catalogue entry.
 * Note that a spelling-insensitive lookup such as `hardsigmoid` finds that entry; the
 * PyTorch class name `Hardsigmoid` (exact alias) finds this one.
 *
 * - Pieces: 0 for z ≤ −3; z/6 + 1/2 for −3 < z < 3; 1 for z ≥ 3.
 * - Domain ℝ; range [0, 1], 0 attained for z ≤ −3 and 1 for z ≥ 3.
 * - Derivative: 1/6 on (−3, 3), 0 outside; derivative range {0, 1/6}.
 * - Kinks at z = −3 (slope 0 → 1/6) and z = 3 (slope 1/6 → 0).
 * - Convention at the kinks: the derivative AT ±3 is 0, as in PyTorch's
 *   `hardsigmoid_backward` (the gradient passes only where −3 < z < 3) and JAX's
 *   `relu6` custom JVP (which its `hard_sigmoid` uses); encoded by the constant pieces
 *   owning the boundaries (`z <= -3`, `z >= 3`).
 * - Special values: φ(0) = 1/2, φ′(0) = 1/6.
 * - No parameters (Keras 3 `hard_sigmoid` and PyTorch `Hardsigmoid` take none).
 *
 * @example
 * ```ts
 * hardSigmoidRelu6.evaluate('1.5', { digits: 5 }).value;           // '0.75000'
 * hardSigmoidRelu6.evaluate('3', { order: 1, digits: 5 }).value;   // '0' (PyTorch convention)
 * ```
 */
export const hardSigmoidRelu6 = defineActivation({
  kind: 'scalar',
  name: 'hard_sigmoid_relu6',
  aliases: ['Hardsigmoid', 'hard_sigmoid_keras3'],
  title: 'Hard sigmoid (Keras 3 / PyTorch form, relu6(z + 3)/6)',
  pieces: [
    { when: 'z <= -3', expr: '0' },
    { when: '-3 < z < 3', expr: 'z/6 + 1/2' },
    { when: 'z >= 3', expr: '1' },
  ],
  textbookDerivative: ['0', '1/6', '0'],
  range: {
    lo: { value: '0', closed: true, at: '-3' },
    hi: { value: '1', closed: true, at: '3' },
  },
  derivativeRange: { values: ['0', '1/6'] },
  kinks: ['-3', '3'],
  remarks: {
    advantages: [
      'piecewise linear, cheap to compute: a fast approximation of the sigmoid (MobileNetV3, Howard et al. 2019)',
    ],
    disadvantages: [
      'zero gradient for |z| ≥ 3 (saturates exactly, not just asymptotically)',
      "differs from the notes' / Keras 2 hard sigmoid clip(0.2z + 0.5, 0, 1)",
    ],
  },
  references: [
    'Keras 3 keras.activations.hard_sigmoid: 0 if z <= -3, 1 if z >= 3, z/6 + 0.5 otherwise',
    'PyTorch torch.nn.Hardsigmoid; aten hardsigmoid_backward_kernel: grad/6 if -3 < z < 3 else 0',
    "JAX jax.nn.hard_sigmoid = relu6(z + 3)/6, with relu6's JVP 0 at 0 and 6",
    'Keras 2 and the notes (p. 23) use clip(0.2z + 0.5, 0, 1) instead: see hard_sigmoid',
  ],
});
