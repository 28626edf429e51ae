/**
 * Optimizers, written once against {@link Backend}: they update θ in place from a
 * gradient laid out like θ. Hyper-parameters are decimal strings.
 *
 * - SGD, the notes' update w ← w − η∇c (p. 6);
 * - momentum (Keras's form): v ← μv − η∇c, w ← w + v;
 * - Adam (Kingma & Ba 2015): m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²,
 *   w ← w − η·m̂/(√v̂ + ε) with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ); β₁ = 0.9, β₂ = 0.999,
 *   ε = 1e-8 (the paper's and PyTorch's; Keras uses 1e-7).
 *
 * @module
 */
import { InputError } from '../errors.js';
import type { Backend } from './backend.js';

/**
 * An optimizer: one step updates θ from ∂loss/∂θ.
 *
 * @example
 * ```ts
 * const opt: Optimizer<number> = makeOptimizer(float64Backend, 'sgd', { lr: '0.1' });
 * opt.step(theta, gradient);
 * ```
 */
export interface Optimizer<T> {
  readonly name: string;
  /** Updates the parameters θ in place from the gradient ∂loss/∂θ. */
  step(theta: T[], gradient: readonly T[]): void;
}

/**
 * Options of the optimizers (decimal strings).
 *
 * @example
 * ```ts
 * adam(float64Backend, { lr: '0.001', beta1: '0.9', beta2: '0.999', epsilon: '1e-7' }); // Keras's ε
 * ```
 */
export interface OptimizerOptions {
  /** Learning rate η. */
  readonly lr: string;
  /** Momentum μ (default 0.9). */
  readonly momentum?: string;
  readonly beta1?: string;
  readonly beta2?: string;
  readonly epsilon?: string;
}

/**
 * Names accepted by {@link makeOptimizer}.
 *
 * @example
 * ```ts
 * OPTIMIZERS.includes('adam'); // true
 * ```
 */
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;

/**
 * SGD: w ← w − η·g.
 *
 * @example
 * ```ts
 * const theta = [3];
 * sgd(float64Backend, { lr: '0.1' }).step(theta, [4]); // the notes: 3 − 0.1 × 4
 * theta; // [2.6]
 * ```
 */
export function sgd<T>(B: Backend<T>, options: OptimizerOptions): Optimizer<T> {
  const lr = B.fromString(options.lr);
  return {
    name: 'sgd',
    step(theta, g) {
      for (let k = 0; k < theta.length; k++) theta[k] = B.sub(theta[k]!, B.mul(lr, g[k]!));
    },
  };
}

/**
 * SGD with momentum: v ← μv − η·g, w ← w + v.
 *
 * @example
 * ```ts
 * momentum(float64Backend, { lr: '0.01', momentum: '0.9' });
 * ```
 */
export function momentum<T>(B: Backend<T>, options: OptimizerOptions): Optimizer<T> {
  const lr = B.fromString(options.lr);
  const mu = B.fromString(options.momentum ?? '0.9');
  let v: T[] | undefined;
  return {
    name: 'momentum',
    step(theta, g) {
      v ??= theta.map(() => B.fromString('0'));
      for (let k = 0; k < theta.length; k++) {
        v[k] = B.sub(B.mul(mu, v[k]!), B.mul(lr, g[k]!));
        theta[k] = B.add(theta[k]!, v[k]!);
      }
    },
  };
}

/**
 * Adam with bias correction.
 *
 * @example
 * ```ts
 * adam(decimalBackend(50), { lr: '0.01' });
 * ```
 */
export function adam<T>(B: Backend<T>, options: OptimizerOptions): Optimizer<T> {
  const one = B.fromString('1');
  const lr = B.fromString(options.lr);
  const b1 = B.fromString(options.beta1 ?? '0.9');
  const b2 = B.fromString(options.beta2 ?? '0.999');
  const eps = B.fromString(options.epsilon ?? '1e-8');
  const c1 = B.sub(one, b1);
  const c2 = B.sub(one, b2);
  let m: T[] | undefined;
  let v: T[] | undefined;
  let p1 = one;
  let p2 = one;
  return {
    name: 'adam',
    step(theta, g) {
      m ??= theta.map(() => B.fromString('0'));
      v ??= theta.map(() => B.fromString('0'));
      p1 = B.mul(p1, b1);
      p2 = B.mul(p2, b2);
      const k1 = B.sub(one, p1);
      const k2 = B.sub(one, p2);
      for (let k = 0; k < theta.length; k++) {
        const gk = g[k]!;
        m[k] = B.add(B.mul(b1, m[k]!), B.mul(c1, gk));
        v[k] = B.add(B.mul(b2, v[k]!), B.mul(c2, B.mul(gk, gk)));
        const mHat = B.div(m[k]!, k1);
        const vHat = B.div(v[k]!, k2);
        theta[k] = B.sub(theta[k]!, B.div(B.mul(lr, mHat), B.add(B.sqrt(vHat), eps)));
      }
    },
  };
}

/**
 * The optimizer called `name` (`sgd`, `momentum`, `adam`).
 *
 * @example
 * ```ts
 * makeOptimizer(float64Backend, 'adam', { lr: '0.01' }).name; // 'adam'
 * ```
 */
export function makeOptimizer<T>(B: Backend<T>, name: string, options: OptimizerOptions): Optimizer<T> {
  switch (name.toLowerCase()) {
    case 'sgd':
      return sgd(B, options);
    case 'momentum':
      return momentum(B, options);
    case 'adam':
      return adam(B, options);
    default:
      throw new InputError(`unknown optimizer "${name}" (optimizers: ${OPTIMIZERS.join(', ')})`);
  }
}
