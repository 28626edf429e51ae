/**
 * The runtime form of an activation declaration: parsed pieces, derivatives derived by
 * the CAS piece by piece (cached), and closures for any order, parameter values and
 * precision. Everything downstream (eval, verification, the network engine, the sheet)
 * uses these, never a hand-typed derivative.
 *
 * @module
 */
import { DEFAULTS } from '../../defaults.js';
import type { Decimal } from 'decimal.js';
import { InputError } from '../../errors.js';
import { type Closure, compile, type Env } from '../../numeric/compile.js';
import type { DecimalCtor } from '../../numeric/context.js';
import { compileFast, evaluateFast, type FastClosure, fastClosure } from '../../numeric/engines.js';
import { type Coordinate, type Evaluation, toDecimal } from '../../numeric/evaluate.js';
import { compileMp, type MpClosure } from '../../numeric/mp/compile.js';
import { toDecimal as mpToDecimal } from '../../numeric/mp/convert.js';
import type { MpApprox } from '../../numeric/mp/evaluate.js';
import { type Derivation, derive } from '../../verify/derive.js';
import { parse } from '../../symbolic/parse.js';
import { type Expr, format } from '../../symbolic/tree.js';
import { type Interval, parseCondition } from './condition.js';
import { constantValue, isNamedConstant } from './constants.js';
import type { ActivationSpec, ParamSpec, ScalarSpec, VectorSpec } from './spec.js';

/** One parsed piece. */
export interface Piece {
  /** The condition as written. */
  readonly when: string;
  /** Where it applies (no bounds: everywhere). */
  readonly interval: Interval;
  /** Its formula. */
  readonly expr: Expr;
}

/** Parameter values by name, as exact decimal strings. */
export type ParamValues = Readonly<Record<string, string>>;

/** Named constants as defaults are resolved to the digits asked for (plus guard digits), once per count. */
const resolved = new Map<string, string>();
function resolveDefault(p: ParamSpec, digits: number): string {
  if (!isNamedConstant(p.default)) return p.default;
  const key = `${p.default}:${digits}`;
  let value = resolved.get(key);
  if (!value) {
    value = constantValue(p.default, Math.min(1000, digits + 20));
    resolved.set(key, value);
  }
  return value;
}

/** Common behaviour of scalar and vector activations: names and parameters. */
abstract class ActivationBase<S extends ActivationSpec> {
  readonly spec: S;
  constructor(spec: S) {
    this.spec = spec;
  }
  /** The snake_case name. */
  get name(): string {
    return this.spec.name;
  }
  /** Declared parameters. */
  get params(): readonly ParamSpec[] {
    return this.spec.params ?? [];
  }
  /** Whether the notes discuss this activation. */
  get fromNotes(): boolean {
    return this.spec.notesPage !== undefined;
  }

  /**
   * Parameter values: the defaults, overridden by `overrides` (checked: known names,
   * decimal numbers, inside the declared bounds). Named constants (SELU's α, λ) are given
   * to `digits` + 20 digits.
   */
  paramValues(overrides: Readonly<Record<string, Coordinate>> = {}, digits: number = DEFAULTS.digits): ParamValues {
    const values: Record<string, string> = {};
    for (const p of this.params) values[p.name] = resolveDefault(p, digits);
    for (const [name, raw] of Object.entries(overrides)) {
      const p = this.params.find((q) => q.name === name);
      if (!p) {
        const known = this.params.map((q) => q.name);
        throw new InputError(`${this.name} has no parameter "${name}"${known.length ? ` (it has ${known.join(', ')})` : ' (it has no parameters)'}`);
      }
      const value = toDecimal(raw, `${this.name} parameter ${name}`);
      const below = p.min !== undefined && (p.minClosed ? value.lt(p.min) : value.lte(p.min));
      const above = p.max !== undefined && (p.maxClosed ? value.gt(p.max) : value.gte(p.max));
      if (below || above) {
        const lo = p.min === undefined ? '(-∞' : `${p.minClosed ? '[' : '('}${p.min}`;
        const hi = p.max === undefined ? '∞)' : `${p.max}${p.maxClosed ? ']' : ')'}`;
        throw new InputError(`${this.name} parameter ${name} must be in ${lo}, ${hi}, got ${value.toString()}`);
      }
      values[name] = value.toString();
    }
    return values;
  }

