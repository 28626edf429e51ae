/**
 * The catalogue's declared ranges, proved. An entry's range and derivative range are sets
 * (`(0, 1/4]`, `{0, 1}`, `{value} ∪ (threshold, ∞)`: see range-set.ts); each is proved
 * EQUAL to the set of values the function (or its derivative) takes over every real z, by
 * the one range checker of gradproof, {@link proveRange} (bound.ts): outward-rounded
 * interval arithmetic on a bisected window, tails enclosed asymptotically, interior
 * extrema proved, closed ends attained exactly (exact rational arithmetic or the CAS),
 * open ends approached by a proved limit. A declared attained end that is only
 * approached fails (tanh declared [−1, 1] "attained at ±100": tanh(100) ≠ 1). Where the
 * proof does not close, points settle only what they can (see bound.ts): `verified` with
 * the cells and the points named, or `inconclusive` when the set is not shown all taken or
 * f may cross a gap of it; a certain counterexample makes it `refuted`.
 *
 * @module
 */
import type { ParamValues, ScalarActivation } from '../activations/_internals/activation.js';
import { type IntervalProofOptions, proveRange, type RangeVerdict } from './bound.js';
import { rangeSetFromSpec } from './range-set.js';
import { activationFunction } from './scalar.js';

/**
 * Proves an entry's declared range (`order` 0) or derivative range (`order` 1) for every
 * real z, the parameters at `params`.
 *
 * @example
 * ```ts
 * const sigmoid = getScalarActivation('sigmoid');
 * proveDeclaredRange(sigmoid, 1, sigmoid.paramValues()).summary;
 * // 'proved for all z by interval arithmetic: … 1/4 is attained at z = 0 (exactly) …'
 * ```
 */
export function proveDeclaredRange(a: ScalarActivation, order: 0 | 1, params: ParamValues, options: IntervalProofOptions = {}): RangeVerdict {
  const spec = order === 0 ? a.spec.range : a.spec.derivativeRange;
  return proveRange(activationFunction(a, order), rangeSetFromSpec(spec), { ...options, params });
}
