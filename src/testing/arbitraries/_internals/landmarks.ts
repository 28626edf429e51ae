/**
 * The landmarks of a scalar activation for given parameter values: its declared kinks
 * and jumps and the ends of its pieces, as exact plain decimal strings.
 *
 * @module
 */
import type { ScalarActivation } from '../../../activations/_internals/activation.js';
import { evaluate } from '../../../numeric/evaluate.js';
import { parse } from '../../../symbolic/parse.js';
import { Exact, plain } from './decimal.js';

/**
 * Where `a` has a kink, a jump or a piece boundary, sorted and without repeats. Bounds
 * that are expressions of the parameters (`-lambda`) are evaluated to 40 digits.
 *
 * @example
 * ```ts
 * landmarks(relu6, relu6.paramValues()); // ['0', '6']
 * ```
 */
export function landmarks(a: ScalarActivation, values: Readonly<Record<string, string>>): string[] {
  const texts = [...(a.spec.kinks ?? []), ...(a.spec.jumps ?? [])];
  for (const p of a.pieces) {
    if (p.interval.lo) texts.push(p.interval.lo.text);
    if (p.interval.hi) texts.push(p.interval.hi.text);
  }
  const points = texts.map((t) => plain(new Exact(evaluate(parse(t), values, { digits: 40 }).value)));
  return [...new Set(points)].sort((x, y) => new Exact(x).cmp(y));
}
