/**
 * The formula sheet's content, assembled from the same declarations and verdicts the
 * library uses: nothing on the sheet is typed twice, and a line whose check failed is
 * never marked verified. Pure: no files, no Node modules.
 *
 * Symbols, one per object: φ is the activation (and φ′, φ″ its derivatives), σ the
 * sigmoid, z the input, s the standard deviation of initial weights (σ is taken).
 *
 * @module
 */
import type { Activation, ScalarActivation, VectorActivation } from '../activations/_internals/activation.js';
import { CONSTANTS, constantValue } from '../activations/_internals/constants.js';
import type { ActivationVerdict } from '../verify/activation.js';
import { type NotesDerivation, notesDerivations } from '../derivation/notes.js';
import { verifiedReadable } from '../derivation/readable.js';
import type { StepCheck } from '../derivation/step.js';
import type { ClaimResult } from '../proofs/runner.js';
import { parse } from '../symbolic/parse.js';
import { tidyForm } from '../symbolic/readable.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, format, substitute } from '../symbolic/tree.js';
import { checkIdentity } from '../verify/identity.js';
import { CONVENTIONS, type FrameworkValue } from './conventions.js';
import { anchorOf, type Erratum, errataOf } from './errata.js';
import { checkInitializerTable, INITIALIZER_TABLE, type InitializerRow } from './initializers.js';
import { activationPlot, ratioPlot } from './plots.js';
import { rangeTex, valueTex } from './ranges.js';

/**
 * The notes' thirteen activations, in the notes' numbering (pp. 18–23).
 *
 * @example
 * ```ts
 * NOTES_ORDER[0]; // 'sigmoid'
 * ```
 */
export const NOTES_ORDER: readonly string[] = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'prelu',
  'softmax',
  'elu',
  'selu',
  'swish',
  'softplus',
  'hard_sigmoid',
  'softsign',
  'maxout',
];

/** The initializer family each of the notes' activations is meant for (notes p. 17: Glorot, He, LeCun). */
const INITIALIZER_FOR: Readonly<Record<string, string>> = {
  sigmoid: 'Glorot',
  tanh: 'Glorot',
  softmax: 'Glorot',
  softsign: 'Glorot',
  hard_sigmoid: 'Glorot',
  softplus: 'He',
  relu: 'He',
  leaky_relu: 'He',
  prelu: 'He',
  elu: 'He',
  swish: 'He',
  maxout: 'He',
  selu: 'LeCun',
};

/**
 * A formula with the check that it is what it claims to be.
 *
 * @example
 * ```ts
 * model.notes[1]!.derivative.tex; // "\\varphi'(z) = 1 - \\varphi^{2}"
 * ```
 */
export interface CheckedFormula {
  readonly tex: string;
  readonly text: string;
  /** One check per piece. */
  readonly checks: readonly StepCheck[];
}

/**
 * A kink or jump of an activation, with the value gradproof uses there.
 *
 * @example
 * ```ts
 * model.notes[2]!.kinks[0]!.used; // '0' (ReLU′(0) as gradproof uses it)
 * ```
 */
export interface SheetKink {
  readonly kind: 'kink' | 'jump';
  /** Expression text of the point. */
  readonly at: string;
  readonly atTex: string;
  readonly left?: string;
  readonly right?: string;
  /** gradproof's value there (the slope of the piece that owns the point), TeX and text. */
  readonly usedTex: string;
  readonly used: string;
}

/**
 * One activation's section.
 *
 * @example
 * ```ts
 * model.notes[0]!.derivative.text; // 'varphi*(1 - varphi)'
 * ```
 */
