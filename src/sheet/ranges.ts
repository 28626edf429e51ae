/**
 * Ranges as sets, in TeX: `(0, \tfrac14]`, `\{0, 1\}`, `(-\lambda\alpha, \infty)`. Every
 * range on the sheet goes through {@link rangeTex}, so when ranges become unions of
 * intervals and points (verify/range-set.ts) the sheet switches in this one function.
 *
 * @module
 */
import type { EndSpec, RangeSpec } from '../activations/_internals/spec.js';
import { parse } from '../symbolic/parse.js';
import { tidyForm } from '../symbolic/readable.js';
import { toTex } from '../symbolic/tex.js';

function endTex(e: EndSpec): string {
  if (e.value === 'inf') return '\\infty';
  if (e.value === '-inf') return '-\\infty';
  if (e.value === 'critical') return `\\approx ${e.approx ?? '?'}`;
  return valueTex(e.value);
}

/** A value (expression text in the parameters) as TeX: `-lambda*alpha` → `-\lambda \alpha`, `1/4` → `\frac{1}{4}`. */
export function valueTex(text: string): string {
  // a number stays as written (−2.5, not −5/2)
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return text.trim();
  return toTex(tidyForm(parse(text)));
}

/**
 * A range in TeX.
 *
 * @example
 * ```ts
 * rangeTex({ lo: { value: '0', closed: false }, hi: { value: '1/4', closed: true, at: '0' } }); // '\\left(0, \\frac{1}{4}\\right]'
 * rangeTex({ values: ['0', '1'] });                                                            // '\\{0, 1\\}'
 * ```
 */
export function rangeTex(r: RangeSpec): string {
  if ('values' in r) return `\\{${r.values.map(valueTex).join(', ')}\\}`;
  const open = r.lo.closed && !r.lo.value.includes('inf') ? '[' : '(';
  const close = r.hi.closed && !r.hi.value.includes('inf') ? ']' : ')';
  return `\\left${open}${endTex(r.lo)}, ${endTex(r.hi)}\\right${close}`;
}
