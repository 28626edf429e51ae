/**
 * The weight initializers: distribution, variance, limit or standard deviation, who
 * defaults to it and for what, and the activation it is meant for. One convention for
 * normals: s is the standard deviation of the weights actually drawn. A truncated normal
 * draws from N(0, s₀²) and redraws beyond ±2s₀, with s₀ = s/0.8796256610…, the standard
 * deviation of N(0, 1) cut to [−2, 2] (derived by gradproof), so that the weights drawn
 * have standard deviation s. Each row's variance is checked against its limit
 * (Var = r²/3 for U(−r, r)) or its s (Var = s²) by the verify layer.
 *
 * @module
 */
import { constantValue } from '../activations/_internals/constants.js';
import { parse } from '../symbolic/parse.js';
import { checkIdentity } from '../verify/identity.js';

/**
 * One row.
 *
 * @example
 * ```ts
 * INITIALIZER_TABLE[0]!.name; // 'Glorot (Xavier) uniform'
 * ```
 */
export interface InitializerRow {
  readonly name: string;
  /** The identifiers: Keras, PyTorch, JAX. */
  readonly ids: string;
  /** The distribution, TeX. */
  readonly distributionTex: string;
  /** Var(w), TeX. */
  readonly varianceTex: string;
  /** r (uniform) or s (normal), TeX. */
  readonly scaleTex: string;
  /** Which framework defaults to it, and for what (weights, biases). */
  readonly defaults: string;
  /** The activations it is meant for. */
  readonly meantFor: string;
  /** Where the facts were read. */
  readonly source: string;
  /** The check of Var against r or s (expression text in fi, fo), when there is one. */
  readonly check?: { readonly kind: 'uniform' | 'normal'; readonly scale: string; readonly variance: string };
}

const FI = '\\mathrm{fan}_{\\mathrm{in}}';
const FO = '\\mathrm{fan}_{\\mathrm{out}}';
const KERAS = 'Keras v3.15.1 keras/src/initializers/random_initializers.py (VarianceScaling, L304–316)';
const JAX = 'JAX v0.11.0 jax/_src/nn/initializers.py (variance_scaling, L350–354)';
const TORCH_INIT = 'PyTorch torch/nn/init.py';
const TORCH_LINEAR = 'PyTorch torch/nn/modules/linear.py, Linear.reset_parameters';

const uniform = '\\mathcal{U}(-r, r)';
const normal = '\\mathcal{N}(0, s^{2})';
const truncated = '\\mathcal{N}(0, s_0^{2})\\ \\text{cut at}\\ \\pm 2 s_0';

/**
 * The rows.
 *
 * @example
 * ```ts
 * INITIALIZER_TABLE.find((r) => r.name.startsWith('PyTorch nn.Linear bias'))!.scaleTex; // 'r = \\frac{1}{\\sqrt{\\mathrm{fan}_{\\mathrm{in}}}}'
 * ```
 */
