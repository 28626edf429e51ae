import { defineActivation } from './_internals/activation.js';

/**
 * Linear (identity): φ(z) = z.
 *
 * Domain ℝ; range (−∞, ∞); φ′ = 1 everywhere (derivative range {1}); φ″ = 0. Smooth, no
 * parameters. Keras 3 calls it `linear` (the activation of a Dense layer with
 * `activation=None`); PyTorch's module is `nn.Identity`.
 *
 * @example
 * ```ts
 * linear.evaluate('-2.5', { digits: 5 }).value;           // '-2.5000'
 * linear.evaluate('-2.5', { order: 1, digits: 5 }).value; // '1.0000'
 * ```
 */
export const linear = defineActivation({
  kind: 'scalar',
  name: 'linear',
  aliases: ['identity', 'Identity'],
  title: 'Linear (identity)',
  expr: 'z',
  textbookDerivative: '1',
  textbookSecondDerivative: '0',
  smooth: true,
  range: { lo: { value: '-inf', closed: false }, hi: { value: 'inf', closed: false } },
  derivativeRange: { values: ['1'] },
  remarks: {
    advantages: ['passes the pre-activation through unchanged: the usual output activation for regression'],
    disadvantages: ['a stack of linear layers is itself linear: it adds no expressive power between hidden layers'],
  },
  references: ['Keras 3 keras.activations.linear', 'PyTorch torch.nn.Identity'],
});
