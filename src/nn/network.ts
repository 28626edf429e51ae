/**
 * A feed-forward network of dense layers on any backend: parameters in one flat vector
 * θ (per layer: W row-major, then b, then the learnable activation parameters), forward
 * pass, loss, and the gradient by backprop ({@link reverseAccumulate}: the one chain rule).
 *
 * @module
 */
import { InputError } from '../errors.js';
import type { Backend } from './backend.js';
import { reverseAccumulate, type Stage } from './chain.js';
import { type LayerForward, type LayerShape, type LayerSpec, layerForward, layerShape, layerValues } from './layer.js';
import { type LossOps, lossOps, softmaxCrossEntropy } from './loss.js';

/**
 * A network as data: layers and loss, every number a decimal string.
 *
 * @example
 * ```ts
 * const spec: NetworkSpec = { layers: [{ weights: [['0.5']], bias: ['0'], activation: 'sigmoid' }], loss: 'squared_error' };
 * ```
 */
export interface NetworkSpec {
  readonly layers: readonly LayerSpec[];
  /** A loss name (`squared_error`, `mse`, `binary_crossentropy`, `categorical_crossentropy`). */
  readonly loss: string;
}

/**
 * The result of a forward pass.
 *
 * @example
 * ```ts
 * const { layers, output } = net.forward([1, 2]);
 * ```
 */
export interface ForwardPass<T> {
  /** Per layer: pre-activations, outputs and stages. */
  readonly layers: readonly LayerForward<T>[];
  /** The network's output. */
  readonly output: T[];
}

/**
 * Loss and gradient of one sample or a batch.
 *
 * @example
 * ```ts
 * const { loss, gradient } = net.lossAndGradient([1, 2], [1]);
 * ```
 */
export interface LossAndGradient<T> {
  readonly loss: T;
  /** ∂loss/∂θ, laid out like θ. */
  readonly gradient: T[];
  /** The forward pass (single samples only). */
  readonly pass?: ForwardPass<T>;
}

/**
 * Options of a gradient computation.
 *
 * @example
 * ```ts
 * net.lossAndGradient(x, y, { fused: false }); // through the softmax Jacobian instead of s − y
 * ```
 */
export interface GradientOptions {
  /** Use the proved softmax/cross-entropy shortcut s − y when it applies. Default true. */
  readonly fused?: boolean;
}

/**
 * A network on backend `B`.
 *
 * @example
 * ```ts
 * const net = new Network(float64Backend, {
 *   layers: [{ weights: [['0.5', '-0.3']], bias: ['0.1'], activation: 'sigmoid' }],
 *   loss: 'squared_error',
 * });
 * net.lossAndGradient([1, 2], [1]).gradient; // [∂e/∂w₁, ∂e/∂w₂, ∂e/∂b]
 * ```
 */
export class Network<T> {
  readonly backend: Backend<T>;
  readonly shapes: readonly LayerShape[];
  readonly lossName: string;
  /** All parameters. Optimizers update it in place. */
  readonly theta: T[];
  private readonly loss: LossOps<T>;

  constructor(backend: Backend<T>, spec: NetworkSpec) {
    this.backend = backend;
    if (!spec.layers?.length) throw new InputError('layers: expected at least one layer');
    const shapes: LayerShape[] = [];
    const values: string[] = [];
    let offset = 0;
    spec.layers.forEach((layer, i) => {
      const shape = layerShape(layer, i, offset);
      if (i > 0 && shape.inputs !== shapes[i - 1]!.units) {
        throw new InputError(`layers[${i}].weights[0]: expected ${shapes[i - 1]!.units} numbers (the outputs of layers[${i - 1}]), got ${shape.inputs}`);
      }
      layer.weights.forEach((row, r) => {
        if (row.length !== shape.inputs) throw new InputError(`layers[${i}].weights[${r}]: expected ${shape.inputs} numbers, got ${row.length}`);
      });
      shapes.push(shape);
      for (const v of layerValues(layer, shape)) values.push(v); // not push(...): a layer may hold millions
      offset += shape.size;
    });
    this.shapes = shapes;
    this.lossName = spec.loss;
    this.loss = lossOps(backend, spec.loss);
    this.theta = values.map((v) => backend.fromString(v));
  }

  /** Inputs of the first layer. */
  get inputs(): number {
    return this.shapes[0]!.inputs;
  }

  /** Outputs of the last layer. */
  get outputs(): number {
    return this.shapes[this.shapes.length - 1]!.units;
  }

  /**
   * The name of θ[k] as a JSON path of the spec: `layers[1].weights[0][2]`,
   * `layers[0].bias[3]`, `layers[0].params.alpha`.
   */
  parameterName(k: number): string {
    for (const s of this.shapes) {
      if (k >= s.offset + s.size) continue;
      const r = k - s.offset;
      if (r < s.rows * s.inputs) return `layers[${s.index}].weights[${Math.floor(r / s.inputs)}][${r % s.inputs}]`;
      if (r < s.rows * s.inputs + s.rows) return `layers[${s.index}].bias[${r - s.rows * s.inputs}]`;
      return `layers[${s.index}].params.${s.learnable[r - s.rows * s.inputs - s.rows]!.name}`;
    }
    throw new InputError(`no parameter ${k} (the network has ${this.theta.length})`);
  }

