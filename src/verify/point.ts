/**
 * What happens to a function at one point: is it differentiable there, or does it have a
 * kink (the one-sided slopes differ), a jump (the one-sided limits differ), or an infinite
 * slope (√x at 0)? Candidates are found in the tree — the arguments of abs, sign, max, min
 * and acot that vanish at the point (or whose sign cannot be settled there), the ends of
 * the pieces of catalogue activations (u − b for `hardshrink(u)` and each end b = ±λ: every
 * declared kink and jump is such an end), and
 * operations whose derivative is undefined there although the function is not — and
 * classified numerically by one-sided limits and one-sided differences of f itself,
 * which never use the point's own derivative formula.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, GradproofError } from '../errors.js';
import { type Closure, compile, type Env } from '../numeric/compile.js';
import { decimalContext } from '../numeric/context.js';
import { digitsAgreed, numericDerivative, oneSidedLimits, type RealFn } from '../numeric/finite.js';
import { catalogueCall, catalogueSwitches } from '../symbolic/registry.js';
import { type Expr, sub } from '../symbolic/tree.js';

/** Functions whose argument (or arguments' differences) switch the formula in force. */
const SWITCHES: ReadonlySet<string> = new Set(['abs', 'sign', 'max', 'min', 'acot']);

/**
 * The expressions whose sign decides which branch of a piecewise function is in force:
 * u for abs(u), sign(u), acot(u); a − b for each pair of arguments of max and min; u − b
 * for each end b of the pieces of a catalogue activation act(u) (or of its derivatives).
 *
 * @example
 * ```ts
 * switchingExpressions(parse('max(x, 0) + abs(y)')).map(format); // ['x - 0', 'y']
 * switchingExpressions(parse('relu(x)*x')).map(format);        // ['x - 0']
 * ```
 */
export function switchingExpressions(e: Expr): Expr[] {
  const out: Expr[] = [];
  const walk = (n: Expr): void => {
    switch (n.kind) {
      case 'call': {
        const catalogue = catalogueCall(n);
        if (catalogue) out.push(...catalogueSwitches(catalogue));
        if (SWITCHES.has(n.fn)) {
          if (n.fn === 'max' || n.fn === 'min') {
            for (let i = 0; i < n.args.length; i++) for (let j = i + 1; j < n.args.length; j++) out.push(sub(n.args[i]!, n.args[j]!));
          } else {
            out.push(n.args[0]!);
          }
        }
        n.args.forEach(walk);
        return;
      }
      case 'neg':
        walk(n.arg);
        return;
      case 'num':
      case 'const':
      case 'var':
        return;
      default:
        walk(n.left);
        walk(n.right);
    }
  };
  walk(e);
  return out;
}

/**
 * Whether `u` is 0 at the point or too close to 0 for its sign to be settled at
 * `precision` digits (the running error bound covers the value).
 */
function vanishes(u: Closure, env: Env, precision: number): boolean {
  try {
    const { value, lost } = u.tracked!(decimalContext(precision), env);
    if (value.isZero()) return true;
    // the bound on the error: 10^(e − (precision − lost))
    return !Number.isFinite(lost) || lost >= precision - 2;
  } catch (err) {
    if (err instanceof DomainError) return false;
    throw err;
  }
}

/** The shape of a function at a point. */
export type PointShape = 'smooth' | 'kink' | 'jump' | 'infinite-slope' | 'undefined-nearby';

/** What {@link analyzePoint} found. */
export interface PointAnalysis {
  /** `smooth`: differentiable (`order` times) here. */
  readonly shape: PointShape;
  /** One-sided derivatives of the order asked (`undefined` where a side leaves the domain or does not settle). */
  readonly left?: Decimal;
  readonly right?: Decimal;
  /** For a jump: the one-sided limits of f. */
  readonly limits?: { readonly left?: Decimal; readonly right?: Decimal };
  /** f at the point. */
  readonly value: Decimal;
  /** The derivative where the function is differentiable (the common one-sided value). */
  readonly derivative?: Decimal;
  /** Which side the slope is infinite on (`infinite-slope`), with its sign. */
  readonly infinite?: { readonly side: 'left' | 'right'; readonly sign: 1 | -1 };
}

