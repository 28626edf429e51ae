import { defineActivation } from './_internals/activation.js';

/**
 * Log-softmax: yᵢ = log sᵢ = zᵢ − log Σⱼ e^(zⱼ), written −log(1 + Σ_{j≠i} e^(zⱼ − zᵢ)) (the form
 * the CAS handles, and stable for large z).
 *
 * Outputs in (−∞, 0), never 0 for n ≥ 2; Σᵢ e^(yᵢ) = 1 (the outputs are log-probabilities).
 * Jacobian ∂yᵢ/∂zⱼ = δᵢⱼ − sⱼ with sⱼ = e^(yⱼ), i.e. I − 1·sᵀ: every row is the same
 * softmax vector subtracted from a row of the identity. At z = 0 (n inputs) every output
 * is −log n.
 *
 * Sources: Keras 3 `keras.activations.log_softmax(x, axis=-1)`; PyTorch `nn.LogSoftmax(dim)`.
 *
 * @example
 * ```ts
 * logSoftmax.evaluateVector(['0', '0'], { digits: 10 }).map((e) => e.value); // ['-0.6931471806', '-0.6931471806']
 * ```
 */
export const logSoftmax = defineActivation({
  kind: 'vector',
  name: 'log_softmax',
  aliases: ['LogSoftmax'],
  title: 'Log-softmax',
  components: (n) =>
    Array.from({ length: n }, (_, i) => {
      const terms = Array.from({ length: n }, (_, j) => (j === i ? '1' : `e^(z${j + 1} - z${i + 1})`));
      return `-log(${terms.join(' + ')})`;
    }),
  textbookJacobian: (n) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? `1 - e^(y${j + 1})` : `-e^(y${j + 1})`))),
  componentRange: { lo: { value: '-inf', closed: false }, hi: { value: '0', closed: false } },
  invariant: (n) => ({ left: Array.from({ length: n }, (_, i) => `e^(y${i + 1})`).join(' + '), right: '1' }),
  remarks: {
    advantages: ['log-probabilities without the underflow of log(softmax(z)); with the negative log-likelihood loss it gives cross-entropy'],
    disadvantages: ['outputs are not probabilities themselves (exponentiate to get them)'],
  },
  references: ['Keras 3 keras.activations.log_softmax', 'PyTorch torch.nn.LogSoftmax'],
});
