/**
 * The serial tail of `gradproof sheet` (docs/benchmarks.md, "npm start: the critical
 * path"), this checkout against a baseline build, alternating, in one process: the sheet's
 * model is computed once; then, each round and for each build, Chromium is started as
 * `gradproof sheet` starts it (this checkout: its two pages loading the pages' shells) and
 * given 4 s, as it is while the sheet is computed; then the time from the model to both
 * PDFs is measured: the two pages' HTML, setting them in Chromium, fitting, printing. Both
 * builds must print the same bytes. Usage (after `npm run build`, the baseline built too):
 * npx tsx bench/sheet-tail.ts <baseline dist/> [rounds = 5]
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { row } from './stats.js';

const [baseDist, roundsArg] = process.argv.slice(2);
if (!baseDist) throw new Error('usage: npx tsx bench/sheet-tail.ts <baseline dist/> [rounds]');
const from = (dist: string) => (f: string) => import(pathToFileURL(resolve(dist, f)).href);
const here = from('dist');

const [proofs, acts, notes, runner, model, work, stamp, cli, pdf] = await Promise.all(
  ['proofs/index.js', 'src/activations/index.js', 'src/derivation/notes.js', 'src/proofs/runner.js', 'src/sheet/model.js', 'src/sheet/work.js', 'src/sheet/stamp.js', 'src/cli/sheet.js', 'src/sheet/pdf.js'].map(here),
);
const chromium = pdf.findChromium();
if (!chromium) throw new Error('no Chromium');
const shared = work.startSheetWork(work.sheetTasks(acts.ACTIVATIONS, model.NOTES_ORDER));
const claims = runner.runClaims(proofs.ALL_CLAIMS);
const derivations = notes.notesDerivations();
shared.helpOut();
const done = await shared.done();
const verdicts = acts.ACTIVATIONS.map((a: { name: string }) => done.verdicts.get(a.name));
const m = model.buildSheet({ activations: acts.ACTIVATIONS, verdicts, claims, derivations, readable: done.readable, plots: done.plots, formulas: done.formulas, stamp: stamp.sheetStamp() });
const css = cli.katexCss();
const date = m.stamp.date ? { date: m.stamp.date } : {};

interface Build {
  html: { sheetHtml(m: unknown, css: string): string; summaryHtml(m: unknown, css: string): string; pageShells?: (css: string) => string[] };
  printer: { startPrinter(chromium: string, pages: number | string[]): { print(jobs: object[]): Promise<Buffer[]>; close(): Promise<void> } };
}
async function load(dist: string): Promise<Build> {
  const f = from(dist);
  const [html, printer] = await Promise.all([f('src/sheet/html.js'), f('src/sheet/printer.js')]);
  return { html, printer };
}
const builds: [string, Build][] = [
  ['baseline', await load(baseDist)],
  ['this checkout', await load('dist')],
];

async function tail(b: Build): Promise<{ seconds: number; pdfs: Buffer[] }> {
  const printer = b.printer.startPrinter(chromium!, b.html.pageShells ? b.html.pageShells(css) : 2);
  try {
    await new Promise((r) => setTimeout(r, 4000));
    const start = performance.now();
    const html = b.html.sheetHtml(m, css);
    const sheet = printer.print([{ html, format: 'A4', title: `gradproof formula sheet ${m.stamp.version}`, ...date }]);
    sheet.catch(() => {});
    const summary = printer.print([{ html: b.html.summaryHtml(m, css), format: 'A4', title: `gradproof summary ${m.stamp.version}`, tagged: true, ...date }]);
    const pdfs = (await Promise.all([sheet, summary])).flat();
    return { seconds: (performance.now() - start) / 1000, pdfs };
  } finally {
    await printer.close();
  }
}

console.log(row(['round', 'build', 'load before', 'model → both PDFs, s', 'same PDFs as the baseline']));
console.log('|---|---|---|---|---|');
const sums = builds.map(() => 0);
const rounds = Number(roundsArg ?? 5);
for (let r = 1; r <= rounds; r++) {
  let first: Buffer[] | undefined;
  for (const [i, [name, b]] of builds.entries()) {
    const load = loadavg()[0]!.toFixed(2);
    const t = await tail(b);
    first ??= t.pdfs;
    sums[i]! += t.seconds;
    console.log(row([r, name, load, t.seconds.toFixed(2), t.pdfs.every((p, k) => p.equals(first![k]!)) ? 'yes' : 'NO']));
  }
}
console.log(`\nmean: ${builds.map(([name], i) => `${name} ${(sums[i]! / rounds).toFixed(2)} s`).join(', ')}; ratio ${(sums[1]! / sums[0]!).toFixed(2)}`);
