/**
 * The box a critical-point search covers: `x=a..b` per variable, every end an exact
 * decimal; a variable without a range gets the default [−10, 10].
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { InputError } from '../errors.js';
import { type Coordinate, toDecimal } from '../numeric/evaluate.js';
import { closed, type Interval } from './box.js';

/** Each variable's range when none is given. */
export const DEFAULT_RANGE: readonly [string, string] = ['-10', '10'];

/**
 * A region: a closed range per variable.
 *
 * @example
 * ```ts
 * const r: Region = { x: ['-5', '5'], y: ['-5', '5'] };
 * ```
 */
export type Region = Readonly<Record<string, readonly [Coordinate, Coordinate]>>;

/**
 * The region as intervals in the order of `vars`, checked (a < b, known variables).
 *
 * @example
 * ```ts
 * resolveRegion({ x: ['-1', '2'] }, ['x', 'y']); // [[-1, 2], [-10, 10]]
 * ```
 */
export function resolveRegion(region: Region | undefined, vars: readonly string[]): Interval[] {
  for (const name of Object.keys(region ?? {})) {
    if (!vars.includes(name)) throw new InputError(`--in names "${name}", which is not a variable here (the variables are ${vars.join(', ')})`);
  }
  return vars.map((x) => {
    const [a, b] = region?.[x] ?? DEFAULT_RANGE;
    const lo = toDecimal(a, `--in ${x} (lower end)`);
    const hi = toDecimal(b, `--in ${x} (upper end)`);
    if (!lo.lt(hi)) throw new InputError(`--in ${x}=${lo}..${hi} is empty: the lower end must be below the upper end`);
    return closed(new Decimal(lo), new Decimal(hi));
  });
}

/**
 * `x=-5..5,y=0..1` as a {@link Region}.
 *
 * @example
 * ```ts
 * parseRegion('x=-5..5,y=0..1'); // { x: ['-5', '5'], y: ['0', '1'] }
 * ```
 */
export function parseRegion(text: string): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const part of text.split(',')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+?)\s*\.\.\s*(\S+)\s*$/.exec(part);
    if (!m) throw new InputError(`--in expects ranges like x=-5..5,y=0..1, got "${part.trim()}"`);
    const [, name, a, b] = m as unknown as [string, string, string, string];
    if (name in out) throw new InputError(`--in gives ${name} twice`);
    out[name] = [a, b];
  }
  return out;
}

/**
 * The region in words: `x ∈ [-5, 5], y ∈ [0, 1]`.
 *
 * @example
 * ```ts
 * regionText(['x'], [closed(new Decimal(-1), new Decimal(1))]); // 'x ∈ [-1, 1]'
 * ```
 */
export function regionText(vars: readonly string[], box: readonly Interval[]): string {
  return vars.map((x, i) => `${x} ∈ [${box[i]!.lo.toString()}, ${box[i]!.hi.toString()}]`).join(', ');
}
