/**
 * The formula sheet as Markdown that renders on a code-hosting site: display math in
 * ` ```math ` fences, inline math as `` $`…`$ ``, every `*`, `_`, `|` and bracket of the
 * text escaped (so `0.1*0.2*0.8` keeps its asterisks), and the plots as SVG files beside
 * the Markdown, linked ({@link sheetPlots}).
 *
 * @module
 */
import type { NotesDerivation } from '../derivation/notes.js';
import { stepTex } from '../derivation/step.js';
import type { ConventionCell, SheetActivation, SheetModel } from './model.js';
import { activationBadge, checksBadge, segments, stepBadge } from './text.js';

/** Where the plots go, relative to the Markdown file. */
export const PLOTS_DIR = 'formula-sheet-plots';

/** Text for Markdown: characters with a meaning in Markdown are escaped. */
export function mdText(s: string): string {
  return s.replace(/[\\`*_[\]<>|$#~]/g, (c) => `\\${c}`);
}

/** TeX for inline or block math: `|` written as `\vert` (a table would split on it). */
function tex(s: string): string {
  return s.replace(/\\left\|/g, '\\left\\vert ').replace(/\\right\|/g, '\\right\\vert ').replace(/\|/g, '\\vert ');
}

const inline = (t: string): string => `$\`${tex(t)}\`$`;
const block = (t: string): string[] => ['```math', tex(t), '```', ''];
const anchor = (id: string): string => `<a id="${id.replace(/[^a-z0-9_-]/gi, '-')}"></a>`;

/** A quoted statement: text escaped, formulas inline. */
function rich(s: string): string {
  return segments(s)
    .map((seg) => (seg.tex ? inline(seg.text.trim()) : mdText(seg.text)))
    .join('');
}

function kinksLine(a: SheetActivation): string {
  return a.kinks.map((k) => inline(`\\varphi'(${k.atTex}) = ${k.usedTex}`)).join(', ');
}

function summary(model: SheetModel): string[] {
  const out = ['| # | activation | φ′ | range | φ′ range | at kinks | initializer |', '|---|---|---|---|---|---|---|'];
  for (const a of model.notes) {
    out.push(
      `| ${a.notesNumber} | [${mdText(a.title)}](#${a.anchor}) (p. ${mdText(a.notesPage ?? '')}) | ${inline(a.derivative.tex)} | ${inline(a.range)} | ${inline(a.derivativeRange)} | ${kinksLine(a) || '—'} | ${mdText(a.initializer ?? '—')} |`,
    );
  }
  return [...out, ''];
}

function section(a: SheetActivation, level: string): string[] {
  const lines = [anchor(a.anchor), `${level} ${a.notesNumber ? `${a.notesNumber}. ` : ''}${mdText(a.title)} (\`${a.name.replace(/`/g, "'")}\`${a.notesPage ? `, notes p. ${mdText(a.notesPage)}` : ''})`, ''];
  if (a.aliases.length) lines.push(`Also ${a.aliases.map((x) => `\`${x.replace(/`/g, "'")}\``).join(', ')}.`, '');
  lines.push(...block(a.formula), ...block(a.derivative.tex), mdText(checksBadge(a.derivative.checks, 'φ′')), '');
  if (a.second) lines.push(...block(a.second.tex), mdText(checksBadge(a.second.checks, 'φ″')), '');
  lines.push('| domain | range of φ | range of φ′ | initializer |', '|---|---|---|---|', `| ${inline(a.domain)} | ${inline(a.range)} | ${inline(a.derivativeRange)} | ${mdText(a.initializer ?? '—')} |`, '');
  if (a.params.length) {
    lines.push('| parameter | default | where the default comes from |', '|---|---|---|');
    for (const p of a.params) lines.push(`| ${inline(p.tex)} | ${mdText(p.value.length > 24 ? `${p.value.slice(0, 24)}…` : p.value)} | ${mdText(p.source)} |`);
    lines.push('');
  }
  if (a.kinks.length) {
    lines.push('| z | | slope from the left | slope from the right | φ′ used by gradproof |', '|---|---|---|---|---|');
    for (const k of a.kinks) lines.push(`| ${inline(k.atTex)} | ${k.kind} | ${mdText(k.left ?? '—')} | ${mdText(k.right ?? '—')} | ${inline(k.usedTex)} |`);
    lines.push('', 'Frameworks do not all use the same value: see [the conventions](#conventions).', '');
  }
  if (a.advantages.length) lines.push(`Advantages: ${mdText(a.advantages.join('; '))}.`, '');
  if (a.disadvantages.length) lines.push(`Disadvantages: ${mdText(a.disadvantages.join('; '))}.`, '');
  lines.push(`![plot of ${mdText(a.name)} and its derivative](${PLOTS_DIR}/${a.anchor}.svg)`, '', mdText(activationBadge(a.verdict)), '');
  return lines;
}

function derivation(d: NotesDerivation): string[] {
  const lines = [anchor(`der-${d.id}`), `### ${mdText(d.title)} (${mdText(d.source)})`, '', mdText(d.intro), ''];
  d.steps.forEach((s, i) => {
    lines.push(`${i + 1}. **${mdText(s.rule)}**: ${inline(stepTex(s))} — ${mdText(stepBadge(s.check))}`);
    if (s.note) lines.push(`   ${mdText(s.note)}`);
    lines.push(`   ${mdText(s.check.summary)}${s.check.counterexample ? `; ${mdText(s.check.counterexample)}` : ''}`);
  });
  lines.push('', 'Result:', '', ...block(d.resultTex));
  if (d.id === 'backprop-one-neuron') lines.push(`![the product of ratios against depth](${PLOTS_DIR}/product-of-ratios.svg)`, '');
  return lines;
}

