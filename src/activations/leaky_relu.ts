import { defineActivation } from './_internals/activation.js';

/**
 * Leaky ReLU: leaky_relu(z) = z for z > 0, αz for z ≤ 0 (= max(z, αz) when 0 ≤ α ≤ 1).
 *
 * Domain ℝ; range (−∞, ∞) for α > 0 ([0, ∞) at α = 0); derivative 1 for z > 0 and α for
 * z < 0, so its values are {α, 1}. Kink at 0 (left slope α, right slope 1), where the
 * derivative used is α: PyTorch's backward is `z > 0 ? grad : grad·α` (and TF's
 * `LeakyReluGrad` likewise), so the piece `z <= 0` owns 0, as in the notes.
 * Special values: leaky_relu(0) = 0.
 *
 * Default α = 0.01, as in the notes (p. 20–21, "α ≈ 0.01") and PyTorch
 * (`torch.nn.LeakyReLU(negative_slope=0.01)`); Keras 3's `keras.activations.leaky_relu`
 * uses `negative_slope=0.2` and the `keras.layers.LeakyReLU` layer 0.3. The notes'
 * `max(z, αz)` form holds only for 0 ≤ α ≤ 1.
 *
 * @example
 * ```ts
 * leakyRelu.evaluate('-3', { digits: 5 }).value;             // '-0.030000'
 * leakyRelu.evaluate('0', { order: 1, digits: 5 }).value;    // '0.010000' (the convention at the kink)
 * leakyRelu.evaluate('-3', { params: { alpha: '0.2' }, digits: 5 }).value; // Keras 3's slope: '-0.60000'
 * ```
 */
export const leakyRelu = defineActivation({
  kind: 'scalar',
  name: 'leaky_relu',
  aliases: ['LeakyReLU'],
  title: 'Leaky ReLU',
  notesPage: '20–21',
  params: [
    {
      name: 'alpha',
      default: '0.01',
      source: 'notes p. 20–21 ("α ≈ 0.01") and PyTorch negative_slope (0.01); Keras 3 keras.activations.leaky_relu uses 0.2, the Keras LeakyReLU layer 0.3',
      min: '0',
      minClosed: true,
    },
  ],
  pieces: [
    { when: 'z <= 0', expr: 'alpha*z' },
    { when: 'z > 0', expr: 'z' },
  ],
  textbookDerivative: ['alpha', '1'],
  range: { lo: { value: '-inf', closed: false }, hi: { value: 'inf', closed: false } },
  derivativeRange: { values: ['alpha', '1'] },
  kinks: ['0'],
  remarks: {
    advantages: ['"Resolve dead zone issue": the slope for z < 0 is α > 0, never 0'],
    disadvantages: ['still "not derivable at z = 0" (notes): left slope α, right slope 1'],
  },
  references: [
    'notes p. 20–21: max(z, αz) = z (z > 0), αz (z ≤ 0), α ≈ 0.01; derivative 1 (z > 0), α (z ≤ 0)',
    'PyTorch torch.nn.LeakyReLU(negative_slope=0.01); backward z > 0 ? 1 : α',
    'Keras 3 keras.activations.leaky_relu(x, negative_slope=0.2); keras.layers.LeakyReLU(negative_slope=0.3)',
  ],
});
