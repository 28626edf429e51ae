/**
 * Gradient descent on a function, traced at high precision: each iterate, the value, the
 * gradient and its norm, the distance to the nearest critical point, every gradient checked
 * against finite differences. The optimizers are the network engine's (`nn/optim.ts`: SGD,
 * momentum, Adam) on its decimal backend.
 *
 * The trace is the exact-arithmetic recurrence w ← step(w, ∇f(w)) printed to `digits`
 * digits: it is run at two working precisions (digits + 15 and digits + 35, then higher
 * if needed) and an iterate's digits are printed only when both runs agree on them.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, InputError } from '../errors.js';
import { decimalBackend } from '../nn/decimal-backend.js';
import { makeOptimizer, OPTIMIZERS } from '../nn/optim.js';
import { decimalContext, formatDigits } from '../numeric/context.js';
import { checkDigits, type Coordinate, evaluate, toDecimal } from '../numeric/evaluate.js';
import { toTex } from '../symbolic/tex.js';
import { add, call, type Expr, format, mul, variables } from '../symbolic/tree.js';
import type { Verdict } from '../verify/verdict.js';
import { checkDerivative } from './adapter.js';
import { type CriticalPoint, type CriticalVerdict, criticalPoints, MAX_VARIABLES } from './critical.js';
import { enclosedValue } from './enclosure.js';
import { checkPoint, resolveWrt, toExpr } from './inputs.js';
import { PartialTable } from './partials.js';
import type { Region } from './region.js';
import { combineStatus, derivativeVerdict, type PartialReport } from './verdict.js';

/**
 * The defaults of {@link descend} (the notes' example: η = 0.1, SGD; 30 digits).
 *
 * @example
 * ```ts
 * DESCEND_DEFAULTS.lr; // '0.1'
 * ```
 */
export const DESCEND_DEFAULTS = Object.freeze({ digits: 30, lr: '0.1', steps: 20, optimizer: 'sgd' as (typeof OPTIMIZERS)[number] });

/**
 * Options of {@link descend}.
 *
 * @example
 * ```ts
 * const o: DescendOptions = { from: { w: '3' }, lr: '0.1', steps: 5, optimizer: 'sgd' };
 * ```
 */
export interface DescendOptions {
  /** The starting point (every variable). */
  readonly from: Readonly<Record<string, Coordinate>>;
  /** The variables, in order (default: all, sorted). */
  readonly wrt?: readonly string[];
  /** Learning rate η, as a decimal string. Default '0.1'. */
  readonly lr?: string;
  /** Steps (0…10000). Default 20. */
  readonly steps?: number;
  /** `sgd`, `momentum` or `adam`. Default `sgd`. */
  readonly optimizer?: string;
  /** Momentum μ (default 0.9) and Adam's β₁, β₂, ε (0.9, 0.999, 1e-8), as decimal strings. */
  readonly momentum?: string;
  readonly beta1?: string;
  readonly beta2?: string;
  readonly epsilon?: string;
  /** Correct significant digits of every printed number. Default 30. */
  readonly digits?: number;
  /** The box searched for critical points (default: the path's bounding box, widened on each side by its size, at least 2). */
  readonly region?: Region;
  /** Seeded random points of each gradient check (the iterates come on top). Default 12. */
  readonly points?: number;
  readonly seed?: number;
}

/**
 * One iterate.
 *
 * @example
 * ```ts
 * const s: DescentIterate = descend('(1-w)^2', { from: { w: '3' } }).trace[1];
 * s.at.w; // '2.6'
 * ```
 */
export interface DescentIterate {
  readonly step: number;
  /** The iterate, each coordinate to the digits both working precisions agree on (at most `digits`). */
  readonly at: Readonly<Record<string, string>>;
  /** f there. */
  readonly value: string;
  /** ∇f there, in the order of `wrt`. */
  readonly gradient: readonly string[];
  /** |∇f| there. */
  readonly norm: string;
  /** Distance to the nearest isolated critical point found, with the digits its enclosure certifies. */
  readonly distance?: string;
  /** Index of that point in `critical.critical`. */
  readonly nearest?: number;
  /**
   * Present when the two working precisions agree on fewer than `digits` digits of this
   * iterate (a chaotic or ill-conditioned run): the digits `at` carries. The values are then
   * those at the iterate as computed at the higher precision.
   */
  readonly iterateDigits?: number;
}

/**
 * The result of {@link descend}.
 *
 * @example
 * ```ts
 * const d: DescentVerdict = descend('(1-w)^2', { from: { w: '3' }, steps: 3 });
 * d.trace.map((s) => s.at.w); // ['3', '2.6', '2.28', '2.024']
 * ```
 */
export interface DescentVerdict extends Verdict {
  readonly kind: 'gradient';
  readonly tool: 'descend';
  readonly expr: string;
  readonly wrt: readonly string[];
  readonly optimizer: string;
  readonly lr: string;
  readonly digits: number;
  /** The iterates w₀ … w_steps. */
  readonly trace: readonly DescentIterate[];
  /** The gradient's components, checked against finite differences at every iterate. */
  readonly partials: readonly PartialReport[];
  /** The critical-point search the distances refer to (absent above 6 variables, where no search is made). */
  readonly critical?: CriticalVerdict;
  /** The working precisions of the two runs that agreed. */
  readonly precisions: readonly [number, number];
}

