/**
 * Losses, declared as expressions in the target `y` and the prediction `yhat` for one
 * output component, with a reduction over the components. Their derivatives ∂ℓ/∂ŷ are
 * derived by the CAS (`derive`), never typed.
 *
 * With a softmax output and categorical cross-entropy the gradient with respect to the
 * pre-activations is s − y (for targets summing to 1). That is a claim, proved in
 * `test/nn/loss.test.ts` by `checkIdentity` against the derivative the CAS derives of
 * −Σ yᵢ log softmaxᵢ(z); {@link softmaxCrossEntropy} uses it as the fast path.
 *
 * @module
 */
import { InputError } from '../errors.js';
import { type Derivation, derive } from '../verify/derive.js';
import { closestNames } from '../symbolic/functions.js';
import { parse } from '../symbolic/parse.js';
import type { Expr } from '../symbolic/tree.js';
import type { Backend, Compiled } from './backend.js';

/**
 * A loss: ℓ(y, ŷ) per output component and how the components are combined.
 *
 * @example
 * ```ts
 * LOSSES.find((l) => l.name === 'mse')!.reduction; // 'mean'
 * ```
 */
export interface LossDefinition {
  /** snake_case name (Keras's, where Keras has it). */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly title: string;
  /** ℓ(y, yhat) for one component, gradproof expression text. */
  readonly expr: string;
  /** `sum` or `mean` over the output components. */
  readonly reduction: 'sum' | 'mean';
  /** Where the definition comes from. */
  readonly source: string;
}

/**
 * The losses:
 * - `squared_error`: e = Σ (y − ŷ)², the notes' e = (y − ŷ)² (p. 7) summed over outputs;
 * - `mse`: (1/n) Σ (y − ŷ)² (Keras `mean_squared_error`, PyTorch `MSELoss`);
 * - `binary_crossentropy`: (1/n) Σ −(y log ŷ + (1 − y) log(1 − ŷ)) (Keras averages over
 *   the last axis; no clipping here, so ŷ must stay inside (0, 1));
 * - `categorical_crossentropy`: −Σ y log ŷ (Keras `categorical_crossentropy` with
 *   probabilities; PyTorch `CrossEntropyLoss` takes logits, i.e. this after softmax).
 *
 * @example
 * ```ts
 * LOSSES.map((l) => l.name); // ['squared_error', 'mse', 'binary_crossentropy', 'categorical_crossentropy']
 * ```
 */
export const LOSSES: readonly LossDefinition[] = [
  { name: 'squared_error', aliases: ['se', 'sse'], title: 'squared error', expr: '(y - yhat)^2', reduction: 'sum', source: 'notes p. 7: e = (y − ŷ)²' },
  { name: 'mse', aliases: ['mean_squared_error', 'MSELoss'], title: 'mean squared error', expr: '(y - yhat)^2', reduction: 'mean', source: 'Keras mean_squared_error, PyTorch MSELoss' },
  {
    name: 'binary_crossentropy',
    aliases: ['bce', 'BCELoss'],
    title: 'binary cross-entropy',
    expr: '-(y*log(yhat) + (1 - y)*log(1 - yhat))',
    reduction: 'mean',
    source: 'Keras binary_crossentropy (without its ε clipping), PyTorch BCELoss',
  },
  {
    name: 'categorical_crossentropy',
    aliases: ['cce', 'crossentropy', 'cross_entropy'],
    title: 'categorical cross-entropy',
    expr: '-y*log(yhat)',
    reduction: 'sum',
    source: 'Keras categorical_crossentropy (probabilities)',
  },
];

/**
 * A loss with its derived derivative.
 *
 * @example
 * ```ts
 * getLoss('binary_crossentropy').term; // the tree of -(y*log(yhat) + (1 - y)*log(1 - yhat))
 * ```
 */
export interface Loss {
  readonly definition: LossDefinition;
  /** ℓ(y, yhat). */
  readonly term: Expr;
  /** ∂ℓ/∂yhat, derived by the CAS. */
  readonly derivative: Derivation;
}

const losses = new Map<string, Loss>();

/**
 * The loss called `name` (or an alias), with ∂ℓ/∂ŷ derived. Unknown names get suggestions.
 *
 * @example
 * ```ts
 * format(getLoss('squared_error').derivative.expr); // '-2*(-yhat + y)'
 * getLoss('mse2'); // throws InputError: unknown loss "mse2" (did you mean mse?) …
 * ```
 */
