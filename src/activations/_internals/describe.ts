/**
 * Text for tables and the sheet: ranges as the sets mathematicians write, never a hull.
 *
 * @module
 */
import { formatRangeSet, rangeSetFromSpec } from '../../verify/range-set.js';
import type { RangeSpec } from './spec.js';

/**
 * A range as text: `(0, 1)`, `[0, ∞)`, `{0, 1}`, `[≈ −0.17, ∞)`, `{0} ∪ (1, ∞)`.
 *
 * @example
 * ```ts
 * rangeText({ lo: { value: '0', closed: false }, hi: { value: '1/4', closed: true, at: '0' } }); // '(0, 1/4]'
 * rangeText('(-inf, -lambda) U {0} U (lambda, inf)');                                        // '(−∞, −lambda) ∪ {0} ∪ (lambda, ∞)'
 * ```
 */
export function rangeText(r: RangeSpec): string {
  return formatRangeSet(rangeSetFromSpec(r));
}
