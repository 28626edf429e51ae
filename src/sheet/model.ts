/**
 * The formula sheet's content, assembled from the same declarations and verdicts the
 * library uses: nothing on the sheet is typed twice, and a line whose verification
 * failed is never marked verified. Pure: no files, no Node modules.
 *
 * @module
 */
import type { Activation } from '../activations/_internals/activation.js';
import { CONSTANTS, constantValue } from '../activations/_internals/constants.js';
import { rangeText } from '../activations/_internals/describe.js';
import type { ActivationVerdict } from '../verify/activation.js';
import { gradientDescentTrace, oneNeuronChain } from '../nn/notes.js';
import type { ClaimResult } from '../proofs/runner.js';
import { parse } from '../symbolic/parse.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, substitute, v } from '../symbolic/tree.js';
import { activationPlot, ratioPlot } from './plots.js';

/** One activation's section of the sheet. */
export interface SheetActivation {
  readonly name: string;
  readonly title: string;
  readonly aliases: readonly string[];
  readonly notesPage?: string;
  /** φ in TeX (cases for piecewise functions). */
  readonly formula: string;
  /** φ′ as derived by the CAS, in TeX. */
  readonly derivative: string;
  /** The textbook form of φ′ (a claim the verifier checked), in TeX. */
  readonly textbook?: string;
  readonly domain: string;
  readonly range: string;
  readonly derivativeRange: string;
  readonly params: readonly { readonly name: string; readonly value: string; readonly source: string }[];
  readonly kinks: readonly { readonly at: string; readonly left: string; readonly right: string; readonly convention: string }[];
  readonly advantages: readonly string[];
  readonly disadvantages: readonly string[];
  /** SVG plot of φ and φ′. */
  readonly plot: string;
  readonly verdict: ActivationVerdict;
}

/** The whole sheet. */
export interface SheetModel {
  readonly activations: readonly SheetActivation[];
  readonly constants: readonly { readonly name: string; readonly symbol: string; readonly value: string; readonly description: string }[];
  readonly initializers: readonly InitializerRow[];
  readonly chain: {
    readonly depth: number;
    readonly productTex: string;
    readonly ratios: readonly { readonly name: string; readonly value: string }[];
    readonly verified: boolean;
    /** SVG: the product of ratios against depth, with the (1/4)^L bound. */
    readonly plot: string;
  };
  readonly descent: readonly { readonly title: string; readonly steps: readonly { readonly w: string; readonly loss: string; readonly gradient: string }[] }[];
  readonly errata: readonly ClaimResult[];
  readonly claims: { readonly proved: number; readonly refuted: number; readonly notCheckable: number; readonly failed: number };
}

/** One row of the initializer table. */
export interface InitializerRow {
  readonly name: string;
  readonly distribution: string;
  readonly variance: string;
  readonly limit: string;
  readonly defaults: string;
}

const TEX_OPS: Record<string, string> = { '<=': '\\le', '>=': '\\ge', '<': '<', '>': '>' };

/** A piece condition in TeX: `-3 < z <= 3` → `-3 < z \le 3`. */
export function conditionTex(when: string): string {
  return when
    .split(/(<=|>=|<|>)/)
    .map((part) => TEX_OPS[part.trim()] ?? toTex(part.trim()))
    .join(' ');
}

/** The input size shown for a vector activation: 3, or 4 where an even size is needed. */
const sizeOf = (a: Activation): number => (a.kind === 'vector' && a.spec.validSize?.(3) ? 4 : 3);

function formulaTex(a: Activation): string {
  if (a.kind === 'vector') {
    const y = a.components(sizeOf(a))[0]!;
    return `y_1 = ${toTex(y)} \\quad (n = ${sizeOf(a)})`;
  }
  if (!a.piecewise) return `\\varphi(z) = ${toTex(a.pieces[0]!.expr)}`;
  const rows = a.pieces.map((p) => `${toTex(p.expr)} & ${conditionTex(p.when)}`);
  return `\\varphi(z) = \\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`;
}

