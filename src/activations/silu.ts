import { defineActivation } from './_internals/activation.js';

/**
 * Sigmoid linear unit: silu(z) = z·σ(z) = z/(1 + e^(−z)). It is swish(z) = z·σ(βz) with β = 1
 * (the notes' swish, p. 22, leaves β open; the catalogue's `swish` entry keeps β).
 *
 * Domain ℝ; range [m, ∞) with the interior minimum m = −W(1/e) ≈ −0.27846454276107380 at
 * z = −1 − W(1/e) ≈ −1.2784645427610738 (W the Lambert function, which gradproof's
 * expressions lack: declared as a critical point, found by the verifier). With σ = σ(z):
 * silu′ = σ(1 + z(1 − σ)) ∈ [≈ −0.099839320, ≈ 1.0998393], extrema at z ≈ ∓2.3993573
 * (interior, no closed form; silu′ → 1 as z → ∞, → 0 as z → −∞);
 * silu″ = σ(1 − σ)(2 + z(1 − 2σ)). Special values silu(0) = 0, silu′(0) = 1/2,
 * silu″(0) = 1/2, silu(1) = σ(1).
 *
 * Sources: Keras 3 `keras.activations.silu` (exported also as `keras.activations.swish`,
 * with no β); PyTorch `nn.SiLU`; Elfwing et al. 2018 (SiLU), Ramachandran et al. 2017 (swish).
 *
 * @example
 * ```ts
 * silu.evaluate('1', { digits: 10 }).value;           // '0.7310585786' (= σ(1))
 * silu.evaluate('0', { order: 1, digits: 10 }).value; // '0.5000000000'
 * ```
 */
export const silu = defineActivation({
  kind: 'scalar',
  name: 'silu',
  aliases: ['SiLU'],
  title: 'Sigmoid linear unit (swish with β = 1)',
  expr: 'z/(1 + e^(-z))',
  textbookDerivative: '(1/(1 + e^(-z)))*(1 + z*(1 - 1/(1 + e^(-z))))',
  textbookSecondDerivative: '(1/(1 + e^(-z)))*(1 - 1/(1 + e^(-z)))*(2 + z*(1 - 2/(1 + e^(-z))))',
  smooth: true,
  range: { lo: { value: 'critical', closed: true, at: '-1.28', approx: '-0.27846' }, hi: { value: 'inf', closed: false } },
  derivativeRange: {
    lo: { value: 'critical', closed: true, at: '-2.4', approx: '-0.099839' },
    hi: { value: 'critical', closed: true, at: '2.4', approx: '1.0998' },
  },
  remarks: {
    advantages: ['smooth, non-monotonic, unbounded above and bounded below; found by search to beat ReLU in deep models (Ramachandran et al.)'],
    disadvantages: ['dearer than ReLU (an exponential per unit)', 'not monotonic: slightly negative for z < 0 (minimum ≈ −0.278)'],
  },
  references: [
    'notes p. 22 (swish z·σ(βz), β unspecified; SiLU is β = 1)',
    'Keras 3 keras.activations.silu (alias keras.activations.swish)',
    'PyTorch torch.nn.SiLU',
    'Elfwing, Uchibe & Doya 2018; Ramachandran, Zoph & Le 2017',
  ],
});