  /** Parameter values as an environment of exact Decimals. */
  protected paramEnv(values: ParamValues): Record<string, Decimal> {
    const env: Record<string, Decimal> = {};
    for (const [k, val] of Object.entries(values)) env[k] = toDecimal(val, k);
    return env;
  }
}

/**
 * A scalar activation φ(z) with its derived derivatives.
 *
 * @example
 * ```ts
 * import { getActivation } from 'gradproof';
 * const sigmoid = getActivation('sigmoid');
 * sigmoid.evaluate('0', { order: 1, digits: 20 }).value; // '0.25000000000000000000'
 * ```
 */
export class ScalarActivation extends ActivationBase<ScalarSpec> {
  readonly kind = 'scalar';
  /** The pieces (one piece with no bounds for a smooth formula). */
  readonly pieces: readonly Piece[];
  private readonly derived = new Map<string, Derivation[]>();
  private readonly closures = new Map<string, Closure>();
  private readonly fastClosures = new Map<string, FastClosure>();

  constructor(spec: ScalarSpec) {
    super(spec);
    if ((spec.expr === undefined) === (spec.pieces === undefined)) {
      throw new InputError(`activation ${spec.name} must declare exactly one of expr and pieces`);
    }
    this.pieces = spec.expr !== undefined
      ? [{ when: 'all z', interval: {}, expr: parse(spec.expr) }]
      : spec.pieces!.map((p) => ({ when: p.when, interval: parseCondition(p.when), expr: parse(p.expr) }));
  }

  /** Whether the function is declared piecewise. */
  get piecewise(): boolean {
    return this.spec.pieces !== undefined;
  }

  /**
   * The `order`-th derivative of each piece with respect to `wrt` (`z` or a parameter),
   * derived by the CAS (checked against gradproof's rules) and cached.
   */
  derivatives(order = 1, wrt = 'z'): readonly Derivation[] {
    const key = `${wrt}:${order}`;
    let list = this.derived.get(key);
    if (!list) {
      list = this.pieces.map((p) => derive(p.expr, wrt, { order }));
      this.derived.set(key, list);
    }
    return list;
  }

  /** The formula of each piece of the `order`-th derivative (order 0: the function itself). */
  pieceExprs(order = 0, wrt = 'z'): readonly Expr[] {
    return order === 0 ? this.pieces.map((p) => p.expr) : this.derivatives(order, wrt).map((d) => d.expr);
  }

  /**
   * A closure over `{ z, ...params }` for the `order`-th derivative: it picks the piece
   * whose condition holds (so at a kink the derivative follows the pieces' closed ends,
   * the PyTorch/JAX/TF convention ReLU′(0) = 0) and evaluates it.
   */
  closure(order = 0, wrt = 'z'): Closure {
    const key = `${wrt}:${order}`;
    let c = this.closures.get(key);
    if (!c) {
      const bodies = this.pieceExprs(order, wrt).map(compile);
      const tests = this.pieces.map((p) => intervalTest(p.interval));
      const pick = (D: DecimalCtor, env: Env): Closure => {
        const z = env.z;
        if (z === undefined) throw new InputError('no value given for z');
        for (let i = 0; i < bodies.length; i++) if (tests[i]!(D, env, z)) return bodies[i]!;
        throw new InputError(`${this.name}: no piece covers z = ${z.toString()}`);
      };
      c = Object.assign((D: DecimalCtor, env: Env) => pick(D, env)(D, env), {
        tracked: (D: DecimalCtor, env: Env) => {
          const body = pick(D, env);
          return body.tracked ? body.tracked(D, env) : { value: body(D, env), lost: 0, err: Number.NEGATIVE_INFINITY };
        },
      });
      this.closures.set(key, c);
    }
    return c;
  }

