/**
 * The formula sheet as self-contained, offline HTML pages: KaTeX rendered at build time
 * to HTML and MathML (screen readers and copying get the MathML; no script in the page),
 * the caller's CSS inlined (KaTeX's, with its fonts as data URLs), SVG plots inline.
 * Every name written into an attribute (id, href, data-activation) is escaped and every
 * anchor id is reduced to letters, digits and hyphens, so an activation defined with a
 * crafted name cannot inject markup.
 *
 * @module
 */
import { katexModule } from '#load/katex'; // KaTeX loads on the first rendering (src/load/katex.node.ts)
import { DEFAULTS } from '../defaults.js';
import type { NotesDerivation } from '../derivation/notes.js';
import { type DerivationStep, type StepCheck, stepTex } from '../derivation/step.js';
import { escapeXml } from '../plot/line-chart.js';
import type { ConventionCell, SheetActivation, SheetModel } from './model.js';
import { PAGE_CSS, SUMMARY_CSS } from './style.js';
import { activationBadge, checksBadge, segments, stepBadge } from './text.js';

const esc = escapeXml;

/** Formulas already rendered (the sheet repeats many: the summary's cards, ranges, kinks), by mode and TeX. */
const rendered = new Map<string, string>();

/** TeX rendered by KaTeX to HTML and MathML; a formula KaTeX cannot render shows as a visible error (and fails the sheet's test). */
export function math(tex: string, display = true): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = katexModule().renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml', strict: 'ignore', trust: false });
    // KaTeX's output depends on the TeX and the mode alone; the bound keeps a long-lived process small
    if (rendered.size >= 4096) rendered.clear();
    rendered.set(key, html);
  }
  return html;
}

/** Numbers display equations in order of appearance. */
class Equations {
  private n = 0;
  /** A numbered display formula in a scrolling box, with an anchor `eq-N`. */
  numbered(tex: string): string {
    this.n++;
    return `<div class="formula" id="eq-${this.n}">${math(`${tex} \\tag{${this.n}}`)}</div>`;
  }
}

const box = (tex: string): string => `<div class="formula">${math(tex)}</div>`;
const inline = (tex: string): string => math(tex, false);
/** Inline math at display size, for fractions in tables. */
const tall = (tex: string): string => math(`\\displaystyle ${tex}`, false);
const wrap = (table: string): string => `<div class="table-wrap">${table}</div>`;

/** A quoted statement with its formulas rendered. */
function rich(s: string): string {
  return segments(s)
    .map((seg) => (seg.tex ? math(`\\displaystyle ${seg.text}`, false) : esc(seg.text)))
    .join('');
}

function checkLine(c: StepCheck): string {
  const cls = c.status === 'refuted' ? 'bad' : c.status === 'inconclusive' ? 'warn' : c.status === 'definition' ? 'muted' : 'ok';
  return `<span class="badge ${cls}">${esc(stepBadge(c))}</span> <span class="check">${esc(c.summary)}</span>${c.counterexample ? `<br><span class="bad">${esc(c.counterexample)}</span>` : ''}`;
}

function kinksLine(a: SheetActivation): string {
  if (!a.kinks.length) return '';
  return a.kinks.map((k) => inline(`\\varphi'(${k.atTex}) = ${k.usedTex}`)).join(', ');
}

/** φ″ goes on the summary where it is short enough to be worth a line (σ″, tanh″, softplus″). */
const SUMMARY_SECOND_MAX = 90;

// --- the summary ----------------------------------------------------------------------

function card(a: SheetActivation, full: boolean): string {
  const href = full ? `#${esc(a.anchor)}` : `formula-sheet.html#${esc(a.anchor)}`;
  const rows = [
    `<dt>range</dt><dd>${inline(a.range)}</dd>`,
    `<dt>φ′ range</dt><dd>${inline(a.derivativeRange)}</dd>`,
    ...(a.kinks.length ? [`<dt>at kinks</dt><dd>${kinksLine(a)} <a href="${full ? '' : 'formula-sheet.html'}#conventions">(frameworks)</a></dd>`] : []),
    ...(a.initializer ? [`<dt>initializer</dt><dd>${esc(a.initializer)}</dd>`] : []),
  ];
  return `<article class="card" id="${esc(`sum-${a.anchor}`)}" data-activation="${esc(a.name)}">
<h3><a href="${href}">${a.notesNumber ?? ''}. ${esc(a.title)}</a> <small>${a.notesPage ? `notes p. ${esc(a.notesPage)}` : ''}</small></h3>
${box(a.formula)}
${box(a.derivative.tex)}
${a.second && a.second.tex.length <= SUMMARY_SECOND_MAX ? box(a.second.tex) : ''}
<dl>${rows.join('')}</dl>
</article>`;
}

