/**
 * The training loop: full batch or seeded mini-batches, any optimizer, any backend.
 * A run that diverges (the notes' exploding gradient, p. 9) stops at once and says at
 * which epoch and in which layer. Divergence is one rule for every backend: a loss,
 * gradient entry, weight or layer output that is NaN, infinite, or larger in magnitude
 * than the largest float64 (1.7976931348623157e308). float64 overflows there by itself;
 * decimal arithmetic, whose range reaches 1e9000000000000000, would otherwise train on
 * with a loss of 1e954 and call the run finished.
 *
 * @module
 */
import { GradproofError } from '../errors.js';
import { SeededRandom } from '../numeric/random.js';
import { argmax, type Backend } from './backend.js';
import type { Network } from './network.js';
import type { Optimizer } from './optim.js';

/**
 * Samples converted to backend values.
 *
 * @example
 * ```ts
 * const data: Prepared<number> = prepare(float64Backend, [['0', '1']], [['0', '1']], [1]);
 * ```
 */
export interface Prepared<T> {
  readonly xs: readonly (readonly T[])[];
  readonly ys: readonly (readonly T[])[];
  /** Class index of each sample. */
  readonly labels: readonly number[];
}

/**
 * Converts features and targets (decimal strings) to backend values.
 *
 * @example
 * ```ts
 * prepare(float64Backend, [['0.5']], [['1']], [0]).xs; // [[0.5]]
 * ```
 */
export function prepare<T>(B: Backend<T>, features: readonly (readonly string[])[], targets: readonly (readonly string[])[], labels: readonly number[]): Prepared<T> {
  return { xs: features.map((r) => r.map((v) => B.fromString(v))), ys: targets.map((r) => r.map((v) => B.fromString(v))), labels };
}

/**
 * One point of the loss curve.
 *
 * @example
 * ```ts
 * trainClassifier({ data: 'iris', hidden: [8] }).history[0]; // { epoch: 1, loss: '1.05…' }
 * ```
 */
export interface EpochRecord {
  /** 1-based epoch. */
  readonly epoch: number;
  /** Mean training loss over the epoch's batches (before each batch's step), as a decimal string. */
  readonly loss: string;
}

/**
 * Where and when a run diverged.
 *
 * @example
 * ```ts
 * trainClassifier({ data: 'xor', hidden: [8], activation: 'relu', output: 'linear', optimizer: 'sgd', lr: '1e8' }).diverged;
 * // { epoch: 20, layer: 1, where: 'loss', message: 'diverged at epoch 20: …' }
 * ```
 */
export interface Divergence {
  /** 1-based epoch. */
  readonly epoch: number;
  /** 0-based layer index (`layers[i]` of the spec). */
  readonly layer: number;
  /** What turned non-finite first. */
  readonly where: 'weights' | 'outputs' | 'loss' | 'gradient';
  readonly message: string;
}

/**
 * Options of {@link trainNetwork}.
 *
 * @example
 * ```ts
 * trainNetwork(net, optimizer, data, { epochs: 50, batchSize: 8, seed: 3, onEpoch: (r) => console.log(r.epoch, r.loss) });
 * ```
 */
export interface TrainLoopOptions {
  readonly epochs: number;
  /** Samples per step; 0 or ≥ the training set: full batch. */
  readonly batchSize?: number;
  /** Seeds the order of the mini-batches. */
  readonly seed?: number;
  /** Called after every epoch. */
  readonly onEpoch?: (record: EpochRecord) => void;
}

/**
 * What {@link trainNetwork} did.
 *
 * @example
 * ```ts
 * const { history, epochs, diverged } = trainNetwork(net, optimizer, data, { epochs: 10 });
 * ```
 */
export interface TrainLoopResult {
  readonly history: readonly EpochRecord[];
  /** Epochs completed. */
  readonly epochs: number;
  readonly diverged?: Divergence;
}

/**
 * The fraction of samples whose arg-max output is the label (one output: ≥ 1/2 means class 1).
 *
 * @example
 * ```ts
 * accuracy(net, prepared); // 0.9666…
 * ```
 */
export function accuracy<T>(net: Network<T>, data: Prepared<T>): number {
  const B = net.backend;
  const half = B.fromString('0.5');
  let right = 0;
  data.xs.forEach((x, i) => {
    const out = net.predict(x);
    const predicted = out.length === 1 ? (B.compare(out[0]!, half) >= 0 ? 1 : 0) : argmax(B, out);
    if (predicted === data.labels[i]) right++;
  });
  return data.xs.length ? right / data.xs.length : 0;
}

/** The largest float64, as a decimal string. */
const FLOAT64_MAX = '1.7976931348623157e308';

