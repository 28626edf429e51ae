/**
 * The formula sheet as one self-contained, offline HTML page: KaTeX rendered at build
 * time (no script in the page), the caller's CSS inlined (KaTeX's, with its fonts as
 * data URLs), SVG plots inline, print-friendly styles.
 *
 * @module
 */
import katex from 'katex';
import { escapeXml } from '../plot/line-chart.js';
import { badge } from './markdown.js';
import type { SheetActivation, SheetModel } from './model.js';
import { segments } from './text.js';

/** TeX rendered by KaTeX; a formula KaTeX cannot render shows as a visible error (and fails the sheet's test). */
export function math(tex: string, display = true): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'html', strict: 'ignore' });
}

const PAGE_CSS = `
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #1b1b1b; }
h1 { font-size: 1.8rem; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.5rem; } h3 { margin-bottom: .3rem; }
section.activation { border: 1px solid #ddd; border-radius: 6px; padding: .5rem 1rem 1rem; margin: 1.2rem 0; page-break-inside: avoid; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .92rem; } td, th { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; }
.badge { font-weight: 600; } .badge.ok { color: #1a7f37; } .badge.fail { color: #cf222e; }
.plot svg { max-width: 100%; height: auto; }
.katex-display { overflow-x: auto; overflow-y: hidden; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } section.activation { border: none; border-top: 1px solid #999; } a { color: inherit; text-decoration: none; } }
`;

const esc = escapeXml;

/** A quoted statement with its formulas rendered. */
function rich(s: string): string {
  return segments(s)
    .map((seg) => (seg.tex ? math(seg.text, false) : esc(seg.text)))
    .join('');
}

function section(a: SheetActivation): string {
  const rows = [
    `<h3 id="${a.name}">${esc(a.name)}${a.notesPage ? ` <small>(notes p. ${esc(a.notesPage)})</small>` : ''}</h3>`,
    `<p>${esc(a.title)}${a.aliases.length ? `; also ${a.aliases.map((x) => `<code>${esc(x)}</code>`).join(', ')}` : ''}.</p>`,
    math(a.formula),
    '<p>Derivative, derived by the CAS and checked against finite differences:</p>',
    math(a.derivative),
    ...(a.textbook ? ['<p>Textbook form (an identity, checked):</p>', math(a.textbook)] : []),
    `<table><tr><th>domain</th><th>range</th><th>range of φ′</th></tr><tr><td>${math(a.domain, false)}</td><td>${esc(a.range)}</td><td>${esc(a.derivativeRange)}</td></tr></table>`,
  ];
  if (a.params.length) {
    rows.push(
      `<table><tr><th>parameter</th><th>default</th><th>source</th></tr>${a.params
        .map((p) => `<tr><td>${esc(p.name)}</td><td>${esc(p.value.length > 24 ? `${p.value.slice(0, 24)}…` : p.value)}</td><td>${esc(p.source)}</td></tr>`)
        .join('')}</table>`,
    );
  }
  if (a.kinks.length) {
    rows.push(
      `<table><tr><th>kink at z</th><th>left derivative</th><th>right derivative</th><th>derivative used there</th></tr>${a.kinks
        .map((k) => `<tr><td>${esc(k.at)}</td><td>${esc(k.left)}</td><td>${esc(k.right)}</td><td>${esc(k.convention)}</td></tr>`)
        .join('')}</table><p>At a kink gradproof uses the value PyTorch, JAX and TensorFlow use (ReLU′(0) = 0).</p>`,
    );
  }
  if (a.advantages.length) rows.push(`<p><b>Advantages:</b> ${esc(a.advantages.join('; '))}.</p>`);
  if (a.disadvantages.length) rows.push(`<p><b>Disadvantages:</b> ${esc(a.disadvantages.join('; '))}.</p>`);
  rows.push(`<div class="plot">${a.plot}</div>`);
  rows.push(`<p class="badge ${a.verdict.holds ? 'ok' : 'fail'}">${esc(badge(a))}</p>`);
  return `<section class="activation" data-activation="${a.name}">${rows.join('\n')}</section>`;
}