  /**
   * The same closure on the BigInt engine (`numeric/engines.ts`): printed values and the
   * finite differences of φ run on it. The piece is chosen as in {@link closure}, with the
   * interval ends evaluated by the BigInt engine.
   *
   * @internal
   */
  fastClosure(order = 0, wrt = 'z'): FastClosure {
    const key = `${wrt}:${order}`;
    let c = this.fastClosures.get(key);
    if (!c) {
      const exprs = this.pieceExprs(order, wrt);
      if (exprs.length === 1) c = compileFast(exprs[0]!);
      else {
        const bodies = exprs.map(compileMp);
        const tests = this.pieces.map((p) => fastIntervalTest(p.interval));
        const approx: MpApprox = (bits, env) => {
          const z = env.z;
          if (z === undefined) throw new InputError('no value given for z');
          for (let i = 0; i < bodies.length; i++) if (tests[i]!(bits, env, z)) return bodies[i]!.approx(bits, env);
          throw new InputError(`${this.name}: no piece covers z = ${z.toString()}`);
        };
        c = fastClosure(approx, () => this.closure(order, wrt));
      }
      this.fastClosures.set(key, c);
    }
    return c;
  }

  /**
   * φ, φ′ or φ″ (or ∂φ/∂param with `wrt`) at `z` to `digits` correct significant digits.
   *
   * @example
   * ```ts
   * getActivation('tanh').evaluate('0.5', { order: 1, digits: 30 }).value; // 1 − tanh²(0.5)
   * ```
   */
  evaluate(z: Coordinate, options: { digits?: number; order?: number; wrt?: string; params?: Readonly<Record<string, Coordinate>> } = {}): Evaluation {
    const digits = options.digits ?? DEFAULTS.digits;
    const values = this.paramValues(options.params, digits);
    const env: Env = { ...this.paramEnv(values), z: toDecimal(z, 'z') };
    return evaluateFast(this.fastClosure(options.order ?? 0, options.wrt ?? 'z'), env, digits);
  }

  /** Text of the whole function for tables: the formula, or `piece if condition; …`. */
  describe(order = 0): string {
    const exprs = this.pieceExprs(order);
    if (!this.piecewise) return format(exprs[0]!);
    return this.pieces.map((p, i) => `${format(exprs[i]!)} if ${p.when}`).join('; ');
  }
}

function intervalTest(iv: Interval): (D: DecimalCtor, env: Env, z: Decimal) => boolean {
  const lo = iv.lo ? { f: compile(iv.lo.expr), closed: iv.lo.closed } : undefined;
  const hi = iv.hi ? { f: compile(iv.hi.expr), closed: iv.hi.closed } : undefined;
  return (D, env, z) => {
    if (lo) {
      const b = lo.f(D, env);
      if (lo.closed ? z.lt(b) : z.lte(b)) return false;
    }
    if (hi) {
      const b = hi.f(D, env);
      if (hi.closed ? z.gt(b) : z.gte(b)) return false;
    }
    return true;
  };
}

/** intervalTest on the BigInt engine: the interval's ends rounded to the bits of the evaluation. */
function fastIntervalTest(iv: Interval): (bits: number, env: Env, z: Decimal) => boolean {
  const end = (e: Expr): MpClosure => compileMp(e);
  const lo = iv.lo ? { f: end(iv.lo.expr), closed: iv.lo.closed } : undefined;
  const hi = iv.hi ? { f: end(iv.hi.expr), closed: iv.hi.closed } : undefined;
  const digits = (bits: number) => Math.ceil(bits / 3.321928094887362);
  return (bits, env, z) => {
    if (lo) {
      const b = mpToDecimal(lo.f.approx(bits, env).v, digits(bits));
      if (lo.closed ? z.lt(b) : z.lte(b)) return false;
    }
    if (hi) {
      const b = mpToDecimal(hi.f.approx(bits, env).v, digits(bits));
      if (hi.closed ? z.gt(b) : z.gte(b)) return false;
    }
    return true;
  };
}

