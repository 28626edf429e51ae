import { defineActivation } from './_internals/activation.js';

/**
 * Hard shrinkage: z if |z| > λ, else 0 (hard thresholding).
 *
 * - Pieces: z for z < −λ; 0 for −λ ≤ z ≤ λ; z for z > λ.
 * - Domain ℝ. Range: the set (−∞, −λ) ∪ {0} ∪ (λ, ∞): the values in (−λ, 0) ∪ (0, λ) are
 *   never taken.
 * - Derivative: 1 for |z| > λ, 0 for |z| < λ; derivative range {0, 1}.
 * - The function JUMPS at z = ±λ (by λ: hardshrink(λ) = 0 but hardshrink(λ⁺) → λ), so
 *   it has no derivative there; these are declared as jumps, not kinks.
 * - Convention at the jumps: the value AT ±λ is 0 (PyTorch's forward zeroes
 *   −λ ≤ z ≤ λ) and the derivative used there is 0 (PyTorch's `shrink_backward`
 *   zeroes the gradient on −λ ≤ z ≤ λ); encoded by the middle piece owning both
 *   boundaries (`-lambda <= z <= lambda`).
 * - Special values: hardshrink(±λ) = 0, hardshrink(1) = 1 with the default λ.
 * - Default λ = 0.5: PyTorch `Hardshrink(lambd=0.5)` and Keras 3 `hard_shrink(threshold=0.5)`;
 *   gradproof requires λ ≥ 0 (λ = 0 is the identity, without jumps).
 *
 * @example
 * ```ts
 * hardshrink.evaluate('0.5', { digits: 5 }).value;           // '0'
 * hardshrink.evaluate('0.50001', { digits: 5 }).value;       // '0.50001'
 * hardshrink.evaluate('-2', { order: 1, digits: 5 }).value;  // '1.0000'
 * ```
 */
export const hardshrink = defineActivation({
  kind: 'scalar',
  name: 'hardshrink',
  aliases: ['Hardshrink', 'hard_shrink'],
  title: 'Hard shrinkage',
  params: [
    {
      name: 'lambda',
      default: '0.5',
      source:
        'PyTorch torch.nn.Hardshrink (lambd = 0.5) and Keras 3 keras.activations.hard_shrink (threshold = 0.5)',
      min: '0',
      minClosed: true,
    },
  ],
  pieces: [
    { when: 'z < -lambda', expr: 'z' },
    { when: '-lambda <= z <= lambda', expr: '0' },
    { when: 'z > lambda', expr: 'z' },
  ],
  textbookDerivative: ['1', '0', '1'],
  range: '(-inf, -lambda) U {0} U (lambda, inf)',
  derivativeRange: { values: ['0', '1'] },
  jumps: ['-lambda', 'lambda'],
  remarks: {
    advantages: [
      'exact zeros for small inputs (sparsity) while large inputs pass unchanged',
    ],
    disadvantages: [
      'discontinuous at ±λ: no derivative there, and small changes of z can change the output by λ',
      'zero gradient on the dead band |z| ≤ λ',
    ],
  },
  references: [
    'PyTorch torch.nn.Hardshrink (lambd = 0.5); aten hardshrink_kernel and shrink_backward_kernel: 0 where -λ <= z <= λ',
    'Keras 3 keras.activations.hard_shrink (threshold = 0.5)',
  ],
});
