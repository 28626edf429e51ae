import { defineActivation } from './_internals/activation.js';

/**
 * Softmin: softmin(z) = softmax(−z), yᵢ = e^(−zᵢ)/Σⱼ e^(−zⱼ), written 1/Σⱼ e^(zᵢ − zⱼ) (the
 * form the CAS handles, and stable for large z).
 *
 * Outputs in (0, 1), summing to 1; the smallest input gets the largest weight. Jacobian
 * ∂yᵢ/∂zⱼ = −yᵢ(δᵢⱼ − yⱼ), i.e. −(diag(y) − y yᵀ): softmax's Jacobian with the opposite
 * sign (chain rule through −z). At z = 0 (n inputs) every output is 1/n.
 *
 * Source: PyTorch `nn.Softmin(dim)`; Keras has no softmin (use softmax of −z).
 *
 * @example
 * ```ts
 * softmin.evaluateVector(['0', '0'], { digits: 5 }).map((e) => e.value); // ['0.50000', '0.50000']
 * ```
 */
export const softmin = defineActivation({
  kind: 'vector',
  name: 'softmin',
  aliases: ['Softmin'],
  title: 'Softmin',
  components: (n) =>
    Array.from({ length: n }, (_, i) => {
      const terms = Array.from({ length: n }, (_, j) => (j === i ? '1' : `e^(z${i + 1} - z${j + 1})`));
      return `1/(${terms.join(' + ')})`;
    }),
  textbookJacobian: (n) =>
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? `-y${i + 1}*(1 - y${i + 1})` : `y${i + 1}*y${j + 1}`))),
  componentRange: { lo: { value: '0', closed: false }, hi: { value: '1', closed: false } },
  invariant: (n) => ({ left: Array.from({ length: n }, (_, i) => `y${i + 1}`).join(' + '), right: '1' }),
  remarks: {
    advantages: ['a smooth arg-min: a probability distribution favouring the smallest inputs (e.g. distances or energies)'],
    disadvantages: ['as softmax: exponentials; rarely used as a hidden activation'],
  },
  references: ['PyTorch torch.nn.Softmin'],
});