function summaryLegend(model: SheetModel): string {
  return `<p class="legend muted">φ is the activation, σ the sigmoid σ(z) = 1/(1 + e<sup>−z</sup>), z its input. Every φ′ and φ″ is derived from φ (by the CAS where gradproof’s own rules confirm its answer, else by those rules), checked against finite differences, and the form shown is checked equal to it (proved symbolically, or to ${DEFAULTS.identityDigits} digits at ${DEFAULTS.identityPoints} points). At a kink φ′ takes the value of the piece that owns the point; frameworks differ (see the conventions table). Initializers: Glorot for sigmoid, tanh and softmax, He for the ReLU family, LeCun for SELU (notes p. 17). gradproof ${esc(model.stamp.version)}${model.stamp.date ? `, ${esc(model.stamp.date)}` : ''}.</p>`;
}

function summary(model: SheetModel, full: boolean): string {
  return `<div class="summary">${model.notes.map((a) => card(a, full)).join('\n')}</div>`;
}

// --- activations ------------------------------------------------------------------------

function activationSection(a: SheetActivation, eq: Equations, heading: 'h3' | 'h4' = 'h3'): string {
  const rows = [
    `<div class="keep"><${heading}>${a.notesNumber ? `${a.notesNumber}. ` : ''}${esc(a.title)} <small><code>${esc(a.name)}</code>${a.notesPage ? ` · notes p. ${esc(a.notesPage)}` : ''}</small></${heading}>`,
    a.aliases.length ? `<p class="muted">Also ${a.aliases.map((x) => `<code>${esc(x)}</code>`).join(', ')}.</p>` : '',
    eq.numbered(a.formula),
    '</div>',
    eq.numbered(a.derivative.tex),
    `<p class="check">${esc(checksBadge(a.derivative.checks, 'φ′'))}</p>`,
  ];
  if (a.second) rows.push(eq.numbered(a.second.tex), `<p class="check">${esc(checksBadge(a.second.checks, 'φ″'))}</p>`);
  rows.push(
    wrap(`<table><tr><th>domain</th><th>range of φ</th><th>range of φ′</th>${a.initializer ? '<th>initializer</th>' : ''}</tr><tr><td>${inline(a.domain)}</td><td>${inline(a.range)}</td><td>${inline(a.derivativeRange)}</td>${a.initializer ? `<td>${esc(a.initializer)}</td>` : ''}</tr></table>`),
  );
  if (a.params.length) {
    rows.push(
      wrap(
        `<table><tr><th>parameter</th><th>default</th><th>where the default comes from</th></tr>${a.params
          .map((p) => `<tr><td>${inline(p.tex)}</td><td><code>${esc(p.value.length > 24 ? `${p.value.slice(0, 24)}…` : p.value)}</code></td><td>${esc(p.source)}</td></tr>`)
          .join('')}</table>`,
      ),
    );
  }
  if (a.kinks.length) {
    rows.push(
      wrap(
        `<table><tr><th>z</th><th></th><th>slope from the left</th><th>slope from the right</th><th>φ′ used by gradproof</th></tr>${a.kinks
          .map((k) => `<tr><td>${inline(k.atTex)}</td><td>${k.kind}</td><td>${esc(k.left ?? '—')}</td><td>${esc(k.right ?? '—')}</td><td>${inline(k.usedTex)}</td></tr>`)
          .join('')}</table>`,
      ),
      '<p class="muted">gradproof uses the slope of the piece that owns the point; PyTorch, JAX and TensorFlow do not always agree: see <a href="#conventions">the conventions</a>.</p>',
    );
  }
  if (a.advantages.length) rows.push(`<p><b>Advantages:</b> ${esc(a.advantages.join('; '))}.</p>`);
  if (a.disadvantages.length) rows.push(`<p><b>Disadvantages:</b> ${esc(a.disadvantages.join('; '))}.</p>`);
  rows.push(`<div class="plot" role="img" aria-label="${esc(`plot of ${a.name} and its derivative`)}">${a.plot}</div>`);
  rows.push(`<p class="badge ${a.verdict.holds ? 'ok' : 'bad'}">${esc(activationBadge(a.verdict))}</p>`);
  return `<section class="activation" id="${esc(a.anchor)}" data-activation="${esc(a.name)}">\n${rows.filter(Boolean).join('\n')}\n</section>`;
}

