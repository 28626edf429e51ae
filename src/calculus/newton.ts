/**
 * Newton's method on ∇f = 0: located in float64 from many starts (cheap; nothing it gives
 * is reported as a digit), then refined in decimal.js at the working precision. The
 * float64 step is damped (Levenberg–Marquardt) where the Hessian is singular, and halved
 * until |∇f| decreases, so starts converge to the nearest zero of the gradient whatever
 * its kind (minimum, maximum or saddle).
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { DomainError, GradproofError } from '../errors.js';
import { type DecimalCtor, decimalContext } from '../numeric/context.js';
import { inverse, matVec, solve64 } from './linear.js';
import type { PartialTable } from './partials.js';

const norm64 = (v: readonly number[]): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

function env64(vars: readonly string[], x: readonly number[]): Record<string, number> {
  return Object.fromEntries(vars.map((k, i) => [k, x[i]!]));
}

/**
 * The gradient and Hessian of the table's function at a float64 point (NaN outside the domain).
 *
 * @example
 * ```ts
 * derivatives64(table, [1, 2]).g; // [∂f/∂x, ∂f/∂y] at (1, 2)
 * ```
 */
export function derivatives64(table: PartialTable, x: readonly number[]): { g: number[]; H: number[][] } {
  const env = env64(table.vars, x);
  const g = table.vars.map((v) => table.closure64([v])(env));
  const H = table.vars.map((a) => table.vars.map((b) => table.closure64([a, b])(env)));
  return { g, H };
}

/**
 * Newton's method in float64 from `start`; the point where it settles, or undefined when it
 * leaves the domain, diverges, or stalls away from a zero of the gradient.
 *
 * @example
 * ```ts
 * locate64(new PartialTable(parse('(x-1)^2 + (y-3)^2'), ['x', 'y']), [0, 0]); // [1, 3]
 * ```
 */
export function locate64(table: PartialTable, start: readonly number[]): number[] | undefined {
  let x = [...start];
  let { g, H } = derivatives64(table, x);
  if (!g.every(Number.isFinite)) return undefined;
  const g0 = Math.max(norm64(g), 1);
  for (let it = 0; it < 300; it++) {
    const ng = norm64(g);
    if (ng === 0) return x;
    if (!H.flat().every(Number.isFinite)) return undefined;
    const scale = Math.max(...H.flat().map(Math.abs), 1e-300);
    let step = solve64(H, g.map((v) => -v));
    for (let damp = 1e-10; !step && damp < 1e3; damp *= 100) step = solve64(H.map((row, i) => row.map((h, j) => (i === j ? h + damp * scale : h))), g.map((v) => -v));
    if (!step) return undefined;
    let t = 1;
    let next: number[] = x;
    let d = derivatives64(table, x);
    for (let halvings = 0; halvings < 40; halvings++, t /= 2) {
      next = x.map((xi, i) => xi + t * step[i]!);
      d = derivatives64(table, next);
      if (d.g.every(Number.isFinite) && norm64(d.g) < ng) break;
    }
    if (!d.g.every(Number.isFinite) || !(norm64(d.g) < ng)) return ng <= 1e-9 * g0 ? x : undefined;
    const moved = norm64(next.map((v, i) => v - x[i]!));
    x = next;
    g = d.g;
    H = d.H;
    if (moved <= 1e-15 * (1 + norm64(x))) break;
  }
  return norm64(g) <= 1e-7 * g0 ? x : undefined;
}

/**
 * Newton's method in decimal.js at `precision` digits from `start`: the last iterate, the
 * length of its last step, and whether it converged (the step fell below 10^−(precision−6)
 * relative to the point within the iteration budget).
 *
 * @example
 * ```ts
 * refine(table, [new Decimal('1.0001'), new Decimal('2.9999')], 60).x; // (1, 3) to ~60 digits
 * ```
 */
export function refine(table: PartialTable, start: readonly Decimal[], precision: number, budget = 60): { x: Decimal[]; step: Decimal; converged: boolean } {
  const D = decimalContext(precision);
  let x = start.map((v) => new D(v));
  let last = new D(Number.POSITIVE_INFINITY);
  const tolerance = new D(10).pow(-(precision - 6));
  for (let it = 0; it < budget; it++) {
    const { g, H } = derivativesAt(D, table, x);
    const Hi = inverse(D, H);
    if (!Hi) return { x, step: last, converged: false };
    const step = matVec(D, Hi, g).map((v) => v.neg());
    x = x.map((v, i) => v.plus(step[i]!));
    last = step.reduce((m, v) => D.max(m, v.abs()), new D(0));
    const size = x.reduce((m, v) => D.max(m, v.abs()), new D(1));
    if (last.lte(tolerance.times(size))) return { x, step: last, converged: true };
  }
  return { x, step: last, converged: false };
}

/**
 * The gradient and Hessian at a decimal point, at the precision of `D` (no digits guaranteed:
 * Newton corrects itself, and the certificate is computed separately).
 */
export function derivativesAt(D: DecimalCtor, table: PartialTable, x: readonly Decimal[]): { g: Decimal[]; H: Decimal[][] } {
  const env = Object.fromEntries(table.vars.map((k, i) => [k, x[i]!]));
  try {
    const g = table.vars.map((v) => table.closure([v])(D, env));
    const H = table.vars.map((a) => table.vars.map((b) => table.closure([a, b])(D, env)));
    return { g, H };
  } catch (err) {
    if (err instanceof DomainError) throw new GradproofError('domain', `Newton's method left the domain of the function: ${err.message}`);
    throw err;
  }
}