function cell(c: ConventionCell | undefined): string {
  if (!c) return '—';
  return `${inline(c.tex)}${c.agrees ? '' : ' ≠'}`;
}

function conventions(model: SheetModel): string[] {
  const out = ['| activation | | z | left | right | gradproof | PyTorch | JAX | TensorFlow / Keras | the notes |', '|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of model.conventions) {
    out.push(
      `| [${mdText(r.activation)}](#${r.anchor}) | ${r.kind} | ${inline(r.atTex)} | ${mdText(r.leftTex ?? '—')} | ${mdText(r.rightTex ?? '—')} | ${inline(r.gradproofTex)} | ${cell(r.pytorch)} | ${cell(r.jax)} | ${cell(r.tensorflow)} | ${cell(r.notes)} |`,
    );
  }
  out.push('', '≠ marks a value different from gradproof’s.', '');
  for (const r of model.conventions.filter((x) => x.remark)) out.push(`- **${mdText(r.activation)}** at ${inline(r.atTex)}: ${mdText(r.remark!)}`);
  out.push('', 'Sources:', '');
  const seen = new Set<string>();
  for (const r of model.conventions) {
    for (const c of [r.pytorch, r.jax, r.tensorflow, r.notes]) {
      if (!c) continue;
      const s = `${c.source} — ${c.code}`;
      if (seen.has(s)) continue;
      seen.add(s);
      out.push(`- ${mdText(s)}`);
    }
  }
  return [...out, ''];
}

/**
 * The SVG files the Markdown links to: one per activation and the product-of-ratios
 * picture, with paths relative to the Markdown file.
 *
 * @example
 * ```ts
 * sheetPlots(model)[0]!.path; // 'formula-sheet-plots/act-sigmoid.svg'
 * ```
 */
export function sheetPlots(model: SheetModel): { readonly path: string; readonly svg: string }[] {
  return [
    ...[...model.notes, ...model.appendix].map((a) => ({ path: `${PLOTS_DIR}/${a.anchor}.svg`, svg: a.plot })),
    { path: `${PLOTS_DIR}/product-of-ratios.svg`, svg: model.ratioPlot },
  ];
}

/**
 * Renders the sheet as Markdown.
 *
 * @example
 * ```ts
 * const md = sheetMarkdown(model);
 * md.includes('```math'); // true
 * ```
 */
