/**
 * Constants the catalogue derives instead of typing: SELU's α and λ, GELU's √(2/π),
 * and the standard deviation of a standard normal truncated to [−2, 2] (Keras's
 * truncated-normal initializers divide by it). Each is a closed-form expression
 * evaluated to the requested digits; their values are checked in tests against the
 * published digits.
 *
 * SELU (Klambauer et al. 2017): the self-normalising fixed point asks that for
 * z ~ N(0, 1) the output has mean 0 and variance 1. With the Gaussian integrals
 * E[z; z > 0] = 1/√(2π), E[z²; z > 0] = 1/2, E[eᶻ; z ≤ 0] = √e·Φ(−1) and
 * E[e²ᶻ; z ≤ 0] = e²·Φ(−2), where Φ(−t) = erfc(t/√2)/2:
 * - mean 0:  1/√(2π) + α(√e·Φ(−1) − 1/2) = 0, so α = −√(2/π) / (√e·erfc(1/√2) − 1);
 * - variance 1:  λ²(1/2 + α²(e²Φ(−2) − 2√e·Φ(−1) + 1/2)) = 1, so
 *   λ = 1/√(1/2 + α²(e²·erfc(√2)/2 − √e·erfc(1/√2) + 1/2)).
 *
 * @module
 */
import { DEFAULTS } from '../../defaults.js';
import { InputError } from '../../errors.js';
import { checkDigits, evaluate } from '../../numeric/evaluate.js';

const SELU_ALPHA = '-sqrt(2/pi)/(sqrt(e)*erfc(1/sqrt(2)) - 1)';

/** A derived constant: its name, formula and meaning. */
export interface ConstantSpec {
  readonly name: string;
  readonly symbol: string;
  readonly formula: string;
  readonly description: string;
  /** Published value to compare with, and where it is published. */
  readonly published?: { readonly value: string; readonly source: string };
}

/** The derived constants. */
export const CONSTANTS: readonly ConstantSpec[] = [
  {
    name: 'selu_alpha',
    symbol: 'α',
    formula: SELU_ALPHA,
    description: 'SELU α: the mean of selu(z) is 0 for z ~ N(0, 1)',
    published: { value: '1.6732632423543772848170429916717', source: 'Klambauer et al. 2017, Self-Normalizing Neural Networks' },
  },
  {
    name: 'selu_lambda',
    symbol: 'λ',
    formula: `1/sqrt(1/2 + (${SELU_ALPHA})^2*(e^2*erfc(sqrt(2))/2 - sqrt(e)*erfc(1/sqrt(2)) + 1/2))`,
    description: 'SELU λ: the variance of selu(z) is 1 for z ~ N(0, 1)',
    published: { value: '1.0507009873554804934193349852946', source: 'Klambauer et al. 2017, Self-Normalizing Neural Networks' },
  },
  {
    name: 'gelu_sqrt_2_over_pi',
    symbol: '√(2/π)',
    formula: 'sqrt(2/pi)',
    description: "the factor inside GELU's tanh approximation",
  },
  {
    name: 'truncated_normal_std',
    symbol: 'σ₂',
    formula: 'sqrt(1 - 4*e^(-2)/sqrt(2*pi)/erf(sqrt(2)))',
    description: 'standard deviation of N(0, 1) truncated to [−2, 2]; Keras divides the truncated-normal stddev by it',
    published: { value: '0.87962566103423978', source: 'Keras 3, keras/src/initializers/random_initializers.py' },
  },
];

/** Whether `name` is one of {@link CONSTANTS}. */
export function isNamedConstant(name: string): boolean {
  return CONSTANTS.some((c) => c.name === name);
}

/**
 * A derived constant to `digits` correct significant digits.
 *
 * @example
 * ```ts
 * constantValue('selu_lambda', 32); // '1.0507009873554804934193349852946'
 * ```
 */
export function constantValue(name: string, digits: number = DEFAULTS.digits): string {
  const c = CONSTANTS.find((k) => k.name === name);
  if (!c) throw new InputError(`unknown constant "${name}" (known: ${CONSTANTS.map((k) => k.name).join(', ')})`);
  return evaluate(c.formula, {}, { digits: checkDigits(digits) }).value;
}
