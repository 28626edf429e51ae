/**
 * Every default parameter of the catalogue and every derived constant a result depends
 * on, pinned against its published value (the sources are the frameworks' documentation
 * and the papers, as cited in each entry's `source`). A changed default fails here.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../src/activations/index.js';
import { getActivation, getScalarActivation } from '../../src/activations/_internals/catalogue.js';
import { constantValue } from '../../src/activations/_internals/constants.js';
import { evaluate } from '../../src/numeric/evaluate.js';

/** activation → parameter → published default */
const PUBLISHED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  elu: { alpha: '1' }, // Keras 3 elu(alpha=1.0), PyTorch ELU(alpha=1.0)
  celu: { alpha: '1' }, // PyTorch CELU(alpha=1.0)
  leaky_relu: { alpha: '0.01' }, // the notes' α ≈ 0.01 and PyTorch LeakyReLU(negative_slope=0.01)
  prelu: { alpha: '0.25' }, // PyTorch PReLU(init=0.25)
  hardshrink: { lambda: '0.5' }, // PyTorch Hardshrink(lambd=0.5), Keras 3 hard_shrink(threshold=0.5)
  softshrink: { lambda: '0.5' }, // PyTorch Softshrink(lambd=0.5), Keras 3 soft_shrink(threshold=0.5)
  squareplus: { b: '4' }, // Keras 3 squareplus(b=4), JAX squareplus(b=4)
  swish: { beta: '1' }, // Keras swish = x·sigmoid(x); PyTorch SiLU
  threshold: { threshold: '1', value: '0' },
  // SELU: Klambauer et al. 2017, 32 published digits (the derived constants carry 50)
  selu: { alpha: '1.6732632423543772848170429916717', lambda: '1.0507009873554804934193349852946' },
};

describe('published defaults', () => {
  it('every parameter of the catalogue is pinned here', () => {
    const declared = ACTIVATIONS.flatMap((a) => a.params.map((p) => `${a.name}.${p.name}`)).sort();
    const pinned = Object.entries(PUBLISHED).flatMap(([a, ps]) => Object.keys(ps).map((p) => `${a}.${p}`)).sort();
    expect(declared).toEqual(pinned);
  });

  for (const [name, params] of Object.entries(PUBLISHED)) {
    it(`${name}: ${Object.entries(params).map(([k, v]) => `${k} = ${v}`).join(', ')}`, () => {
      const values = getActivation(name).paramValues({}, 50);
      for (const [p, published] of Object.entries(params)) {
        // equal to every digit published: the derived SELU constants carry more, and round to it
        const significant = Math.max(1, published.replace(/^-?0*\.?0*/, '').replace('.', '').length);
        expect(new Decimal(values[p]!).toSignificantDigits(significant).eq(published), `${name}.${p} = ${values[p]}`).toBe(true);
      }
    });
  }
});

describe('derived constants', () => {
  it('SELU α and λ: the fixed point, to 50 digits, against the closed forms of the reference', () => {
    // α = −√(2/π)/(√e·erfc(1/√2) − 1); λ in the closed form of Klambauer et al. (an independent expression)
    const alpha = evaluate('-sqrt(2/pi)/(sqrt(e)*erfc(1/sqrt(2)) - 1)', {}, { digits: 50 }).value;
    const lambda = evaluate('(1 - sqrt(e)*erfc(1/sqrt(2)))*sqrt(2*pi/(2*e^2*erfc(sqrt(2)) + pi*e*erfc(1/sqrt(2))^2 - 2*(2 + pi)*sqrt(e)*erfc(1/sqrt(2)) + pi + 2))', {}, { digits: 50 }).value;
    expect(constantValue('selu_alpha', 50)).toBe(alpha);
    expect(constantValue('selu_lambda', 50)).toBe(lambda);
    // eval selu at 1 is λ to 50 digits
    expect(getScalarActivation('selu').evaluate('1', { digits: 50 }).value).toBe(lambda);
  });

  it("Keras's truncated-normal constant is the float64 nearest to the derived σ₂", () => {
    const sigma2 = constantValue('truncated_normal_std', 20);
    expect(sigma2).toBe('0.87962566103423975041');
    expect(Number(sigma2)).toBe(0.87962566103423978); // keras/src/initializers/random_initializers.py
  });

  it("GELU's tanh form uses √(2/π) and 0.044715 (Hendrycks & Gimpel 2016)", () => {
    expect(constantValue('gelu_sqrt_2_over_pi', 30)).toBe(evaluate('sqrt(2)/sqrt(pi)', {}, { digits: 30 }).value);
    expect(getActivation('gelu_tanh').spec.kind === 'scalar' && (getActivation('gelu_tanh').spec as { expr?: string }).expr).toContain('0.044715');
  });
});
