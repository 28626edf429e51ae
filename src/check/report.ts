/**
 * The outputs of `gradproof check`: the notes rendered as one HTML page (KaTeX at build
 * time, a badge beside every checked equation, a summary with links to each refuted
 * line) and the JSON document.
 *
 * @module
 */
import { katexModule } from '#load/katex'; // KaTeX loads on the first rendering (src/load/katex.node.ts)
import type { EquationVerdict, NotesReport } from './notes.js';
import { scanMarkdown } from './scan.js';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LABEL: Record<EquationVerdict['status'], string> = { proved: 'proved', verified: 'verified', refuted: 'refuted', inconclusive: 'not understood' };

/**
 * The JSON form of a report: `{ file, equations: [{ line, tex, kind, status, method, digits, … }], summary }`.
 *
 * @example
 * ```ts
 * reportJson('notes.md', checkNotes('$$1+1=2$$')).summary; // { proved: 1, verified: 0, refuted: 0, notUnderstood: 0 }
 * ```
 */
export function reportJson(file: string, report: NotesReport): Record<string, unknown> {
  return {
    file,
    equations: report.equations.map((e) => ({
      line: e.line,
      tex: e.tex,
      link: e.link,
      links: e.links,
      subject: e.subject,
      kind: e.kind,
      status: e.status === 'inconclusive' ? 'not-understood' : e.status,
      method: e.status === 'inconclusive' ? null : e.method,
      digits: e.digitsRequested,
      summary: e.summary,
      ...(e.counterexample ? { counterexample: e.counterexample.text } : {}),
      ...(e.correction ? { correction: e.correction } : {}),
      ...(e.reason ? { reason: e.reason } : {}),
      ...(e.readings.length ? { readings: e.readings } : {}),
    })),
    definitions: report.definitions,
    summary: report.summary,
  };
}

/** Rendered formulas of this page (notes repeat formulas; each is rendered once). */
function renderer(): (tex: string, display: boolean) => string {
  const done = new Map<string, string>();
  return (tex, display) => {
    const key = `${display ? 'D' : 'I'}${tex}`;
    let html = done.get(key);
    if (html === undefined) {
      html = katexModule().renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml', strict: 'ignore', maxSize: 50, maxExpand: 200 });
      done.set(key, html);
    }
    return html;
  };
}

let math = renderer();

function badge(e: EquationVerdict): string {
  const details = [e.subject, e.summary, e.counterexample ? `counterexample: ${e.counterexample.text}` : '', e.correction ? `correction: ${e.correction}` : '', ...e.readings.map((r) => `reading: ${r}`)]
    .filter(Boolean)
    .join('\n');
  return `<span class="badge ${e.status}" id="${e.id}" title="${escapeHtml(details)}">${LABEL[e.status]}${e.links > 1 ? ` (${e.link}/${e.links})` : ''}</span>`;
}

function detailsOf(list: readonly EquationVerdict[]): string {
  const shown = list.filter((e) => e.status === 'refuted' || e.status === 'inconclusive');
  if (!shown.length) return '';
  return `<ul class="details">${shown
    .map(
      (e) =>
        `<li class="${e.status}">${escapeHtml(e.subject)}: ${escapeHtml(e.summary)}${e.correction ? ` — correction: ${e.correction.length < 200 ? math(e.correction, false) : escapeHtml(e.correction)}` : ''}</li>`,
    )
    .join('')}</ul>`;
}

/** Renders one line of Markdown text (math by KaTeX, the rest escaped). */
function renderLine(text: string): string {
  const scan = scanMarkdown(text);
  let out = '';
  let pos = 0;
  for (const s of scan.segments) {
    const open = text.indexOf(s.tex, pos);
    if (open < 0) break;
    const delimiter = s.display ? (text.slice(Math.max(0, open - 2), open) === '$$' ? 2 : 2) : 1;
    const start = s.tex.startsWith('\\begin') ? open : open - delimiter;
    out += escapeHtml(text.slice(pos, start)) + math(s.tex, s.display);
    pos = open + s.tex.length + (s.tex.startsWith('\\begin') ? 0 : delimiter);
  }
  return out + escapeHtml(text.slice(pos));
}

/**
 * The notes rendered as one HTML page with a badge beside every checked equation.
 *
 * @example
 * ```ts
 * reportHtml('notes.md', md, checkNotes(md), katexCss()).includes('class="badge'); // true
 * ```
 */
export function reportHtml(file: string, markdown: string, report: NotesReport, css = ''): string {
  math = renderer();
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const byLine = new Map<number, EquationVerdict[]>();
  for (const e of report.equations) byLine.set(e.line, [...(byLine.get(e.line) ?? []), e]);
  // group lines into blocks: a display formula may span lines
  const body: string[] = [];
  const scan = scanMarkdown(markdown);
  const spanEnd = new Map(scan.segments.filter((s) => s.endLine > s.line).map((s) => [s.line, s.endLine]));
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const end = spanEnd.get(line) ?? line;
    const text = lines.slice(i, end).join('\n');
    const list = [];
    for (let l = line; l <= end; l++) list.push(...(byLine.get(l) ?? []));
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    const content = heading ? `<h${heading[1]!.length}>${renderLine(heading[2]!)}</h${heading[1]!.length}>` : text.trim() === '' ? '' : `<p>${renderLine(text)}</p>`;
    if (content || list.length) body.push(`<div class="row" id="line-${line}"><span class="ln">${line}</span><div class="content">${content}${list.map(badge).join(' ')}${detailsOf(list)}</div></div>`);
    i = end - 1;
  }
  const s = report.summary;
  const refuted = report.equations.filter((e) => e.status === 'refuted');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(file)} — checked by gradproof</title>
<style>${css}
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
.row { display: flex; gap: .75rem; } .ln { color: #999; min-width: 3rem; text-align: right; font-size: .8rem; padding-top: .3rem; }
.content { flex: 1; } .badge { font-size: .75rem; padding: .1rem .4rem; border-radius: .3rem; color: #fff; cursor: help; }
.proved { background: #1a7f37; } .verified { background: #2f81f7; } .refuted { background: #cf222e; } .inconclusive { background: #8c959f; }
ul.details li { background: none; font-size: .85rem; } ul.details li.refuted { color: #cf222e; } ul.details li.inconclusive { color: #57606a; }
.summary { border: 1px solid #d0d7de; padding: .5rem 1rem; border-radius: .4rem; }
</style></head><body>
<h1>${escapeHtml(file)}</h1>
<div class="summary"><p>gradproof check: <b>${s.proved}</b> proved, <b>${s.verified}</b> verified numerically, <b>${s.refuted}</b> refuted, <b>${s.notUnderstood}</b> not understood.
"Proved" means settled exactly; "verified" means agreement at the stated digits and points, not a proof.</p>
${refuted.length ? `<p>Refuted:</p><ul>${refuted.map((e) => `<li><a href="#${e.id}">line ${e.line}</a>: ${escapeHtml(e.subject)} — ${escapeHtml(e.summary)}</li>`).join('')}</ul>` : ''}</div>
${body.join('\n')}
</body></html>
`;
}
