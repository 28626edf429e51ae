/**
 * The chain rule, once. A computation is a sequence of {@link Stage}s; each stage
 * declares only its local derivatives: the Jacobian of its output with respect to its
 * input ({@link Local}) and with respect to the parameters it reads ({@link ParamLocal}).
 * {@link reverseAccumulate} multiplies them in reverse order (reverse accumulation,
 * i.e. backpropagation): δ ← Jᵀδ stage by stage, and ∂loss/∂θ += (∂out/∂θ)ᵀδ.
 *
 * Everything that differentiates a composition calls this function: backprop of a
 * network on any backend, the notes' one-neuron chains, and (on the symbolic backend)
 * the product of ratios ∂e/∂a₂ · ∂a₂/∂z₂ · ∂z₂/∂a₁ · … written as a formula.
 *
 * @module
 */
import type { Backend } from './backend.js';

/**
 * ∂output/∂input of a stage, in one of three shapes:
 * - `dense`: Jᵢⱼ = data[offset + i·cols + j] (a dense layer's weight matrix, read in place);
 * - `diagonal`: J = diag(d) (a scalar activation applied elementwise: dᵢ = φ′(zᵢ));
 * - `blocks`: block-diagonal, one full block per group (softmax over the layer, maxout per unit).
 *
 * @example
 * ```ts
 * const J: Local<number> = { kind: 'diagonal', d: [0.25, 0.1] }; // diag φ′(z)
 * ```
 */
export type Local<T> =
  | { readonly kind: 'dense'; readonly rows: number; readonly cols: number; readonly data: readonly T[]; readonly offset: number }
  | { readonly kind: 'diagonal'; readonly d: readonly T[] }
  | { readonly kind: 'blocks'; readonly rows: number; readonly cols: number; readonly blocks: readonly Block<T>[] };

/**
 * One block of a block-diagonal Jacobian: rows row0…, columns col0….
 *
 * @example
 * ```ts
 * const b: Block<number> = { row0: 0, col0: 0, J: [[0.25, -0.25], [-0.25, 0.25]] }; // softmax of (0, 0)
 * ```
 */
export interface Block<T> {
  readonly row0: number;
  readonly col0: number;
  readonly J: readonly (readonly T[])[];
}

/**
 * ∂output/∂θ for parameters stored in a flat vector θ:
 * - `outer`: ∂outᵢ/∂θ[offset + i·|x| + j] = xⱼ (z = Wx + b with respect to W);
 * - `identity`: ∂outᵢ/∂θ[offset + i] = 1 (with respect to b);
 * - `column`: ∂outᵢ/∂θ[offset] = cᵢ (one scalar parameter shared by the stage, PReLU's α).
 *
 * @example
 * ```ts
 * const dz_dW: ParamLocal<number> = { kind: 'outer', offset: 0, x: [1, 2] }; // ∂zᵢ/∂Wᵢⱼ = xⱼ
 * ```
 */
export type ParamLocal<T> =
  | { readonly kind: 'outer'; readonly offset: number; readonly x: readonly T[] }
  | { readonly kind: 'identity'; readonly offset: number }
  | { readonly kind: 'column'; readonly offset: number; readonly c: readonly T[] };

/**
 * One step of a computation with its local derivatives.
 *
 * @example
 * ```ts
 * const stage: Stage<number> = { label: 'sigmoid', local: { kind: 'diagonal', d: [0.25] }, params: [] };
 * ```
 */
export interface Stage<T> {
  /** For messages: `layers[1] dense`, `layers[1] tanh`. */
  readonly label: string;
  readonly local: Local<T>;
  readonly params: readonly ParamLocal<T>[];
}

/**
 * δ_in = Jᵀ δ_out for one local Jacobian: (δ_in)ⱼ = Σᵢ (δ_out)ᵢ · Jᵢⱼ, each product written
 * upstream-first so that a symbolic chain reads ∂e/∂a₂ · ∂a₂/∂z₂ · ∂z₂/∂a₁ · ….
 *
 * @example
 * ```ts
 * pullback(float64Backend, { kind: 'diagonal', d: [0.25, 0.5] }, [2, 2]); // [0.5, 1]
 * ```
 */
