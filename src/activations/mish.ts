import { defineActivation } from './_internals/activation.js';

/**
 * Mish: mish(z) = z·tanh(softplus(z)) = z·tanh(log(1 + e^z)).
 *
 * Domain ℝ; range [m, ∞) with the interior minimum m ≈ −0.30884341301725041 at
 * z ≈ −1.1924312145154952 (no closed form; found by the verifier). With
 * T = tanh(softplus z) and σ = σ(z) (softplus′ = σ): mish′ = T + z(1 − T²)σ, with interior
 * extrema ≈ −0.11252612 at z ≈ −2.2563764 and ≈ 1.0884982 at z ≈ 1.4905712 (mish′ → 1 as
 * z → ∞, → 0 as z → −∞), so the derivative range is [≈ −0.11252612, ≈ 1.0884982];
 * mish″ = (1 − T²)σ(2 − 2zTσ + z(1 − σ)). Special values mish(0) = 0,
 * mish′(0) = tanh(log 2) = 3/5. No parameters.
 *
 * Sources: Keras 3 `keras.activations.mish`; PyTorch `nn.Mish`; Misra 2019.
 *
 * @example
 * ```ts
 * mish.evaluate('0', { order: 1, digits: 10 }).value; // '0.6000000000'
 * mish.evaluate('1', { digits: 10 }).value;           // '0.8650983883'
 * ```
 */
export const mish = defineActivation({
  kind: 'scalar',
  name: 'mish',
  aliases: ['Mish'],
  title: 'Mish',
  expr: 'z*tanh(log(1 + e^z))',
  textbookDerivative: 'tanh(log(1 + e^z)) + z*(1 - tanh(log(1 + e^z))^2)/(1 + e^(-z))',
  textbookSecondDerivative:
    '(1 - tanh(log(1 + e^z))^2)*(1/(1 + e^(-z)))*(2 - 2*z*tanh(log(1 + e^z))/(1 + e^(-z)) + z*(1 - 1/(1 + e^(-z))))',
  smooth: true,
  range: { lo: { value: 'critical', closed: true, at: '-1.19', approx: '-0.30884' }, hi: { value: 'inf', closed: false } },
  derivativeRange: {
    lo: { value: 'critical', closed: true, at: '-2.26', approx: '-0.11253' },
    hi: { value: 'critical', closed: true, at: '1.49', approx: '1.0885' },
  },
  remarks: {
    advantages: ['smooth, non-monotonic, unbounded above and bounded below; reported to train slightly better than swish/ReLU in some vision models'],
    disadvantages: ['dearer than swish (exp, log and tanh per unit)', 'slightly negative for z < 0 (minimum ≈ −0.309)'],
  },
  references: ['Misra, Mish: A Self Regularized Non-Monotonic Activation Function, 2019', 'Keras 3 keras.activations.mish', 'PyTorch torch.nn.Mish'],
});
