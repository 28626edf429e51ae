import { defineActivation } from './_internals/activation.js';

/**
 * Softmax: sᵢ = e^(zᵢ)/Σⱼ e^(zⱼ), written 1/Σⱼ e^(zⱼ − zᵢ) (the form the CAS parses
 * correctly, and stable for large z). Outputs in (0, 1), summing to 1; Jacobian
 * ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ), i.e. diag(s) − s sᵀ.
 *
 * @example
 * ```ts
 * softmax.evaluateVector(['0', '0'], { digits: 5 }).map((e) => e.value); // ['0.50000', '0.50000']
 * ```
 */
export const softmax = defineActivation({
  kind: 'vector',
  name: 'softmax',
  aliases: ['Softmax'],
  title: 'Softmax',
  notesPage: '21',
  components: (n) =>
    Array.from({ length: n }, (_, i) => {
      const terms = Array.from({ length: n }, (_, j) => (j === i ? '1' : `e^(z${j + 1} - z${i + 1})`));
      return `1/(${terms.join(' + ')})`;
    }),
  textbookJacobian: (n) =>
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? `y${i + 1}*(1 - y${i + 1})` : `-y${i + 1}*y${j + 1}`))),
  componentRange: { lo: { value: '0', closed: false }, hi: { value: '1', closed: false } },
  invariant: (n) => ({ left: Array.from({ length: n }, (_, i) => `y${i + 1}`).join(' + '), right: '1' }),
  remarks: {
    advantages: ['turns scores into a probability distribution over classes'],
    disadvantages: ['for two classes it is the sigmoid of the difference of the scores (notes p. 22)'],
  },
  references: ['Keras 3 keras.activations.softmax', 'PyTorch torch.nn.Softmax'],
});