export const INITIALIZER_TABLE: readonly InitializerRow[] = [
  {
    name: 'Glorot (Xavier) uniform',
    ids: 'Keras glorot_uniform · PyTorch xavier_uniform_ · JAX glorot_uniform',
    distributionTex: uniform,
    varianceTex: `\\frac{2}{${FI} + ${FO}}`,
    scaleTex: `r = \\sqrt{\\frac{6}{${FI} + ${FO}}}`,
    defaults: 'Keras Dense: kernel (weights)',
    meantFor: 'linear, tanh, sigmoid, softmax (notes p. 17)',
    source: `${KERAS}; Keras v3.15.1 keras/src/layers/core/dense.py L89 (kernel_initializer="glorot_uniform"); ${JAX}; ${TORCH_INIT}`,
    check: { kind: 'uniform', scale: 'sqrt(6/(fi + fo))', variance: '2/(fi + fo)' },
  },
  {
    name: 'Glorot (Xavier) normal, truncated',
    ids: 'Keras glorot_normal · JAX glorot_normal',
    distributionTex: truncated,
    varianceTex: `\\frac{2}{${FI} + ${FO}}`,
    scaleTex: `s = \\sqrt{\\frac{2}{${FI} + ${FO}}}`,
    defaults: '—',
    meantFor: 'linear, tanh, sigmoid, softmax',
    source: `${KERAS}; ${JAX}`,
    check: { kind: 'normal', scale: 'sqrt(2/(fi + fo))', variance: '2/(fi + fo)' },
  },
  {
    name: 'Glorot (Xavier) normal',
    ids: 'PyTorch xavier_normal_',
    distributionTex: normal,
    varianceTex: `\\frac{2}{${FI} + ${FO}} = \\frac{1}{\\mathrm{fan}_{\\mathrm{avg}}}`,
    scaleTex: `s = \\sqrt{\\frac{2}{${FI} + ${FO}}}`,
    defaults: '—',
    meantFor: 'linear, tanh, sigmoid, softmax (the notes write σ = 1/fan_avg: see the errata)',
    source: TORCH_INIT,
    check: { kind: 'normal', scale: 'sqrt(2/(fi + fo))', variance: '2/(fi + fo)' },
  },
  {
    name: 'He (Kaiming) uniform',
    ids: 'Keras he_uniform · PyTorch kaiming_uniform_(a = 0) · JAX he_uniform',
    distributionTex: uniform,
    varianceTex: `\\frac{2}{${FI}}`,
    scaleTex: `r = \\sqrt{\\frac{6}{${FI}}}`,
    defaults: '—',
    meantFor: 'ReLU and its variants (notes p. 17)',
    source: `${KERAS}; ${TORCH_INIT}; ${JAX}`,
    check: { kind: 'uniform', scale: 'sqrt(6/fi)', variance: '2/fi' },
  },
  {
    name: 'He (Kaiming) normal, truncated',
    ids: 'Keras he_normal · JAX he_normal',
    distributionTex: truncated,
    varianceTex: `\\frac{2}{${FI}}`,
    scaleTex: `s = \\sqrt{\\frac{2}{${FI}}}`,
    defaults: '—',
    meantFor: 'ReLU and its variants',
    source: `${KERAS}; ${JAX}`,
    check: { kind: 'normal', scale: 'sqrt(2/fi)', variance: '2/fi' },
  },
  {
    name: 'He (Kaiming) normal',
    ids: 'PyTorch kaiming_normal_',
    distributionTex: normal,
    varianceTex: `\\frac{2}{${FI}}`,
    scaleTex: `s = \\sqrt{\\frac{2}{${FI}}}`,
    defaults: '—',
    meantFor: 'ReLU and its variants',
    source: TORCH_INIT,
    check: { kind: 'normal', scale: 'sqrt(2/fi)', variance: '2/fi' },
  },
  {
    name: 'LeCun uniform',
    ids: 'Keras lecun_uniform · JAX lecun_uniform',
    distributionTex: uniform,
    varianceTex: `\\frac{1}{${FI}}`,
    scaleTex: `r = \\sqrt{\\frac{3}{${FI}}}`,
    defaults: '—',
    meantFor: 'SELU',
    source: `${KERAS}; ${JAX}`,
    check: { kind: 'uniform', scale: 'sqrt(3/fi)', variance: '1/fi' },
  },
  {
    name: 'LeCun normal, truncated',
    ids: 'Keras lecun_normal · JAX lecun_normal',
    distributionTex: truncated,
    varianceTex: `\\frac{1}{${FI}}`,
    scaleTex: `s = \\sqrt{\\frac{1}{${FI}}}`,
    defaults: 'Flax nn.Dense: kernel (weights)',
    meantFor: 'SELU (notes p. 17; Klambauer et al. 2017)',
    source: `${KERAS}; ${JAX}`,
    check: { kind: 'normal', scale: 'sqrt(1/fi)', variance: '1/fi' },
  },
  {
    name: 'PyTorch nn.Linear weights',
    ids: 'PyTorch kaiming_uniform_(a = √5)',
    distributionTex: uniform,
    varianceTex: `\\frac{1}{3\\,${FI}}`,
    scaleTex: `r = \\frac{1}{\\sqrt{${FI}}}`,
    defaults: 'PyTorch nn.Linear: weights',
    meantFor: 'any (a generic default)',
    source: `${TORCH_LINEAR} (gain √(2/(1 + 5)), r = gain·√(3/fan_in) = 1/√fan_in)`,
    check: { kind: 'uniform', scale: '1/sqrt(fi)', variance: '1/(3*fi)' },
  },
  {
    name: 'PyTorch nn.Linear biases',
    ids: 'PyTorch init.uniform_(bias, −1/√fan_in, 1/√fan_in)',
    distributionTex: uniform,
    varianceTex: `\\frac{1}{3\\,${FI}}`,
    scaleTex: `r = \\frac{1}{\\sqrt{${FI}}}`,
    defaults: 'PyTorch nn.Linear: biases (not zeros)',
    meantFor: 'any',
    source: TORCH_LINEAR,
    check: { kind: 'uniform', scale: '1/sqrt(fi)', variance: '1/(3*fi)' },
  },
  {
    name: 'zeros',
    ids: 'Keras zeros · PyTorch zeros_ · JAX zeros',
    distributionTex: '0',
    varianceTex: '0',
    scaleTex: '—',
    defaults: 'Keras Dense and Flax nn.Dense: biases',
    meantFor: 'biases only: zero weights keep every unit of a layer identical',
    source: 'Keras v3.15.1 keras/src/layers/core/dense.py L90 (bias_initializer="zeros")',
  },
  {
    name: 'random normal',
    ids: 'Keras RandomNormal',
    distributionTex: normal,
    varianceTex: '0.05^{2}',
    scaleTex: 's = 0.05',
    defaults: '—',
    meantFor: 'the notes’ “previously we used to randomly initialize” (p. 13)',
    source: 'Keras v3.15.1 keras/src/initializers/random_initializers.py (RandomNormal, stddev=0.05, L66)',
    check: { kind: 'normal', scale: '0.05', variance: '0.05^2' },
  },
  {
    name: 'random uniform',
    ids: 'Keras RandomUniform',
    distributionTex: '\\mathcal{U}(-0.05, 0.05)',
    varianceTex: '\\frac{0.05^{2}}{3}',
    scaleTex: 'r = 0.05',
    defaults: '—',
    meantFor: '—',
    source: 'Keras v3.15.1 keras/src/initializers/random_initializers.py (RandomUniform, L181)',
    check: { kind: 'uniform', scale: '0.05', variance: '0.05^2/3' },
  },
];

/** The standard deviation of N(0, 1) cut to [−2, 2], to 20 digits (derived, not typed). */
export function truncationFactor(): string {
  return constantValue('truncated_normal_std', 20);
}

/**
 * Checks each row's variance against its r or s: Var = r²/3 (uniform), Var = s² (normal),
 * as identities in fan_in and fan_out.
 *
 * @example
 * ```ts
 * checkInitializerTable().every((c) => c.holds); // true
 * ```
 */
export function checkInitializerTable(rows: readonly InitializerRow[] = INITIALIZER_TABLE): { readonly name: string; readonly holds: boolean; readonly method: string }[] {
  return rows
    .filter((r) => r.check)
    .map((r) => {
      const c = r.check!;
      const fromScale = c.kind === 'uniform' ? `(${c.scale})^2/3` : `(${c.scale})^2`;
      const v = checkIdentity(parse(fromScale), parse(c.variance), { digits: 30, points: 16, interval: ['1', '1000'], casSteps: 6_000 });
      return { name: r.name, holds: v.holds, method: v.symbolic ? 'proved' : `agrees at ${v.points} points` };
    });
}