function derivativeTex(a: Activation): string {
  if (a.kind === 'vector') {
    const J = a.jacobian(sizeOf(a));
    return `\\frac{\\partial y_1}{\\partial z_1} = ${toTex(J[0]![0]!.expr)}, \\quad \\frac{\\partial y_1}{\\partial z_2} = ${toTex(J[0]![1]!.expr)}`;
  }
  const ds = a.derivatives(1).map((d) => d.expr);
  if (!a.piecewise) return `\\varphi'(z) = ${toTex(ds[0]!)}`;
  const rows = ds.map((d, i) => `${toTex(d)} & ${conditionTex(a.pieces[i]!.when)}`);
  return `\\varphi'(z) = \\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`;
}

function textbookTex(a: Activation): string | undefined {
  const phi: Expr = v('phi');
  if (a.kind === 'vector') {
    const T = a.spec.textbookJacobian?.(sizeOf(a));
    if (!T) return undefined;
    return `\\frac{\\partial y_i}{\\partial z_j}: \\; ${toTex(T[0]![0]!)} \\; (i = j = 1), \\quad ${toTex(T[0]![1]!)} \\; (i = 1, j = 2)`;
  }
  const claim = a.spec.textbookDerivative;
  if (claim === undefined) return undefined;
  const render = (text: string) => toTex(substitute(parse(text), { f: phi }));
  if (typeof claim === 'string') return `\\varphi' = ${render(claim)}`;
  const rows = claim.map((c, i) => `${render(c)} & ${conditionTex(a.pieces[i]!.when)}`);
  return `\\varphi' = \\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`;
}

/** `∂a2/∂z2` → `\frac{\partial a_{2}}{\partial z_{2}}`. */
function ratioTex(name: string): string {
  const [top, bottom] = name.split('/').map((s) => s.replace('∂', '').replace(/^([a-z])(\d+)$/, '$1_{$2}'));
  return `\\frac{\\partial ${top}}{\\partial ${bottom}}`;
}

function activationSection(a: Activation, verdict: ActivationVerdict): SheetActivation {
  const values = a.paramValues({}, 20);
  return {
    name: a.name,
    title: a.spec.title,
    aliases: a.spec.aliases ?? [],
    ...(a.spec.notesPage ? { notesPage: a.spec.notesPage } : {}),
    formula: formulaTex(a),
    derivative: derivativeTex(a),
    ...(textbookTex(a) ? { textbook: textbookTex(a)! } : {}),
    domain: a.kind === 'scalar' ? '\\mathbb{R}' : '\\mathbb{R}^n',
    range: a.kind === 'scalar' ? rangeText(a.spec.range) : a.spec.componentRange ? rangeText(a.spec.componentRange) : '—',
    derivativeRange: a.kind === 'scalar' ? rangeText(a.spec.derivativeRange) : '—',
    params: a.params.map((p) => ({ name: p.name, value: values[p.name]!, source: p.source })),
    kinks: verdict.kinks,
    advantages: a.spec.remarks?.advantages ?? [],
    disadvantages: a.spec.remarks?.disadvantages ?? [],
    plot: activationPlot(a),
    verdict,
  };
}

