/**
 * A dense layer: z = W·a + b (weights[i][j] connects input j to pre-activation i), then
 * an activation of the catalogue. It declares only its local derivatives, as two
 * {@link Stage}s: the affine map (∂z/∂a = W, ∂z/∂W = a, ∂z/∂b = 1) and the activation
 * (diag φ′(z) for a scalar activation, the derived Jacobian for a vector one, ∂φ/∂θ for a
 * learnable parameter θ). The chain rule is applied elsewhere, once ({@link reverseAccumulate}).
 *
 * Vector activations take groups of pre-activations: softmax, log_softmax, softmin and
 * glu one group of all of them (glu gives half as many outputs: a = the first half,
 * b = the second); maxout one group of `pieces` consecutive pre-activations per unit
 * (unit u uses rows u·k … u·k + k − 1).
 *
 * @module
 */
import { getActivation } from '../activations/_internals/catalogue.js';
import type { Activation } from '../activations/_internals/activation.js';
import { InputError } from '../errors.js';
import { type ParamEnv, scalarUnit, vectorUnit } from './activation.js';
import type { Backend } from './backend.js';
import type { Block, Stage } from './chain.js';

/**
 * A layer as written in a network spec: numbers as decimal strings.
 *
 * @example
 * ```ts
 * const layer: LayerSpec = { weights: [['0.5', '-1'], ['2', '0']], bias: ['0', '0.1'], activation: 'prelu', params: { alpha: '0.1' } };
 * ```
 */
export interface LayerSpec {
  /** rows × inputs; row i holds the weights into pre-activation i. */
  readonly weights: readonly (readonly string[])[];
  /** One per row. */
  readonly bias: readonly string[];
  /** A catalogue name (`tanh`, `relu`, `softmax`, `prelu` …). */
  readonly activation: string;
  /** Activation parameter values (default: the catalogue's); learnable ones are trained. */
  readonly params?: Readonly<Record<string, string>>;
  /** maxout: pieces per unit (default 2, the notes' k = 2). */
  readonly pieces?: number;
}

/**
 * The resolved shape of a layer and where its parameters sit in θ.
 *
 * @example
 * ```ts
 * layerShape({ weights: [['1'], ['2'], ['3'], ['4']], bias: ['0', '0', '0', '0'], activation: 'maxout' }, 0, 0).units; // 2
 * ```
 */
export interface LayerShape {
  readonly index: number;
  readonly activation: Activation;
  readonly inputs: number;
  /** Pre-activations (rows of W). */
  readonly rows: number;
  /** Outputs after the activation. */
  readonly units: number;
  /** Pre-activations per group of a vector activation (rows for one group). */
  readonly group: number;
  /** Offset of W (rows × inputs, row-major) in θ; b follows; then the learnable parameters. */
  readonly offset: number;
  /** Names and offsets of the learnable activation parameters. */
  readonly learnable: readonly { readonly name: string; readonly offset: number }[];
  /** Values of the activation's other parameters. */
  readonly fixed: Readonly<Record<string, string>>;
  /** Parameters in θ: rows·inputs + rows + learnable. */
  readonly size: number;
}

/**
 * Resolves a layer spec (shape checks with the JSON path in messages).
 *
 * @example
 * ```ts
 * layerShape({ weights: [['1', '2']], bias: ['0'], activation: 'tanh' }, 0, 0).size; // 3
 * ```
 */
export function layerShape(spec: LayerSpec, index: number, offset: number): LayerShape {
  const at = `layers[${index}]`;
  const activation = getActivation(spec.activation);
  const rows = spec.weights.length;
  if (rows === 0) throw new InputError(`${at}.weights: expected at least one row`);
  const inputs = spec.weights[0]!.length;
  if (spec.bias.length !== rows) throw new InputError(`${at}.bias: expected ${rows} numbers, got ${spec.bias.length}`);
  let group = rows;
  let units = rows;
  if (activation.kind === 'vector') {
    if (activation.name === 'maxout') {
      const k = spec.pieces ?? 2;
      if (!Number.isInteger(k) || k < 1) throw new InputError(`${at}.pieces: expected a positive integer, got ${k}`);
      if (rows % k !== 0) throw new InputError(`${at}: maxout with ${k} pieces needs a multiple of ${k} rows, got ${rows}`);
      group = k;
      units = rows / k;
    } else {
      activation.checkSize(rows);
      units = activation.components(rows).length;
    }
  } else if (spec.pieces !== undefined) {
    throw new InputError(`${at}.pieces: only maxout has pieces`);
  }
  const values = activation.paramValues(spec.params ?? {});
  const learnableNames = activation.params.filter((p) => p.learnable).map((p) => p.name);
  const fixed = Object.fromEntries(Object.entries(values).filter(([k]) => !learnableNames.includes(k)));
  const base = offset + rows * inputs + rows;
  const learnable = learnableNames.map((name, i) => ({ name, offset: base + i }));
  return { index, activation, inputs, rows, units, group, offset, learnable, fixed, size: rows * inputs + rows + learnable.length };
}

