import { defineActivation } from './_internals/activation.js';

/**
 * Threshold: z if z > threshold, else value.
 *
 * - Pieces: value for z ≤ threshold; z for z > threshold.
 * - Parameters: PyTorch `Threshold(threshold, value)` and Keras 3
 *   `threshold(x, threshold, default_value)` both REQUIRE them (neither has defaults).
 *   gradproof's defaults are its own choice, threshold = 1 and value = 0 (the example in
 *   the Keras 3 documentation, `keras.ops.threshold(x, 1, 0)`), picked so the jump shows:
 *   with value = threshold the function is continuous (a kink instead of a jump).
 * - Domain ℝ. Range: the set {value} ∪ (threshold, ∞), with the defaults {0} ∪ (1, ∞)
 *   (the values in (0, 1] are never taken, so no interval describes it).
 * - Derivative: 0 for z < threshold, 1 for z > threshold; derivative range {0, 1}.
 * - The function JUMPS at z = threshold (from value to threshold; by 1 with the
 *   defaults), so it has no derivative there: a jump, not a kink.
 * - Convention at the jump: the value AT the threshold is `value` (PyTorch's forward is
 *   `z <= threshold ? value : z`) and the derivative used there is 0 (PyTorch's
 *   `threshold_backward` is `z <= threshold ? 0 : grad`); encoded by the piece
 *   `z <= threshold` owning the boundary.
 * - Special values (defaults): threshold(1) = 0, threshold(1.5) = 1.5.
 *
 * @example
 * ```ts
 * threshold.evaluate('1', { digits: 5 }).value;                              // '0'
 * threshold.evaluate('-3', { digits: 5, params: { value: '-1' } }).value;    // '-1.0000'
 * threshold.evaluate('2', { order: 1, digits: 5 }).value;                    // '1.0000'
 * ```
 */
export const threshold = defineActivation({
  kind: 'scalar',
  name: 'threshold',
  aliases: ['Threshold'],
  title: 'Threshold',
  params: [
    {
      name: 'threshold',
      default: '1',
      source:
        'required in PyTorch torch.nn.Threshold and Keras 3 keras.activations.threshold (no default); gradproof uses 1, as the Keras 3 docs example',
    },
    {
      name: 'value',
      default: '0',
      source:
        'required in PyTorch (value) and Keras 3 (default_value), no default; gradproof uses 0, as the Keras 3 docs example, so the jump shows',
    },
  ],
  pieces: [
    { when: 'z <= threshold', expr: 'value' },
    { when: 'z > threshold', expr: 'z' },
  ],
  textbookDerivative: ['0', '1'],
  range: '{value} U (threshold, inf)',
  derivativeRange: { values: ['0', '1'] },
  jumps: ['threshold'],
  remarks: {
    advantages: [
      'generalises ReLU (threshold = value = 0) to any cut-off and fill value',
    ],
    disadvantages: [
      'discontinuous when value ≠ threshold',
      'zero gradient below the threshold',
    ],
  },
  references: [
    'PyTorch torch.nn.Threshold(threshold, value); aten threshold_kernel: z <= threshold ? value : z; threshold_backward: z <= threshold ? 0 : grad',
    'Keras 3 keras.activations.threshold(x, threshold, default_value)',
  ],
});
