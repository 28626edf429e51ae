/**
 * Weight initializers, seeded and reproducible ({@link SeededRandom}: the same seed gives
 * the same weights on every machine). Weights are drawn in float64 and handed on as
 * decimal strings (each string is the exact value of the draw's shortest representation),
 * so the float64 and decimal backends start from the same network.
 *
 * | name | distribution | scale | who uses it |
 * |---|---|---|---|
 * | `zeros` | 0 | — | Keras bias default; for weights every unit stays identical (symmetry never breaks) |
 * | `random_normal` | N(0, σ²), σ = 1 | — | the notes' "previously we used to randomly initialize"; Keras `RandomNormal` has σ = 0.05 |
 * | `random_uniform` | U(−r, r), r = 1 | — | naive; Keras `RandomUniform` has r = 0.05 |
 * | `glorot_uniform` | U(−r, r) | r = √(3/fan_avg) = √(6/(fan_in + fan_out)) | Keras `Dense` default; PyTorch `xavier_uniform_` |
 * | `glorot_normal` | N(0, 1/fan_avg) | σ = √(2/(fan_in + fan_out)) | PyTorch `xavier_normal_`, Glorot & Bengio 2010 |
 * | `glorot_normal_truncated` | truncated at ±2σ | σ = √(1/fan_avg)/0.8796… | Keras `glorot_normal` |
 * | `he_uniform` | U(−r, r) | r = √(6/fan_in) | Keras `he_uniform`; PyTorch `kaiming_uniform_(a=0)` |
 * | `he_normal` | N(0, 2/fan_in) | σ = √(2/fan_in) | PyTorch `kaiming_normal_`, He et al. 2015 |
 * | `he_normal_truncated` | truncated at ±2σ | σ = √(2/fan_in)/0.8796… | Keras `he_normal` |
 * | `lecun_uniform` | U(−r, r) | r = √(3/fan_in) | Keras `lecun_uniform` |
 * | `lecun_normal` | N(0, 1/fan_in) | σ = √(1/fan_in) | LeCun et al. 1998; for SELU |
 * | `lecun_normal_truncated` | truncated at ±2σ | σ = √(1/fan_in)/0.8796… | Keras `lecun_normal` |
 *
 * Keras's truncated normals redraw values beyond two standard deviations and divide σ
 * by the standard deviation of N(0, 1) truncated to [−2, 2], 0.87962566103423978…, which
 * gradproof derives (`constantValue('truncated_normal_std')`) instead of typing. PyTorch's
 * default for `nn.Linear` is `kaiming_uniform_(a=√5)`, i.e. U(±1/√fan_in) (not listed: it
 * is {@link varianceScaling} with scale 1/3, fan_in, uniform).
 *
 * @module
 */
import { constantValue } from '../activations/_internals/constants.js';
import { InputError } from '../errors.js';
import type { SeededRandom } from '../numeric/random.js';
import { closestNames } from '../symbolic/functions.js';

/**
 * Which fan the variance is divided by.
 *
 * @example
 * ```ts
 * initialize('he_normal', 64, 32, rng, { mode: 'fan_out' as FanMode });
 * ```
 */
export type FanMode = 'fan_in' | 'fan_out' | 'fan_avg';

/**
 * Keras's VarianceScaling: Var(w) = scale/fan (uniform: U(±√(3·scale/fan))).
 *
 * @example
 * ```ts
 * const pytorchLinear: VarianceScaling = { scale: 1 / 3, mode: 'fan_in', distribution: 'uniform' }; // U(±1/√fan_in)
 * ```
 */
export interface VarianceScaling {
  readonly scale: number;
  readonly mode: FanMode;
  readonly distribution: 'normal' | 'truncated_normal' | 'uniform';
}

/**
 * The initializer names (see the module table).
 *
 * @example
 * ```ts
 * INITIALIZERS.length; // 12
 * ```
 */
export const INITIALIZERS = [
  'zeros',
  'random_normal',
  'random_uniform',
  'glorot_uniform',
  'glorot_normal',
  'glorot_normal_truncated',
  'he_uniform',
  'he_normal',
  'he_normal_truncated',
  'lecun_uniform',
  'lecun_normal',
  'lecun_normal_truncated',
] as const;

/**
 * One of {@link INITIALIZERS}.
 *
 * @example
 * ```ts
 * const name: InitializerName = initializerName('xavier_normal'); // 'glorot_normal'
 * ```
 */
export type InitializerName = (typeof INITIALIZERS)[number];

// prototype-free: "constructor" or "__proto__" is an unknown name, not a member of Object.prototype
const ALIASES: Readonly<Record<string, InitializerName>> = Object.assign(Object.create(null), {
  glorot: 'glorot_uniform',
  xavier: 'glorot_uniform',
  xavier_uniform: 'glorot_uniform',
  xavier_normal: 'glorot_normal',
  he: 'he_normal',
  kaiming: 'he_normal',
  kaiming_normal: 'he_normal',
  kaiming_uniform: 'he_uniform',
  lecun: 'lecun_normal',
  random: 'random_normal',
  normal: 'random_normal',
  uniform: 'random_uniform',
});

