import { defineActivation } from './_internals/activation.js';

/**
 * Hard sigmoid in the notes' (and Keras 2's) form: φ(z) = clip(0.2z + 0.5, 0, 1), i.e.
 * 0 for z < −2.5, 0.2z + 0.5 for −2.5 ≤ z ≤ 2.5, 1 for z > 2.5.
 *
 * Domain ℝ; range [0, 1], 0 attained for every z ≤ −2.5 and 1 for every z ≥ 2.5;
 * φ′ = 0.2 on [−2.5, 2.5] and 0 outside, so the derivative takes the values {0, 1/5}.
 * Kinks at ±2.5 (slopes 0 | 0.2 at −2.5 and 0.2 | 0 at 2.5). Special values: φ(0) = 1/2,
 * φ′(0) = 1/5.
 *
 * At the kinks the derivative used is 0.2: the notes' middle piece is closed
 * (−2.5 ≤ z ≤ 2.5), and Keras 2 computes `clip_by_value(0.2·x + 0.5, 0, 1)`, whose TF
 * gradient zeroes only where the clipped value is strictly below 0 or above 1, so the
 * gradient at ±2.5 is 0.2.
 *
 * This is **not** the hard sigmoid of Keras 3 (`keras.activations.hard_sigmoid`) or PyTorch
 * (`torch.nn.Hardsigmoid`): those are clip(z/6 + 1/2, 0, 1) = relu6(z + 3)/6, breaking at
 * ±3 (see the separate `hard_sigmoid_relu6` entry); PyTorch's backward there uses
 * `−3 < z < 3 ? 1/6 : 0`, i.e. 0 at the breakpoints.
 *
 * @example
 * ```ts
 * hardSigmoid.evaluate('1', { digits: 5 }).value;           // '0.70000'
 * hardSigmoid.evaluate('2.5', { order: 1, digits: 5 }).value; // '0.20000' (the convention at the kink)
 * ```
 */
export const hardSigmoid = defineActivation({
  kind: 'scalar',
  name: 'hard_sigmoid',
  aliases: ['hard_sigmoid_keras2'],
  title: 'Hard sigmoid (notes / Keras 2: clip(0.2z + 0.5, 0, 1))',
  notesPage: '23',
  pieces: [
    { when: 'z < -2.5', expr: '0' },
    { when: '-2.5 <= z <= 2.5', expr: '0.2*z + 0.5' },
    { when: 'z > 2.5', expr: '1' },
  ],
  textbookDerivative: ['0', '0.2', '0'],
  range: { lo: { value: '0', closed: true, at: '-3' }, hi: { value: '1', closed: true, at: '3' } },
  derivativeRange: { values: ['0', '1/5'] },
  kinks: ['-2.5', '2.5'],
  remarks: {
    advantages: ['piecewise linear: cheaper than the sigmoid (no exponential)'],
    disadvantages: ['zero gradient for |z| > 2.5 (saturates exactly)'],
  },
  references: [
    'notes p. 23: φ(z) = 0 (z < −2.5), 1 (z > 2.5), 0.2z + 0.5 (−2.5 ≤ z ≤ 2.5)',
    'Keras 2.15 keras.backend.hard_sigmoid: clip_by_value(0.2·x + 0.5, 0, 1)',
    'Keras 3 keras.activations.hard_sigmoid and PyTorch torch.nn.Hardsigmoid use relu6(z + 3)/6 instead (breaks at ±3)',
  ],
});
