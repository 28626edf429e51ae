import { defineActivation } from './_internals/activation.js';

/**
 * Scaled exponential linear unit: selu(z) = λz for z > 0, λα(eᶻ − 1) for z ≤ 0, i.e.
 * λ·elu(z, α) (Klambauer et al. 2017).
 *
 * α and λ are **derived constants**, not free choices: they are the values for which
 * z ~ N(0, 1) gives E[selu(z)] = 0 and E[selu(z)²] = 1 (the self-normalising fixed point).
 * gradproof does not type them: the parameter defaults name the constants `selu_alpha`
 * and `selu_lambda`, computed from their closed forms in `_internals/constants.ts`
 * (α = −√(2/π)/(√e·erfc(1/√2) − 1) = 1.6732632423543772848…,
 * λ = 1.0507009873554804934…), the values PyTorch and Keras 3 hard-code.
 *
 * Domain ℝ; range (−λα, ∞) = (−1.7580993408473768599…, ∞), −λα approached as z → −∞ and not
 * attained; selu′ = λ for z > 0 and λαeᶻ for z ≤ 0, so the derivative range is
 * (0, λα] = (0, 1.7580993…], the maximum λα attained at z = 0. Kink at 0: left slope
 * λα ≈ 1.7581, right slope λ ≈ 1.0507; the derivative used there is λα (PyTorch's
 * backward is ELU's, `z <= 0 ? λα·eᶻ·grad : λ·grad`). Special values: selu(0) = 0,
 * selu(1) = λ.
 *
 * Where the notes are wrong (p. 22–23): the formula on p. 22 (z for z ≥ 0, αeᶻ − α for
 * z < 0) is ELU — it misses the factor λ (selu(1) = λ ≈ 1.0507, not 1); the notes correct
 * this themselves on p. 23 ("selu = scale × elu"). "learnable parameter": α and λ are
 * fixed constants, not trained. "range: (−∞, ∞)": SELU is bounded below, the range is
 * (−λα, ∞) (e.g. −2 is never attained). "domain: [−∞, ∞]" should read (−∞, ∞).
 *
 * @example
 * ```ts
 * selu.evaluate('1', { digits: 20 }).value;               // λ = '1.0507009873554804934'
 * selu.evaluate('0', { order: 1, digits: 10 }).value;     // λα = '1.758099341'
 * ```
 */
export const selu = defineActivation({
  kind: 'scalar',
  name: 'selu',
  aliases: ['SELU'],
  title: 'Scaled exponential linear unit',
  notesPage: '22–23',
  params: [
    {
      name: 'alpha',
      default: 'selu_alpha',
      source: 'derived constant (Klambauer et al. 2017): the mean of selu(z) is 0 for z ~ N(0, 1); PyTorch and Keras 3 hard-code 1.6732632423543772848170429916717; not learnable (the notes wrongly call it learnable)',
    },
    {
      name: 'lambda',
      default: 'selu_lambda',
      source: 'derived constant (Klambauer et al. 2017): the variance of selu(z) is 1 for z ~ N(0, 1); PyTorch and Keras 3 hard-code 1.0507009873554804934193349852946; missing from the notes\' p. 22 formula',
    },
  ],
  pieces: [
    { when: 'z <= 0', expr: 'lambda*alpha*(e^z - 1)' },
    { when: 'z > 0', expr: 'lambda*z' },
  ],
  textbookDerivative: ['lambda*alpha*e^z', 'lambda'],
  range: { lo: { value: '-lambda*alpha', closed: false }, hi: { value: 'inf', closed: false } },
  derivativeRange: { lo: { value: '0', closed: false }, hi: { value: 'lambda*alpha', closed: true, at: '0' } },
  kinks: ['0'],
  remarks: {
    advantages: ['self-normalising: with LeCun-normal weights, activations keep mean 0 and variance 1 through layers'],
    disadvantages: ['the notes\' remark "Similar sigmoid." is unclear: SELU is unbounded above, not sigmoid-shaped'],
  },
  references: [
    'notes p. 22: selu(z) = z (z ≥ 0), αeᶻ − α (z < 0) [missing λ]; "learnable parameter" [wrong]; domain [−∞, ∞]; range (−∞, ∞) [wrong: (−λα, ∞)]',
    'notes p. 23: selu(z, α) = scale × elu(z, α)',
    'Klambauer, Unterthiner, Mayr, Hochreiter 2017, Self-Normalizing Neural Networks',
    'PyTorch torch.nn.SELU (alpha, scale hard-coded)',
    'Keras 3 keras.activations.selu',
  ],
});
