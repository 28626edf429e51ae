import { defineActivation } from './_internals/activation.js';

/**
 * CELU, continuously differentiable exponential linear unit:
 * celu(z) = max(0, z) + min(0, α(e^(z/α) − 1)).
 *
 * - Pieces: α(e^(z/α) − 1) for z ≤ 0; z for z > 0.
 * - Domain ℝ; range (−α, ∞): −α is approached as z → −∞, never attained.
 * - Derivative: e^(z/α) for z ≤ 0 (equivalently celu/α + 1, the form PyTorch's
 *   backward uses when it reuses the output), 1 for z > 0; derivative range (0, 1],
 *   1 attained for z ≥ 0.
 * - No kink at 0 for ANY α > 0: both one-sided slopes are 1 (this is what CELU adds to
 *   ELU, which is differentiable at 0 only when α = 1). It is C¹ but not C²: the second
 *   derivative jumps at 0 from 1/α to 0, so it is not declared smooth. For α = 1 CELU
 *   coincides with ELU.
 * - Convention at 0 (immaterial, both sides give 1): PyTorch computes CELU as
 *   `elu(z, α, scale 1, input_scale 1/α)`, whose backward takes the exponential branch
 *   for z ≤ 0; so does the piece `z <= 0` here.
 * - Special values: celu(0) = 0, celu′(0) = 1, celu(−∞) = −α.
 * - Default α = 1 (PyTorch `CELU(alpha=1.0)`, Keras 3 `celu(alpha=1.0)`); α must be > 0
 *   here (PyTorch rejects α = 0).
 *
 * @example
 * ```ts
 * celu.evaluate('-1', { digits: 10 }).value;                                // '-0.6321205588' (e^−1 − 1)
 * celu.evaluate('-1', { order: 1, digits: 10, params: { alpha: '2' } }).value; // e^(−1/2) = '0.6065306597'
 * ```
 */
export const celu = defineActivation({
  kind: 'scalar',
  name: 'celu',
  aliases: ['CELU'],
  title: 'Continuously differentiable exponential linear unit (CELU)',
  params: [
    {
      name: 'alpha',
      default: '1',
      source:
        'PyTorch torch.nn.CELU and Keras 3 keras.activations.celu (alpha = 1.0); Barron 2017 requires α > 0',
      min: '0',
    },
  ],
  pieces: [
    { when: 'z <= 0', expr: 'alpha*(e^(z/alpha) - 1)' },
    { when: 'z > 0', expr: 'z' },
  ],
  textbookDerivative: ['e^(z/alpha)', '1'],
  range: {
    lo: { value: '-alpha', closed: false },
    hi: { value: 'inf', closed: false },
  },
  derivativeRange: {
    lo: { value: '0', closed: false },
    hi: { value: '1', closed: true, at: '0' },
  },
  remarks: {
    advantages: [
      'continuously differentiable for every α > 0 (ELU only for α = 1)',
      'negative outputs push mean activations towards 0, as ELU',
    ],
    disadvantages: [
      'saturates to −α for large negative z: gradients vanish there',
      'needs an exponential',
    ],
  },
  references: [
    'Barron 2017, Continuously Differentiable Exponential Linear Units (arXiv:1704.07483)',
    'PyTorch torch.nn.CELU (alpha = 1.0); aten celu = elu(self, alpha, 1, 1/alpha), elu_backward branches on z <= 0',
    'Keras 3 keras.activations.celu (alpha = 1.0)',
  ],
});