export function sheetMarkdown(model: SheetModel): string {
  const verified = [...model.notes, ...model.appendix].filter((a) => a.verdict.holds).length;
  const total = model.notes.length + model.appendix.length;
  const out = [
    '# Activation functions and backprop: the formula sheet',
    '',
    `gradproof ${mdText(model.stamp.version)}${model.stamp.date ? ` · ${model.stamp.date}` : ''} · every formula derived by a computer algebra system and checked by gradproof. ${verified} of ${total} activations verified; ${model.claims.proved} statements of the lecture notes proved, ${model.claims.verified} verified at the points compared, ${model.claims.refuted} refuted (see the [errata](#errata)), ${model.claims.notCheckable} not settled by computation. The same sheet as a page: formula-sheet.html; printable: formula-summary.pdf, formula-sheet.pdf.`,
    '',
    '## Contents',
    '',
    '1. [Summary](#summary)',
    '2. [The notes’ activations](#activations)',
    '3. [Derivations, step by step](#derivations)',
    '4. [Derivatives at kinks and jumps, by framework](#conventions)',
    '5. [Weight initializers](#initializers)',
    '6. [Errata of the notes](#errata)',
    '7. [Derived constants](#constants)',
    '8. [Appendix: the other activations](#appendix)',
    '',
    anchor('summary'),
    '## 1. Summary',
    '',
    'φ is the activation, σ the sigmoid σ(z) = 1/(1 + e^(−z)), z its input. At a kink φ′ takes the value of the piece that owns the point. Initializers: Glorot for sigmoid, tanh and softmax, He for the ReLU family, LeCun for SELU (notes p. 17).',
    '',
    ...summary(model),
    anchor('activations'),
    '## 2. The notes’ activations',
    '',
    ...model.notes.flatMap((a) => section(a, '###')),
    anchor('derivations'),
    '## 3. Derivations, step by step',
    '',
    'Each step is checked on its own: an identity symbolically (proved when the difference reduces to 0: exact rational-function arithmetic in e^x and the other terms, or the CAS) and at many points at high precision (verified, with the digits and points); a derivative against finite differences. A step that fails is marked ✗ and never counted as verified.',
    '',
    ...model.derivations.flatMap(derivation),
    anchor('conventions'),
    '## 4. Derivatives at kinks and jumps, by framework',
    '',
    ...conventions(model),
    anchor('initializers'),
    '## 5. Weight initializers',
    '',
    `One convention throughout: s is the standard deviation of the weights actually drawn, r the limit of a uniform. A truncated normal draws from ${inline('\\mathcal{N}(0, s_0^2)')} and redraws beyond ${inline('\\pm 2 s_0')}, with ${inline(`s_0 = s / ${model.truncation.slice(0, 12)}\\ldots`)}; σ is kept for the sigmoid.`,
    '',
    '| initializer | distribution | Var(w) | r or s | default for | meant for | check |',
    '|---|---|---|---|---|---|---|',
    ...model.initializers.map(
      (r) => `| ${mdText(r.name)} (${mdText(r.ids)}) | ${inline(r.distributionTex)} | ${inline(r.varianceTex)} | ${inline(r.scaleTex)} | ${mdText(r.defaults)} | ${mdText(r.meantFor)} | ${mdText(r.checked ?? '—')} |`,
    ),
    '',
    'Sources:',
    '',
    ...model.initializers.map((r) => `- ${mdText(r.name)}: ${mdText(r.source)}`),
    '',
    anchor('errata'),
    '## 6. Errata of the notes',
    '',
    ...model.errata.flatMap((e, i) => {
      const follows = e.followsFrom ? model.errata.findIndex((x) => x.id === e.followsFrom) : -1;
      const where = `notes p. ${e.page ?? '?'}${e.line ? `, line${e.line.includes('–') ? 's' : ''} ${e.line}` : ''}`;
      return [
        anchor(e.anchor),
        `### E${i + 1}. ${mdText(where)} (\`${e.id}\`${e.kind === 'fact' ? ', not a computation' : ''})`,
        '',
        ...(follows >= 0 ? [`**Knock-on error**: follows from [E${follows + 1}](#${model.errata[follows]!.anchor}); correcting that corrects this.`, ''] : []),
        `- **The notes say**: ${rich(e.says)}`,
        `- **It should say**: ${mdText(e.shouldSay)}`,
        `- **Why**: ${mdText(e.why)}`,
        ...(e.reading ? [`- **Read as**: ${mdText(e.reading)}`] : []),
        '',
      ];
    }),
    anchor('constants'),
    '## 7. Derived constants',
    '',
    '| constant | value (40 digits) | meaning |',
    '|---|---|---|',
    ...model.constants.map((c) => `| ${mdText(c.symbol)} \`${c.name}\` | ${mdText(c.value)} | ${mdText(c.description)} |`),
    '',
    anchor('appendix'),
    '## 8. Appendix: the other activations',
    '',
    ...model.appendix.flatMap((a) => section(a, '###')),
  ];
  return `${out.join('\n')}\n`;
}
