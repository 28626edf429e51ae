/**
 * `smallNetwork()`: small dense networks with matching shapes, and a sample to take the
 * gradient at.
 *
 * @module
 */
import { type Arbitrary, array, constant, constantFrom, integer, tuple } from 'fast-check';
import type { ScalarActivation } from '../../activations/_internals/activation.js';
import { getActivation } from '../../activations/_internals/catalogue.js';
import { ACTIVATIONS } from '../../activations/index.js';
import type { Sample } from '../../nn/gradcheck.js';
import type { LayerSpec } from '../../nn/layer.js';
import type { NetworkSpec } from '../../nn/network.js';
import { decimalIn } from './_internals/decimal.js';
import { paramsOf } from './_internals/params.js';

/**
 * What {@link smallNetwork} draws: a network spec and one sample of matching sizes.
 *
 * @example
 * ```ts
 * const [{ network, sample }] = fc.sample(smallNetwork(), 1);
 * gradcheck(network, sample, { digits: 30 }).verified; // true
 * ```
 * @remarks Since 0.1.0
 */
export interface NetworkDraw {
  readonly network: NetworkSpec;
  readonly sample: Sample;
}

/**
 * Options of {@link smallNetwork}.
 *
 * @example
 * ```ts
 * smallNetwork({ maxLayers: 3, maxWidth: 4, activations: ['relu', 'tanh'], softmax: false });
 * ```
 * @remarks Since 0.1.0
 */
export interface SmallNetworkOptions {
  /** Most dense layers. Default 2 (at least 1). */
  readonly maxLayers?: number;
  /** Most units per layer. Default 3. */
  readonly maxWidth?: number;
  /** Most inputs. Default 3. */
  readonly maxInputs?: number;
  /**
   * Scalar activations to use (catalogue names). Default: every scalar activation without
   * a jump (threshold and hardshrink are left out: where a sample lands on a jump the loss
   * is discontinuous and a finite difference measures no slope at all).
   */
  readonly activations?: readonly string[];
  /** Also draw softmax output layers (with categorical cross-entropy and a one-hot target). Default true. */
  readonly softmax?: boolean;
  /** Draw activation parameters (learnable ones are then checked too). Default true. */
  readonly params?: boolean;
}

const weight = decimalIn({ lo: '-1', hi: '1', scale: 2 });
const input = decimalIn({ lo: '-2', hi: '2', scale: 2 });

function layer(inputs: number, units: number, a: ScalarActivation | 'softmax', params: boolean): Arbitrary<LayerSpec> {
  const rows = array(array(weight, { minLength: inputs, maxLength: inputs }), { minLength: units, maxLength: units });
  const bias = array(weight, { minLength: units, maxLength: units });
  const drawnParams = a === 'softmax' ? constant({}) : paramsOf(a, !params);
  return tuple(rows, bias, drawnParams).map(([weights, b, p]) => ({
    weights,
    bias: b,
    activation: a === 'softmax' ? 'softmax' : a.name,
    ...(Object.keys(p).length ? { params: p } : {}),
  }));
}

/** A loss that suits the output activation, and targets in its domain. */
function lossAndTarget(last: string, outputs: number): Arbitrary<{ loss: string; target: string[] }> {
  const targets = (range: Arbitrary<string>) => array(range, { minLength: outputs, maxLength: outputs });
  if (last === 'softmax') {
    return integer({ min: 0, max: outputs - 1 }).map((k) => ({
      loss: 'categorical_crossentropy',
      target: Array.from({ length: outputs }, (_, i) => (i === k ? '1' : '0')),
    }));
  }
  if (last === 'sigmoid') {
    return tuple(constantFrom('squared_error', 'mse', 'binary_crossentropy'), targets(decimalIn({ lo: '0', hi: '1', scale: 2 }))).map(([loss, target]) => ({ loss, target }));
  }
  return tuple(constantFrom('squared_error', 'mse'), targets(decimalIn({ lo: '-1', hi: '1', scale: 2 }))).map(([loss, target]) => ({ loss, target }));
}

/**
 * Small feed-forward networks (1…`maxLayers` dense layers of 1…`maxWidth` units on
 * 1…`maxInputs` inputs, shapes matching from layer to layer) with weights and biases in
 * [−1, 1] (2 places), catalogue activations with valid parameters, a loss that suits the
 * output (binary cross-entropy only after a sigmoid; categorical cross-entropy after a
 * softmax of ≥ 2 outputs, with a one-hot target), and one sample (inputs in [−2, 2],
 * targets in the loss's domain). Every number is a decimal string. Shrinks toward one
 * layer of one unit.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import 'gradproof/vitest';
 * import { smallNetwork } from 'gradproof/arbitraries';
 *
 * fc.assert(
 *   fc.property(smallNetwork({ maxLayers: 2 }), (drawn) => {
 *     expect(drawn).toPassGradientCheck({ digits: 30 });
 *   }),
 *   { numRuns: 10 },
 * );
 * ```
 * @remarks Since 0.1.0
 */
export function smallNetwork(options: SmallNetworkOptions = {}): Arbitrary<NetworkDraw> {
  const maxLayers = options.maxLayers ?? 2;
  const maxWidth = options.maxWidth ?? 3;
  const maxInputs = options.maxInputs ?? 3;
  for (const [name, n] of Object.entries({ maxLayers, maxWidth, maxInputs })) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`smallNetwork(): ${name} must be a positive integer, got ${n}`);
  }
  const scalars = (options.activations ?? ACTIVATIONS.filter((a) => a.kind === 'scalar' && !a.spec.jumps?.length).map((a) => a.name)).map((name) => {
    const a = getActivation(name);
    if (a.kind !== 'scalar') throw new RangeError(`smallNetwork(): ${name} is not a scalar activation (softmax outputs come with { softmax: true })`);
    return a;
  });
  if (scalars.length === 0) throw new RangeError('smallNetwork(): no activation to draw from');
  const params = options.params ?? true;
  const withSoftmax = (options.softmax ?? true) && maxWidth >= 2;
  const shape = tuple(
    integer({ min: 1, max: maxInputs }),
    array(tuple(integer({ min: 1, max: maxWidth }), constantFrom(...scalars)), { minLength: 1, maxLength: maxLayers }),
    withSoftmax ? integer({ min: 0, max: 3 }) : constant(1),
  );
  return shape.chain(([inputs, plan, softmaxDie]) => {
    // one in four networks ends in a softmax of ≥ 2 units
    const last = plan.length - 1;
    const softmaxLast = softmaxDie === 0;
    const widths = plan.map(([units], i) => (softmaxLast && i === last ? Math.max(2, units) : units));
    const layers = plan.map(([, a], i) => ({
      width: widths[i]!,
      fanIn: i === 0 ? inputs : widths[i - 1]!,
      activation: softmaxLast && i === last ? ('softmax' as const) : a,
    }));
    const outputs = layers[last]!.width;
    const lastName = layers[last]!.activation === 'softmax' ? 'softmax' : (layers[last]!.activation as ScalarActivation).name;
    return tuple(
      tuple(...layers.map((l) => layer(l.fanIn, l.width, l.activation, params))),
      array(input, { minLength: inputs, maxLength: inputs }),
      lossAndTarget(lastName, outputs),
    ).map(([specs, x, { loss, target }]) => ({ network: { layers: specs, loss }, sample: { input: x, target } }));
  });
}