export interface SheetActivation {
  readonly name: string;
  /** Anchor-safe id (`act-…`). */
  readonly anchor: string;
  readonly title: string;
  readonly aliases: readonly string[];
  readonly notesPage?: string;
  /** Position in the notes' numbering (1…13), for the notes' activations. */
  readonly notesNumber?: number;
  /** φ in TeX. */
  readonly formula: string;
  /** φ′ in its readable form, each piece proved equal to the CAS's derivative. */
  readonly derivative: CheckedFormula;
  /** φ″ in its readable form, for smooth functions. */
  readonly second?: CheckedFormula;
  readonly domain: string;
  readonly range: string;
  readonly derivativeRange: string;
  readonly params: readonly { readonly name: string; readonly tex: string; readonly value: string; readonly source: string }[];
  readonly kinks: readonly SheetKink[];
  readonly initializer?: string;
  readonly advantages: readonly string[];
  readonly disadvantages: readonly string[];
  /** SVG plot of φ and φ′. */
  readonly plot: string;
  readonly verdict: ActivationVerdict;
}

/**
 * A framework's value at a kink, with the comparison against gradproof's.
 *
 * @example
 * ```ts
 * model.conventions[1]!.jax!.agrees; // false (JAX’s leaky ReLU uses 1 at 0)
 * ```
 */
export interface ConventionCell {
  readonly tex: string;
  readonly source: string;
  readonly code: string;
  /** Same value as gradproof's. */
  readonly agrees: boolean;
}

/**
 * One row of the conventions table.
 *
 * @example
 * ```ts
 * model.conventions.map((r) => r.activation)[0]; // 'relu'
 * ```
 */
export interface SheetConvention {
  readonly activation: string;
  readonly anchor: string;
  readonly kind: 'kink' | 'jump';
  readonly atTex: string;
  readonly leftTex?: string;
  readonly rightTex?: string;
  readonly gradproofTex: string;
  readonly pytorch?: ConventionCell;
  readonly jax?: ConventionCell;
  readonly tensorflow?: ConventionCell;
  readonly notes?: ConventionCell;
  readonly remark?: string;
}

/**
 * Version and date stamp (deterministic: the package version and the last commit's date).
 *
 * @example
 * ```ts
 * const stamp: SheetStamp = { version: '0.1.0', date: '2025-11-29' };
 * ```
 */
export interface SheetStamp {
  readonly version: string;
  readonly date?: string;
}

/**
 * The whole sheet.
 *
 * @example
 * ```ts
 * buildSheet(inputs).errata.length; // the corrections of the notes
 * ```
 */
