import { defineActivation } from './_internals/activation.js';

/**
 * Swish: swish(z) = z·σ(βz) = z/(1 + e^(−βz)) (Ramachandran, Zoph, Le 2017); β = 1 is
 * SiLU (Elfwing et al. 2017; Hendrycks & Gimpel's "SiLU").
 *
 * Domain ℝ. For the default β = 1: range [−0.27846…, ∞), the minimum −W(1/e) =
 * −0.2784645427610737951… (W the Lambert function) attained at z = −1 − W(1/e) =
 * −1.2784645427610737951…, the root of swish′ (z = −(1 + eᶻ)). swish′ = βf + σ(βz)(1 − βf)
 * with f = swish(z), whose range is [−0.0998393…, 1.0998393…], the extremes attained at z = ∓2.3993572805…;
 * swish″ = βσ(βz)(1 − σ(βz))(2 + βz(1 − 2σ(βz))). For other β > 0 the function is
 * swish_β(z) = swish_1(βz)/β, so the minimum scales as −0.27846…/β and the derivative range
 * does not depend on β. Special values: swish(0) = 0, swish′(0) = 1/2. Smooth (C^∞).
 *
 * β is learnable: ∂swish/∂β = z²σ(βz)(1 − σ(βz)), checked by the verifier.
 *
 * Default β = 1: the notes (p. 22) give the formula with β but **no value** for it; 1 is
 * SiLU, the form Keras 3 (`keras.activations.silu`, alias `swish`) and PyTorch
 * (`torch.nn.SiLU`) implement, both without a β. The swish paper's trainable-β variant is
 * what the learnable flag models.
 *
 * @example
 * ```ts
 * swish.evaluate('0', { order: 1, digits: 5 }).value;                   // '0.50000'
 * swish.evaluate('1', { order: 1, wrt: 'beta', digits: 10 }).value;     // σ(1)(1 − σ(1)) = '0.1966119332'
 * ```
 */
export const swish = defineActivation({
  kind: 'scalar',
  name: 'swish',
  aliases: ['Swish'],
  title: 'Swish (SiLU at β = 1)',
  notesPage: '22',
  params: [
    {
      name: 'beta',
      default: '1',
      source: 'the notes give no value; β = 1 is SiLU (Keras 3 keras.activations.silu / swish, PyTorch torch.nn.SiLU, both without β); trainable β as in Ramachandran et al. 2017',
      learnable: true,
    },
  ],
  expr: 'z/(1 + e^(-beta*z))',
  textbookDerivative: 'beta*f + (1 - beta*f)/(1 + e^(-beta*z))',
  textbookSecondDerivative: 'beta*(1/(1 + e^(-beta*z)))*(1 - 1/(1 + e^(-beta*z)))*(2 + beta*z*(1 - 2/(1 + e^(-beta*z))))',
  smooth: true,
  range: { lo: { value: 'critical', closed: true, at: '-1.28', approx: '-0.27846' }, hi: { value: 'inf', closed: false } },
  derivativeRange: {
    lo: { value: 'critical', closed: true, at: '-2.4', approx: '-0.099839' },
    hi: { value: 'critical', closed: true, at: '2.4', approx: '1.0998' },
  },
  remarks: {
    advantages: ['smooth and non-monotonic; unbounded above, bounded below (like ReLU, but with a small negative dip)'],
    disadvantages: ['the notes state no default β and no remarks'],
  },
  references: [
    'notes p. 22: swish(z) = z·σ(β·z) = z/(1 + e^(−βz))',
    'Ramachandran, Zoph, Le 2017, Searching for Activation Functions',
    'Keras 3 keras.activations.silu (alias swish): x·sigmoid(x)',
    'PyTorch torch.nn.SiLU: x·σ(x)',
  ],
});