/**
 * The initial θ entries of a layer (weights, bias, learnable parameter values) as strings.
 *
 * @example
 * ```ts
 * const spec = { weights: [['1', '2']], bias: ['3'], activation: 'prelu' };
 * layerValues(spec, layerShape(spec, 0, 0)); // ['1', '2', '3', '0.25']
 * ```
 */
export function layerValues(spec: LayerSpec, shape: LayerShape): string[] {
  // a loop, not push(...row): spreading a row of a million entries overflows the call stack
  const out: string[] = [];
  for (const row of spec.weights) for (const w of row) out.push(w);
  for (const b of spec.bias) out.push(b);
  const values = shape.activation.paramValues(spec.params ?? {});
  for (const p of shape.learnable) out.push(values[p.name]!);
  return out;
}

/**
 * What one layer computed.
 *
 * @example
 * ```ts
 * const { z, out, stages } = layerForward(float64Backend, shape, theta, [1, 2], 'all');
 * ```
 */
export interface LayerForward<T> {
  /** Pre-activations z = W·a + b. */
  readonly z: T[];
  /** Outputs φ(z). */
  readonly out: T[];
  /** The affine stage and the activation stage (the latter without derivatives when not asked). */
  readonly stages: readonly [Stage<T>, Stage<T>];
}

/**
 * Which local derivatives a forward pass fills: `all`; `dense` (the affine stage only:
 * the caller seeds backprop at z, as the softmax/cross-entropy shortcut does); `none`.
 *
 * @example
 * ```ts
 * layerForward(float64Backend, shape, theta, x, 'none'); // forward only
 * ```
 */
export type DerivativeNeed = 'all' | 'dense' | 'none';

/**
 * Runs one layer on backend `B`, reading its parameters from θ. With `derivatives` =
 * `all`, the activation stage carries φ′ (or the Jacobian) and the parameter slopes;
 * otherwise its local derivative is left empty.
 *
 * @example
 * ```ts
 * const shape = layerShape({ weights: [['2']], bias: ['0'], activation: 'linear' }, 0, 0);
 * layerForward(float64Backend, shape, [2, 0], [3], 'all').out; // [6]
 * ```
 */
export function layerForward<T>(B: Backend<T>, shape: LayerShape, theta: readonly T[], a: readonly T[], need: DerivativeNeed | boolean): LayerForward<T> {
  const derivatives = need === true || need === 'all';
  const { rows, inputs, offset } = shape;
  if (a.length !== inputs) throw new InputError(`layers[${shape.index}] expects ${inputs} inputs, got ${a.length}`);
  const z: T[] = new Array(rows);
  const biasAt = offset + rows * inputs;
  for (let i = 0; i < rows; i++) {
    const row = offset + i * inputs;
    let s = B.mul(theta[row]!, a[0]!);
    for (let j = 1; j < inputs; j++) s = B.add(s, B.mul(theta[row + j]!, a[j]!));
    z[i] = B.add(s, theta[biasAt + i]!);
  }
  const dense: Stage<T> = {
    label: `layers[${shape.index}] dense`,
    local: { kind: 'dense', rows, cols: inputs, data: theta, offset },
    params: [
      { kind: 'outer', offset, x: a },
      { kind: 'identity', offset: biasAt },
    ],
  };
  const params: Record<string, T> = {};
  for (const [k, v] of Object.entries(shape.fixed)) params[k] = B.fromString(v);
  for (const p of shape.learnable) params[p.name] = theta[p.offset]!;
  const label = `layers[${shape.index}] ${shape.activation.name}`;
  if (shape.activation.kind === 'scalar') {
    const unit = scalarUnit(B, shape.activation);
    const out = z.map((zi) => unit.value(zi, params));
    if (!derivatives) return { z, out, stages: [dense, { label, local: { kind: 'diagonal', d: [] }, params: [] }] };
    const d = z.map((zi) => unit.slope(zi, params));
    const slopes = shape.learnable.map((p) => ({ kind: 'column' as const, offset: p.offset, c: z.map((zi) => unit.paramSlope(p.name, zi, params)) }));
    return { z, out, stages: [dense, { label, local: { kind: 'diagonal', d }, params: slopes }] };
  }
  const unit = vectorUnit(B, shape.activation, shape.group);
  const out: T[] = [];
  const blocks: Block<T>[] = [];
  for (let g = 0; g * shape.group < rows; g++) {
    const zg = z.slice(g * shape.group, (g + 1) * shape.group);
    const row0 = out.length;
    out.push(...unit.forward(zg, params as ParamEnv<T>));
    if (derivatives) blocks.push({ row0, col0: g * shape.group, J: unit.jacobian(zg, params) });
  }
  return { z, out, stages: [dense, { label, local: { kind: 'blocks', rows: out.length, cols: rows, blocks }, params: [] }] };
}
