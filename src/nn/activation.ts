/**
 * Activations of the catalogue applied on a backend. Nothing here is differentiated by
 * hand: φ, φ′ and ∂φ/∂θ are the catalogue's pieces (`pieceExprs`), derived by the CAS and
 * verified, compiled for the backend; vector activations use the catalogue's components
 * and derived Jacobian. Piece selection follows the pieces' conditions, so at a kink the
 * value is the one of the piece that owns the point (the catalogue's convention,
 * ReLU′(0) = 0 as in PyTorch, JAX and TensorFlow).
 *
 * @module
 */
import type { Activation, ScalarActivation, VectorActivation } from '../activations/_internals/activation.js';
import { InputError } from '../errors.js';
import type { Backend, Compiled } from './backend.js';

/**
 * Parameter values of an activation on a backend.
 *
 * @example
 * ```ts
 * const params: ParamEnv<number> = { alpha: 0.25 };
 * scalarUnit(float64Backend, getScalarActivation('prelu')).value(-2, params); // -0.5
 * ```
 */
export type ParamEnv<T> = Readonly<Record<string, T>>;

/**
 * A scalar activation applied elementwise: value, slope and parameter slopes.
 *
 * @example
 * ```ts
 * const u: ScalarUnit<number> = scalarUnit(float64Backend, getScalarActivation('tanh'));
 * u.slope(0, {}); // 1
 * ```
 */
export interface ScalarUnit<T> {
  readonly kind: 'scalar';
  readonly activation: ScalarActivation;
  /** Names of the learnable parameters (PReLU's alpha, swish's beta). */
  readonly learnable: readonly string[];
  /** φ(z). */
  value(z: T, params: ParamEnv<T>): T;
  /** φ′(z). */
  slope(z: T, params: ParamEnv<T>): T;
  /** ∂φ/∂θ at z for the parameter θ = `name`. */
  paramSlope(name: string, z: T, params: ParamEnv<T>): T;
}

/**
 * A vector activation applied to groups of pre-activations.
 *
 * @example
 * ```ts
 * const u: VectorUnit<number> = vectorUnit(float64Backend, getVectorActivation('softmax'), 3);
 * u.jacobian([0, 0, 0], {}); // diag(s) − s sᵀ with s = 1/3
 * ```
 */
export interface VectorUnit<T> {
  readonly kind: 'vector';
  readonly activation: VectorActivation;
  /** Inputs per group. */
  readonly inputs: number;
  /** Outputs per group. */
  readonly outputs: number;
  /** The outputs for one group. */
  forward(z: readonly T[], params: ParamEnv<T>): T[];
  /** The Jacobian ∂yᵢ/∂zⱼ for one group (outputs × inputs). */
  jacobian(z: readonly T[], params: ParamEnv<T>): T[][];
}

type Bound<T> = { readonly f: Compiled<T>; readonly closed: boolean } | undefined;

const cache = new WeakMap<object, Map<string, unknown>>();

function cached<U>(B: object, key: string, make: () => U): U {
  let m = cache.get(B);
  if (!m) {
    m = new Map();
    cache.set(B, m);
  }
  let u = m.get(key) as U | undefined;
  if (u === undefined) {
    u = make();
    m.set(key, u);
  }
  return u;
}

/**
 * A scalar activation on backend `B` (cached per backend).
 *
 * @example
 * ```ts
 * const u = scalarUnit(float64Backend, getScalarActivation('sigmoid'));
 * u.slope(0, {}); // 0.25
 * ```
 */
export function scalarUnit<T>(B: Backend<T>, act: ScalarActivation): ScalarUnit<T> {
  return cached(B, `scalar:${act.name}`, () => makeScalarUnit(B, act));
}

