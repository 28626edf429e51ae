/**
 * Training a classifier from names: data set, hidden sizes, activation, output, loss,
 * initializer, optimizer, precision. What `gradproof train` runs.
 *
 * @module
 */
import { getActivation } from '../activations/_internals/catalogue.js';
import { InputError } from '../errors.js';
import { SeededRandom } from '../numeric/random.js';
import type { Backend } from './backend.js';
import { type Dataset, loadDataset, oneHot, split, standardize } from './data.js';
import { bigfloatBackend } from './bigfloat-backend.js';
import { float64Backend } from './float64.js';
import { initialize } from './init.js';
import type { LayerSpec } from './layer.js';
import { getLoss } from './loss.js';
import { Network, type NetworkSpec } from './network.js';
import { makeOptimizer } from './optim.js';
import { accuracy, type Divergence, type EpochRecord, prepare, trainNetwork } from './train.js';

/**
 * The architecture of a multi-layer perceptron.
 *
 * @example
 * ```ts
 * buildNetwork({ inputs: 4, hidden: [8, 8], outputs: 3, activation: 'relu', init: 'he_normal' });
 * ```
 */
export interface ArchitectureOptions {
  readonly inputs: number;
  /** Units of each hidden layer. */
  readonly hidden: readonly number[];
  readonly outputs: number;
  /** Hidden activation (default tanh). */
  readonly activation?: string;
  /** Output activation (default softmax). */
  readonly output?: string;
  /** Loss (default: categorical_crossentropy after softmax, binary_crossentropy after sigmoid, else mse). */
  readonly loss?: string;
  /** Weight initializer (default glorot_uniform, Keras's Dense default); biases start at 0. */
  readonly init?: string;
  /** maxout pieces per unit (default 2). */
  readonly pieces?: number;
  readonly seed?: number;
}

/**
 * The default loss for an output activation.
 *
 * @example
 * ```ts
 * defaultLoss('softmax'); // 'categorical_crossentropy'
 * ```
 */
export function defaultLoss(output: string): string {
  const name = getActivation(output).name;
  return name === 'softmax' ? 'categorical_crossentropy' : name === 'sigmoid' ? 'binary_crossentropy' : 'mse';
}

/**
 * A freshly initialized network spec (weights drawn layer by layer from one seeded stream).
 *
 * @example
 * ```ts
 * buildNetwork({ inputs: 4, hidden: [8], outputs: 3, seed: 1 }).layers.length; // 2
 * ```
 */
export function buildNetwork(options: ArchitectureOptions): NetworkSpec {
  const rng = new SeededRandom(options.seed ?? 1);
  const hiddenAct = getActivation(options.activation ?? 'tanh').name;
  const outAct = getActivation(options.output ?? 'softmax').name;
  const sizes = [...options.hidden, options.outputs];
  const layers: LayerSpec[] = [];
  let inputs = options.inputs;
  sizes.forEach((units, i) => {
    const activation = i < options.hidden.length ? hiddenAct : outAct;
    if (!Number.isInteger(units) || units < 1) throw new InputError(`layer sizes must be positive integers, got ${units}`);
    const k = options.pieces ?? 2;
    const rows = activation === 'maxout' ? units * k : activation === 'glu' ? units * 2 : units;
    layers.push({
      weights: initialize(options.init ?? 'glorot_uniform', rows, inputs, rng),
      bias: Array.from({ length: rows }, () => '0'),
      activation,
      ...(activation === 'maxout' ? { pieces: k } : {}),
    });
    inputs = units;
  });
  return { layers, loss: getLoss(options.loss ?? defaultLoss(outAct)).definition.name };
}

/**
 * Options of {@link trainClassifier}.
 *
 * @example
 * ```ts
 * trainClassifier({ data: 'moons', hidden: [16], optimizer: 'momentum', lr: '0.05', epochs: 100, precision: 30 });
 * ```
 */