/** Whether a one-sided table fails to settle because the quotient grows without bound (√x at 0). */
function blowsUp(f: RealFn, x: Decimal, side: 1 | -1, digits: number): 1 | -1 | undefined {
  const D = decimalContext(digits + 40);
  const q = (h: string): Decimal | undefined => {
    try {
      const step = new Decimal(h).times(side);
      return D.sub(f(D.add(x, step.times(2)), D), f(D.add(x, step), D)).div(step);
    } catch (err) {
      if (err instanceof DomainError) return undefined;
      throw err;
    }
  };
  const near = q('1e-12');
  const nearer = q('1e-24');
  if (!near || !nearer || near.isZero()) return undefined;
  // a finite one-sided slope changes the quotient by O(h); an infinite one makes it grow
  if (nearer.abs().gt(near.abs().times(100)) && nearer.isNegative() === near.isNegative()) return nearer.isNegative() ? -1 : 1;
  return undefined;
}

function oneSided(f: RealFn, x: Decimal, digits: number, order: number, side: 'left' | 'right'): { value?: Decimal; settled: boolean } {
  try {
    const d = numericDerivative(f, x, digits, { order, side });
    if (d.converged) return { value: d.value, settled: true };
    // a one-sided slope of 0 (relu(x)·x at 0) cannot settle relatively: it is 0 when it lies
    // within 10^−digits of 0 on the scale of f, the rule judgeAgreement applies to a point
    const zero = d.scale.times(new Decimal(10).pow(-digits));
    return d.value.abs().plus(d.error).lte(zero) ? { value: new Decimal(0), settled: true } : { settled: false };
  } catch (err) {
    if (err instanceof DomainError || (err instanceof GradproofError && err.code === 'precision')) return { settled: false };
    throw err;
  }
}

/**
 * Classifies `f` (a tree in `wrt` and other variables held at `env`) at the point `env`:
 * smooth, kink, jump, infinite slope, or undefined next to the point. Uses one-sided
 * limits (for jumps) and one-sided differences of order `order` (for kinks), of f itself.
 *
 * @example
 * ```ts
 * analyzePoint(parse('abs(x)'), 'x', { x: new Decimal(0) }, 1, 30).shape;  // 'kink'
 * analyzePoint(parse('acot(x)'), 'x', { x: new Decimal(0) }, 1, 30).shape; // 'jump'
 * analyzePoint(parse('sqrt(x)'), 'x', { x: new Decimal(0) }, 1, 30).shape; // 'infinite-slope'
 * ```
 */
export function analyzePoint(f: Expr | Closure, wrt: string, env: Env, order: number, digits: number): PointAnalysis {
  const c = typeof f === 'function' ? f : compile(f);
  const along: RealFn = (x, D) => c(D, { ...env, [wrt]: x });
  const x0 = env[wrt]!;
  const value = along(x0, decimalContext(digits + 20));
  const limits = oneSidedLimits(along, x0, digits);
  const tol = Decimal.max(1, value.abs()).times(new Decimal(10).pow(-Math.ceil(digits / 2)));
  const jumps = (l: Decimal | undefined): boolean => l?.minus(value).abs().gt(tol) ?? false;
  if (jumps(limits.left) || jumps(limits.right)) return { shape: 'jump', limits, value };
  const left = limits.left === undefined ? { settled: false } : oneSided(along, x0, digits, order, 'left');
  const right = limits.right === undefined ? { settled: false } : oneSided(along, x0, digits, order, 'right');
  for (const [side, s] of [
    ['right', 1],
    ['left', -1],
  ] as const) {
    const settled = side === 'right' ? right.settled : left.settled;
    const defined = side === 'right' ? limits.right !== undefined : limits.left !== undefined;
    if (!settled && defined && order === 1) {
      const sign = blowsUp(along, x0, s, digits);
      if (sign) return { shape: 'infinite-slope', value, infinite: { side, sign }, ...(left.value ? { left: left.value } : {}), ...(right.value ? { right: right.value } : {}) };
    }
  }
  const both = { ...(left.value ? { left: left.value } : {}), ...(right.value ? { right: right.value } : {}) };
  if (left.value && right.value) {
    const agreed = digitsAgreed(left.value, right.value, digits, Decimal.max(1, value.abs()).times(new Decimal(10).pow(-digits)));
    if (agreed >= Math.floor(digits / 2)) return { shape: 'smooth', value, derivative: right.value, ...both };
    return { shape: 'kink', value, ...both };
  }
  return { shape: 'undefined-nearby', value, ...both };
}

/**
 * Whether the point needs {@link analyzePoint}: a switching expression of `f` vanishes
 * there (or its sign cannot be settled at `digits + 20` digits).
 *
 * @example
 * ```ts
 * atSwitch(parse('abs(x)'), { x: new Decimal(0) }, 30); // true
 * atSwitch(parse('abs(x)'), { x: new Decimal(1) }, 30); // false
 * ```
 */
export function atSwitch(f: Expr, env: Env, digits: number): boolean {
  return switchingExpressions(f).some((u) => vanishes(compile(u), env, digits + 20));
}
