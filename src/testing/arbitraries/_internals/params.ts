/**
 * Parameter values of an activation, drawn inside the bounds its declaration states.
 *
 * @module
 */
import { type Arbitrary, boolean, constant, record, tuple } from 'fast-check';
import type { Activation } from '../../../activations/_internals/activation.js';
import type { ParamSpec } from '../../../activations/_internals/spec.js';
import { decimalIn } from './decimal.js';

/**
 * Values of one parameter: inside its declared bounds, with 3 decimal places, on a
 * window of width 5 next to a one-sided bound, or [−3, 3] when unbounded.
 *
 * @example
 * ```ts
 * paramValue({ name: 'alpha', default: '0.01', source: '…', min: '0', minClosed: true }); // '0' … '5'
 * ```
 */
export function paramValue(p: ParamSpec): Arbitrary<string> {
  const lo = p.min ?? (p.max !== undefined ? String(Number(p.max) - 5) : '-3');
  const hi = p.max ?? (p.min !== undefined ? String(Number(p.min) + 5) : '3');
  return decimalIn({ lo, hi, loOpen: p.min !== undefined && !p.minClosed, hiOpen: p.max !== undefined && !p.maxClosed });
}

/**
 * Parameter overrides of `a`: each parameter left at its default (absent) or drawn by
 * {@link paramValue}; `{}` when `defaults` is set or `a` has no parameters.
 *
 * @example
 * ```ts
 * paramsOf(leakyRelu, false); // {} or { alpha: '2.417' } …
 * ```
 */
export function paramsOf(a: Activation, defaults: boolean): Arbitrary<Record<string, string>> {
  if (defaults || a.params.length === 0) return constant({});
  const parts = Object.fromEntries(a.params.map((p) => [p.name, tuple(boolean(), paramValue(p))]));
  return record(parts).map((drawn) => {
    const out: Record<string, string> = {};
    for (const [name, [override, value]] of Object.entries(drawn)) if (override) out[name] = value;
    return out;
  });
}