const INITIALIZER_ROWS: readonly InitializerRow[] = [
  { name: 'zeros', distribution: 'constant 0', variance: '0', limit: '—', defaults: 'Keras and PyTorch: biases' },
  { name: 'random_normal', distribution: 'N(0, σ²), σ fixed (0.05 in Keras)', variance: 'σ²', limit: '—', defaults: 'the notes\' "randomly initialize"' },
  { name: 'random_uniform', distribution: 'U(−a, a), a fixed (0.05 in Keras)', variance: 'a²/3', limit: 'a', defaults: '—' },
  { name: 'glorot_uniform', distribution: 'U(−r, r)', variance: '2/(fan_in + fan_out)', limit: '√(6/(fan_in + fan_out))', defaults: 'Keras Dense kernel' },
  { name: 'glorot_normal', distribution: 'N(0, σ²)', variance: '2/(fan_in + fan_out)', limit: '—', defaults: 'PyTorch xavier_normal_ (untruncated)' },
  { name: 'glorot_normal_truncated', distribution: 'N(0, σ²) truncated at ±2σ, σ divided by 0.8796…', variance: '2/(fan_in + fan_out)', limit: '2σ', defaults: 'Keras GlorotNormal' },
  { name: 'he_uniform', distribution: 'U(−r, r)', variance: '2/fan_in', limit: '√(6/fan_in)', defaults: 'PyTorch kaiming_uniform_ (a = 0)' },
  { name: 'he_normal', distribution: 'N(0, σ²)', variance: '2/fan_in', limit: '—', defaults: 'PyTorch kaiming_normal_' },
  { name: 'he_normal_truncated', distribution: 'truncated normal, as above', variance: '2/fan_in', limit: '2σ', defaults: 'Keras HeNormal' },
  { name: 'lecun_uniform', distribution: 'U(−r, r)', variance: '1/fan_in', limit: '√(3/fan_in)', defaults: 'Keras LeCunUniform; PyTorch nn.Linear’s kaiming_uniform_(a = √5) gives U(±1/√fan_in), variance 1/(3 fan_in)' },
  { name: 'lecun_normal', distribution: 'N(0, σ²)', variance: '1/fan_in', limit: '—', defaults: 'SELU networks (Klambauer et al. 2017)' },
  { name: 'lecun_normal_truncated', distribution: 'truncated normal, as above', variance: '1/fan_in', limit: '2σ', defaults: 'Keras LeCunNormal' },
];

/** Inputs of {@link buildSheet}: the verdicts (computed by the caller, possibly in parallel) and the claims' results. */
export interface SheetInputs {
  readonly activations: readonly Activation[];
  readonly verdicts: readonly ActivationVerdict[];
  readonly claims: readonly ClaimResult[];
}

/**
 * Assembles the sheet.
 *
 * @example
 * ```ts
 * const model = buildSheet({ activations: ACTIVATIONS, verdicts: ACTIVATIONS.map((a) => verifyActivation(a)), claims: runClaims(ALL_CLAIMS) });
 * model.errata.length; // the refuted claims of the notes
 * ```
 */
export function buildSheet(inputs: SheetInputs): SheetModel {
  const byName = new Map(inputs.verdicts.map((x) => [x.name, x]));
  const activations = inputs.activations.map((a) => {
    const verdict = byName.get(a.name);
    if (!verdict) throw new Error(`no verdict for ${a.name}`);
    return activationSection(a, verdict);
  });
  const chain = oneNeuronChain(3, { digits: 30 });
  const descent = [
    { title: 'η = 0.1 from w = 3 (the notes’ step: 3 → 2.6)', steps: gradientDescentTrace({ steps: 5, digits: 20 }) },
    { title: 'the wrong sign: w ← w + η·c′ with η = 1 (Δw = 4 ascends to 7)', steps: gradientDescentTrace({ rate: '1', direction: 'ascent', steps: 1, digits: 20 }) },
    { title: 'too large a step: η = 1 overshoots to −1 and oscillates', steps: gradientDescentTrace({ rate: '1', steps: 3, digits: 20 }) },
  ];
  const count = (s: string) => inputs.claims.filter((c) => c.status === s).length;
  return {
    activations,
    constants: CONSTANTS.map((c) => ({ name: c.name, symbol: c.symbol, value: constantValue(c.name, 40), description: c.description })),
    initializers: INITIALIZER_ROWS,
    chain: {
      depth: chain.depth,
      productTex: `\\frac{\\partial e}{\\partial w_1} = ${chain.ratios.map((r) => ratioTex(r.name)).join(' \\cdot ')}`,
      ratios: chain.ratios.map((r) => ({ name: r.name, value: r.value })),
      verified: chain.identity.holds && chain.numeric.digitsAgreed >= 25,
      plot: ratioPlot(),
    },
    descent: descent.map((d) => ({ title: d.title, steps: d.steps.map((s) => ({ w: s.w, loss: s.loss, gradient: s.gradient })) })),
    errata: inputs.claims.filter((c) => c.status === 'refuted'),
    claims: { proved: count('proved'), refuted: count('refuted'), notCheckable: count('not-checkable'), failed: inputs.claims.filter((c) => !c.ok).length },
  };
}
