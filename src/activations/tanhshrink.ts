import { defineActivation } from './_internals/activation.js';

/**
 * Tanhshrink: tanhshrink(z) = z − tanh z.
 *
 * Domain ℝ; range (−∞, ∞) (odd, increasing). Derivative 1 − (1 − tanh² z) = tanh² z ∈ [0, 1):
 * 0 attained at z = 0 only, → 1 as z → ±∞; second derivative 2 tanh z (1 − tanh² z).
 * Special values tanhshrink(0) = 0, tanhshrink′(0) = 0, tanhshrink″(0) = 0 (the function is
 * flat to third order at 0: z − tanh z ≈ z³/3). No parameters.
 *
 * Sources: PyTorch `nn.Tanhshrink`; Keras 3 spells it `keras.activations.tanh_shrink`.
 *
 * @example
 * ```ts
 * tanhshrink.evaluate('1', { digits: 10 }).value;           // '0.2384058440'
 * tanhshrink.evaluate('1', { order: 1, digits: 10 }).value; // '0.5800256584' (= tanh² 1)
 * ```
 */
export const tanhshrink = defineActivation({
  kind: 'scalar',
  name: 'tanhshrink',
  aliases: ['Tanhshrink', 'tanh_shrink'],
  title: 'Tanhshrink',
  expr: 'z - tanh(z)',
  textbookDerivative: 'tanh(z)^2',
  textbookSecondDerivative: '2*tanh(z)*(1 - tanh(z)^2)',
  smooth: true,
  range: { lo: { value: '-inf', closed: false }, hi: { value: 'inf', closed: false } },
  derivativeRange: { lo: { value: '0', closed: true, at: '0' }, hi: { value: '1', closed: false } },
  remarks: {
    advantages: ['shrinks small inputs towards 0 smoothly (≈ z³/3 near 0) while passing large ones through shifted by ∓1'],
    disadvantages: ['zero gradient at 0 and tiny gradient near it', 'rarely used outside sparse-coding models'],
  },
  references: ['PyTorch torch.nn.Tanhshrink', 'Keras 3 keras.activations.tanh_shrink'],
});