/**
 * Renders the sheet as one HTML page. `css` is inlined (pass KaTeX's stylesheet with its
 * fonts embedded for a fully offline page).
 *
 * @example
 * ```ts
 * const html = sheetHtml(model, katexCss);
 * html.includes('class="katex"'); // true
 * ```
 */
export function sheetHtml(model: SheetModel, css = ''): string {
  const verified = model.activations.filter((a) => a.verdict.holds).length;
  const body = [
    '<h1>gradproof formula sheet</h1>',
    `<p>Every formula below was derived by a computer algebra system and proved numerically by gradproof: ${verified} of ${model.activations.length} activations verified; ${model.claims.proved} claims of the lecture notes proved, ${model.claims.refuted} refuted (see the <a href="#errata">errata</a>), ${model.claims.notCheckable} not checkable by computation.</p>`,
    `<nav><p>${model.activations.map((a) => `<a href="#${a.name}">${esc(a.name)}</a>`).join(' · ')}</p></nav>`,
    '<h2>Activations</h2>',
    ...model.activations.map(section),
    '<h2>Derived constants</h2>',
    `<table><tr><th>name</th><th>value (40 digits)</th><th>meaning</th></tr>${model.constants
      .map((c) => `<tr><td>${esc(c.symbol)} <code>${esc(c.name)}</code></td><td><code>${esc(c.value)}</code></td><td>${esc(c.description)}</td></tr>`)
      .join('')}</table>`,
    '<h2>Weight initializers</h2>',
    `<table><tr><th>name</th><th>distribution</th><th>variance</th><th>limit</th><th>default in</th></tr>${model.initializers
      .map((r) => `<tr><td><code>${esc(r.name)}</code></td><td>${esc(r.distribution)}</td><td>${esc(r.variance)}</td><td>${esc(r.limit)}</td><td>${esc(r.defaults)}</td></tr>`)
      .join('')}</table>`,
    '<h2>Backpropagation: the chain and the product of ratios</h2>',
    `<p>For the notes' chain of one sigmoid neuron per layer (depth ${model.chain.depth}, bias 0, e = (y − ŷ)²), backprop computes</p>`,
    math(model.chain.productTex),
    '<p>Each ratio ∂a/∂z = σ′(z) ≤ 1/4, so the product shrinks geometrically with depth: the vanishing gradient.</p>',
    `<div class="plot">${model.chain.plot}</div>`,
    `<table><tr><th>ratio</th><th>value at w = a₀ = y = 1</th></tr>${model.chain.ratios.map((r) => `<tr><td>${esc(r.name)}</td><td>${esc(r.value)}</td></tr>`).join('')}</table>`,
    `<p class="badge ${model.chain.verified ? 'ok' : 'fail'}">${model.chain.verified ? '✓ the product equals the CAS derivative of the whole chain (identity) and a finite difference.' : '✗ the product of ratios did NOT check out.'}</p>`,
    '<h2>Gradient descent on c(w) = (1 − w)²</h2>',
    ...model.descent.map(
      (d) =>
        `<p>${esc(d.title)}:</p><table><tr><th>step</th><th>w</th><th>c(w)</th><th>c′(w)</th></tr>${d.steps
          .map((s, i) => `<tr><td>${i}</td><td>${esc(s.w)}</td><td>${esc(s.loss)}</td><td>${esc(s.gradient)}</td></tr>`)
          .join('')}</table>`,
    ),
    '<h2 id="errata">Errata of the lecture notes</h2>',
    '<p>Each item is a statement of the notes, as written, that the computation refutes.</p>',
    `<ul>${model.errata
      .map(
        (c) =>
          `<li><b>${esc(c.id)}</b> (${esc(c.source)}): “${rich(c.statement)}”${c.counterexample ? `<br>counterexample: ${rich(c.counterexample)}` : ''}${c.correction ? `<br>correction: ${rich(c.correction)}` : ''}</li>`,
      )
      .join('')}</ul>`,
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gradproof formula sheet</title>
<style>${css}
${PAGE_CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
