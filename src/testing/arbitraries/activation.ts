/**
 * `activation()`: an activation of the catalogue with valid parameter values.
 *
 * @module
 */
import { type Arbitrary, constantFrom } from 'fast-check';
import type { Activation, ScalarActivation, VectorActivation } from '../../activations/_internals/activation.js';
import { ACTIVATIONS } from '../../activations/index.js';
import { paramsOf } from './_internals/params.js';

/**
 * What {@link activation} draws: the activation and the parameters it is used with.
 *
 * @example
 * ```ts
 * const [{ activation: a, params }] = fc.sample(activation({ names: ['elu'] }), 1);
 * a.evaluate('-1', { params, digits: 20 });
 * ```
 * @remarks Since 0.1.0
 */
export interface ActivationDraw<A extends Activation = Activation> {
  readonly activation: A;
  /**
   * Parameter overrides as decimal strings, each inside its declared bounds; a parameter
   * left out keeps its default (`activation.paramValues(params)` gives the full set).
   */
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Options of {@link activation}.
 *
 * @example
 * ```ts
 * activation({ kind: 'scalar', names: ['relu', 'leaky_relu', 'elu'] });
 * ```
 * @remarks Since 0.1.0
 */
export interface ActivationOptions {
  /** Only scalar (φ(z)) or only vector (softmax, GLU, …) activations. Default: both. */
  readonly kind?: 'scalar' | 'vector';
  /** Only these catalogue names (e.g. `['relu', 'tanh']`). Default: the whole catalogue. */
  readonly names?: readonly string[];
  /** Never override the defaults. Default false. */
  readonly defaults?: boolean;
}


/**
 * Activations of the catalogue with valid parameter values (each parameter either left
 * at its default or drawn inside its declared bounds). Shrinks toward the first
 * activation of the list and toward default parameters.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { activation } from 'gradproof/arbitraries';
 *
 * fc.assert(
 *   fc.property(activation({ kind: 'scalar' }), ({ activation: a, params }) => {
 *     a.evaluate('0.5', { params, digits: 20 }); // never throws for a drawn activation
 *   }),
 * );
 * ```
 * @remarks Since 0.1.0
 */
export function activation(options: ActivationOptions & { readonly kind: 'scalar' }): Arbitrary<ActivationDraw<ScalarActivation>>;
export function activation(options: ActivationOptions & { readonly kind: 'vector' }): Arbitrary<ActivationDraw<VectorActivation>>;
export function activation(options?: ActivationOptions): Arbitrary<ActivationDraw>;
export function activation(options: ActivationOptions = {}): Arbitrary<ActivationDraw> {
  const all: readonly Activation[] = ACTIVATIONS;
  const unknown = (options.names ?? []).filter((n) => !all.some((a) => a.name === n));
  if (unknown.length) throw new RangeError(`activation(): no activation named ${unknown.join(', ')} (the catalogue has ${all.map((a) => a.name).join(', ')})`);
  const pool = all.filter((a) => (!options.kind || a.kind === options.kind) && (!options.names || options.names.includes(a.name)));
  if (pool.length === 0) throw new RangeError('activation(): the options leave no activation to draw');
  return constantFrom(...pool).chain((a) => paramsOf(a, options.defaults ?? false).map((params) => ({ activation: a, params })));
}