export function getLoss(name: string): Loss {
  const key = name.toLowerCase();
  const def = LOSSES.find((l) => l.name === key || l.aliases.some((a) => a.toLowerCase() === key));
  if (!def) {
    const all = LOSSES.flatMap((l) => [l.name, ...l.aliases]);
    const hint = closestNames(name, all, 3);
    throw new InputError(`unknown loss "${name}"${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}; losses: ${LOSSES.map((l) => l.name).join(', ')}`);
  }
  let loss = losses.get(def.name);
  if (!loss) {
    const term = parse(def.expr);
    loss = { definition: def, term, derivative: derive(term, 'yhat') };
    losses.set(def.name, loss);
  }
  return loss;
}

/**
 * A loss on a backend.
 *
 * @example
 * ```ts
 * const L: LossOps<number> = lossOps(float64Backend, 'mse');
 * L.value([1, 0], [0.5, 0.5]); // 0.25
 * ```
 */
export interface LossOps<T> {
  readonly loss: Loss;
  /** The loss of one sample. */
  value(y: readonly T[], yhat: readonly T[]): T;
  /** ∂loss/∂ŷ for one sample (the seed of backprop). */
  gradient(y: readonly T[], yhat: readonly T[]): T[];
}

const opsCache = new WeakMap<object, Map<string, LossOps<unknown>>>();

/**
 * The loss `name` compiled for backend `B`.
 *
 * @example
 * ```ts
 * const L = lossOps(float64Backend, 'squared_error');
 * L.value([1], [0.5]);    // 0.25
 * L.gradient([1], [0.5]); // [-1]
 * ```
 */
export function lossOps<T>(B: Backend<T>, name: string): LossOps<T> {
  const loss = getLoss(name);
  let m = opsCache.get(B);
  if (!m) {
    m = new Map();
    opsCache.set(B, m);
  }
  const hit = m.get(loss.definition.name);
  if (hit) return hit as LossOps<T>;
  const term: Compiled<T> = B.compile(loss.term);
  const slope: Compiled<T> = B.compile(loss.derivative.expr);
  const scale = (n: number, x: T): T => (loss.definition.reduction === 'mean' ? B.div(x, B.fromString(String(n))) : x);
  const ops: LossOps<T> = {
    loss,
    value(y, yhat) {
      let s: T | undefined;
      for (let i = 0; i < y.length; i++) {
        const t = term({ y: y[i]!, yhat: yhat[i]! });
        s = s === undefined ? t : B.add(s, t);
      }
      return scale(y.length, s ?? B.fromString('0'));
    },
    gradient(y, yhat) {
      return y.map((yi, i) => scale(y.length, slope({ y: yi, yhat: yhat[i]! })));
    },
  };
  m.set(loss.definition.name, ops as LossOps<unknown>);
  return ops;
}

/**
 * Softmax + categorical cross-entropy, fused (see the module comment).
 *
 * @example
 * ```ts
 * const sce: SoftmaxCrossEntropy<number> = softmaxCrossEntropy(float64Backend);
 * sce.value([0, 1], [0.25, 0.75]); // −log 0.75
 * ```
 */
export interface SoftmaxCrossEntropy<T> {
  /** The declared loss −Σ yᵢ log sᵢ at s = softmax(z); a term with yᵢ = 0 exactly is 0 and is skipped. */
  value(y: readonly T[], s: readonly T[]): T;
  /** ∂loss/∂z = s − y. */
  seed(y: readonly T[], s: readonly T[]): T[];
}

/**
 * The fused softmax/categorical-cross-entropy on backend `B`. Valid only for targets that
 * sum to 1 (callers check); the general path handles the rest.
 *
 * @example
 * ```ts
 * softmaxCrossEntropy(float64Backend).seed([1, 0], [0.7, 0.3]); // [-0.3, 0.3] (up to rounding)
 * ```
 */
export function softmaxCrossEntropy<T>(B: Backend<T>): SoftmaxCrossEntropy<T> {
  let f = fusedCache.get(B) as SoftmaxCrossEntropy<T> | undefined;
  if (!f) {
    f = makeSoftmaxCrossEntropy(B);
    fusedCache.set(B, f as SoftmaxCrossEntropy<unknown>);
  }
  return f;
}

const fusedCache = new WeakMap<object, SoftmaxCrossEntropy<unknown>>();

function makeSoftmaxCrossEntropy<T>(B: Backend<T>): SoftmaxCrossEntropy<T> {
  const term = B.compile(getLoss('categorical_crossentropy').term);
  const zero = B.fromString('0');
  return {
    value(y, s) {
      let total: T | undefined;
      for (let i = 0; i < y.length; i++) {
        if (B.compare(y[i]!, zero) === 0) continue;
        const t = term({ y: y[i]!, yhat: s[i]! });
        total = total === undefined ? t : B.add(total, t);
      }
      return total ?? zero;
    },
    seed: (y, s) => s.map((si, i) => B.sub(si, y[i]!)),
  };
}