/**
 * A vector activation y = φ(z₁, …, zₙ) (softmax, log-softmax, softmin, maxout, GLU) with
 * its Jacobian derived entry by entry.
 *
 * @example
 * ```ts
 * const softmax = getActivation('softmax') as VectorActivation;
 * softmax.evaluateVector(['1', '2', '0.5'], { digits: 20 }); // three probabilities summing to 1
 * ```
 */
export class VectorActivation extends ActivationBase<VectorSpec> {
  readonly kind = 'vector';
  private readonly jacobians = new Map<number, Derivation[][]>();

  /** Checks an input size. */
  checkSize(n: number): void {
    if (!Number.isInteger(n) || n < 1) throw new InputError(`${this.name} needs at least one input`);
    const problem = this.spec.validSize?.(n);
    if (problem) throw new InputError(`${this.name}: ${problem}, got ${n} inputs`);
  }

  /** The component formulas for input size n (variables z1 … zn). */
  components(n: number): Expr[] {
    this.checkSize(n);
    return this.spec.components(n).map((c) => parse(c));
  }

  /** ∂yᵢ/∂zⱼ for input size n, derived entry by entry and cached. */
  jacobian(n: number): readonly (readonly Derivation[])[] {
    let J = this.jacobians.get(n);
    if (!J) {
      const ys = this.components(n);
      J = ys.map((y) => Array.from({ length: n }, (_, j) => derive(y, `z${j + 1}`)));
      this.jacobians.set(n, J);
    }
    return J;
  }

  private env(z: readonly Coordinate[], params?: Readonly<Record<string, Coordinate>>, digits: number = DEFAULTS.digits): Env {
    const env: Record<string, Decimal> = this.paramEnv(this.paramValues(params, digits));
    z.forEach((v, i) => {
      env[`z${i + 1}`] = toDecimal(v, `z${i + 1}`);
    });
    return env;
  }

  /** The outputs at z, each to `digits` correct significant digits. */
  evaluateVector(z: readonly Coordinate[], options: { digits?: number; params?: Readonly<Record<string, Coordinate>> } = {}): Evaluation[] {
    const env = this.env(z, options.params, options.digits);
    return this.components(z.length).map((c) => evaluateFast(compileFast(c), env, options.digits ?? DEFAULTS.digits));
  }

  /** The Jacobian at z, entries to `digits` correct significant digits. */
  evaluateJacobian(z: readonly Coordinate[], options: { digits?: number; params?: Readonly<Record<string, Coordinate>> } = {}): Evaluation[][] {
    const env = this.env(z, options.params, options.digits);
    return this.jacobian(z.length).map((row) => row.map((d) => evaluateFast(compileFast(d.expr), env, options.digits ?? DEFAULTS.digits)));
  }
}

/** Any activation. */
export type Activation = ScalarActivation | VectorActivation;

/**
 * Turns a declaration into its runtime form. Each `src/activations/<name>.ts` file
 * exports the result.
 *
 * @example
 * ```ts
 * export const relu = defineActivation({ kind: 'scalar', name: 'relu', title: 'ReLU', pieces: [...], … });
 * ```
 */
export function defineActivation(spec: ScalarSpec): ScalarActivation;
export function defineActivation(spec: VectorSpec): VectorActivation;
export function defineActivation(spec: ActivationSpec): Activation {
  return spec.kind === 'scalar' ? new ScalarActivation(spec) : new VectorActivation(spec);
}
