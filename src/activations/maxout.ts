import { defineActivation } from './_internals/activation.js';

/**
 * Maxout (Goodfellow et al. 2013) as a vector activation: y = max(z₁, …, zₙ), one output
 * from n inputs, where zₖ = wₖᵀx + bₖ are the k = n affine pieces (the notes, p. 23, show
 * k = 2: f(x) = max(w₁ᵀx + b₁, w₂ᵀx + b₂)). The affine maps belong to the layer; this entry
 * is the max over their outputs.
 *
 * Output range (−∞, ∞). Jacobian (1 × n): one-hot at the arg-max,
 * ∂y/∂zⱼ = ∏_{k≠j} (1 + sign(zⱼ − zₖ))/2, which is 1 when zⱼ is the strict maximum and 0
 * when some zₖ > zⱼ: the gradient flows only to the winning piece. Where the maximum is
 * tied the function has a kink (a ridge) and is not differentiable. There the formula
 * above gives 1/2ᵐ⁻¹ to each of m tied inputs (it no longer sums to 1 for m ≥ 3);
 * gradproof's derived Jacobian (through max(a, b) = (a + b)/2 + |a − b|/2, nested as
 * max(z₁, max(z₂, z₃))) gives (1/2, 1/2, 0) at z = (3, 3, 1) but (1/2, 1/4, 1/4) at a
 * three-way tie, so it depends on the nesting; PyTorch's `max(dim)` routes the whole
 * gradient to one tied index and `amax` splits it evenly. The verifier samples random
 * inputs, where ties have probability 0, and checks the Jacobian there.
 *
 * Parameters: none here; a maxout layer with k pieces has k(n_in + 1) weights per unit
 * (the notes' "doubles the number of parameters" is the case k = 2). Keras 3 and PyTorch
 * have no maxout activation (it is a `max` over a reshaped linear layer).
 *
 * @example
 * ```ts
 * maxout.evaluateVector(['1', '3', '2'], { digits: 5 }).map((e) => e.value);      // ['3.0000']
 * maxout.evaluateJacobian(['1', '3', '2'], { digits: 5 })[0]!.map((e) => e.value); // ['0', '1.0000', '0']
 * ```
 */
export const maxout = defineActivation({
  kind: 'vector',
  name: 'maxout',
  aliases: ['Maxout'],
  title: 'Maxout',
  notesPage: '23',
  components: (n) => [`max(${Array.from({ length: n }, (_, i) => `z${i + 1}`).join(', ')})`],
  textbookJacobian: (n) => [
    Array.from({ length: n }, (_, j) =>
      Array.from({ length: n }, (_, k) => k)
        .filter((k) => k !== j)
        .map((k) => `(1 + sign(z${j + 1} - z${k + 1}))/2`)
        .join('*') || '1',
    ),
  ],
  componentRange: { lo: { value: '-inf', closed: false }, hi: { value: 'inf', closed: false } },
  remarks: {
    advantages: ['learns a convex piecewise-linear activation; generalises ReLU (max(z, 0)) and leaky ReLU (max(z, αz))'],
    disadvantages: ['"Compute intensive as it doubles the number of parameters" (notes; k pieces multiply them by k)'],
  },
  references: [
    'notes p. 23: f(x) = max(w₁ᵀx + b₁, w₂ᵀx + b₂)',
    'Goodfellow, Warde-Farley, Mirza, Courville, Bengio 2013, Maxout Networks',
  ],
});
