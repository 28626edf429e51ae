/**
 * `activationPoint(activation)`: inputs of an activation, crowded near its kinks.
 *
 * @module
 */
import { type Arbitrary, array, constantFrom, integer, nat, oneof, tuple } from 'fast-check';
import type { Activation, ScalarActivation, VectorActivation } from '../../activations/_internals/activation.js';
import { DomainError } from '../../errors.js';
import { decimalIn, Exact, plain } from './_internals/decimal.js';
import { landmarks } from './_internals/landmarks.js';

/**
 * Options of {@link activationPoint}.
 *
 * @example
 * ```ts
 * activationPoint(hardshrink, { params: { lambda: '1.5' } }); // crowds ±1.5
 * ```
 * @remarks Since 0.1.0
 */
export interface ActivationPointOptions {
  /** Parameter values (as drawn by `activation()`); the kinks may depend on them. Default: the defaults. */
  readonly params?: Readonly<Record<string, string>>;
  /** Vector activations: the input size. Default: a valid size in 1…5 (GLU: even). */
  readonly size?: number;
  /** Largest |z| drawn away from the kinks. Default 40 (the far tails the verifiers also use). */
  readonly bound?: number;
}

/** A point near `x`: x itself, or x ± m·10^−k for m in 1…9 and k in 1…40. */
function near(x: string): Arbitrary<string> {
  return oneof(
    constantFrom(x),
    tuple(constantFrom(-1, 1), integer({ min: 1, max: 9 }), integer({ min: 1, max: 40 })).map(([sign, m, k]) =>
      plain(new Exact(x).plus(new Exact(sign * m).times(new Exact(10).pow(-k)))),
    ),
  );
}

/** Points away from the kinks: mostly |z| ≤ 10 with 6 places, sometimes out to `bound`, and 0. */
function ordinary(bound: number): Arbitrary<string> {
  return oneof(
    { weight: 6, arbitrary: decimalIn({ lo: '-10', hi: '10', scale: 6 }) },
    { weight: 2, arbitrary: decimalIn({ lo: String(-bound), hi: String(bound), scale: 3 }) },
    { weight: 1, arbitrary: constantFrom('0', '1', '-1') },
  );
}

function scalarPoint(a: ScalarActivation, options: ActivationPointOptions): Arbitrary<string> {
  const params = options.params ?? {};
  const marks = landmarks(a, a.paramValues(params, 40));
  const base = ordinary(options.bound ?? 40);
  const drawn = marks.length ? oneof({ weight: 1, arbitrary: base }, { weight: 1, arbitrary: constantFrom(...marks).chain(near) }) : base;
  // every activation of the catalogue is defined on all of ℝ; a future one may not be
  return drawn.filter((z) => {
    try {
      a.evaluate(z, { params, digits: 10 });
      return true;
    } catch (err) {
      if (err instanceof DomainError) return false;
      throw err;
    }
  });
}

function vectorPoint(a: VectorActivation, options: ActivationPointOptions): Arbitrary<string[]> {
  const sizes = options.size !== undefined ? [options.size] : [1, 2, 3, 4, 5].filter((n) => a.spec.validSize?.(n) === undefined);
  if (options.size !== undefined) a.checkSize(options.size);
  const base = ordinary(options.bound ?? 10);
  // a tie between two components is where max-like activations (maxout) have their kink
  return constantFrom(...sizes).chain((n) =>
    tuple(array(base, { minLength: n, maxLength: n }), nat({ max: n - 1 }), nat({ max: n - 1 }), integer({ min: 0, max: 2 })).map(([z, i, j, tie]) => {
      const out = [...z];
      if (tie === 0) out[j] = out[i]!;
      return out;
    }),
  );
}

/**
 * Inputs of `activation` as exact decimal strings (never through a JS float): for a
 * scalar activation a z in its domain, half of the draws at or next to a landmark
 * (declared kinks and jumps and the ends of the pieces: the exact point, or the point
 * ± m·10^−k down to 10^−40) and the rest spread over [−`bound`, `bound`]; for a vector
 * activation an array of a valid size, a third of them with two equal components (a
 * tie: maxout's kink).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { activation, activationPoint } from 'gradproof/arbitraries';
 *
 * // an activation, its parameters, and a point crowding its kinks
 * const drawn = activation({ kind: 'scalar' }).chain(({ activation: a, params }) =>
 *   activationPoint(a, { params }).map((z) => ({ a, params, z })),
 * );
 * fc.assert(fc.property(drawn, ({ a, params, z }) => {
 *   a.evaluate(z, { params, order: 1, digits: 30 }); // z is an exact decimal string, e.g. '-0.0000003'
 * }));
 * ```
 * @remarks Since 0.1.0
 */
export function activationPoint(activation: ScalarActivation, options?: ActivationPointOptions): Arbitrary<string>;
export function activationPoint(activation: VectorActivation, options?: ActivationPointOptions): Arbitrary<string[]>;
export function activationPoint(activation: Activation, options?: ActivationPointOptions): Arbitrary<string | string[]>;
export function activationPoint(activation: Activation, options: ActivationPointOptions = {}): Arbitrary<string | string[]> {
  return activation.kind === 'scalar' ? scalarPoint(activation, options) : vectorPoint(activation, options);
}