function makeScalarUnit<T>(B: Backend<T>, act: ScalarActivation): ScalarUnit<T> {
  if (B.kind === 'symbolic' && act.pieces.length > 1) {
    throw new InputError(`${act.name} is piecewise: the symbolic backend needs a single formula`);
  }
  const bounds = act.pieces.map((p) => ({
    lo: (p.interval.lo ? { f: B.compile(p.interval.lo.expr), closed: p.interval.lo.closed } : undefined) as Bound<T>,
    hi: (p.interval.hi ? { f: B.compile(p.interval.hi.expr), closed: p.interval.hi.closed } : undefined) as Bound<T>,
  }));
  const select = (env: Readonly<Record<string, T>>, z: T): number => {
    if (bounds.length === 1) return 0;
    for (let i = 0; i < bounds.length; i++) {
      const { lo, hi } = bounds[i]!;
      if (lo) {
        const c = B.compare(z, lo.f(env));
        if (c < 0 || (c === 0 && !lo.closed)) continue;
      }
      if (hi) {
        const c = B.compare(z, hi.f(env));
        if (c > 0 || (c === 0 && !hi.closed)) continue;
      }
      return i;
    }
    if (!B.isFinite(z)) return 0; // NaN reaches no piece: any piece gives NaN back
    throw new InputError(`${act.name}: no piece covers z = ${B.toString(z)}`);
  };
  const bodies = new Map<string, Compiled<T>[]>();
  const piecewise = (order: number, wrt: string): ((z: T, params: ParamEnv<T>) => T) => {
    const key = `${wrt}:${order}`;
    let fs = bodies.get(key);
    if (!fs) {
      fs = act.pieceExprs(order, wrt).map((e) => B.compile(e));
      bodies.set(key, fs);
    }
    const compiled = fs;
    return (z, params) => {
      const env = { ...params, z };
      return compiled[select(env, z)]!(env);
    };
  };
  const value = piecewise(0, 'z');
  const slope = piecewise(1, 'z');
  const learnable = act.params.filter((p) => p.learnable).map((p) => p.name);
  const paramSlopes = new Map(learnable.map((name) => [name, piecewise(1, name)]));
  return {
    kind: 'scalar',
    activation: act,
    learnable,
    value,
    slope,
    paramSlope(name, z, params) {
      const f = paramSlopes.get(name);
      if (!f) throw new InputError(`${act.name} has no learnable parameter "${name}"`);
      return f(z, params);
    },
  };
}

/**
 * A vector activation on backend `B` for groups of `n` inputs (cached per backend and n).
 *
 * @example
 * ```ts
 * const u = vectorUnit(float64Backend, getVectorActivation('softmax'), 2);
 * u.forward([0, 0], {}); // [0.5, 0.5]
 * ```
 */
export function vectorUnit<T>(B: Backend<T>, act: VectorActivation, n: number): VectorUnit<T> {
  return cached(B, `vector:${act.name}:${n}`, () => {
    const ys = act.components(n).map((c) => B.compile(c));
    // the Jacobian is derived on first use (n² derivations: a 10-class softmax takes seconds)
    let J: Compiled<T>[][] | undefined;
    const names = Array.from({ length: n }, (_, j) => `z${j + 1}`);
    const env = (z: readonly T[], params: ParamEnv<T>): Record<string, T> => {
      if (z.length !== n) throw new InputError(`${act.name} expects ${n} inputs, got ${z.length}`);
      const e: Record<string, T> = { ...params };
      for (let j = 0; j < n; j++) e[names[j]!] = z[j]!;
      return e;
    };
    return {
      kind: 'vector',
      activation: act,
      inputs: n,
      outputs: ys.length,
      forward: (z, params) => {
        const e = env(z, params);
        return ys.map((f) => f(e));
      },
      jacobian: (z, params) => {
        J ??= act.jacobian(n).map((row) => row.map((d) => B.compile(d.expr)));
        const e = env(z, params);
        return J.map((row) => row.map((f) => f(e)));
      },
    };
  });
}

/**
 * Either kind of unit.
 *
 * @example
 * ```ts
 * const u: Unit<number> = scalarUnit(float64Backend, getScalarActivation('relu'));
 * ```
 */
export type Unit<T> = ScalarUnit<T> | VectorUnit<T>;

/**
 * Whether an activation is a vector activation.
 *
 * @example
 * ```ts
 * isVector(getActivation('softmax')); // true
 * ```
 */
export function isVector(a: Activation): a is VectorActivation {
  return a.kind === 'vector';
}