// --- derivations --------------------------------------------------------------------------

function stepItem(s: DerivationStep): string {
  return `<li class="step keep"><span class="rule">${esc(s.rule)}</span>
${box(stepTex(s))}
${s.note ? `<p class="muted">${esc(s.note)}</p>` : ''}<p>${checkLine(s.check)}</p></li>`;
}

function derivationSection(d: NotesDerivation, eq: Equations, ratioPlot: string): string {
  const id = `der-${d.id}`;
  return `<section class="derivation" id="${esc(id)}">
<div class="keep"><h3>${esc(d.title)} <small>${esc(d.source)}</small></h3>
<p>${esc(d.intro)}</p></div>
<ol class="steps">${d.steps.map(stepItem).join('\n')}</ol>
<p>Result:</p>
${eq.numbered(d.resultTex)}
<p class="badge ${d.holds ? 'ok' : 'bad'}">${d.holds ? `✓ every step of ${d.steps.length} proved, verified or a definition` : '✗ a step of this derivation did NOT check out'}</p>
${d.id === 'backprop-one-neuron' ? `<div class="plot" role="img" aria-label="the product of ratios against depth">${ratioPlot}</div><p class="muted">Each ratio ∂a/∂z = σ′(z) ≤ 1/4, so the product shrinks at least as fast as (1/4)<sup>L</sup>: the vanishing gradient.</p>` : ''}
</section>`;
}

// --- conventions, initializers, errata ---------------------------------------------------

function conventions(model: SheetModel): string {
  const sources: string[] = [];
  const cite = (c: ConventionCell | undefined): string => {
    if (!c) return '<td class="muted">—</td>';
    const text = `${c.source} — ${c.code}`;
    let n = sources.indexOf(text) + 1;
    if (!n) n = sources.push(text);
    return `<td class="${c.agrees ? '' : 'warn'}">${inline(c.tex)}${c.agrees ? '' : ' ≠'} <sup><a href="#src-${n}">${n}</a></sup></td>`;
  };
  const rows = model.conventions.map(
    (r) =>
      `<tr><td><a href="#${esc(r.anchor)}">${esc(r.activation)}</a></td><td>${r.kind}</td><td>${inline(r.atTex)}</td><td>${esc(r.leftTex ?? '—')}</td><td>${esc(r.rightTex ?? '—')}</td><td><b>${inline(r.gradproofTex)}</b></td>${cite(r.pytorch)}${cite(r.jax)}${cite(r.tensorflow)}${cite(r.notes)}</tr>`,
  );
  const remarks = model.conventions.filter((r) => r.remark).map((r) => `<li><b>${esc(r.activation)}</b> at ${inline(r.atTex)}: ${esc(r.remark!)}</li>`);
  return `${wrap(`<table><tr><th>activation</th><th></th><th>z</th><th>slope left</th><th>slope right</th><th>gradproof</th><th>PyTorch</th><th>JAX</th><th>TensorFlow / Keras</th><th>the notes</th></tr>${rows.join('')}</table>`)}
<p class="muted">≠ marks a value different from gradproof’s. A framework’s value at a kink is whatever its kernel’s comparison picks (&gt; or ≥); the derivative does not exist there.</p>
<ul>${remarks.join('')}</ul>
<ol class="sources">${sources.map((s, i) => `<li id="src-${i + 1}">${esc(s)}</li>`).join('')}</ol>`;
}

function initializers(model: SheetModel): string {
  const rows = model.initializers.map(
    (r) =>
      `<tr><td>${esc(r.name)}<br><small>${esc(r.ids)}</small></td><td>${inline(r.distributionTex)}</td><td>${tall(r.varianceTex)}</td><td>${tall(r.scaleTex)}</td><td>${esc(r.defaults)}</td><td>${esc(r.meantFor)}</td><td><small>${esc(r.checked ?? '—')}</small></td></tr>`,
  );
  return `<p>One convention throughout: <i>s</i> is the standard deviation of the weights actually drawn, <i>r</i> the limit of a uniform. A truncated normal draws from ${inline('\\mathcal{N}(0, s_0^2)')} and redraws beyond ${inline('\\pm 2 s_0')}, with ${inline(`s_0 = s / ${model.truncation.slice(0, 12)}\\ldots`)} (the standard deviation of a standard normal cut to [−2, 2], derived by gradproof), so the drawn weights have standard deviation <i>s</i>. σ is kept for the sigmoid.</p>
${wrap(`<table><tr><th>initializer</th><th>distribution</th><th>Var(w)</th><th>r or s</th><th>default for</th><th>meant for</th><th>check</th></tr>${rows.join('')}</table>`)}
<ol class="sources">${model.initializers.map((r) => `<li>${esc(r.name)}: ${esc(r.source)}</li>`).join('')}</ol>`;
}