/**
 * The divergence rule: false for NaN, ±∞ and magnitudes above the largest float64, in
 * every backend (a symbolic value counts as in range).
 */
function inRange<T>(B: Backend<T>): (x: T) => boolean {
  if (B.kind !== 'decimal' && B.kind !== 'bigfloat') return (x) => B.isFinite(x);
  const hi = B.fromString(FLOAT64_MAX);
  const lo = B.neg(hi);
  return (x) => B.isFinite(x) && B.compare(x, hi) <= 0 && B.compare(x, lo) >= 0;
}

/** The first layer whose parameters, or (for some sample) outputs, are out of range. */
function locate<T>(net: Network<T>, xs: readonly (readonly T[])[]): { layer: number; where: 'weights' | 'outputs' } | undefined {
  const ok = inRange(net.backend);
  for (const s of net.shapes) {
    for (let k = s.offset; k < s.offset + s.size; k++) if (!ok(net.theta[k]!)) return { layer: s.index, where: 'weights' };
  }
  let first: number | undefined;
  for (const x of xs) {
    const pass = net.forward(x);
    const bad = pass.layers.findIndex((l) => l.z.some((v) => !ok(v)) || l.out.some((v) => !ok(v)));
    if (bad >= 0 && (first === undefined || bad < first)) first = bad;
    if (first === 0) break;
  }
  return first === undefined ? undefined : { layer: first, where: 'outputs' };
}

/**
 * Trains `net` in place with `optimizer` on `data` for `epochs` epochs.
 *
 * @example
 * ```ts
 * const result = trainNetwork(net, adam(float64Backend, { lr: '0.01' }), data, { epochs: 100, batchSize: 16, seed: 1 });
 * result.history.at(-1)!.loss; // the last epoch's mean loss
 * ```
 */
export function trainNetwork<T>(net: Network<T>, optimizer: Optimizer<T>, data: Prepared<T>, options: TrainLoopOptions): TrainLoopResult {
  const B = net.backend;
  const ok = inRange(B);
  const n = data.xs.length;
  const size = !options.batchSize || options.batchSize >= n ? n : options.batchSize;
  const rng = new SeededRandom(options.seed ?? 1);
  const order = Array.from({ length: n }, (_, i) => i);
  const history: EpochRecord[] = [];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    if (size < n) {
      for (let i = n - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    }
    let total = B.fromString('0');
    let batches = 0;
    for (let start = 0; start < n; start += size) {
      const idx = order.slice(start, start + size);
      const xs = idx.map((i) => data.xs[i]!);
      const ys = idx.map((i) => data.ys[i]!);
      const diverged = (where: Divergence['where'], layer: number, detail: string): TrainLoopResult => ({
        history,
        epochs: epoch - 1,
        diverged: { epoch, layer, where, message: `diverged at epoch ${epoch}: ${detail} (layers[${layer}] ${net.shapes[layer]!.activation.name})` },
      });
      let step: ReturnType<Network<T>['batchGradient']>;
      try {
        step = net.batchGradient(xs, ys);
      } catch (err) {
        if (err instanceof GradproofError && err.code === 'domain') {
          const at = locate(net, xs);
          return diverged(at?.where ?? 'loss', at?.layer ?? net.shapes.length - 1, `${err.message}`);
        }
        throw err;
      }
      if (!ok(step.loss)) {
        const at = locate(net, xs);
        const layer = at?.layer ?? net.shapes.length - 1;
        const state = B.isFinite(step.loss) ? 'beyond the float64 range' : 'non-finite';
        const what = at ? `${at.where} became ${state}` : `the loss is ${B.isFinite(step.loss) ? state : 'not finite'}`;
        return diverged(at?.where ?? 'loss', layer, `loss ${B.toString(step.loss)}, ${what}`);
      }
      const badGradient = step.gradient.map((g, k) => (ok(g) ? -1 : net.layerOf(k))).filter((l) => l >= 0);
      if (badGradient.length) {
        // δ flows from the output back: the layer nearest the output with a non-finite gradient is where it happened
        const layer = badGradient.reduce((m, l) => Math.max(m, l), -1);
        return diverged('gradient', layer, 'the gradient is not finite');
      }
      optimizer.step(net.theta, step.gradient);
      const bad = net.theta.findIndex((t) => !ok(t));
      if (bad >= 0) return diverged('weights', net.layerOf(bad), `the update made ${net.parameterName(bad)} ${B.toString(net.theta[bad]!)}`);
      total = B.add(total, step.loss);
      batches++;
    }
    const record = { epoch, loss: B.toString(B.div(total, B.fromString(String(batches)))) };
    history.push(record);
    options.onEpoch?.(record);
  }
  return { history, epochs: options.epochs };
}
