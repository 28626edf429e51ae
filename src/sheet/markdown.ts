/**
 * The formula sheet as Markdown whose math renders on a code-hosting site: display math
 * in `$$ … $$` blocks, inline math in `$ … $`, plots as inline SVG images are left to
 * the HTML sheet (Markdown viewers strip inline SVG), so the Markdown links to them.
 *
 * @module
 */
import type { SheetActivation, SheetModel } from './model.js';
import { markdownStatement } from './text.js';

/** The verification badge of one activation, as text. */
export function badge(a: SheetActivation): string {
  const v = a.verdict;
  const failed = v.checks.filter((c) => !c.holds);
  if (!v.holds) return `✗ NOT verified: ${failed.map((c) => c.name).join(', ')}`;
  const methods = [...new Set(v.checks.map((c) => c.method))].join(' + ');
  return `✓ verified: ${v.checks.length} checks (${methods}), derivative at ${v.points} points, ≥ ${v.digitsAgreed} of 50 digits agree`;
}

const esc = (s: string): string => s.replace(/\|/g, '\\|');

function section(a: SheetActivation): string {
  const lines = [
    `### ${a.name}${a.notesPage ? ` (notes p. ${a.notesPage})` : ''}`,
    '',
    `${a.title}${a.aliases.length ? `; also ${a.aliases.map((x) => `\`${x}\``).join(', ')}` : ''}.`,
    '',
    '$$',
    a.formula,
    '$$',
    '',
    'Derivative, derived by the CAS and checked against finite differences:',
    '',
    '$$',
    a.derivative,
    '$$',
    '',
  ];
  if (a.textbook) lines.push('Textbook form (an identity, checked):', '', '$$', a.textbook, '$$', '');
  lines.push('| domain | range | range of φ′ |', '|---|---|---|', `| $${a.domain}$ | ${esc(a.range)} | ${esc(a.derivativeRange)} |`, '');
  if (a.params.length) {
    lines.push('| parameter | default | source |', '|---|---|---|');
    for (const p of a.params) lines.push(`| ${p.name} | ${p.value.length > 24 ? `${p.value.slice(0, 24)}…` : p.value} | ${esc(p.source)} |`);
    lines.push('');
  }
  if (a.kinks.length) {
    lines.push('| kink at z | left derivative | right derivative | derivative used there |', '|---|---|---|---|');
    for (const k of a.kinks) lines.push(`| ${k.at} | ${k.left} | ${k.right} | ${k.convention} |`);
    lines.push('', 'At a kink gradproof uses the value PyTorch, JAX and TensorFlow use (ReLU′(0) = 0).', '');
  }
  if (a.advantages.length) lines.push(`Advantages: ${a.advantages.join('; ')}.`, '');
  if (a.disadvantages.length) lines.push(`Disadvantages: ${a.disadvantages.join('; ')}.`, '');
  lines.push(`Plot: see the HTML sheet (formula-sheet.html#${a.name}).`, '', badge(a), '');
  return lines.join('\n');
}

/**
 * Renders the sheet as Markdown.
 *
 * @example
 * ```ts
 * const md = sheetMarkdown(model);
 * md.startsWith('# gradproof formula sheet'); // true
 * ```
 */
export function sheetMarkdown(model: SheetModel): string {
  const verified = model.activations.filter((a) => a.verdict.holds).length;
  const out = [
    '# gradproof formula sheet',
    '',
    `Every formula below was derived by a computer algebra system and proved numerically by gradproof: ${verified} of ${model.activations.length} activations verified; ${model.claims.proved} claims of the lecture notes proved, ${model.claims.refuted} refuted (see the errata), ${model.claims.notCheckable} not checkable by computation.`,
    '',
    '## Activations',
    '',
    ...model.activations.map(section),
    '## Derived constants',
    '',
    '| name | value (40 digits) | meaning |',
    '|---|---|---|',
    ...model.constants.map((c) => `| ${c.symbol} \`${c.name}\` | ${c.value} | ${esc(c.description)} |`),
    '',
    '## Weight initializers',
    '',
    '| name | distribution | variance | limit | default in |',
    '|---|---|---|---|---|',
    ...model.initializers.map((r) => `| \`${r.name}\` | ${r.distribution} | ${r.variance} | ${r.limit} | ${esc(r.defaults)} |`),
    '',
    '## Backpropagation: the chain and the product of ratios',
    '',
    `For the notes' chain of one sigmoid neuron per layer (depth ${model.chain.depth}, bias 0, e = (y − ŷ)²), backprop computes`,
    '',
    '$$',
    model.chain.productTex,
    '$$',
    '',
    'Each ratio ∂a/∂z = σ′(z) ≤ 1/4, so the product shrinks geometrically with depth: the vanishing gradient (plot: the HTML sheet).',
    '',
    '| ratio | value at w = a₀ = y = 1 |',
    '|---|---|',
    ...model.chain.ratios.map((r) => `| ${r.name} | ${r.value} |`),
    '',
    model.chain.verified ? '✓ the product equals the CAS derivative of the whole chain (identity) and a finite difference.' : '✗ the product of ratios did NOT check out.',
    '',
    '## Gradient descent on c(w) = (1 − w)²',
    '',
    ...model.descent.flatMap((d) => [`${d.title}:`, '', '| step | w | c(w) | c′(w) |', '|---|---|---|---|', ...d.steps.map((s, i) => `| ${i} | ${s.w} | ${s.loss} | ${s.gradient} |`), '']),
    '## Errata of the lecture notes',
    '',
    'Each line is a statement of the notes, as written, that the computation refutes.',
    '',
    ...model.errata.flatMap((c) => [
      `- **${c.id}** (${c.source}): “${markdownStatement(c.statement)}”`,
      ...(c.counterexample ? [`  - counterexample: ${markdownStatement(c.counterexample)}`] : []),
      ...(c.correction ? [`  - correction: ${markdownStatement(c.correction)}`] : []),
    ]),
    '',
  ];
  return out.join('\n');
}
