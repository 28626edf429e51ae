import { defineActivation } from './_internals/activation.js';

/**
 * Gated linear unit: the input z = (a, b) is split into halves a = (z₁ … z_h) and
 * b = (z_{h+1} … z_n), h = n/2, and yᵢ = aᵢ·σ(bᵢ) = z_i/(1 + e^(−z_{i+h})). Needs an even
 * number of inputs; gives h outputs.
 *
 * Outputs in (−∞, ∞) (|yᵢ| ≤ |aᵢ|). Jacobian (h × n): ∂yᵢ/∂aᵢ = σ(bᵢ) ∈ (0, 1),
 * ∂yᵢ/∂bᵢ = aᵢσ(bᵢ)(1 − σ(bᵢ)), every other entry 0. At b = 0 the gate is 1/2.
 *
 * Sources: Keras 3 `keras.activations.glu(x, axis=-1)` and PyTorch `nn.GLU(dim=-1)`, both
 * with a the first half and b the second; Dauphin et al. 2017.
 *
 * @example
 * ```ts
 * glu.evaluateVector(['1', '-2', '0', '0'], { digits: 5 }).map((e) => e.value); // ['0.50000', '-1.0000']
 * ```
 */
export const glu = defineActivation({
  kind: 'vector',
  name: 'glu',
  aliases: ['GLU'],
  title: 'Gated linear unit',
  validSize: (n) => (n % 2 === 0 ? undefined : 'needs an even number of inputs (split in halves a, b)'),
  components: (n) => Array.from({ length: n / 2 }, (_, i) => `z${i + 1}/(1 + e^(-z${i + 1 + n / 2}))`),
  textbookJacobian: (n) => {
    const h = n / 2;
    return Array.from({ length: h }, (_, i) =>
      Array.from({ length: n }, (_, j) => {
        const gate = `(1/(1 + e^(-z${i + 1 + h})))`;
        if (j === i) return gate;
        if (j === i + h) return `z${i + 1}*${gate}*(1 - ${gate})`;
        return '0';
      }),
    );
  },
  componentRange: { lo: { value: '-inf', closed: false }, hi: { value: 'inf', closed: false } },
  remarks: {
    advantages: ['a learned, input-dependent gate σ(b) on a linear path a: gradients flow through a without saturating'],
    disadvantages: ['halves the width: needs twice the pre-activations for the same number of outputs'],
  },
  references: ['Dauphin, Fan, Auli & Grangier, Language Modeling with Gated Convolutional Networks, 2017', 'Keras 3 keras.activations.glu', 'PyTorch torch.nn.GLU'],
});