export interface SheetModel {
  readonly stamp: SheetStamp;
  /** The notes' thirteen, in the notes' order. */
  readonly notes: readonly SheetActivation[];
  /** The other activations, alphabetical. */
  readonly appendix: readonly SheetActivation[];
  readonly derivations: readonly NotesDerivation[];
  /** SVG: the product of ratios against depth. */
  readonly ratioPlot: string;
  readonly conventions: readonly SheetConvention[];
  readonly initializers: readonly (InitializerRow & { readonly checked?: string })[];
  /** The standard deviation of N(0, 1) cut to [−2, 2]. */
  readonly truncation: string;
  readonly constants: readonly { readonly name: string; readonly symbol: string; readonly value: string; readonly description: string }[];
  readonly errata: readonly Erratum[];
  readonly claims: { readonly proved: number; readonly verified: number; readonly refuted: number; readonly notCheckable: number; readonly failed: number };
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
const sizeOf = (a: VectorActivation): number => (a.spec.validSize?.(3) ? 4 : 3);

const SELF = 'varphi';

function cases(rows: readonly { tex: string; when: string }[], lhs: string): string {
  if (rows.length === 1 && rows[0]!.when === 'all z') return `${lhs} = ${rows[0]!.tex}`;
  return `${lhs} = \\begin{cases} ${rows.map((r) => `${r.tex} & ${conditionTex(r.when)}`).join(' \\\\ ')} \\end{cases}`;
}

/**
 * The textbook definitions of softmax-like functions, shown instead of the declared
 * component only when an identity check confirms them equal (n = 3, numerically: the
 * CAS misreads quotients of exponentials).
 */
const VECTOR_DEFINITIONS: readonly { readonly tex: string; readonly component: (n: number) => string }[] = [
  { tex: 'y_i = \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}', component: (n) => `e^z1/(${Array.from({ length: n }, (_, j) => `e^z${j + 1}`).join(' + ')})` },
  { tex: 'y_i = \\frac{e^{-z_i}}{\\sum_{j=1}^{n} e^{-z_j}}', component: (n) => `e^(-z1)/(${Array.from({ length: n }, (_, j) => `e^(-z${j + 1})`).join(' + ')})` },
  { tex: 'y_i = z_i - \\log \\sum_{j=1}^{n} e^{z_j}', component: (n) => `z1 - log(${Array.from({ length: n }, (_, j) => `e^z${j + 1}`).join(' + ')})` },
];

function vectorFormulaTex(a: VectorActivation): string {
  const n = sizeOf(a);
  const declared = a.components(n)[0]!;
  for (const d of VECTOR_DEFINITIONS) {
    const v = checkIdentity(parse(d.component(n)), declared, { numericOnly: true, digits: 30, points: 32, interval: ['-6', '6'] });
    if (v.holds) return d.tex;
  }
  return `y_1 = ${toTex(declared)} \\quad (n = ${n})`;
}

/**
 * φ in TeX (a vector activation's textbook definition where an identity check confirms it);
 * computed on a worker thread by `gradproof sheet` (see `sheet/work.ts`).
 *
 * @example
 * ```ts
 * formulaTex(getActivation('relu')); // '\\varphi(z) = \\begin{cases} 0 & z \\le 0 \\\\ z & z > 0 \\end{cases}'
 * ```
 */
export function formulaTex(a: Activation): string {
  if (a.kind === 'vector') return vectorFormulaTex(a);
  return cases(
    a.pieces.map((p) => ({ tex: toTex(p.expr), when: p.when })),
    '\\varphi(z)',
  );
}

function defaults(a: Activation): Record<string, string> {
  const v = a.paramValues({}, 30);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x.length > 32 ? x.slice(0, 32) : x]));
}

/**
 * φ′ and (for smooth functions) φ″ of a scalar activation, readable and checked piece by
 * piece; computed on a worker thread by `gradproof sheet` (see `sheet/parallel.ts`).
 *
 * @example
 * ```ts
 * readableParts(sigmoid).derivative.text; // 'varphi*(1 - varphi)'
 * ```
 */
export function readableParts(a: ScalarActivation): ReadableParts {
  return { derivative: readableScalar(a, 1), ...(a.spec.smooth ? { second: readableScalar(a, 2) } : {}) };
}

/**
 * The readable derivatives of one activation.
 *
 * @example
 * ```ts
 * const parts: ReadableParts = readableParts(tanh); // parts.derivative.text === '1 - varphi^2'
 * ```
 */
export interface ReadableParts {
  readonly derivative: CheckedFormula;
  readonly second?: CheckedFormula;
}

/** φ′ (order 1) or φ″ (order 2) of a scalar activation, readable and checked piece by piece. */
function readableScalar(a: ScalarActivation, order: number): CheckedFormula {
  const fixed = defaults(a);
  const ds = a.derivatives(order);
  const pieces = a.pieces.map((p, i) => {
    const r = verifiedReadable(ds[i]!.expr, { self: { name: SELF, expr: p.expr }, fixed });
    return { tex: r.tex, text: r.text, when: p.when, check: r.check };
  });
  const lhs = order === 1 ? "\\varphi'(z)" : "\\varphi''(z)";
  return {
    tex: cases(pieces, lhs),
    text: pieces.map((p) => (p.when === 'all z' ? p.text : `${p.text} (${p.when})`)).join('; '),
    checks: pieces.map((p) => p.check),
  };
}