type Run = Decimal[][];

function run(table: PartialTable, start: readonly Decimal[], precision: number, steps: number, name: string, hyper: Record<string, string>): Run {
  const D = decimalContext(precision);
  const B = decimalBackend(precision);
  const opt = makeOptimizer(B, name, { lr: hyper.lr!, ...hyper });
  const theta = start.map((x) => new D(x));
  const out: Run = [theta.map((x) => x)];
  for (let k = 0; k < steps; k++) {
    const env = Object.fromEntries(table.vars.map((v, i) => [v, theta[i]!]));
    let g: Decimal[];
    try {
      g = table.vars.map((v) => table.closure([v])(D, env));
    } catch (err) {
      if (err instanceof DomainError) throw new InputError(`the descent left the domain or diverged at step ${k + 1} (${err.message}): try a smaller --lr or another start`);
      throw err;
    }
    opt.step(theta, g);
    if (!theta.every((x) => x.isFinite())) throw new InputError(`the descent diverged at step ${k + 1} (an iterate is no longer finite): try a smaller --lr`);
    out.push(theta.map((x) => x));
  }
  return out;
}

/** Digits on which a and b agree when printed (0 when they differ in sign or magnitude), at most `digits`. */
function sharedDigits(a: Decimal, b: Decimal, digits: number): number {
  if (a.eq(b)) return digits;
  for (let k = digits; k >= 1; k--) if (a.toSignificantDigits(k).eq(b.toSignificantDigits(k))) return k;
  return 0;
}

/**
 * Runs gradient descent on `expr` from `options.from` and traces it (see the module comment).
 *
 * @example
 * ```ts
 * const d = descend('(1-w)^2', { from: { w: '3' }, lr: '0.1', steps: 3 }); // the notes' example
 * d.trace.map((s) => s.at.w);     // ['3', '2.6', '2.28', '2.024']
 * d.trace.map((s) => s.distance); // ['2', '1.6', '1.28', '1.024'] (the minimum at w = 1)
 * ```
 */
export function descend(expr: Expr | string, options: DescendOptions): DescentVerdict {
  const f = toExpr(expr);
  const wrt = resolveWrt(f, options.wrt);
  const others = variables(f).filter((x) => !wrt.includes(x));
  if (others.length) throw new InputError(`every variable of ${format(f)} is a coordinate of the descent, but ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} not in --wrt`);
  const digits = checkDigits(options.digits ?? DESCEND_DEFAULTS.digits);
  const steps = options.steps ?? DESCEND_DEFAULTS.steps;
  if (!Number.isInteger(steps) || steps < 0 || steps > 10000) throw new InputError(`--steps must be an integer in 0…10000, got ${steps}`);
  const name = (options.optimizer ?? DESCEND_DEFAULTS.optimizer).toLowerCase();
  if (!(OPTIMIZERS as readonly string[]).includes(name)) throw new InputError(`unknown optimizer "${options.optimizer}" (optimizers: ${OPTIMIZERS.join(', ')})`);
  const hyper: Record<string, string> = { lr: options.lr ?? DESCEND_DEFAULTS.lr };
  for (const key of ['momentum', 'beta1', 'beta2', 'epsilon'] as const) if (options[key] !== undefined) hyper[key] = options[key]!;
  for (const [key, value] of Object.entries(hyper)) {
    const d = toDecimal(value, `--${key}`);
    if (key === 'lr' && !d.gt(0)) throw new InputError(`--lr must be positive, got ${value}`);
    hyper[key] = d.toString();
  }
  const from = checkPoint(options.from, wrt, '--from');
  const start = wrt.map((x) => new Decimal(from[x]!));
  const table = new PartialTable(f, wrt);

  // the same recurrence at two precisions; digits are printed where both agree
  let low = digits + 15;
  let a: Run = run(table, start, low, steps, name, hyper);
  let b: Run = run(table, start, low + 20, steps, name, hyper);
  for (let tries = 0; tries < 2 && !a.every((w, k) => w.every((x, i) => sharedDigits(x, b[k]![i]!, digits) >= digits)); tries++) {
    low = low * 2 + 20;
    a = b;
    b = run(table, start, low + 20, steps, name, hyper);
  }
  const iterates = b.map((w, k) => w.map((x, i) => ({ x, shared: sharedDigits(x, a[k]![i]!, digits) })));
  const atText = (k: number): Record<string, string> =>
    Object.fromEntries(wrt.map((v, i) => [v, printed(iterates[k]![i]!.x, iterates[k]![i]!.shared)]));

  // the points the values are evaluated at: the iterates as computed at the higher precision
  const exactAt = iterates.map((w) => Object.fromEntries(wrt.map((v, i) => [v, w[i]!.x.toString()])));
  const grad = table.gradient();
  const normExpr = call('sqrt', grad.map((g) => mul(g, g)).reduce((x, y) => add(x, y)));
  const region = options.region ?? pathRegion(wrt, iterates.map((w) => w.map((c) => c.x)));
  const critical = wrt.length <= MAX_VARIABLES ? criticalPoints(f, { wrt, region, digits: Math.min(digits, 30), ...(options.seed !== undefined ? { seed: options.seed } : {}) }) : undefined;

  const trace = exactAt.map((point, k): DescentIterate => {
    const near = critical ? nearestCritical(critical.critical, iterates[k]!.map((c) => c.x), wrt, digits) : undefined;
    const shared = Math.min(...iterates[k]!.map((c) => c.shared));
    return {
      step: k,
      at: atText(k),
      ...(shared < digits ? { iterateDigits: shared } : {}),
      value: evaluate(f, point, { digits }).value,
      gradient: grad.map((g) => evaluate(g, point, { digits }).value),
      norm: evaluate(normExpr, point, { digits }).value,
      ...(near ? { distance: near.distance, nearest: near.index } : {}),
    };
  });
  const checkPoints = exactAt.slice(0, 64).map((p) => Object.fromEntries(Object.entries(p).map(([k, x]) => [k, new Decimal(x).toSignificantDigits(digits + 5).toString()])));
  const points = options.points ?? 12;
  const seed = options.seed ?? 1;
  const partials = wrt.map((x): PartialReport => {
    const p = table.get([x]);
    const check = checkDerivative(f, x, p.expr, { digits, points, seed, at: checkPoints });
    return { path: p.path, derivative: format(p.expr), tex: toTex(p.expr), source: p.source, ...(p.casIssue ? { casIssue: p.casIssue } : {}), check };
  });
  const base = derivativeVerdict('gradient', `gradient descent (${name}, η = ${hyper.lr}) on ${format(f)} from ${wrt.map((v) => `${v} = ${from[v]}`).join(', ')}`, partials.map((p) => p.check), digits);
  const unstable = iterates.some((w) => w.some((c) => c.shared < digits));
  const status = combineStatus([base.status]);
  return {
    ...base,
    status,
    holds: status === 'proved' || status === 'verified',
    summary: `${steps} steps; the gradient checked at every iterate: ${base.summary}${unstable ? '; some iterates are printed with fewer digits (the two working precisions agree only on those)' : ''}`,
    kind: 'gradient',
    tool: 'descend',
    expr: format(f),
    wrt,
    optimizer: name,
    lr: hyper.lr!,
    digits,
    trace,
    partials,
    ...(critical ? { critical } : {}),
    precisions: [low, low + 20],
  };
}

