/**
 * The depth experiment: a deep, narrow network at initialization and after a few steps,
 * measured layer by layer. It reproduces — by measuring, not by asserting — what
 * Glorot & Bengio (2010) and He et al. (2015) report: with a naive initialization the
 * gradients of a sigmoid network shrink layer by layer towards the input; Glorot's
 * initialization keeps the variance of tanh activations from collapsing; He's keeps
 * ReLU's (where Glorot's halves it at every layer).
 *
 * Set-up: `depth` hidden dense layers of `width` units with the activation, then a
 * softmax layer of 10 classes with categorical cross-entropy; inputs x ~ N(0, I) and
 * random labels (seeded); full-batch SGD steps. Per layer l it reports the variance of
 * the activations a^l over units and samples, the RMS over samples of ‖∂loss/∂z^l‖ (the
 * back-propagated gradient) and ‖∂loss/∂W^l‖ (Frobenius, of the batch gradient).
 *
 * @module
 */
import { getScalarActivation } from '../activations/_internals/catalogue.js';
import { InputError } from '../errors.js';
import { SeededRandom } from '../numeric/random.js';
import { float64Backend } from './float64.js';
import { initialize, initializerName } from './init.js';
import type { LayerSpec } from './layer.js';
import { Network } from './network.js';
import { sgd } from './optim.js';

/**
 * Options of {@link depthExperiment}.
 *
 * @example
 * ```ts
 * depthExperiment({ activation: 'tanh', init: 'lecun', depth: 30, width: 128, samples: 64, steps: 10, lr: '0.1' });
 * ```
 */
export interface DepthOptions {
  /** A scalar activation of the catalogue (sigmoid, tanh, relu …). */
  readonly activation: string;
  /**
   * `random`: the naive "standard" initialization U(−1/√fan_in, 1/√fan_in) that Glorot &
   * Bengio compare against (also the bound of PyTorch's `nn.Linear` default); `glorot`
   * (uniform), `he` (normal), `lecun` (normal); or any initializer name (`random_normal`
   * is the notes' N(0, 1)).
   */
  readonly init: string;
  /** Hidden layers (default 20). */
  readonly depth?: number;
  /** Units per hidden layer (default 64). */
  readonly width?: number;
  readonly seed?: number;
  /** Samples in the batch (default 128). */
  readonly samples?: number;
  /** SGD steps before the second measurement (default 5). */
  readonly steps?: number;
  /** Learning rate of those steps (default 0.01). */
  readonly lr?: string;
}

/**
 * One layer's statistics.
 *
 * @example
 * ```ts
 * depthExperiment({ activation: 'relu', init: 'he' }).atInit[0]; // { layer: 1, activationVariance: 0.72, deltaNorm: 0.92, weightGradientNorm: 0.65 }
 * ```
 */
export interface LayerStats {
  /** 1-based hidden layer. */
  readonly layer: number;
  /** Variance of the activations over units and samples. */
  readonly activationVariance: number;
  /** RMS over samples of ‖∂loss/∂z‖ at this layer. */
  readonly deltaNorm: number;
  /** ‖∂loss/∂W‖ (Frobenius) of the batch gradient. */
  readonly weightGradientNorm: number;
}

/**
 * The outcome of {@link depthExperiment}.
 *
 * @example
 * ```ts
 * const { atInit, afterSteps } = depthExperiment({ activation: 'sigmoid', init: 'random' });
 * ```
 */
export interface DepthResult {
  readonly activation: string;
  /** The initializer used. */
  readonly init: string;
  readonly depth: number;
  readonly width: number;
  readonly steps: number;
  readonly atInit: readonly LayerStats[];
  readonly afterSteps: readonly LayerStats[];
}

/**
 * The experiment's initializer for a short name.
 *
 * @example
 * ```ts
 * depthInitializer('he'); // 'he_normal'
 * ```
 */
export function depthInitializer(init: string): string {
  switch (init.toLowerCase()) {
    case 'random':
      return 'random_uniform';
    case 'glorot':
      return 'glorot_uniform';
    case 'he':
      return 'he_normal';
    case 'lecun':
      return 'lecun_normal';
    default:
      return initializerName(init);
  }
}

/**
 * Runs the experiment (float64).
 *
 * @example
 * ```ts
 * const r = depthExperiment({ activation: 'relu', init: 'he', depth: 20 });
 * r.atInit.map((s) => s.activationVariance); // roughly constant across the 20 layers
 * ```
 */
export function depthExperiment(options: DepthOptions): DepthResult {
  const depth = options.depth ?? 20;
  const width = options.width ?? 64;
  const samples = options.samples ?? 128;
  const steps = options.steps ?? 5;
  if (!Number.isInteger(depth) || depth < 1 || depth > 200) throw new InputError(`--depth must be an integer in 1…200, got ${options.depth}`);
  if (!Number.isInteger(width) || width < 1 || width > 1024) throw new InputError(`--width must be an integer in 1…1024, got ${options.width}`);
  const activation = getScalarActivation(options.activation).name;
  const init = depthInitializer(options.init);
  const rng = new SeededRandom(options.seed ?? 1);
  const classes = 10;
  const layers: LayerSpec[] = [];
  for (let l = 0; l <= depth; l++) {
    const rows = l < depth ? width : classes;
    layers.push({ weights: initialize(init, rows, width, rng, { limit: 1 / Math.sqrt(width) }), bias: Array.from({ length: rows }, () => '0'), activation: l < depth ? activation : 'softmax' });
  }
  const B = float64Backend;
  const net = new Network(B, { layers, loss: 'categorical_crossentropy' });
  const xs = Array.from({ length: samples }, () => Array.from({ length: width }, () => rng.normal()));
  const ys = Array.from({ length: samples }, () => {
    const label = rng.int(0, classes - 1);
    return Array.from({ length: classes }, (_, c) => (c === label ? 1 : 0));
  });
  const measure = (): LayerStats[] => {
    const deltaSq = new Array<number>(depth).fill(0);
    const moments = Array.from({ length: depth }, () => ({ s: 0, s2: 0, n: 0 }));
    const gradient = net.theta.map(() => 0);
    xs.forEach((x, i) => {
      const { pass } = net.lossAndGradient(x, ys[i]!, {
        into: gradient,
        onDelta: (stage, delta) => {
          if (stage % 2 === 0 && stage / 2 < depth) deltaSq[stage / 2]! += delta.reduce((s, d) => s + d * d, 0);
        },
      });
      pass!.layers.slice(0, depth).forEach((l, k) => {
        const m = moments[k]!;
        for (const a of l.out) {
          m.s += a;
          m.s2 += a * a;
          m.n++;
        }
      });
    });
    return net.shapes.slice(0, depth).map((s, k) => {
      const m = moments[k]!;
      const mean = m.s / m.n;
      let g2 = 0;
      for (let j = s.offset; j < s.offset + s.rows * s.inputs; j++) g2 += (gradient[j]! / samples) ** 2;
      return { layer: k + 1, activationVariance: m.s2 / m.n - mean * mean, deltaNorm: Math.sqrt(deltaSq[k]! / samples), weightGradientNorm: Math.sqrt(g2) };
    });
  };
  const atInit = measure();
  const opt = sgd(B, { lr: options.lr ?? '0.01' });
  for (let s = 0; s < steps; s++) opt.step(net.theta, net.batchGradient(xs, ys).gradient);
  // with no steps the network is unchanged: its second measurement is the first
  const afterSteps = steps === 0 ? atInit : measure();
  return { activation, init, depth, width, steps, atInit, afterSteps };
}
