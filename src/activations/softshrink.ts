import { defineActivation } from './_internals/activation.js';

/**
 * Soft shrinkage: z − λ for z > λ, z + λ for z < −λ, 0 otherwise (the soft-thresholding
 * operator, the proximal map of λ|z|).
 *
 * - Pieces: z + λ for z < −λ; 0 for −λ ≤ z ≤ λ; z − λ for z > λ.
 * - Domain ℝ; range (−∞, ∞) (every real value is taken; 0 on the whole dead band).
 * - Derivative: 1 for |z| > λ, 0 for |z| < λ; derivative range {0, 1}.
 * - Continuous everywhere, with kinks at z = −λ (slope 1 → 0) and z = λ (slope 0 → 1).
 * - Convention at the kinks: the derivative AT ±λ is 0, as in PyTorch's
 *   `shrink_backward` (used by softshrink's backward), which zeroes the gradient where
 *   −λ ≤ z ≤ λ; encoded by the middle piece owning both boundaries (`-lambda <= z <= lambda`).
 * - Special values: softshrink(±λ) = 0, softshrink(1) = 1/2 with the default λ.
 * - Default λ = 0.5: PyTorch `Softshrink(lambd=0.5)` and Keras 3 `soft_shrink(threshold=0.5)`;
 *   PyTorch requires λ ≥ 0 (λ = 0 is the identity, without kinks).
 *
 * @example
 * ```ts
 * softshrink.evaluate('-2', { digits: 5 }).value;          // '-1.5000'
 * softshrink.evaluate('0.5', { order: 1, digits: 5 }).value; // '0' (PyTorch convention)
 * ```
 */
export const softshrink = defineActivation({
  kind: 'scalar',
  name: 'softshrink',
  aliases: ['Softshrink', 'soft_shrink'],
  title: 'Soft shrinkage',
  params: [
    {
      name: 'lambda',
      default: '0.5',
      source:
        'PyTorch torch.nn.Softshrink (lambd = 0.5) and Keras 3 keras.activations.soft_shrink (threshold = 0.5); PyTorch requires λ ≥ 0',
      min: '0',
      minClosed: true,
    },
  ],
  pieces: [
    { when: 'z < -lambda', expr: 'z + lambda' },
    { when: '-lambda <= z <= lambda', expr: '0' },
    { when: 'z > lambda', expr: 'z - lambda' },
  ],
  textbookDerivative: ['1', '0', '1'],
  range: {
    lo: { value: '-inf', closed: false },
    hi: { value: 'inf', closed: false },
  },
  derivativeRange: { values: ['0', '1'] },
  kinks: ['-lambda', 'lambda'],
  remarks: {
    advantages: [
      'produces exact zeros for small inputs (sparsity); the proximal operator of the L1 norm',
    ],
    disadvantages: [
      'zero gradient on the dead band |z| ≤ λ',
      'shifts every surviving value by λ towards 0',
    ],
  },
  references: [
    'PyTorch torch.nn.Softshrink (lambd = 0.5); aten softshrink_kernel and shrink_backward_kernel: gradient 0 where -λ <= z <= λ',
    'Keras 3 keras.activations.soft_shrink (threshold = 0.5)',
    'Donoho 1995, De-noising by soft-thresholding',
  ],
});