export function pullback<T>(B: Backend<T>, J: Local<T>, delta: readonly T[]): T[] {
  switch (J.kind) {
    case 'diagonal':
      return delta.map((d, i) => B.mul(d, J.d[i]!));
    case 'dense': {
      const out: T[] = new Array(J.cols);
      for (let j = 0; j < J.cols; j++) {
        let s = B.mul(delta[0]!, J.data[J.offset + j]!);
        for (let i = 1; i < J.rows; i++) s = B.add(s, B.mul(delta[i]!, J.data[J.offset + i * J.cols + j]!));
        out[j] = s;
      }
      return out;
    }
    case 'blocks': {
      const out: T[] = new Array(J.cols);
      for (const b of J.blocks) {
        const width = b.J[0]!.length;
        for (let j = 0; j < width; j++) {
          let s = B.mul(delta[b.row0]!, b.J[0]![j]!);
          for (let i = 1; i < b.J.length; i++) s = B.add(s, B.mul(delta[b.row0 + i]!, b.J[i]![j]!));
          out[b.col0 + j] = s;
        }
      }
      return out;
    }
  }
}

/** grad += (∂out/∂θ)ᵀ δ for one parameter block. */
function accumulate<T>(B: Backend<T>, p: ParamLocal<T>, delta: readonly T[], grad: T[]): void {
  switch (p.kind) {
    case 'identity':
      for (let i = 0; i < delta.length; i++) grad[p.offset + i] = B.add(grad[p.offset + i]!, delta[i]!);
      return;
    case 'outer': {
      const n = p.x.length;
      for (let i = 0; i < delta.length; i++) {
        const base = p.offset + i * n;
        for (let j = 0; j < n; j++) grad[base + j] = B.add(grad[base + j]!, B.mul(delta[i]!, p.x[j]!));
      }
      return;
    }
    case 'column': {
      let s = B.mul(delta[0]!, p.c[0]!);
      for (let i = 1; i < delta.length; i++) s = B.add(s, B.mul(delta[i]!, p.c[i]!));
      grad[p.offset] = B.add(grad[p.offset]!, s);
      return;
    }
  }
}

/**
 * What {@link reverseAccumulate} can report besides the parameter gradient.
 *
 * @example
 * ```ts
 * reverseAccumulate(B, stages, seed, grad, { inputGradient: true, onDelta: (s, d) => console.log(s, d) });
 * ```
 */
export interface ReverseOptions<T> {
  /** Also pull δ back through the first stage (the gradient with respect to the input). Default false. */
  readonly inputGradient?: boolean;
  /** Called with δ at the output of each stage, last stage first (for per-layer gradient norms). */
  readonly onDelta?: (stage: number, delta: readonly T[]) => void;
}

/**
 * Reverse accumulation: starting from `seed` = ∂loss/∂(output of the last stage), walks
 * the stages backwards, adding each parameter's ∂loss/∂θ into `grad` (a flat vector laid
 * out like θ) and pulling δ back through each stage's local Jacobian. Returns δ at the
 * input of the first stage when `inputGradient` is set, else δ at the input of the
 * second stage.
 *
 * @example
 * ```ts
 * // z = w·x (x = 3), a = z·2 ; seed ∂loss/∂a = 1 ⇒ ∂loss/∂w = 2·3 = 6
 * const grad = [0];
 * reverseAccumulate(float64Backend, [
 *   { label: 'z', local: { kind: 'dense', rows: 1, cols: 1, data: [5], offset: 0 }, params: [{ kind: 'outer', offset: 0, x: [3] }] },
 *   { label: 'a', local: { kind: 'diagonal', d: [2] }, params: [] },
 * ], [1], grad);
 * grad; // [6]
 * ```
 */
export function reverseAccumulate<T>(B: Backend<T>, stages: readonly Stage<T>[], seed: readonly T[], grad: T[], options: ReverseOptions<T> = {}): T[] {
  let delta: readonly T[] = seed;
  for (let s = stages.length - 1; s >= 0; s--) {
    const stage = stages[s]!;
    options.onDelta?.(s, delta);
    for (const p of stage.params) accumulate(B, p, delta, grad);
    if (s > 0 || options.inputGradient) delta = pullback(B, stage.local, delta);
  }
  return delta as T[];
}
