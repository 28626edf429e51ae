import { defineActivation } from './_internals/activation.js';

/**
 * Exponential linear unit: elu(z) = z for z > 0, α(eᶻ − 1) for z ≤ 0 (Clevert et al. 2015).
 *
 * Domain ℝ; range (−α, ∞) (elu → −α as z → −∞, not attained); elu′ = 1 for z > 0 and αeᶻ
 * for z ≤ 0, so for the default α = 1 the derivative range is (0, 1], 1 attained for every
 * z ≥ 0. Special values: elu(0) = 0, elu′(0) = α (the piece `z <= 0` owns 0, as in
 * PyTorch's backward `z <= 0 ? α·eᶻ·grad : grad`).
 *
 * Smoothness at 0, honestly: for the default α = 1 both one-sided slopes at 0 are 1, so
 * the join is C¹ and 0 is **not** a kink (the verifier checks the join is smooth at the
 * first-derivative level). It is not C²: elu″ jumps from αe⁰ = 1 (left) to 0 (right) —
 * `evaluate(z, { order: 2 })` gives 1 at −1e−30 and at 0, 0 at 1e−30 — so the function is
 * **not** declared `smooth`. For α ≠ 1 the slope does jump at 0 (left α,
 * right 1) and 0 becomes a kink; the declaration here describes the default α = 1, and
 * so does the derivative range: for α < 1 the derivative takes (0, α) ∪ {1}, for α > 1
 * it takes (0, α] (which exceeds 1).
 *
 * Default α = 1: the notes give no value; α = 1 is the default of PyTorch
 * (`torch.nn.ELU(alpha=1.0)`) and Keras 3 (`keras.activations.elu(x, alpha=1.0)`).
 *
 * Where the notes are wrong (p. 22): "α – scalar value and slope of −ve section" — the
 * slope for z < 0 is αeᶻ, not α (e.g. e⁻² ≈ 0.1353 at z = −2 for α = 1); α is the
 * negative saturation level. "Derivable at zero" and the derivative range (0, 1] hold only
 * for α = 1.
 *
 * @example
 * ```ts
 * elu.evaluate('-1', { digits: 10 }).value;            // e⁻¹ − 1 = '-0.6321205588'
 * elu.evaluate('0', { order: 1, digits: 5 }).value;     // '1.0000'
 * ```
 */
export const elu = defineActivation({
  kind: 'scalar',
  name: 'elu',
  aliases: ['ELU'],
  title: 'Exponential linear unit',
  notesPage: '22',
  params: [
    {
      name: 'alpha',
      default: '1',
      source: 'the notes give no value; 1 is the default of PyTorch torch.nn.ELU and Keras 3 keras.activations.elu',
      min: '0',
    },
  ],
  pieces: [
    { when: 'z <= 0', expr: 'alpha*(e^z - 1)' },
    { when: 'z > 0', expr: 'z' },
  ],
  textbookDerivative: ['alpha*e^z', '1'],
  range: { lo: { value: '-alpha', closed: false }, hi: { value: 'inf', closed: false } },
  derivativeRange: { lo: { value: '0', closed: false }, hi: { value: '1', closed: true, at: '1' } },
  remarks: {
    advantages: ['"No dead zone": the slope αeᶻ is never 0', '"Derivable at zero" (true only for α = 1)'],
    disadvantages: ['"It involves exponential computation"'],
  },
  references: [
    'notes p. 22: elu(z, α) = z (z ≥ 0), α(eᶻ − 1) (z < 0); elu′ = 1 (z ≥ 0), αeᶻ (z < 0); range (−α, ∞); derivative range (0, 1]',
    'Clevert, Unterthiner, Hochreiter 2015, Fast and Accurate Deep Network Learning by Exponential Linear Units',
    'PyTorch torch.nn.ELU(alpha=1.0); backward z <= 0 ? α·eᶻ : 1',
    'Keras 3 keras.activations.elu(x, alpha=1.0)',
  ],
});