function errata(model: SheetModel): string {
  const number = new Map(model.errata.map((e, i) => [e.id, i + 1]));
  return model.errata
    .map((e, i) => {
      const follows = e.followsFrom ? model.errata.find((x) => x.id === e.followsFrom) : undefined;
      const where = `notes p. ${e.page ?? '?'}${e.line ? `, line${e.line.includes('–') ? 's' : ''} ${e.line}` : ''}`;
      return `<article class="erratum" id="${esc(e.anchor)}">
<div class="keep"><h3>E${i + 1}. ${esc(where)} <small><code>${esc(e.id)}</code>${e.kind === 'fact' ? ' · not a computation' : ''}</small></h3>
${follows ? `<p class="knock">Knock-on error: follows from <a href="#${esc(follows.anchor)}">E${number.get(follows.id)}</a>; correcting that corrects this.</p>` : ''}
<dl class="erratum"><dt>The notes say</dt><dd>${rich(e.says)}</dd>
<dt>It should say</dt><dd>${esc(e.shouldSay)}</dd>
<dt>Why</dt><dd>${esc(e.why)}</dd>
${e.reading ? `<dt>Read as</dt><dd class="muted">${esc(e.reading)}</dd>` : ''}</dl></div>
</article>`;
    })
    .join('\n');
}

function toc(model: SheetModel): string {
  const list = (items: readonly { href: string; label: string }[]) => `<ol>${items.map((x) => `<li><a href="#${esc(x.href)}">${esc(x.label)}</a></li>`).join('')}</ol>`;
  return `<nav class="toc" aria-label="contents"><h2 id="contents">Contents</h2><ol>
<li><a href="#summary">Summary: the notes’ activations at a glance</a></li>
<li><a href="#activations">The notes’ activations</a>${list(model.notes.map((a) => ({ href: a.anchor, label: a.title })))}</li>
<li><a href="#derivations">Derivations, step by step</a>${list(model.derivations.map((d) => ({ href: `der-${d.id}`, label: d.title })))}</li>
<li><a href="#conventions">Derivatives at kinks and jumps, by framework</a></li>
<li><a href="#initializers">Weight initializers</a></li>
<li><a href="#errata">Errata of the notes</a>${list(model.errata.map((e) => ({ href: e.anchor, label: `${e.source.replace(/^notes /, '')}: ${e.id}` })))}</li>
<li><a href="#constants">Derived constants</a></li>
<li><a href="#appendix">Appendix: the other activations</a>${list(model.appendix.map((a) => ({ href: a.anchor, label: a.title })))}</li>
<li><a href="#method">How the sheet is checked</a></li>
</ol></nav>`;
}

function stamp(model: SheetModel): string {
  return `gradproof ${model.stamp.version}${model.stamp.date ? ` · ${model.stamp.date}` : ''}`;
}

