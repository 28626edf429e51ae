/**
 * Where `npm start`'s time goes (docs/benchmarks.md, issue 15): each stage of the sheet
 * run alone, in order, on one thread of this process (CPU seconds; a later stage reuses
 * what an earlier one derived, as it does on the thread that runs it in `gradproof
 * sheet`), then the two PDFs printed by Chromium, each alone and both in one browser, with
 * the CPU time of every Chromium process (sampled from /proc every 100 ms, Linux only).
 * Run after `npm run build`: npx tsx bench/sheet-stages.ts
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { sampleTree } from './proc-cpu.js';
import { row } from './stats.js';

const dist = (f: string) => import(pathToFileURL(`dist/${f}`).href);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

console.log(`load average before: ${loadavg()[0]!.toFixed(2)}\n`);
console.log('## the sheet, stage by stage, on one thread');
console.log(row(['stage', 'CPU s', 'wall s']));
console.log('|---|---|---|');
async function stage<T>(name: string, f: () => T | Promise<T>): Promise<T> {
  const c = cpu();
  const w = performance.now();
  const r = await f();
  console.log(row([name, (cpu() - c).toFixed(2), ((performance.now() - w) / 1000).toFixed(2)]));
  return r;
}
const [proofs, acts, notes, runner, html, md, model, pdf, stamp, sheet, verify, plots] = await stage('import', () =>
  Promise.all(
    [
      'proofs/index.js',
      'src/activations/index.js',
      'src/derivation/notes.js',
      'src/proofs/runner.js',
      'src/sheet/html.js',
      'src/sheet/markdown.js',
      'src/sheet/model.js',
      'src/sheet/pdf.js',
      'src/sheet/stamp.js',
      'src/cli/sheet.js',
      'src/verify/activation.js',
      'src/sheet/plots.js',
    ].map(dist),
  ),
);
const A = acts.ACTIVATIONS as { name: string; kind: string }[];
const verdicts = await stage(`verify the catalogue (${A.length} activations)`, () => A.map((a) => verify.verifyActivation(a)));
const claims = await stage('the notes’ claims (gradproof prove)', () => runner.runClaims(proofs.ALL_CLAIMS));
const derivations = await stage('the notes’ derivations', () => notes.notesDerivations());
const readable = await stage('readable φ′, φ″ (scalar activations)', () => new Map(A.filter((a) => a.kind === 'scalar').map((a) => [a.name, model.readableParts(a)])));
const formulas = await stage('φ in TeX', () => new Map(A.map((a) => [a.name, model.formulaTex(a)])));
const plotMap = await stage('plots (d3)', () => new Map(A.map((a) => [a.name, plots.activationPlot(a)])));
const m = await stage('the rest of the model (kinks, conventions, initializers, constants, errata)', () =>
  model.buildSheet({ activations: A, verdicts, claims, derivations, readable, formulas, plots: plotMap, stamp: stamp.sheetStamp() }),
);
const css = await stage('KaTeX CSS with its fonts inlined', () => sheet.katexCss());
const page = await stage('formula-sheet.html (KaTeX)', () => html.sheetHtml(m, css));
const summary = await stage('formula-summary.html', () => html.summaryHtml(m, css));
await stage('formula-sheet.md and its plots', () => [md.sheetMarkdown(m), md.sheetPlots(m)]);

/** Wall seconds of f and the CPU seconds of the Chromium processes it ran. */
async function chromiumCpu(f: () => Promise<unknown>): Promise<{ wall: number; chromium: number }> {
  const tree = sampleTree(process.pid);
  const w = performance.now();
  await f();
  const wall = (performance.now() - w) / 1000;
  return { wall, chromium: tree.stop().chromium };
}

const chromium = pdf.findChromium();
if (!chromium) console.log('\nno Chromium: PDFs not measured');
else {
  const date = m.stamp.date ? { date: m.stamp.date } : {};
  const sheetJob = { html: page, format: 'A4', title: `gradproof formula sheet ${m.stamp.version}`, ...date };
  const summaryJob = { html: summary, format: 'A4', title: `gradproof summary ${m.stamp.version}`, tagged: true, ...date };
  console.log('\n## the PDFs (Chromium), each in a fresh browser');
  console.log(row(['print', 'wall s', 'Chromium CPU s (sampled)', 'this process CPU s']));
  console.log('|---|---|---|---|');
  for (const [name, jobs] of [
    ['start and close the browser only', []],
    ['formula-sheet.pdf', [sheetJob]],
    ['formula-summary.pdf (tagged)', [summaryJob]],
    ['both, side by side in one browser (as npm start)', [sheetJob, summaryJob]],
  ] as const) {
    const c = cpu();
    const r = await chromiumCpu(() => pdf.printPdfs(jobs, chromium));
    console.log(row([name, r.wall.toFixed(2), r.chromium.toFixed(2), (cpu() - c).toFixed(2)]));
  }
}
