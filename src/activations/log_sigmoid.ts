import { defineActivation } from './_internals/activation.js';

/**
 * Log-sigmoid: log σ(z) = −softplus(−z) = −log(1 + e^(−z)).
 *
 * Domain ℝ; range (−∞, 0), 0 approached as z → ∞ and never attained; log σ(z) ≈ z as
 * z → −∞. Derivative σ(−z) = 1 − σ(z) = 1 − e^f (f the function's value) ∈ (0, 1), → 1 as
 * z → −∞ and → 0 as z → ∞, neither attained; second derivative −σ(z)(1 − σ(z)) =
 * −e^f(1 − e^f). Special values logsigmoid(0) = −log 2, logsigmoid′(0) = 1/2. Concave, no
 * parameters.
 *
 * Sources: Keras 3 `keras.activations.log_sigmoid`; PyTorch `nn.LogSigmoid`.
 *
 * @example
 * ```ts
 * logSigmoid.evaluate('0', { digits: 10 }).value;           // '-0.6931471806'
 * logSigmoid.evaluate('0', { order: 1, digits: 10 }).value; // '0.5000000000'
 * ```
 */
export const logSigmoid = defineActivation({
  kind: 'scalar',
  name: 'log_sigmoid',
  aliases: ['LogSigmoid'],
  title: 'Log-sigmoid',
  expr: '-log(1 + e^(-z))',
  textbookDerivative: '1 - e^f',
  textbookSecondDerivative: '-e^f*(1 - e^f)',
  smooth: true,
  range: { lo: { value: '-inf', closed: false }, hi: { value: '0', closed: false } },
  derivativeRange: { lo: { value: '0', closed: false }, hi: { value: '1', closed: false } },
  remarks: {
    advantages: ['the numerically stable log of a probability: pairs with the negative log-likelihood loss'],
    disadvantages: ['unbounded below and saturating above (gradient → 0 as z → ∞)'],
  },
  references: ['Keras 3 keras.activations.log_sigmoid', 'PyTorch torch.nn.LogSigmoid'],
});