/** Softmax-like Jacobians read with indices i, j; others with the entries of row 1. */
/**
 * What the activation verifier showed of the textbook Jacobian, entry by entry against the
 * derived one: refuted if an entry failed, proved if every entry was proved, else verified
 * to the fewest digits at the fewest points of any entry.
 */
function jacobianCheck(verdict: ActivationVerdict): StepCheck {
  const entries = verdict.checks.filter((c) => c.kind === 'identity' && /textbook/i.test(c.name));
  if (entries.some((c) => !c.holds)) return { status: 'refuted', method: 'numeric', summary: 'the textbook Jacobian did not check out' };
  if (entries.length === 0) return { status: 'inconclusive', method: 'none', summary: 'the textbook Jacobian was not checked' };
  if (entries.length > 0 && entries.every((c) => c.status === 'proved')) {
    return { status: 'proved', method: 'both', summary: 'the textbook Jacobian, entry by entry, proved equal to the derived one' };
  }
  const verified = entries.filter((c) => c.status === 'verified');
  return {
    status: 'verified',
    method: 'numeric',
    digits: Math.min(...verified.map((c) => c.digitsAgreed)),
    points: Math.min(...verified.map((c) => c.points)),
    summary: 'the textbook Jacobian, entry by entry, against the derived one (activation verifier)',
  };
}

function vectorDerivative(a: VectorActivation, verdict: ActivationVerdict): CheckedFormula {
  const n = sizeOf(a);
  const T = a.spec.textbookJacobian?.(n);
  const check = jacobianCheck(verdict);
  if (!T) {
    const J = a.jacobian(n);
    const tex = `\\frac{\\partial y_1}{\\partial z_1} = ${toTex(tidyForm(J[0]![0]!.expr))}, \\quad \\frac{\\partial y_1}{\\partial z_2} = ${toTex(tidyForm(J[0]![1]!.expr))}`;
    return { tex, text: `dy1/dz1 = ${format(J[0]![0]!.expr)}`, checks: [{ status: 'definition', method: 'none', summary: 'the derived Jacobian itself, checked against finite differences' }] };
  }
  const softmaxLike = /^-?y1\*\(1 - y1\)$/.test(T[0]![0]!) || T[0]![1]! === '-y1*y2';
  if (softmaxLike) {
    const relabel = (s: string): string => s.replace(/_\{1\}/g, '_{i}').replace(/_\{2\}/g, '_{j}');
    const diag = relabel(toTex(parse(T[0]![0]!)));
    const off = relabel(toTex(parse(T[0]![1]!)));
    return {
      tex: `\\frac{\\partial y_i}{\\partial z_j} = \\begin{cases} ${diag} & i = j \\\\ ${off} & i \\ne j \\end{cases}`,
      text: `dy_i/dz_j = ${T[0]![0]} (i = j), ${T[0]![1]} (i != j)`,
      checks: [check],
    };
  }
  // maxout: each entry is a product of (1 + sign(z_j − z_k))/2, i.e. 1 where z_j is the largest
  if (T[0]!.every((t) => /^(\(1 \+ sign\(z\d+ - z\d+\)\)\/2\*?)+$/.test(t))) {
    return {
      tex: '\\frac{\\partial y}{\\partial z_j} = \\begin{cases} 1 & z_j > z_k \\text{ for all } k \\ne j \\\\ 0 & z_j < \\max_k z_k \\end{cases}',
      text: T[0]!.join(', '),
      checks: [check],
    };
  }
  const entries = T[0]!.map((t, j) => `\\frac{\\partial y_1}{\\partial z_{${j + 1}}} = ${toTex(parse(t))}`);
  return { tex: `${entries.join(', \\quad ')} \\quad (n = ${n})`, text: T[0]!.join(', '), checks: [check] };
}