/**
 * The canonical initializer name for `name` or an alias (`xavier_uniform`, `kaiming_normal`,
 * `he`, `glorot`, `lecun`, `random`); unknown names get suggestions.
 *
 * @example
 * ```ts
 * initializerName('kaiming_normal'); // 'he_normal'
 * ```
 */
export function initializerName(name: string): InitializerName {
  const key = name.toLowerCase().replace(/-/g, '_');
  if ((INITIALIZERS as readonly string[]).includes(key)) return key as InitializerName;
  const alias = ALIASES[key];
  if (alias) return alias;
  const hint = closestNames(name, [...INITIALIZERS, ...Object.keys(ALIASES)], 3);
  throw new InputError(`unknown initializer "${name}"${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}; initializers: ${INITIALIZERS.join(', ')}`);
}

/**
 * The variance scaling behind a named initializer (undefined for zeros and the naive ones).
 *
 * @example
 * ```ts
 * scalingOf('he_uniform'); // { scale: 2, mode: 'fan_in', distribution: 'uniform' }
 * ```
 */
export function scalingOf(name: InitializerName): VarianceScaling | undefined {
  const [family, kind, truncated] = name.split('_') as [string, string, string?];
  const base = { glorot: { scale: 1, mode: 'fan_avg' as const }, he: { scale: 2, mode: 'fan_in' as const }, lecun: { scale: 1, mode: 'fan_in' as const } }[family];
  if (!base) return undefined;
  return { ...base, distribution: kind === 'uniform' ? 'uniform' : truncated ? 'truncated_normal' : 'normal' };
}

let truncatedStd: number | undefined;

/** The standard deviation of N(0, 1) truncated to [−2, 2] (derived, as a double). */
function truncatedNormalStd(): number {
  truncatedStd ??= Number(constantValue('truncated_normal_std', 20));
  return truncatedStd;
}

/** The fan a scaling divides by. */
function fanOf(mode: FanMode, fanIn: number, fanOut: number): number {
  return mode === 'fan_in' ? fanIn : mode === 'fan_out' ? fanOut : (fanIn + fanOut) / 2;
}

/**
 * Draws a rows × cols matrix (fan_in = cols, fan_out = rows) by variance scaling, as
 * decimal strings.
 *
 * @example
 * ```ts
 * varianceScaling({ scale: 2, mode: 'fan_in', distribution: 'normal' }, 3, 4, new SeededRandom(1)); // He normal, 3 × 4
 * ```
 */
export function varianceScaling(s: VarianceScaling, rows: number, cols: number, rng: SeededRandom): string[][] {
  const fan = fanOf(s.mode, cols, rows);
  const variance = s.scale / Math.max(1, fan);
  const draw = (): number => {
    if (s.distribution === 'uniform') {
      const r = Math.sqrt(3 * variance);
      return (2 * rng.float() - 1) * r;
    }
    if (s.distribution === 'normal') return rng.normal() * Math.sqrt(variance);
    let n = rng.normal();
    while (Math.abs(n) > 2) n = rng.normal();
    return (n * Math.sqrt(variance)) / truncatedNormalStd();
  };
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => String(draw())));
}

/**
 * Options of {@link initialize}.
 *
 * @example
 * ```ts
 * initialize('random_normal', 3, 3, rng, { stddev: 0.05 }); // Keras's RandomNormal default
 * ```
 */
export interface InitializeOptions {
  /** Override the fan of a Glorot/He/LeCun initializer (PyTorch's `mode='fan_out'`). */
  readonly mode?: FanMode;
  /** σ of `random_normal` (default 1). */
  readonly stddev?: number;
  /** r of `random_uniform` (default 1). */
  readonly limit?: number;
}

/**
 * Draws a rows × cols weight matrix (fan_in = cols, fan_out = rows) with the initializer
 * `name`, as decimal strings.
 *
 * @example
 * ```ts
 * const rng = new SeededRandom(1);
 * initialize('glorot_uniform', 8, 4, rng); // every entry in (−√(6/12), √(6/12))
 * initialize('zeros', 2, 2, rng);          // [['0', '0'], ['0', '0']]
 * ```
 */
export function initialize(name: string, rows: number, cols: number, rng: SeededRandom, options: InitializeOptions = {}): string[][] {
  const canonical = initializerName(name);
  if (canonical === 'zeros') return Array.from({ length: rows }, () => Array.from({ length: cols }, () => '0'));
  if (canonical === 'random_normal') {
    const sd = options.stddev ?? 1;
    return Array.from({ length: rows }, () => Array.from({ length: cols }, () => String(rng.normal() * sd)));
  }
  if (canonical === 'random_uniform') {
    const r = options.limit ?? 1;
    return Array.from({ length: rows }, () => Array.from({ length: cols }, () => String((2 * rng.float() - 1) * r)));
  }
  const s = scalingOf(canonical)!;
  return varianceScaling(options.mode ? { ...s, mode: options.mode } : s, rows, cols, rng);
}
