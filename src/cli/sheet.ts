/**
 * `gradproof sheet [--out docs/] [--no-pdf]` (and `npm start`): derives and verifies the
 * catalogue, runs every claim of the notes, and writes docs/formula-sheet.md (with its
 * plots as SVG files beside it), docs/formula-sheet.html, docs/formula-summary.html and
 * their PDFs, as one set (`output.ts`): a failed or interrupted run leaves nothing
 * half-written and no temporary file.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ALL_CLAIMS } from '../../proofs/index.js';
import type { ActivationVerdict } from '../verify/activation.js';
import { ACTIVATIONS } from '../activations/index.js';
import { notesDerivations } from '../derivation/notes.js';
import { InputError, printable } from '../errors.js';
import { type ClaimResult, runClaims } from '../proofs/runner.js';
import { pageShells, sheetHtml, summaryHtml } from '../sheet/html.js';
import { PLOTS_DIR, sheetMarkdown, sheetPlots } from '../sheet/markdown.js';
import { buildSheet, NOTES_ORDER, type SheetModel } from '../sheet/model.js';
import { findChromium, type PdfPrinter } from '../sheet/pdf.js';
import { startPrinter } from '../sheet/printer.js';
import { sheetStamp } from '../sheet/stamp.js';
import { takeSteps, timed, timedAsync, timelineOn } from '../sheet/timeline.js';
import { sheetTasks, startSheetWork } from '../sheet/work.js';
import { COMMON_OPTIONS, parseCommand, print } from './args.js';
import { checkWritable, outputDirectory, writeFileSet } from './output.js';

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


/** The files of the sheet, by name in the output directory. */
const SHEET_FILES = ['formula-sheet.md', 'formula-sheet.html', 'formula-summary.html'];
const PDF_FILES = ['formula-sheet.pdf', 'formula-summary.pdf'];

/** Runs `gradproof sheet`; returns the exit code. */
export async function runSheet(argv: string[]): Promise<number> {
  const { values } = parseCommand(argv, { ...COMMON_OPTIONS, out: { type: 'string' }, 'no-pdf': { type: 'boolean' } }, { command: 'sheet', max: 0 });
  if (values.help) {
    print(usage);
    return 0;
  }
  const out = outputDirectory(values.out ?? 'docs');
  const wantPdf = !values['no-pdf'];
  await checkWritable(out, [...SHEET_FILES, ...(wantPdf ? PDF_FILES : [])]);
  const chromium = wantPdf ? findChromium() : undefined;
  if (wantPdf && !chromium) throw new InputError('no Chromium to print the PDFs with: install chromium, set GRADPROOF_CHROMIUM to its path, or pass --no-pdf');
  const start = performance.now();
  // worker threads take the activations' tasks (verifications first, the notes' activations last) from the front of one list
  const work = startSheetWork(sheetTasks(ACTIVATIONS, NOTES_ORDER));
  let printer: PdfPrinter | undefined;
  let model: SheetModel;
  let html: string;
  let summaryPage: string;
  let pdfs: Buffer[];
  let markdown: string;
  let plots: ReturnType<typeof sheetPlots>;
  let claims: ClaimResult[];
  let verdicts: ActivationVerdict[];
  try {
    // Chromium starts on a thread of its own while the workers verify and this thread runs the claims
    const css = katexCss();
    // its two pages load the pages' styles and fonts meanwhile
    printer = wantPdf ? startPrinter(chromium!, pageShells(css)) : undefined;
    claims = timed('main', 'the notes’ claims', () => runClaims(ALL_CLAIMS));
    const derivations = timed('main', 'the notes’ derivations', () => notesDerivations());
    // then this thread takes what the workers have not, from the back of the list (the cheap tasks)
    work.helpOut();
    const done = await timedAsync('main', 'wait for the worker', () => work.done());
    verdicts = ACTIVATIONS.map((a) => done.verdicts.get(a.name)!);
    model = timed('main', 'buildSheet', () => buildSheet({ activations: ACTIVATIONS, verdicts, claims, derivations, readable: done.readable, plots: done.plots, formulas: done.formulas, stamp: sheetStamp() }));
    const date = model.stamp.date ? { date: model.stamp.date } : {};
    html = timed('main', 'formula-sheet.html', () => sheetHtml(model, css));
    // the full sheet, the longer print, starts first; the summary prints beside it
    const sheetPdf = printer?.print([{ html, format: 'A4', title: `gradproof formula sheet ${model.stamp.version}`, ...date }]);
    sheetPdf?.catch(() => {}); // awaited below; should the summary fail first, its rejection is not unhandled
    summaryPage = timed('main', 'formula-summary.html', () => summaryHtml(model, css));
    // the summary, the page a student keeps, is printed as a tagged (accessible) PDF
    const summaryPdf = printer?.print([{ html: summaryPage, format: 'A4', title: `gradproof summary ${model.stamp.version}`, tagged: true, ...date }]);
    // the Markdown while Chromium prints
    markdown = timed('main', 'formula-sheet.md', () => sheetMarkdown(model));
    plots = sheetPlots(model);
    pdfs = sheetPdf && summaryPdf ? await timedAsync('main', 'wait for the PDFs', async () => (await Promise.all([sheetPdf, summaryPdf])).flat()) : [];
  } catch (e) {
    work.stop();
    await printer?.close();
    throw e;
  }
  work.stop();
  // the browser closes while the files are written
  const closing = printer?.close();
  try {
    if (plots.length) outputDirectory(join(out, PLOTS_DIR));
    // every file of the sheet as one set: all new or all old, nothing half-written
    await timedAsync('main', 'write the files', () =>
      writeFileSet(out, [
        { name: 'formula-sheet.md', text: markdown },
        { name: 'formula-sheet.html', text: html },
        { name: 'formula-summary.html', text: summaryPage },
        ...pdfs.map((bytes, i) => ({ name: PDF_FILES[i]!, text: bytes })),
        ...plots.map((p) => ({ name: p.path, text: p.svg })),
      ]),
    );
  } finally {
    await timedAsync('main', 'close Chromium', async () => closing);
  }
  if (timelineOn) process.stderr.write(`${JSON.stringify(takeSteps())}\n`);
  const paths = {
    markdown: join(out, 'formula-sheet.md'),
    html: join(out, 'formula-sheet.html'),
    summary: join(out, 'formula-summary.html'),
    ...(wantPdf ? { pdf: join(out, PDF_FILES[0]!), summaryPdf: join(out, PDF_FILES[1]!) } : {}),
    plots: join(out, PLOTS_DIR),
  };
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
    print(`wrote ${printable(paths.markdown)}, ${printable(paths.html)}, ${printable(paths.summary)}${wantPdf ? ' and their PDFs' : ''} in ${seconds.toFixed(1)} s`);
    print(`activations: ${summary.activations.verified} of ${summary.activations.total} verified${failedActivations.length ? `; FAILED: ${failedActivations.join(', ')}` : ''}`);
    print(`claims of the notes: ${model.claims.proved} proved, ${model.claims.verified} verified, ${model.claims.refuted} refuted (errata), ${model.claims.notCheckable} not checkable${badClaims.length ? `; UNEXPECTED: ${badClaims.join(', ')}` : ''}`);
  }
  return failedActivations.length || badClaims.length ? 1 : 0;
}