function kinksOf(a: ScalarActivation, verdict: ActivationVerdict): SheetKink[] {
  const owner = (at: string): number => a.pieces.findIndex((p) => (p.interval.lo?.text === at && p.interval.lo.closed) || (p.interval.hi?.text === at && p.interval.hi.closed));
  const used = (at: string): { tex: string; text: string } => {
    const i = owner(at);
    if (i < 0) return { tex: '?', text: '?' };
    const value = tidyForm(substitute(a.derivatives(1)[i]!.expr, { z: parse(at) }));
    return { tex: toTex(value), text: format(value) };
  };
  const kinks: SheetKink[] = verdict.kinks.map((k) => {
    const u = used(k.at);
    return { kind: 'kink', at: k.at, atTex: valueTex(k.at), left: k.left, right: k.right, usedTex: u.tex, used: u.text };
  });
  for (const at of a.spec.jumps ?? []) {
    const u = used(at);
    kinks.push({ kind: 'jump', at, atTex: valueTex(at), usedTex: u.tex, used: u.text });
  }
  return kinks;
}

/** What a section can be given, computed elsewhere (a worker thread): the same values it would compute itself. */
interface Given {
  readonly readable?: ReadableParts | undefined;
  readonly plot?: string | undefined;
  readonly formula?: string | undefined;
}

function section(a: Activation, verdict: ActivationVerdict, given: Given): SheetActivation {
  const values = a.paramValues({}, 20);
  const parts = a.kind === 'scalar' ? (given.readable ?? readableParts(a)) : undefined;
  const notesNumber = NOTES_ORDER.indexOf(a.name) + 1;
  const scalar = a.kind === 'scalar';
  return {
    name: a.name,
    anchor: anchorOf('act', a.name),
    title: a.spec.title,
    aliases: a.spec.aliases ?? [],
    ...(a.spec.notesPage ? { notesPage: a.spec.notesPage } : {}),
    ...(notesNumber ? { notesNumber } : {}),
    formula: given.formula ?? formulaTex(a),
    derivative: parts ? parts.derivative : vectorDerivative(a as VectorActivation, verdict),
    ...(parts?.second ? { second: parts.second } : {}),
    domain: scalar ? '\\mathbb{R}' : '\\mathbb{R}^n',
    range: scalar ? rangeTex(a.spec.range) : a.spec.componentRange ? rangeTex(a.spec.componentRange) : '\\text{—}',
    derivativeRange: scalar ? rangeTex(a.spec.derivativeRange) : '\\text{—}',
    params: a.params.map((p) => ({ name: p.name, tex: valueTex(p.name), value: values[p.name]!, source: p.source })),
    kinks: scalar ? kinksOf(a, verdict) : [],
    ...(INITIALIZER_FOR[a.name] ? { initializer: INITIALIZER_FOR[a.name]! } : {}),
    advantages: a.spec.remarks?.advantages ?? [],
    disadvantages: a.spec.remarks?.disadvantages ?? [],
    plot: given.plot ?? activationPlot(a),
    verdict,
  };
}

function conventionRows(sections: readonly SheetActivation[]): SheetConvention[] {
  const byName = new Map(sections.map((s) => [s.name, s]));
  const out: SheetConvention[] = [];
  for (const row of CONVENTIONS) {
    const s = byName.get(row.activation);
    const k = s?.kinks.find((x) => x.at === row.at);
    if (!s || !k) continue;
    const cell = (v: FrameworkValue | undefined): ConventionCell | undefined => {
      if (!v) return undefined;
      const tidy = tidyForm(parse(v.value));
      return { tex: toTex(tidy), source: v.source.where, code: v.source.code, agrees: format(tidy) === k.used };
    };
    const pytorch = cell(row.pytorch);
    const jax = cell(row.jax);
    const tensorflow = cell(row.tensorflow);
    const notes = cell(row.notes);
    out.push({
      activation: row.activation,
      anchor: s.anchor,
      kind: row.kind,
      atTex: k.atTex,
      ...(k.left ? { leftTex: short(k.left) } : {}),
      ...(k.right ? { rightTex: short(k.right) } : {}),
      gradproofTex: k.usedTex,
      ...(pytorch ? { pytorch } : {}),
      ...(jax ? { jax } : {}),
      ...(tensorflow ? { tensorflow } : {}),
      ...(notes ? { notes } : {}),
      ...(row.remark ? { remark: row.remark } : {}),
    });
  }
  return out;
}