  /** The layer that θ[k] belongs to. */
  layerOf(k: number): number {
    return this.shapes.findIndex((s) => k >= s.offset && k < s.offset + s.size);
  }

  /**
   * The forward pass; `derivatives` also fills the local derivatives of every stage
   * (`dense-last`: all but the last activation's, for a backprop seeded at the last z).
   */
  forward(x: readonly T[], derivatives: boolean | 'dense-last' = false): ForwardPass<T> {
    const layers: LayerForward<T>[] = [];
    let a: readonly T[] = x;
    const last = this.shapes.length - 1;
    for (const shape of this.shapes) {
      const need = derivatives === 'dense-last' ? (shape.index === last ? 'dense' : 'all') : derivatives ? 'all' : 'none';
      const f = layerForward(this.backend, shape, this.theta, a, need);
      layers.push(f);
      a = f.out;
    }
    return { layers, output: a as T[] };
  }

  /** The network's output for input x. */
  predict(x: readonly T[]): T[] {
    return this.forward(x).output;
  }

  /** The loss of one sample. */
  lossOf(x: readonly T[], y: readonly T[]): T {
    const pass = this.forward(x);
    if (this.fusedApplies(y)) return softmaxCrossEntropy(this.backend).value(y, pass.output);
    return this.loss.value(y, pass.output);
  }

  /** Whether the softmax/cross-entropy shortcut applies to target y. */
  private fusedApplies(y: readonly T[], options: GradientOptions = {}): boolean {
    const last = this.shapes[this.shapes.length - 1]!;
    if (options.fused === false || last.activation.name !== 'softmax' || this.loss.loss.definition.name !== 'categorical_crossentropy') return false;
    if (this.backend.kind === 'symbolic') return false;
    let s = this.backend.fromString('0');
    for (const yi of y) s = this.backend.add(s, yi);
    return this.backend.compare(s, this.backend.fromString('1')) === 0;
  }

  /**
   * Loss and ∂loss/∂θ of one sample, added into `into` when given (for batches).
   * `onDelta` sees δ at the output of each stage (2 per layer: dense, activation).
   */
  lossAndGradient(x: readonly T[], y: readonly T[], options: GradientOptions & { into?: T[]; onDelta?: (stage: number, delta: readonly T[]) => void } = {}): LossAndGradient<T> {
    const B = this.backend;
    if (y.length !== this.outputs) throw new InputError(`the target has ${y.length} values, the network ${this.outputs} outputs`);
    const fused = this.fusedApplies(y, options);
    const pass = this.forward(x, fused ? 'dense-last' : true);
    const stages: Stage<T>[] = pass.layers.flatMap((l) => [...l.stages]);
    const gradient = options.into ?? this.theta.map(() => B.fromString('0'));
    let loss: T;
    let seed: T[];
    if (fused) {
      const sce = softmaxCrossEntropy(B);
      loss = sce.value(y, pass.output);
      seed = sce.seed(y, pass.output);
      stages.pop(); // the seed is ∂loss/∂z: the softmax stage is inside it
    } else {
      loss = this.loss.value(y, pass.output);
      seed = this.loss.gradient(y, pass.output);
    }
    reverseAccumulate(B, stages, seed, gradient, options.onDelta ? { onDelta: options.onDelta } : {});
    return { loss, gradient, pass };
  }

  /** Mean loss and mean gradient over a batch. */
  batchGradient(xs: readonly (readonly T[])[], ys: readonly (readonly T[])[], options: GradientOptions = {}): LossAndGradient<T> {
    const B = this.backend;
    if (xs.length === 0) throw new InputError('empty batch');
    const gradient = this.theta.map(() => B.fromString('0'));
    let total: T | undefined;
    for (let i = 0; i < xs.length; i++) {
      const { loss } = this.lossAndGradient(xs[i]!, ys[i]!, { ...options, into: gradient });
      total = total === undefined ? loss : B.add(total, loss);
    }
    const n = B.fromString(String(xs.length));
    return { loss: B.div(total!, n), gradient: gradient.map((g) => B.div(g, n)) };
  }

  /** Mean loss over a data set (no gradient). */
  meanLoss(xs: readonly (readonly T[])[], ys: readonly (readonly T[])[]): T {
    const B = this.backend;
    let total = B.fromString('0');
    for (let i = 0; i < xs.length; i++) total = B.add(total, this.lossOf(xs[i]!, ys[i]!));
    return B.div(total, B.fromString(String(xs.length)));
  }

  /** The network as a spec (numbers as the backend's decimal strings). */
  toSpec(): NetworkSpec {
    const t = this.theta.map((v) => this.backend.toString(v));
    return {
      loss: this.lossName,
      layers: this.shapes.map((s) => {
        const weights = Array.from({ length: s.rows }, (_, i) => t.slice(s.offset + i * s.inputs, s.offset + (i + 1) * s.inputs));
        const bias = t.slice(s.offset + s.rows * s.inputs, s.offset + s.rows * s.inputs + s.rows);
        const params: Record<string, string> = { ...s.fixed };
        for (const p of s.learnable) params[p.name] = t[p.offset]!;
        const pieces = s.activation.name === 'maxout' ? { pieces: s.group } : {};
        return { weights, bias, activation: s.activation.name, ...(Object.keys(params).length ? { params } : {}), ...pieces };
      }),
    };
  }
}
