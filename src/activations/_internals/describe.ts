/**
 * Text for tables and the sheet: intervals and sets as mathematicians write them.
 *
 * @module
 */
import type { EndSpec, RangeSpec } from './spec.js';

function endText(e: EndSpec): string {
  if (e.value === 'inf') return '∞';
  if (e.value === '-inf') return '−∞';
  if (e.value === 'critical') return `≈${e.approx ?? '?'}`;
  return e.value;
}

/**
 * A range as text: `(0, 1)`, `[0, ∞)`, `{0, 1}`, `[≈-0.17, ∞)`.
 *
 * @example
 * ```ts
 * rangeText({ lo: { value: '0', closed: false }, hi: { value: '1/4', closed: true, at: '0' } }); // '(0, 1/4]'
 * ```
 */
export function rangeText(r: RangeSpec): string {
  if ('values' in r) return `{${r.values.join(', ')}}`;
  const open = r.lo.closed && !r.lo.value.includes('inf') ? '[' : '(';
  const close = r.hi.closed && !r.hi.value.includes('inf') ? ']' : ')';
  return `${open}${endText(r.lo)}, ${endText(r.hi)}${close}`;
}