/** A one-sided slope for a table: 0.16666666666666666667 → 0.1666666667. */
function short(value: string): string {
  return value.replace(/^(-?\d+\.\d{10})\d+$/, '$1');
}

/**
 * Inputs of {@link buildSheet}: verdicts and claims computed by the caller (possibly in parallel).
 *
 * @example
 * ```ts
 * buildSheet({ activations, verdicts, claims, stamp: sheetStamp() } satisfies SheetInputs);
 * ```
 */
export interface SheetInputs {
  readonly activations: readonly Activation[];
  readonly verdicts: readonly ActivationVerdict[];
  readonly claims: readonly ClaimResult[];
  readonly stamp?: SheetStamp;
  /** The notes' derivations; computed here when not given. */
  readonly derivations?: readonly NotesDerivation[];
  /** Readable derivatives by activation name (from {@link readableParts}); computed here when not given. */
  readonly readable?: ReadonlyMap<string, ReadableParts>;
  /** SVG plots by activation name (from `activationPlot`); computed here when not given. */
  readonly plots?: ReadonlyMap<string, string>;
  /** φ in TeX by activation name (from `formulaTex`); computed here when not given. */
  readonly formulas?: ReadonlyMap<string, string>;
}

/**
 * Assembles the sheet.
 *
 * @example
 * ```ts
 * const model = buildSheet({ activations: ACTIVATIONS, verdicts: ACTIVATIONS.map((a) => verifyActivation(a)), claims: runClaims(ALL_CLAIMS) });
 * model.notes.map((a) => a.name)[0]; // 'sigmoid'
 * ```
 */
export function buildSheet(inputs: SheetInputs): SheetModel {
  const byName = new Map(inputs.verdicts.map((x) => [x.name, x]));
  const sections = inputs.activations.map((a) => {
    const verdict = byName.get(a.name);
    if (!verdict) throw new Error(`no verdict for ${a.name}`);
    return section(a, verdict, { readable: inputs.readable?.get(a.name), plot: inputs.plots?.get(a.name), formula: inputs.formulas?.get(a.name) });
  });
  const notes = NOTES_ORDER.map((n) => sections.find((s) => s.name === n)).filter((s): s is SheetActivation => s !== undefined);
  const appendix = sections.filter((s) => !NOTES_ORDER.includes(s.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  const initChecks = new Map(checkInitializerTable().map((c) => [c.name, c]));
  const count = (s: string) => inputs.claims.filter((c) => c.status === s).length;
  return {
    stamp: inputs.stamp ?? { version: 'unversioned' },
    notes,
    appendix,
    derivations: inputs.derivations ?? notesDerivations(),
    ratioPlot: ratioPlot(),
    conventions: conventionRows(sections),
    initializers: INITIALIZER_TABLE.map((r) => {
      const c = initChecks.get(r.name);
      return c ? { ...r, checked: c.holds ? `Var = ${r.check!.kind === 'uniform' ? 'r²/3' : 's²'}: ${c.method}` : 'Var does NOT match r or s' } : r;
    }),
    truncation: constantValue('truncated_normal_std', 20),
    constants: CONSTANTS.map((c) => ({ name: c.name, symbol: c.symbol, value: constantValue(c.name, 40), description: c.description })),
    errata: errataOf(inputs.claims),
    claims: { proved: count('proved'), verified: count('verified'), refuted: count('refuted'), notCheckable: count('not-checkable'), failed: inputs.claims.filter((c) => !c.ok).length },
  };
}

export type { Erratum } from './errata.js';
export type { Expr };
