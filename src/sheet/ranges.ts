/**
 * Ranges as sets, in TeX: `(0, \tfrac14]`, `\{0, 1\}`, `\{0\} \cup (1, \infty)`,
 * `(-\lambda\alpha, \infty)`. Every range on the sheet goes through {@link rangeTex}, which
 * writes the declared set with `rangeSetToTex` (verify/range-set.ts): never a hull.
 *
 * @module
 */
import type { RangeSpec } from '../activations/_internals/spec.js';
import { rangeSetFromSpec, rangeSetToTex, rangeValueTex } from '../verify/range-set.js';

/** A value (expression text in the parameters) as TeX: `-lambda*alpha` → `-\lambda \alpha`, `1/4` → `\frac{1}{4}`, −2.5 as written. */
export function valueTex(text: string): string {
  return rangeValueTex(text);
}

/**
 * A range in TeX.
 *
 * @example
 * ```ts
 * rangeTex({ lo: { value: '0', closed: false }, hi: { value: '1/4', closed: true, at: '0' } }); // '\\left(0, \\frac{1}{4}\\right]'
 * rangeTex({ values: ['0', '1'] });                                                            // '\\{0, 1\\}'
 * rangeTex('{0} U (1, inf)');                                                                // '\\{0\\} \\cup \\left(1, \\infty\\right)'
 * ```
 */
export function rangeTex(r: RangeSpec): string {
  return rangeSetToTex(rangeSetFromSpec(r));
}