function printed(x: Decimal, shared: number): string {
  if (x.isZero()) return '0';
  if (shared === 0) return `~${x.toSignificantDigits(3).toString()}`;
  // a terminating iterate (2.6) prints as it is; others to the shared digits
  const exact = x.toSignificantDigits(shared);
  return exact.eq(x) ? x.toString() : formatDigits(exact, shared);
}

function pathRegion(vars: readonly string[], path: readonly (readonly Decimal[])[]): Record<string, [string, string]> {
  return Object.fromEntries(
    vars.map((v, i) => {
      const xs = path.map((p) => p[i]!);
      const lo = Decimal.min(...xs);
      const hi = Decimal.max(...xs);
      const pad = Decimal.max(hi.minus(lo), 2);
      return [v, [lo.minus(pad).toSignificantDigits(6, Decimal.ROUND_FLOOR).toString(), hi.plus(pad).toSignificantDigits(6, Decimal.ROUND_CEIL).toString()]];
    }),
  );
}

function nearestCritical(points: readonly CriticalPoint[], x: readonly Decimal[], vars: readonly string[], digits: number): { distance: string; index: number } | undefined {
  let best: { d: Decimal; index: number; radius: Decimal } | undefined;
  const D = decimalContext(digits + 20);
  points.forEach((p, index) => {
    if (p.certainty === 'located') return;
    const centre = vars.map((v) => {
      const e = p.enclosure?.[v];
      return e ? new D(e[0]).plus(e[1]).div(2) : new D(p.at[v]!);
    });
    const radius = vars.reduce((r, v) => {
      const e = p.enclosure?.[v];
      return e ? r.plus(new D(e[1]).minus(e[0]).div(2).pow(2)) : r;
    }, new D(0)).sqrt();
    // an exact point whose decimal does not terminate carries `digits` correct digits: its rounding joins the radius
    const rounding = p.certainty === 'exact' && p.exact && vars.some((v) => p.exact![v]!.includes('/')) ? new D(10).pow(-digits).times(vars.length) : new D(0);
    const d = centre.reduce((s, c, i) => s.plus(new D(x[i]!).minus(c).pow(2)), new D(0)).sqrt();
    if (!best || d.lt(best.d)) best = { d, index, radius: radius.plus(rounding) };
  });
  if (!best) return undefined;
  const b = best as { d: Decimal; index: number; radius: Decimal };
  const r = b.radius.plus(b.d.abs().times(new D(10).pow(-(digits + 15))));
  return { distance: enclosedValue(b.d, r, digits).value, index: b.index };
}
