/**
 * Small seeded runs of the depth experiment (`src/nn/depth.ts`) for the claims of the
 * notes about deep networks: a narrow network at its initialization, measured layer by
 * layer (the variance of the activations, the back-propagated gradient ‖∂L/∂z‖ and the
 * weight gradient ‖∂L/∂W‖). Float64, seed 1: the same figures on every machine.
 *
 * @module
 */
import { depthExperiment, type LayerStats } from '../src/nn/depth.js';
import { float64Backend } from '../src/nn/float64.js';
import { initialize } from '../src/nn/init.js';
import type { LayerSpec } from '../src/nn/layer.js';
import { Network } from '../src/nn/network.js';
import { SeededRandom } from '../src/numeric/random.js';

/** One measured network: what was run and its layers at initialization. */
export interface Measured {
  readonly activation: string;
  readonly init: string;
  readonly depth: number;
  readonly width: number;
  readonly layers: readonly LayerStats[];
}

/** The samples of every run (inputs x ~ N(0, I), random labels of 10 classes, seed 1). */
export const SAMPLES = 32;

const measured = new Map<string, Measured>();

/** The network at initialization: `depth` hidden layers of `width` units (each set-up run once, then remembered: the run is seeded). */
export function atInit(activation: string, init: string, depth: number, width: number): Measured {
  const key = `${activation} ${init} ${depth} ${width}`;
  let m = measured.get(key);
  if (!m) {
    const r = depthExperiment({ activation, init, depth, width, samples: SAMPLES, steps: 0, seed: 1 });
    m = { activation, init, depth, width, layers: r.atInit };
    measured.set(key, m);
  }
  return m;
}

/** Three significant digits. */
export function fig(x: number): string {
  return x.toPrecision(3).replace(/e\+?/, 'e');
}

/** max/min of positive figures. */
export function spread(xs: readonly number[]): number {
  return Math.max(...xs) / Math.min(...xs);
}

/** The initializations the claims use, in the notes' terms. */
const INIT_NAMES: Readonly<Record<string, string>> = {
  random: 'U(±1/√n)',
  random_normal: 'N(0, 1)',
  glorot: 'Glorot’s U(±√(6/(fan_in + fan_out)))',
};

/** An initialization in words. */
export function initName(init: string): string {
  return Object.hasOwn(INIT_NAMES, init) ? INIT_NAMES[init]! : init;
}

/** The set-up in words. */
export function setUp(m: Measured): string {
  return `${m.depth} ${m.activation} layers of ${m.width} units, init ${initName(m.init)}, ${SAMPLES} samples, seed 1`;
}

/** ‖∂L/∂W‖ from the lowest hidden layer to the top one. */
export function weightGradients(m: Measured): number[] {
  return m.layers.map((l) => l.weightGradientNorm);
}

/**
 * The number of trainable parameters (weights and biases) of the engine's dense network
 * with `hidden` hidden layers of `width` units between `inputs` inputs and `outputs`
 * outputs: counted on the network built, not by a formula.
 */
export function parameterCount(hidden: number, width: number, inputs: number, outputs: number): number {
  const layers: LayerSpec[] = [];
  for (let l = 0; l <= hidden; l++) {
    const rows = l < hidden ? width : outputs;
    const cols = l === 0 ? inputs : width;
    layers.push({ weights: initialize('zeros', rows, cols, new SeededRandom(1)), bias: Array.from({ length: rows }, () => '0'), activation: l < hidden ? 'sigmoid' : 'linear' });
  }
  return new Network(float64Backend, { layers, loss: 'mse' }).theta.length;
}
