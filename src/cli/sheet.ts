/**
 * `gradproof sheet [--out docs/] [--no-pdf]` (and `npm start`): derives and verifies the
 * catalogue, runs every claim of the notes, and writes docs/formula-sheet.md (with its
 * plots as SVG files beside it), docs/formula-sheet.html, docs/formula-summary.html and
 * their PDFs. Files are written to a temporary name and renamed, so a failed run leaves
 * nothing half-written.
 *
 * @module
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ALL_CLAIMS } from '../../proofs/index.js';
import type { ActivationVerdict } from '../verify/activation.js';
import { ACTIVATIONS } from '../activations/index.js';
import { notesDerivations } from '../derivation/notes.js';
import { InputError } from '../errors.js';
import { runClaims } from '../proofs/runner.js';
import { sheetHtml, summaryHtml } from '../sheet/html.js';
import { PLOTS_DIR, sheetMarkdown, sheetPlots } from '../sheet/markdown.js';
import { buildSheet } from '../sheet/model.js';
import { readableInParallel } from '../sheet/parallel.js';
import { findChromium, printPdfs } from '../sheet/pdf.js';
import { sheetStamp } from '../sheet/stamp.js';
import { COMMON_OPTIONS, parseCommand, print } from './args.js';
import { verifyInParallel } from './parallel.js';

export const usage = `gradproof sheet [--out docs/] [--no-pdf] [--json]

Derives and verifies every activation, runs every claim of the lecture notes, and writes
into --out: formula-sheet.md (math for code-hosting sites, plots as SVG files in
formula-sheet-plots/), formula-sheet.html (one offline page, KaTeX rendered at build
time to HTML and MathML), formula-summary.html (the notes' activations on one or two
pages), and formula-sheet.pdf and formula-summary.pdf printed by Chromium (found at
/usr/bin/chromium or GRADPROOF_CHROMIUM; --no-pdf skips them). Exit code 1 when an
activation fails its verification or a claim does not have its expected status.`;

/** KaTeX's stylesheet with its woff2 fonts embedded as data URLs (the other formats dropped). */
export function katexCss(): string {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve('katex')), '');
  const css = readFileSync(join(dist, 'katex.min.css'), 'utf8');
  return css.replace(/src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)[^;}]*/g, (_m, font: string) => {
    const data = readFileSync(join(dist, 'fonts', `${font}.woff2`)).toString('base64');
    return `src:url(data:font/woff2;base64,${data}) format("woff2")`;
  });
}

