
import { type Coordinate, evaluate } from '../numeric/evaluate.js';
import { add, call, div, type Expr, format, mul, variables } from '../symbolic/tree.js';
import type { Verdict } from '../verify/verdict.js';
import { checkPoint, resolveWrt, toExpr } from './inputs.js';
import { PartialTable } from './partials.js';
import { checkSettings, derivativeVerdict, type PartialReport, partialReport } from './verdict.js';

/**
 * Options of {@link gradient}.
 *
 * @example
 * ```ts
 * const o: GradOptions = { wrt: ['x', 'y'], at: { x: '1', y: '2' }, digits: 30 };
 * ```
 */
export interface GradOptions {
  /** The variables, in order (default: all of the expression's, sorted). */
  readonly wrt?: readonly string[];
  /** The point at which to evaluate (every variable of the expression). */
  readonly at?: Readonly<Record<string, Coordinate>>;
  /** Correct significant digits of every value, and digits each check must agree to. Default 50. */
  readonly digits?: number;
  /** Seeded random points of each check (the point `at` comes on top). Default 12. */
  readonly points?: number;
  readonly seed?: number;
}

/**
 * The result of {@link gradient}: a {@link Verdict} on the partial derivatives' checks,
 * with the partials and the values at the point.
 *
 * @example
 * ```ts
 * const g: GradientVerdict = gradient('x^2 + y^2', { at: { x: '3', y: '4' } });
 * g.norm; // '10'
 * ```
 */
export interface GradientVerdict extends Verdict {
  readonly kind: 'gradient';
  /** The function. */
  readonly expr: string;
  readonly wrt: readonly string[];
  readonly digits: number;
  readonly at?: Readonly<Record<string, string>>;
  /** ∂f/∂xᵢ in the order of `wrt`. */
  readonly partials: readonly PartialReport[];
  /** |∇f| at the point, to `digits` correct digits. */
  readonly norm?: string;
  /** ∇f/|∇f| at the point (absent where the gradient vanishes). */
  readonly direction?: readonly string[];
  /** The value of f at the point. */
  readonly value?: string;
}

/**
 * The gradient of `expr`, every partial derivative checked.
 *
 * @example
 * ```ts
 * const g = gradient('x^2*y + sin(y)', { at: { x: '1', y: '0' }, digits: 30 });
 * g.partials.map((p) => p.derivative); // ['2*x*y', 'x^2 + cos(y)']
 * g.partials.map((p) => p.value);      // ['0', '2']
 * g.holds;                             // true
 * ```
 */
export function gradient(expr: Expr | string, options: GradOptions = {}): GradientVerdict {
  const f = toExpr(expr);
  const wrt = resolveWrt(f, options.wrt);
  const table = new PartialTable(f, wrt);
  return gradientOf(table, options);
}

/** The gradient from a table whose partials may already be derived (shared with the Hessian and the search). */
export function gradientOf(table: PartialTable, options: Omit<GradOptions, 'wrt'>): GradientVerdict {
  const f = table.f;
  const settings = checkSettings(options);
  const { digits } = settings;
  // every variable of f needs a value at the point, not only those differentiated by
  const vars = [...new Set([...table.vars, ...variables(f)])];
  const at = options.at ? checkPoint(options.at, vars, '--at') : undefined;
  const partials = table.vars.map((x) => partialReport(f, x, table.get([x]), settings, at, true));
  const subject = `∇(${format(f)}) with respect to (${table.vars.join(', ')})`;
  const base = derivativeVerdict('gradient', subject, partials.map((p) => p.check), digits);
  let norm: string | undefined;
  let direction: string[] | undefined;
  let value: string | undefined;
  if (at) {
    value = evaluate(f, at, { digits }).value;
    const g = table.gradient();
    const normExpr = call('sqrt', g.map((gi) => mul(gi, gi)).reduce((a, b) => add(a, b)));
    norm = evaluate(normExpr, at, { digits }).value;
    if (norm !== '0') direction = g.map((gi) => evaluate(div(gi, normExpr), at, { digits }).value);
  }
  return {
    ...base,
    kind: 'gradient',
    expr: format(f),
    wrt: table.vars,
    digits,
    ...(at ? { at } : {}),
    partials,
    ...(value !== undefined ? { value } : {}),
    ...(norm !== undefined ? { norm } : {}),
    ...(direction ? { direction } : {}),
  };
}
