import { defineActivation } from './_internals/activation.js';

/**
 * Hard swish (hard SiLU): z·relu6(z + 3)/6 = z·hard_sigmoid_relu6(z), the
 * piecewise-polynomial stand-in for swish/SiLU of MobileNetV3.
 *
 * - Pieces: 0 for z ≤ −3; z(z + 3)/6 for −3 < z < 3; z for z ≥ 3.
 * - Domain ℝ; range [−3/8, ∞): the minimum −3/8 is attained at z = −3/2; unbounded above.
 * - Derivative: 0 for z < −3, z/3 + 1/2 on (−3, 3), 1 for z > 3. The function is
 *   continuous (0 at −3, 3 at 3) but its SLOPE JUMPS at both breaks: at z = −3 from 0
 *   (left) to −1/2 (right); at z = 3 from 3/2 (left) to 1 (right). Both are kinks.
 * - Derivative range (−1/2, 3/2), both ends open: the slope tends to −1/2 as z → −3⁺
 *   and to 3/2 as z → 3⁻, but with the convention below the derivative AT −3 is 0 and
 *   AT 3 is 1, so neither end is attained.
 * - Convention at the kinks: the derivative AT −3 is 0 and AT 3 is 1, as in current
 *   PyTorch `hardswish_backward` (0 if z ≤ −3, z/3 + 1/2 if −3 < z < 3, the gradient
 *   itself if z ≥ 3: PyTorch PR #148049, fixing issue #147801, 2025) and in JAX, whose
 *   `hard_silu` is z·hard_sigmoid(z) with relu6's JVP 0 at the breaks. Encoded by the
 *   outer pieces owning the boundaries (`z <= -3`, `z >= 3`). PyTorch 2.6 and earlier
 *   returned −1/2 at −3 and 3/2 at 3 (the middle formula on the closed [−3, 3]); before
 *   PR #143899 its CPU vectorised path even disagreed with its scalar path at z = 3.
 * - Second derivative 1/3 on (−3, 3), 0 outside: not smooth.
 * - Special values: φ(−3/2) = −3/8 (the minimum), φ′(−3/2) = 0, φ(0) = 0, φ′(0) = 1/2.
 * - No parameters (Keras 3 `hard_silu`/`hard_swish`, PyTorch `Hardswish`).
 *
 * @example
 * ```ts
 * hardSwish.evaluate('-1.5', { digits: 5 }).value;         // '-0.37500'
 * hardSwish.evaluate('3', { order: 1, digits: 5 }).value;  // '1.0000' (current PyTorch and JAX)
 * ```
 */
export const hardSwish = defineActivation({
  kind: 'scalar',
  name: 'hard_swish',
  aliases: ['Hardswish', 'hard_silu'],
  title: 'Hard swish (hard SiLU)',
  pieces: [
    { when: 'z <= -3', expr: '0' },
    { when: '-3 < z < 3', expr: 'z*(z + 3)/6' },
    { when: 'z >= 3', expr: 'z' },
  ],
  textbookDerivative: ['0', 'z/3 + 1/2', '1'],
  range: {
    lo: { value: '-3/8', closed: true, at: '-1.5' },
    hi: { value: 'inf', closed: false },
  },
  derivativeRange: {
    lo: { value: '-1/2', closed: false, at: '-3' },
    hi: { value: '3/2', closed: false, at: '3' },
  },
  kinks: ['-3', '3'],
  remarks: {
    advantages: [
      'swish-like accuracy at the cost of a few multiplications, no exponential (MobileNetV3, Howard et al. 2019)',
    ],
    disadvantages: [
      'slope jumps at ±3; frameworks have disagreed on the derivative used there',
      'zero gradient for z ≤ −3',
    ],
  },
  references: [
    'Keras 3 keras.activations.hard_silu (alias hard_swish): 0 if z < -3, z if z > 3, z(z + 3)/6 otherwise',
    'PyTorch torch.nn.Hardswish; aten hardswish_backward after PR #148049: 0 if z <= -3, z/3 + 1/2 if -3 < z < 3, 1 if z >= 3',
    'JAX jax.nn.hard_silu = z * hard_sigmoid(z)',
    'Howard et al. 2019, Searching for MobileNetV3',
  ],
});
