/**
 * Formulas shared by the topic files: the sigmoid as the notes write it, the activations
 * the notes define piecewise, the SELU constants, and the check of a quotient rule.
 *
 * @module
 */
import { allOf, derivative } from '../src/verify/checks.js';
import { diff } from '../src/proofs/compute.js';
import type { Outcome } from '../src/proofs/claim.js';
import { piecewise } from '../src/verify/formula.js';
import { parse } from '../src/symbolic/parse.js';
import { format, substitute } from '../src/symbolic/tree.js';

const simple = (t: string): boolean => /^[A-Za-z0-9_.]+$/.test(t);

/**
 * σ(t) = 1/(1 + e^(−t)) as text.
 *
 * @example
 * ```ts
 * sigma('w1*a0'); // '1/(1+e^(-(w1*a0)))'
 * ```
 */
export function sigma(t: string): string {
  return simple(t) ? `1/(1+e^(-${t}))` : `1/(1+e^(-(${t})))`;
}

/**
 * σ(t){1 − σ(t)}, the notes' form of σ′(t), as text.
 *
 * @example
 * ```ts
 * sigmaPrime('z'); // '1/(1+e^(-z))*(1 - 1/(1+e^(-z)))'
 * ```
 */
export function sigmaPrime(t: string): string {
  return `${sigma(t)}*(1 - ${sigma(t)})`;
}

/**
 * ReLU′ as the notes write it (lines 484, 741): 1 for z ≥ 0, 0 for z < 0.
 *
 * @example
 * ```ts
 * evaluate(RELU_PRIME_NOTES, { z: '0' }).value; // '1.0000…'
 * ```
 */
export const RELU_PRIME_NOTES = piecewise([
  ['1', 'z >= 0'],
  ['0', 'z < 0'],
]);

/**
 * ELU with parameter `alpha` as the notes write it (line 867): z for z ≥ 0, α(eᶻ − 1) for z < 0.
 *
 * @example
 * ```ts
 * evaluate(ELU, { z: '-1', alpha: '1' }, { digits: 10 }).value; // '-0.6321205588'
 * ```
 */
export const ELU = piecewise([
  ['z', 'z >= 0'],
  ['alpha*(e^z - 1)', 'z < 0'],
]);

/**
 * ELU′ as the notes write it (line 877): 1 for z ≥ 0, αeᶻ for z < 0.
 *
 * @example
 * ```ts
 * evaluate(ELU_PRIME, { z: '-1', alpha: '1' }, { digits: 10 }).value; // '0.3678794412'
 * ```
 */
export const ELU_PRIME = piecewise([
  ['1', 'z >= 0'],
  ['alpha*e^z', 'z < 0'],
]);

/**
 * SELU's α as published (Klambauer et al. 2017; the SNNs code), 32 significant digits.
 *
 * @example
 * ```ts
 * evaluate('-sqrt(2/pi)/(sqrt(e)*erfc(1/sqrt(2)) - 1)', {}, { digits: 30 }).value; // SELU_ALPHA to 30 digits
 * ```
 */
export const SELU_ALPHA = '1.6732632423543772848170429916717';

/**
 * SELU's λ as published, 32 significant digits.
 *
 * @example
 * ```ts
 * evaluate(SELU, { z: '1' }, { digits: 20 }).value; // '1.0507009873554804934'
 * ```
 */
export const SELU_LAMBDA = '1.0507009873554804934193349852946';

/**
 * SELU = λ·ELU_α with the published constants.
 *
 * @example
 * ```ts
 * evaluate(SELU, { z: '1' }).value; // λ
 * ```
 */
export const SELU = `${SELU_LAMBDA}*(${piecewise([
  ['z', 'z >= 0'],
  [`${SELU_ALPHA}*(e^z - 1)`, 'z < 0'],
])})`;

/** The (u, v) pairs a quotient rule is tried on; the first is the catalogue's counterexample u = x, v = x². */
const QUOTIENT_PAIRS: readonly (readonly [string, string])[] = [
  ['x', 'x^2'],
  ['x', 'x'],
  ['sin(x)', 'e^x'],
  ['x^3 + 1', 'cos(x) + 2'],
];

/**
 * Checks a quotient rule written with u, v, du, dv (du, dv: the derivatives of u and v)
 * as d/dx (u/v): for each pair (u, v) the rule's right-hand side, with du and dv derived
 * by the library, is compared with finite differences of u/v at x = 1 and seeded points.
 *
 * @example
 * ```ts
 * quotientRule('(du*v - u*dv)/v^2').holds; // true
 * quotientRule('(v - du*v)/v^2').holds;    // false: u = x, v = x² gives 0 at x = 1, the truth is −1
 * ```
 */
export function quotientRule(template: string): Outcome {
  const rule = parse(template);
  return allOf(
    ...QUOTIENT_PAIRS.map(([u, v]) => {
      const claimed = substitute(rule, { u: parse(u), v: parse(v), du: diff(u, 'x'), dv: diff(v, 'x') });
      return derivative(`(${u})/(${v})`, 'x', format(claimed), { at: [{ x: '1' }], points: 6 });
    }),
  );
}
