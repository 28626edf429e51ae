/**
 * From a located point to a settled one: an exact rational point (∇f = 0 proved by the
 * CAS), a certified enclosure (Krawczyk), a point on a curve of critical points, or, when
 * nothing can be certified, a located point with |∇f| there.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { decimalContext } from '../numeric/context.js';
import { type Expr, substitute } from '../symbolic/tree.js';
import { checkEqual } from './adapter.js';
import { symmetricEigen } from './eigen.js';
import type { Interval } from './box.js';
import { krawczyk } from './krawczyk.js';
import { derivatives64, derivativesAt, locate64, refine } from './newton.js';
import type { PartialTable } from './partials.js';
import { nearRational, type Rational } from './rational.js';

/**
 * A settled point.
 *
 * @example
 * ```ts
 * const s: Settled = settle(table, [1.0000000001, 3], 70);
 * s.kind; // 'exact'
 * ```
 */
export type Settled =
  | { readonly kind: 'exact'; readonly point: readonly Rational[] }
  | { readonly kind: 'enclosed'; readonly box: readonly Interval[] }
  | { readonly kind: 'curve'; readonly x: readonly number[]; readonly tangent: readonly number[] }
  | { readonly kind: 'located'; readonly x: readonly Decimal[]; readonly why: string; readonly singular: boolean };

/**
 * ∇f = 0 at the rational point, proved by the CAS for every component (false when any is not shown).
 *
 * @example
 * ```ts
 * provedCritical(table, [r(1), r(1)]); // true for Rosenbrock
 * ```
 */
export function provedCritical(table: PartialTable, point: readonly Rational[]): boolean {
  const at = exprsOf(table, point);
  return table.vars.every((x) => checkEqual(substitute(table.get([x]).expr, at), '0', { digits: 30 }).status === 'proved');
}

/**
 * The rational point as expressions by variable.
 *
 * @example
 * ```ts
 * exprsOf(table, [r(3), r(1, 2)]); // { x: 3, y: 1/2 }
 * ```
 */
export function exprsOf(table: PartialTable, point: readonly Rational[]): Record<string, Expr> {
  return Object.fromEntries(table.vars.map((x, i) => [x, point[i]!.expr]));
}

function snap(table: PartialTable, x: readonly (number | Decimal)[], tolerance: (v: Decimal) => Decimal): Rational[] | undefined {
  const point: Rational[] = [];
  for (const xi of x) {
    const d = new Decimal(xi);
    const r = nearRational(d, tolerance(d));
    if (!r) return undefined;
    point.push(r);
  }
  return provedCritical(table, point) ? point : undefined;
}

/** Smallest |eigenvalue| of the float64 Hessian relative to the largest, and its eigenvector. */
function singularity(table: PartialTable, x: readonly number[]): { ratio: number; tangent: number[] } | undefined {
  const { H } = derivatives64(table, x);
  if (!H.flat().every(Number.isFinite)) return undefined;
  const D = decimalContext(20);
  const e = symmetricEigen(
    H.map((row) => row.map((h) => new D(h))),
    new D(0),
    16,
  );
  const abs = e.values.map((l) => l.abs().toNumber());
  const k = abs.indexOf(Math.min(...abs));
  const top = Math.max(...abs);
  return { ratio: top === 0 ? 0 : abs[k]! / top, tangent: e.vectors[k]!.map((t) => t.toNumber()) };
}

/**
 * Whether the zeros of ∇f near x form a curve (or surface): Newton's method restarted a
 * small step t away along the Hessian's null direction settles on another zero about t
 * away, at two step sizes, and the Hessian is singular there too.
 */
function onCurve(table: PartialTable, x: readonly number[], tangent: readonly number[], scale: number): boolean {
  for (const t of [1e-3 * scale, 1e-2 * scale]) {
    const y = locate64(
      table,
      x.map((xi, i) => xi + t * tangent[i]!),
    );
    if (!y) return false;
    const d = Math.hypot(...y.map((yi, i) => yi - x[i]!));
    if (!(d > 0.3 * t && d < 3 * t)) return false;
    const s = singularity(table, y);
    if (!s || s.ratio > 1e-6) return false;
  }
  return true;
}

/**
 * Settles a point located in float64 (see the module comment), working at `precision` digits.
 *
 * @example
 * ```ts
 * settle(new PartialTable(parse('(x^2+y-11)^2+(x+y^2-7)^2'), ['x', 'y']), [3.58, -1.85], 70, 10).kind; // 'enclosed'
 * ```
 */
export function settle(table: PartialTable, x64: readonly number[], precision: number, scale: number): Settled {
  const s = singularity(table, x64);
  const singular = !s || s.ratio < 1e-8;
  if (singular && s && onCurve(table, x64, s.tangent, scale)) return { kind: 'curve', x: x64, tangent: s.tangent };
  const loose = snap(table, x64, (d) => Decimal.max(d.abs(), 1).times('1e-9'));
  if (loose) return { kind: 'exact', point: loose };
  const start = x64.map((v) => new Decimal(v));
  const r = refine(table, start, precision);
  if (r.converged) {
    const tight = snap(table, r.x, (d) => Decimal.max(d.abs(), 1).times(new Decimal(10).pow(-(precision - 12))));
    if (tight) return { kind: 'exact', point: tight };
    for (const widen of [`1e-${precision - 10}`, `1e-${Math.floor(precision / 2)}`]) {
      const box = r.x.map((xi) => {
        const rad = Decimal.max(r.step.times(8), Decimal.max(xi.abs(), 1).times(widen));
        return { lo: xi.minus(rad), hi: xi.plus(rad) };
      });
      const k = krawczyk(table, box, precision);
      if (k.kind === 'unique') return { kind: 'enclosed', box: k.box };
      if (k.kind === 'none') break;
    }
  }
  // a degenerate zero, where Newton's method converges only linearly: the refined point is
  // tried as an exact one too (sound either way, ∇f = 0 is proved there by the CAS)
  if (singular || !r.converged) {
    const near = snap(table, r.x, (d) => Decimal.max(d.abs(), 1).times('1e-9'));
    if (near) return { kind: 'exact', point: near };
  }
  const why = singular ? 'the Hessian is singular there, so no enclosure can be certified' : r.converged ? 'Krawczyk’s test did not confirm it' : "Newton's method did not converge in decimal";
  return { kind: 'located', x: r.x, why, singular };
}

/** |∇f| at a decimal point at `precision` digits (a size, not a certified value). */
export function gradientSize(table: PartialTable, x: readonly Decimal[], precision: number): Decimal {
  const D = decimalContext(precision);
  const { g } = derivativesAt(D, table, x);
  return g.reduce((s, v) => s.plus(v.times(v)), new D(0)).sqrt();
}
