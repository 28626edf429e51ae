import { defineActivation } from './_internals/activation.js';

/**
 * Gaussian error linear unit, exact form: gelu(z) = z·Φ(z) = z·(1 + erf(z/√2))/2, where
 * Φ is the standard normal CDF.
 *
 * Domain ℝ; range [m, ∞) with the interior minimum m ≈ −0.16997120747990366 at
 * z ≈ −0.75179152469356446 (the root of Φ(z) + zφ(z) = 0; no closed form, found by the
 * verifier). Derivative gelu′ = Φ(z) + z·φ(z), φ(z) = e^(−z²/2)/√(2π); gelu″ = φ(z)(2 − z²),
 * so gelu′ has its extrema at z = ±√2, with exact values
 * (1 + erf(1))/2 + 1/(e√π) ≈ 1.1289041 at √2 and (1 − erf(1))/2 − 1/(e√π) ≈ −0.1289041 at
 * −√2 (gelu′ → 1 as z → ∞, → 0 as z → −∞): derivative range
 * [(1 − erf 1)/2 − 1/(e√π), (1 + erf 1)/2 + 1/(e√π)]. Special values gelu(0) = 0,
 * gelu′(0) = 1/2, gelu(1) = Φ(1).
 *
 * Defaults: PyTorch `nn.GELU(approximate='none')` is this exact form by default, as is
 * Keras 3's `keras.activations.gelu(x, approximate=False)`; but `keras.ops.gelu` defaults to
 * `approximate=True`, the tanh form (catalogue entry `gelu_tanh`).
 *
 * @example
 * ```ts
 * gelu.evaluate('1', { digits: 10 }).value;           // '0.8413447461' (= Φ(1))
 * gelu.evaluate('0', { order: 1, digits: 10 }).value; // '0.5000000000'
 * ```
 */
export const gelu = defineActivation({
  kind: 'scalar',
  name: 'gelu',
  aliases: ['GELU'],
  title: 'Gaussian error linear unit (exact erf form)',
  expr: 'z*(1 + erf(z/sqrt(2)))/2',
  textbookDerivative: '(1 + erf(z/sqrt(2)))/2 + z*e^(-z^2/2)/sqrt(2*pi)',
  textbookSecondDerivative: 'e^(-z^2/2)*(2 - z^2)/sqrt(2*pi)',
  smooth: true,
  range: { lo: { value: 'critical', closed: true, at: '-0.75', approx: '-0.16997' }, hi: { value: 'inf', closed: false } },
  derivativeRange: {
    lo: { value: '(1 - erf(1))/2 - 1/(e*sqrt(pi))', closed: true, at: '-sqrt(2)' },
    hi: { value: '(1 + erf(1))/2 + 1/(e*sqrt(pi))', closed: true, at: 'sqrt(2)' },
  },
  remarks: {
    advantages: [
      'smooth and non-monotonic: weights the input by the probability Φ(z) that a standard normal is below it',
      'the default activation of BERT/GPT-style transformers',
    ],
    disadvantages: ['needs erf, dearer than ReLU (hence the tanh approximation)', 'slightly negative, non-monotonic for z < 0 (minimum ≈ −0.170)'],
  },
  references: [
    'Hendrycks & Gimpel, Gaussian Error Linear Units (GELUs), 2016',
    "PyTorch torch.nn.GELU(approximate='none') (default)",
    'Keras 3 keras.activations.gelu(x, approximate=False) (default); keras.ops.gelu defaults to approximate=True',
  ],
});
