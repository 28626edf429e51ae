
import { InputError } from '../errors.js';
import type { Coordinate, } from '../numeric/evaluate.js';
import { type Expr, format, variables } from '../symbolic/tree.js';
import type { Verdict } from '../verify/verdict.js';
import { checkPoint, toExpr } from './inputs.js';
import { PartialTable } from './partials.js';
import { checkSettings, derivativeVerdict, type PartialReport, partialReport } from './verdict.js';

/**
 * Options of {@link jacobian}.
 *
 * @example
 * ```ts
 * const o: JacobianOptions = { wrt: ['r', 't'], at: { r: '2', t: '0.5' }, digits: 30 };
 * ```
 */
export interface JacobianOptions {
  /** The variables, in order (default: every variable of the components, sorted). */
  readonly wrt?: readonly string[];
  /** The point (every variable of the components). */
  readonly at?: Readonly<Record<string, Coordinate>>;
  /** Correct significant digits of the values; digits each check agrees to. Default 50. */
  readonly digits?: number;
  readonly points?: number;
  readonly seed?: number;
}

/**
 * The result of {@link jacobian}.
 *
 * @example
 * ```ts
 * const j: JacobianVerdict = jacobian(['x*y', 'x + y'], { at: { x: '2', y: '3' } });
 * j.values; // [['3', '2'], ['1', '1']] (to 50 digits)
 * ```
 */
export interface JacobianVerdict extends Verdict {
  readonly kind: 'derivative';
  readonly tool: 'jacobian';
  /** The components f₁ … f_m. */
  readonly exprs: readonly string[];
  readonly wrt: readonly string[];
  readonly digits: number;
  readonly at?: Readonly<Record<string, string>>;
  /** `entries[i][j]` = ∂fᵢ/∂xⱼ. */
  readonly entries: readonly (readonly PartialReport[])[];
  /** The values at the point. */
  readonly values?: readonly (readonly string[])[];
}

/**
 * The Jacobian of the vector function `exprs`, every entry checked.
 *
 * @example
 * ```ts
 * const j = jacobian(['r*cos(t)', 'r*sin(t)'], { wrt: ['r', 't'], at: { r: '2', t: '0' }, digits: 30 });
 * j.entries.map((row) => row.map((e) => e.derivative)); // [['cos(t)', '-r*sin(t)'], ['sin(t)', 'r*cos(t)']]
 * j.values; // [['1', '0'], ['0', '2']] (to 30 digits)
 * ```
 */
export function jacobian(exprs: readonly (Expr | string)[], options: JacobianOptions = {}): JacobianVerdict {
  if (exprs.length === 0) throw new InputError('the Jacobian needs at least one component');
  const fs = exprs.map(toExpr);
  const all = [...new Set(fs.flatMap((f) => variables(f)))].sort();
  const wrt = options.wrt?.length ? [...options.wrt] : all;
  if (wrt.length === 0) throw new InputError('the components have no variables to differentiate by');
  for (const x of wrt) {
    if (!all.includes(x)) throw new InputError(`"${x}" is not a variable of any component (they have ${all.length ? all.join(', ') : 'no variables'})`);
  }
  if (new Set(wrt).size !== wrt.length) throw new InputError('a variable is named twice in --wrt');
  const settings = checkSettings(options);
  const { digits } = settings;
  const needed = [...new Set([...wrt, ...all])];
  const at = options.at ? checkPoint(options.at, needed, '--at') : undefined;
  const entries = fs.map((f) => {
    const table = new PartialTable(f, wrt);
    return wrt.map((x) => partialReport(f, x, table.get([x]), settings, at, true));
  });
  const base = derivativeVerdict('derivative', `the Jacobian of (${fs.map(format).join('; ')}) with respect to (${wrt.join(', ')})`, entries.flat().map((e) => e.check), digits);
  return {
    ...base,
    kind: 'derivative',
    tool: 'jacobian',
    exprs: fs.map(format),
    wrt,
    digits,
    ...(at ? { at, values: entries.map((row) => row.map((e) => e.value!)) } : {}),
    entries,
  };
}