function checkWritable(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    const probe = join(dir, `.gradproof-write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (err) {
    throw new InputError(`--out ${dir}: cannot write there (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/**
 * Writes all files or none: every file goes to a temporary name first, the PDFs are
 * printed from the temporary pages, then all are renamed.
 */
async function writeAll(
  files: readonly { readonly path: string; readonly text: string }[],
  pdfs: readonly { readonly from: string; readonly path: string; readonly format: 'A4' | 'Letter'; readonly title: string; readonly date?: string; readonly tagged?: boolean }[],
  chromium?: string,
): Promise<void> {
  // the extension stays last: Chromium reads a page by its extension
  const temp = (path: string) => path.replace(/(\.[A-Za-z]+)?$/, (ext) => `.tmp-${process.pid}${ext}`);
  const temps: string[] = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(temp(f.path), f.text);
      temps.push(temp(f.path));
    }
    if (pdfs.length) {
      const jobs = pdfs.map((p) => ({ html: temp(p.from), pdf: temp(p.path), format: p.format, title: p.title, ...(p.date ? { date: p.date } : {}), ...(p.tagged ? { tagged: true } : {}) }));
      temps.push(...jobs.map((j) => j.pdf));
      await printPdfs(jobs, chromium);
    }
  } catch (err) {
    for (const t of temps) rmSync(t, { force: true });
    if (err instanceof InputError) throw err;
    throw new InputError(`could not write the sheet: ${(err as Error).message.split('\n')[0]}`);
  }
  for (const f of [...files.map((x) => x.path), ...pdfs.map((x) => x.path)]) renameSync(temp(f), f);
}

/** Runs `gradproof sheet`; returns the exit code. */
export async function runSheet(argv: string[]): Promise<number> {
  const { values } = parseCommand(argv, { ...COMMON_OPTIONS, out: { type: 'string' }, 'no-pdf': { type: 'boolean' } });
  if (values.help) {
    print(usage);
    return 0;
  }
  const out = resolve(values.out ?? 'docs');
  checkWritable(out);
  const wantPdf = !values['no-pdf'];
  const chromium = wantPdf ? findChromium() : undefined;
  if (wantPdf && !chromium) throw new InputError('no Chromium to print the PDFs with: install chromium, set GRADPROOF_CHROMIUM to its path, or pass --no-pdf');
  const start = performance.now();
  // the workers verify the catalogue while this thread runs the notes' claims and derivations
  const pending = verifyInParallel(ACTIVATIONS.map((a) => a.name));
  const readable = readableInParallel(ACTIVATIONS.filter((a) => a.kind === 'scalar').map((a) => a.name));
  const claims = runClaims(ALL_CLAIMS);
  const derivations = notesDerivations();
  const verdicts: ActivationVerdict[] = await pending;
  const model = buildSheet({ activations: ACTIVATIONS, verdicts, claims, derivations, readable: await readable, stamp: sheetStamp() });
  const css = katexCss();
  const paths = {
    markdown: join(out, 'formula-sheet.md'),
    html: join(out, 'formula-sheet.html'),
    summary: join(out, 'formula-summary.html'),
    ...(wantPdf ? { pdf: join(out, 'formula-sheet.pdf'), summaryPdf: join(out, 'formula-summary.pdf') } : {}),
    plots: join(out, PLOTS_DIR),
  };
  await writeAll(
    [
      { path: paths.markdown, text: sheetMarkdown(model) },
      { path: paths.html, text: sheetHtml(model, css) },
      { path: paths.summary, text: summaryHtml(model, css) },
      ...sheetPlots(model).map((p) => ({ path: join(out, p.path), text: p.svg })),
    ],
    wantPdf
      ? [
          { from: paths.html, path: join(out, 'formula-sheet.pdf'), format: 'A4', title: `gradproof formula sheet ${model.stamp.version}`, ...(model.stamp.date ? { date: model.stamp.date } : {}) },
          // the summary, the page a student keeps, is printed as a tagged (accessible) PDF
          { from: paths.summary, path: join(out, 'formula-summary.pdf'), format: 'A4', title: `gradproof summary ${model.stamp.version}`, tagged: true, ...(model.stamp.date ? { date: model.stamp.date } : {}) },
        ]
      : [],
    chromium,
  );
  const seconds = (performance.now() - start) / 1000;
  const failedActivations = verdicts.filter((v) => !v.holds).map((v) => v.name);
  const badClaims = claims.filter((c) => !c.ok).map((c) => c.id);
  const summary = {
    written: paths,
    activations: { total: verdicts.length, verified: verdicts.length - failedActivations.length, failed: failedActivations },
    claims: { ...model.claims, unexpected: badClaims },
    errata: model.errata.length,
    seconds: Number(seconds.toFixed(1)),
  };
  if (values.json) print(JSON.stringify(summary, null, 2));
  else {
    print(`wrote ${paths.markdown}, ${paths.html}, ${paths.summary}${wantPdf ? ' and their PDFs' : ''} in ${seconds.toFixed(1)} s`);
    print(`activations: ${summary.activations.verified} of ${summary.activations.total} verified${failedActivations.length ? `; FAILED: ${failedActivations.join(', ')}` : ''}`);
    print(`claims of the notes: ${model.claims.proved} proved, ${model.claims.refuted} refuted (errata), ${model.claims.notCheckable} not checkable${badClaims.length ? `; UNEXPECTED: ${badClaims.join(', ')}` : ''}`);
  }
  return failedActivations.length || badClaims.length ? 1 : 0;
}
