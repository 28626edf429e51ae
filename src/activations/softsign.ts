import { defineActivation } from './_internals/activation.js';

/**
 * Softsign: ss(z) = z/(1 + |z|), declared by its two pieces z/(1 − z) for z ≤ 0 and
 * z/(1 + z) for z > 0 (the notes' pieces, with 0 given to the left one: ss(0) = 0).
 *
 * Domain ℝ; range (−1, 1), approached as z → ∓∞ and not attained; ss′ = 1/(1 + |z|)² ∈ (0, 1],
 * the maximum 1 attained at z = 0 (the textbook derivative is declared per piece, 1/(1 − z)²
 * and 1/(1 + z)², which is 1/(1 + |z|)² on each piece). Special values: ss(0) = 0, ss′(0) = 1; ss′ = (1 − |ss|)².
 *
 * Smoothness: |z| makes it piecewise-smooth. It is declared with pieces so that the
 * verifier proves the join at 0 is C¹ (both one-sided slopes are 1, so 0 is **not** a
 * kink); it is not C²: ss″ = −2·sign(z)/(1 + |z|)³ jumps from +2 (left) to −2 (right) at 0,
 * so it is not declared `smooth`. Both tails approach ±1 only algebraically
 * (1 − ss(z) = 1/(1 + z) for z > 0), unlike the exponential approach of tanh.
 *
 * No parameters (Keras 3 `keras.activations.softsign`, PyTorch `torch.nn.Softsign`).
 *
 * @example
 * ```ts
 * softsign.evaluate('1', { digits: 5 }).value;            // '0.50000'
 * softsign.evaluate('1', { order: 1, digits: 5 }).value;  // '0.25000'
 * ```
 */
export const softsign = defineActivation({
  kind: 'scalar',
  name: 'softsign',
  aliases: ['Softsign'],
  title: 'Softsign',
  notesPage: '23',
  pieces: [
    { when: 'z <= 0', expr: 'z/(1 - z)' },
    { when: 'z > 0', expr: 'z/(1 + z)' },
  ],
  textbookDerivative: ['1/(1 - z)^2', '1/(1 + z)^2'],
  range: { lo: { value: '-1', closed: false }, hi: { value: '1', closed: false } },
  derivativeRange: { lo: { value: '0', closed: false }, hi: { value: '1', closed: true, at: '0' } },
  remarks: {
    advantages: ['zero-centred like tanh, with no exponential; saturates more slowly (polynomially)'],
  },
  references: [
    'notes p. 23: ss(z) = z/(|z| + 1) = z/(z + 1) (z > 0), z/(1 − z) (z < 0)',
    'Keras 3 keras.activations.softsign',
    'PyTorch torch.nn.Softsign',
  ],
});
