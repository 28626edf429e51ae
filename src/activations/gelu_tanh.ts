import { defineActivation } from './_internals/activation.js';

/**
 * GELU, tanh approximation: gelu_tanh(z) = ½z(1 + tanh(√(2/π)(z + 0.044715z³))), with √(2/π)
 * kept exact.
 *
 * Domain ℝ; range [m, ∞) with the interior minimum m ≈ −0.17004075057125405 at
 * z ≈ −0.75246142207101626 (no closed form; found by the verifier). With
 * u = √(2/π)(z + 0.044715z³) and T = tanh u:
 * gelu_tanh′ = (1 + T)/2 + ½z(1 − T²)√(2/π)(1 + 0.134145z²) ∈ [≈ −0.12899307, ≈ 1.1289931],
 * the extrema at z ≈ ∓1.4185040 (interior, no closed form); gelu_tanh′ → 1 as z → ∞ and
 * → 0 as z → −∞. gelu_tanh″ = (1 − T²)(√(2/π)(1 + 0.26829z²) − z·T·(2/π)(1 + 0.134145z²)²).
 * Special values gelu_tanh(0) = 0, gelu_tanh′(0) = 1/2. It differs from the exact
 * {@link gelu} by at most ≈ 4.7·10⁻⁴ (near |z| ≈ 2.7).
 *
 * Sources: PyTorch `nn.GELU(approximate='tanh')`; Keras 3 `keras.activations.gelu(x,
 * approximate=True)`, which is also the default of `keras.ops.gelu`. The constant 0.044715
 * is from Hendrycks & Gimpel.
 *
 * @example
 * ```ts
 * geluTanh.evaluate('1', { digits: 10 }).value;           // '0.8411919906'
 * geluTanh.evaluate('0', { order: 1, digits: 10 }).value; // '0.5000000000'
 * ```
 */
export const geluTanh = defineActivation({
  kind: 'scalar',
  name: 'gelu_tanh',
  aliases: ['gelu_approximate'],
  title: 'GELU (tanh approximation)',
  expr: 'z*(1 + tanh(sqrt(2/pi)*(z + 0.044715*z^3)))/2',
  textbookDerivative:
    '(1 + tanh(sqrt(2/pi)*(z + 0.044715*z^3)))/2 + z*(1 - tanh(sqrt(2/pi)*(z + 0.044715*z^3))^2)*sqrt(2/pi)*(1 + 0.134145*z^2)/2',
  textbookSecondDerivative:
    '(1 - tanh(sqrt(2/pi)*(z + 0.044715*z^3))^2)*(sqrt(2/pi)*(1 + 0.26829*z^2) - z*tanh(sqrt(2/pi)*(z + 0.044715*z^3))*(2/pi)*(1 + 0.134145*z^2)^2)',
  smooth: true,
  range: { lo: { value: 'critical', closed: true, at: '-0.75', approx: '-0.17004' }, hi: { value: 'inf', closed: false } },
  derivativeRange: {
    lo: { value: 'critical', closed: true, at: '-1.42', approx: '-0.12899' },
    hi: { value: 'critical', closed: true, at: '1.42', approx: '1.1290' },
  },
  remarks: {
    advantages: ['cheaper than erf on hardware with a fast tanh; matches the original BERT/GPT-2 code'],
    disadvantages: ['an approximation: it differs from the exact GELU by up to ≈ 4.7·10⁻⁴, so checkpoints trained with one differ slightly under the other'],
  },
  references: [
    'Hendrycks & Gimpel, Gaussian Error Linear Units (GELUs), 2016 (the 0.044715 constant)',
    "PyTorch torch.nn.GELU(approximate='tanh')",
    'Keras 3 keras.activations.gelu(x, approximate=True); keras.ops.gelu defaults to approximate=True',
  ],
});
