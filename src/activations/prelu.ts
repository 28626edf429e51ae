import { defineActivation } from './_internals/activation.js';

/**
 * Parametric ReLU: prelu(z) = z for z > 0, αz for z ≤ 0, with the slope α learned with
 * the weights (He et al. 2015).
 *
 * Domain ℝ; range (−∞, ∞) for α > 0 ([0, ∞) at α = 0, the ReLU); ∂/∂z is 1 for z > 0 and
 * α for z < 0 (values {α, 1}); ∂/∂α is z for z ≤ 0 and 0 for z > 0. Kink at 0 (left slope
 * α, right 1), where the derivative used is α: PyTorch's backward is
 * `z > 0 ? grad : α·grad` and its weight gradient `z > 0 ? 0 : z·grad`, so the piece
 * `z <= 0` owns 0 (the notes write z ≥ 0 / z < 0: the same values, they differ only in the
 * convention for the slope at 0).
 *
 * Default α = 0.25: the notes give no value for α (only "α = 0 ⇒ ReLU, α > 0 ⇒ Leaky
 * ReLU, α is learnable"), so it is PyTorch's initial value (`torch.nn.PReLU(init=0.25)`).
 * Keras 3's `keras.layers.PReLU` initialises α to zeros, i.e. starts as a ReLU.
 *
 * @example
 * ```ts
 * prelu.evaluate('-2', { digits: 5 }).value;                   // '-0.50000'
 * prelu.evaluate('-2', { order: 1, wrt: 'alpha', digits: 5 }).value; // '-2.0000' (∂/∂α = z for z ≤ 0)
 * ```
 */
export const prelu = defineActivation({
  kind: 'scalar',
  name: 'prelu',
  aliases: ['PReLU'],
  title: 'Parametric ReLU',
  notesPage: '20–21',
  params: [
    {
      name: 'alpha',
      default: '0.25',
      source: 'the notes give no value (α is learnable); 0.25 is PyTorch torch.nn.PReLU init; Keras 3 keras.layers.PReLU initialises α to 0',
      learnable: true,
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
    advantages: ['"α = 0 ⇒ ReLU", "α > 0 ⇒ Leaky ReLU": α is learned instead of fixed'],
    disadvantages: ['"Need to train extra parameter."'],
  },
  references: [
    'notes p. 20–21: PReLU = z (z ≥ 0), αz (z < 0); α learnable',
    'He, Zhang, Ren, Sun 2015, Delving Deep into Rectifiers',
    'PyTorch torch.nn.PReLU(num_parameters=1, init=0.25)',
    'Keras 3 keras.layers.PReLU(alpha_initializer="Zeros")',
  ],
});
