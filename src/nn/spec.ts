/**
 * Reading a network spec from JSON text: `{ "layers": [ { "weights": [[…], …], "bias": […],
 * "activation": "tanh" }, … ], "loss": "squared_error", "input": […], "target": […] }`.
 * Numbers may be decimal strings or JSON numbers; a JSON number is read from its text, so
 * `0.12345678901234567890123` (or a number of 1,000 digits) keeps all its digits
 * (JSON.parse alone would round it to a double): the text is read by `readJson` (json.ts). A
 * UTF-8 byte order mark is accepted. Every
 * error names the JSON path (`layers[1].weights[0]: expected 3 numbers, got 2`) or, for
 * malformed JSON, the line and column; no error quotes the contents of the text.
 *
 * @module
 */
import { getActivation } from '../activations/_internals/catalogue.js';
import { GradproofError, InputError } from '../errors.js';
import type { Sample } from './gradcheck.js';
import { readJson } from './json.js';
import { type LayerSpec, layerShape } from './layer.js';
import { getLoss } from './loss.js';
import type { NetworkSpec } from './network.js';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** What a value is, without quoting it (errors never echo the contents of the file). */
const describe = (v: unknown): string => (typeof v === 'string' ? (DECIMAL.test(v.trim()) ? 'a number' : 'a string') : Array.isArray(v) ? 'an array' : v === null ? 'null' : v === undefined ? 'nothing (missing)' : typeof v === 'object' ? 'an object' : String(v));

function numberAt(v: unknown, path: string): string {
  if (typeof v !== 'string' || !DECIMAL.test(v.trim())) throw new InputError(`${path}: expected a number, got ${describe(v)}`);
  return v.trim();
}

function numbersAt(v: unknown, path: string, length?: number): string[] {
  if (!Array.isArray(v)) throw new InputError(`${path}: expected an array of numbers, got ${describe(v)}`);
  if (length !== undefined && v.length !== length) throw new InputError(`${path}: expected ${length} numbers, got ${v.length}`);
  if (v.length === 0) throw new InputError(`${path}: expected at least one number`);
  return v.map((x, i) => numberAt(x, `${path}[${i}]`));
}

function objectAt(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InputError(`${path}: expected an object, got ${describe(v)}`);
  return v as Record<string, unknown>;
}

function prefixed<T>(path: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof GradproofError && !err.message.startsWith(path)) throw new InputError(`${path}: ${err.message}`);
    throw err;
  }
}

/**
 * A parsed spec file: the network and, when given, the sample.
 *
 * @example
 * ```ts
 * const { network, sample } = parseNetworkSpec(readFileSync('net.json', 'utf8'), true);
 * ```
 */
export interface ParsedSpec {
  readonly network: NetworkSpec;
  readonly sample?: Sample;
}

/**
 * Parses and checks a network spec (JSON text). `needSample` requires `input` and `target`.
 *
 * @example
 * ```ts
 * parseNetworkSpec('{"layers":[{"weights":[[0.5]],"bias":[0],"activation":"tanh"}],"loss":"squared_error","input":[1],"target":[0]}', true).sample;
 * // { input: ['1'], target: ['0'] }
 * parseNetworkSpec('{"layers":[{"weights":[[1,2],[3]],"bias":[0,0],"activation":"tanh"}],"loss":"mse"}');
 * // throws InputError: layers[0].weights[1]: expected 2 numbers, got 1
 * ```
 */
export function parseNetworkSpec(text: string, needSample = false): ParsedSpec {
  const raw = readJson(text);
  const root = objectAt(raw, 'the spec');
  for (const key of Object.keys(root)) {
    if (!['layers', 'loss', 'input', 'target'].includes(key)) throw new InputError(`${key}: unknown field (the spec has layers, loss, input, target)`);
  }
  if (!Array.isArray(root.layers) || root.layers.length === 0) throw new InputError(`layers: expected a non-empty array of layers, got ${describe(root.layers)}`);
  if (typeof root.loss !== 'string') throw new InputError(`loss: expected a loss name, got ${describe(root.loss)}`);
  const lossName = prefixed('loss', () => getLoss(root.loss as string).definition.name);
  const input = root.input === undefined ? undefined : numbersAt(root.input, 'input');
  if (needSample && !input) throw new InputError('input: missing (the sample the gradient is taken at)');
  let width = input?.length;
  const layers: LayerSpec[] = [];
  let offset = 0;
  root.layers.forEach((l, i) => {
    const at = `layers[${i}]`;
    const o = objectAt(l, at);
    for (const key of Object.keys(o)) {
      if (!['weights', 'bias', 'activation', 'params', 'pieces'].includes(key)) throw new InputError(`${at}.${key}: unknown field (a layer has weights, bias, activation, params, pieces)`);
    }
    if (typeof o.activation !== 'string') throw new InputError(`${at}.activation: expected an activation name, got ${describe(o.activation)}`);
    prefixed(`${at}.activation`, () => getActivation(o.activation as string));
    if (!Array.isArray(o.weights) || o.weights.length === 0) throw new InputError(`${at}.weights: expected a non-empty array of rows, got ${describe(o.weights)}`);
    const cols = width ?? (Array.isArray(o.weights[0]) ? o.weights[0].length : undefined);
    const weights = o.weights.map((row, r) => numbersAt(row, `${at}.weights[${r}]`, cols));
    const bias = numbersAt(o.bias, `${at}.bias`, weights.length);
    let params: Record<string, string> | undefined;
    if (o.params !== undefined) {
      const p = objectAt(o.params, `${at}.params`);
      params = Object.fromEntries(Object.entries(p).map(([k, val]) => [k, numberAt(val, `${at}.params.${k}`)]));
    }
    let pieces: number | undefined;
    if (o.pieces !== undefined) {
      const text = numberAt(o.pieces, `${at}.pieces`);
      pieces = Number(text);
      if (!/^\d+$/.test(text) || pieces < 1) throw new InputError(`${at}.pieces: expected a positive integer, got ${text}`);
    }
    const layer: LayerSpec = { weights, bias, activation: o.activation, ...(params ? { params } : {}), ...(pieces !== undefined ? { pieces } : {}) };
    const shape = prefixed(at, () => layerShape(layer, i, offset));
    offset += shape.size;
    width = shape.units;
    layers.push(layer);
  });
  const network: NetworkSpec = { layers, loss: lossName };
  if (root.target === undefined) {
    if (needSample) throw new InputError('target: missing (the sample the gradient is taken at)');
    return { network };
  }
  const target = numbersAt(root.target, 'target', width);
  return { network, ...(input ? { sample: { input, target } } : {}) };
}