export interface FitOptions extends Omit<ArchitectureOptions, 'inputs' | 'outputs'> {
  /** `iris`, `xor`, `moons`, `spiral`, or a data set. */
  readonly data: string | Dataset;
  /** Default adam. */
  readonly optimizer?: string;
  /** Learning rate as a decimal string (default 0.01). */
  readonly lr?: string;
  /** Default 200. */
  readonly epochs?: number;
  /** Mini-batch size (default 16; 0: full batch). */
  readonly batch?: number;
  /** `float64` (default) or a number of significant digits for the BigFloat backend (`bigfloatBackend`). */
  readonly precision?: 'float64' | number;
  /** Fraction held out for testing (default 0.2; 0 for xor). */
  readonly testFraction?: number;
  /** Standardize the features with the training set's mean and deviation (default true). */
  readonly standardize?: boolean;
  /** Called after every epoch with its record (the CLI's progress bar). */
  readonly onEpoch?: (record: EpochRecord) => void;
}

/**
 * The outcome of {@link trainClassifier}.
 *
 * @example
 * ```ts
 * const { testAccuracy, history, diverged } = trainClassifier({ data: 'xor', hidden: [4], batch: 0 });
 * ```
 */
export interface FitResult {
  readonly data: string;
  readonly backend: string;
  readonly history: readonly EpochRecord[];
  /** Epochs completed. */
  readonly epochs: number;
  /** Mean training loss of the last completed epoch (decimal string). */
  readonly loss: string;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly trainSize: number;
  readonly testSize: number;
  readonly seconds: number;
  readonly diverged?: Divergence;
  /** The trained network. */
  readonly network: NetworkSpec;
}

/**
 * Loads, splits and standardizes the data, builds and initializes the network, trains it
 * and measures accuracy.
 *
 * @example
 * ```ts
 * const r = trainClassifier({ data: 'iris', hidden: [8], epochs: 200 });
 * r.testAccuracy; // ≥ 0.95
 * ```
 */
export function trainClassifier(options: FitOptions): FitResult {
  const precision = options.precision ?? 'float64';
  const B: Backend<unknown> = (precision === 'float64' ? float64Backend : bigfloatBackend(precision)) as Backend<unknown>;
  return fitOn(B, options);
}

function fitOn<T>(B: Backend<T>, options: FitOptions): FitResult {
  const seed = options.seed ?? 1;
  const ds = typeof options.data === 'string' ? loadDataset(options.data, seed) : options.data;
  const testFraction = options.testFraction ?? (ds.name === 'xor' ? 0 : 0.2);
  let { train, test } = split(ds, { testFraction, seed });
  if (options.standardize ?? ds.name !== 'xor') ({ train, test } = standardize(train, test));
  const outputs = ds.classes.length;
  const spec = buildNetwork({ ...options, inputs: ds.features[0]!.length, outputs, seed });
  const net = new Network(B, spec);
  const trainData = prepare(B, train.features, oneHot(train.labels, outputs), train.labels);
  const testData = prepare(B, test.features, oneHot(test.labels, outputs), test.labels);
  const optimizer = makeOptimizer(B, options.optimizer ?? 'adam', { lr: options.lr ?? '0.01' });
  const started = performance.now();
  const run = trainNetwork(net, optimizer, trainData, {
    epochs: options.epochs ?? 200,
    batchSize: options.batch ?? 16,
    seed,
    ...(options.onEpoch ? { onEpoch: options.onEpoch } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  const last = run.history[run.history.length - 1];
  return {
    data: ds.name,
    backend: B.name,
    history: run.history,
    epochs: run.epochs,
    loss: last?.loss ?? 'NaN',
    trainAccuracy: run.diverged ? 0 : accuracy(net, trainData),
    testAccuracy: run.diverged ? 0 : accuracy(net, testData),
    trainSize: train.labels.length,
    testSize: test.labels.length,
    seconds,
    ...(run.diverged ? { diverged: run.diverged } : {}),
    network: net.toSpec(),
  };
}