function page(title: string, css: string, bodyClass: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${esc(title)}</title>
<style>${css}
${PAGE_CSS}
${SUMMARY_CSS}</style>
</head>
<body class="${bodyClass}">
${body}
</body>
</html>
`;
}

const SHEET_TITLE = 'Activation functions and backprop: the formula sheet';
const SUMMARY_TITLE = 'Activation functions: the summary';

/**
 * The pages {@link sheetHtml} and {@link summaryHtml} make, with their bodies left empty:
 * what Chromium can load (styles, fonts) before the sheet's content exists.
 *
 * @example
 * ```ts
 * const printer = startPrinter(findChromium(), pageShells(katexCss()));
 * ```
 */
export function pageShells(css = ''): string[] {
  return [page(SHEET_TITLE, css, 'sheet', ''), page(SUMMARY_TITLE, css, 'summary-page', '')];
}

/**
 * The full sheet as one HTML page. `css` is inlined (pass KaTeX's stylesheet with its
 * fonts embedded for a fully offline page).
 *
 * @example
 * ```ts
 * const html = sheetHtml(model, katexCss());
 * html.includes('<math'); // true: MathML beside the HTML rendering
 * ```
 */
export function sheetHtml(model: SheetModel, css = ''): string {
  const eq = new Equations();
  const verified = [...model.notes, ...model.appendix].filter((a) => a.verdict.holds).length;
  const total = model.notes.length + model.appendix.length;
  const body = [
    '<header>',
    '<h1>Activation functions and backprop: the formula sheet</h1>',
    `<p class="stamp">${esc(stamp(model))} · every formula derived by a computer algebra system and checked by gradproof · <a href="formula-summary.pdf">summary (PDF)</a> · <a href="formula-sheet.pdf">this sheet (PDF)</a> · <a href="formula-sheet.md">Markdown</a></p>`,
    `<p>${verified} of ${total} activations verified; ${model.claims.proved} statements of the lecture notes proved, ${model.claims.verified} verified at the points compared, ${model.claims.refuted} refuted (see the <a href="#errata">errata</a>), ${model.claims.notCheckable} not settled by computation.</p>`,
    '</header>',
    toc(model),
    '<section id="summary"><h2>1. Summary: the notes’ activations at a glance</h2>',
    summaryLegend(model),
    summary(model, true),
    '</section>',
    '<section id="activations"><h2>2. The notes’ activations</h2>',
    ...model.notes.map((a) => activationSection(a, eq)),
    '</section>',
    '<section id="derivations"><h2>3. Derivations, step by step</h2>',
    '<p>Each step is checked on its own: an identity symbolically (<b>proved</b> when the difference reduces to 0: exact rational-function arithmetic in e^x and the other terms, or the CAS) and at high precision at many points (<b>verified</b>: the digits and points are given); a derivative against finite differences. A step that fails is marked ✗ and never counted as verified.</p>',
    ...model.derivations.map((d) => derivationSection(d, eq, model.ratioPlot)),
    '</section>',
    '<section id="conventions"><h2>4. Derivatives at kinks and jumps, by framework</h2>',
    conventions(model),
    '</section>',
    '<section id="initializers"><h2>5. Weight initializers</h2>',
    initializers(model),
    '</section>',
    '<section id="errata"><h2>6. Errata of the notes</h2>',
    `<p>${model.errata.length} corrections: each says what the notes say, what they should say and why, with the page and line of the notes. Knock-on errors, which disappear when an earlier one is corrected, are marked.</p>`,
    errata(model),
    '</section>',
    '<section id="constants"><h2>7. Derived constants</h2>',
    wrap(
      `<table><tr><th>constant</th><th>value (40 digits)</th><th>meaning</th></tr>${model.constants
        .map((c) => `<tr><td>${esc(c.symbol)} <code>${esc(c.name)}</code></td><td><code>${esc(c.value)}</code></td><td>${esc(c.description)}</td></tr>`)
        .join('')}</table>`,
    ),
    '</section>',
    '<section id="appendix"><h2>Appendix: the other activations</h2>',
    ...model.appendix.map((a) => activationSection(a, eq)),
    '</section>',
    '<section id="method"><h2>How the sheet is checked</h2>',
    `<p>The CAS (nerdamer-prime) differentiates; gradproof differentiates again by its own rules and keeps the CAS’s answer only where the two agree (piecewise functions are differentiated by the rules alone). Every derivative is compared with high-precision finite differences: ${DEFAULTS.digits} digits asked and all ${DEFAULTS.digits} required at every point, the tails at z = ±30 and ±37.5 included; the finite differences of φ are computed by gradproof’s BigInt engine and the derivative’s values by decimal.js, so neither engine checks itself. Each readable form — σ(1 − σ), 1 − tanh², x/(x² + y²) — is an identity checked against the derived form: <b>proved</b> when the difference reduces to 0 symbolically, otherwise <b>verified</b> at ${DEFAULTS.identityPoints} points to ${DEFAULTS.identityDigits} digits. Claims of the notes are proved or refuted by computation; the counterexamples are computed numbers.</p>`,
    '</section>',
  ];
  return page(SHEET_TITLE, css, 'sheet', body.join('\n'));
}

/**
 * The summary alone, for printing on one or two pages (A4 or Letter, two columns).
 *
 * @example
 * ```ts
 * summaryHtml(model, katexCss()).includes('class="summary"'); // true
 * ```
 */
export function summaryHtml(model: SheetModel, css = ''): string {
  const body = [
    `<h1>Activation functions: the summary <small class="stamp">${esc(stamp(model))}</small></h1>`,
    summary(model, false),
    summaryLegend(model),
  ];
  return page(SUMMARY_TITLE, css, 'summary-page', body.join('\n'));
}
