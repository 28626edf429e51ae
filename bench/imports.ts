/**
 * What `import('gradproof')` costs and what it loads (docs/benchmarks.md, "Arithmetic
 * engines", import cost, and "Issue 15: lazy loading, second round"). Run after
 * `npm run build`: npx tsx bench/imports.ts [BASE]
 *
 * - the package's entries as a consumer imports them (`gradproof`, `gradproof/core`:
 *   package.json "exports", the bundle in dist/bundle/) and the unbundled modules
 *   (dist/src/index.js, dist/src/core.js), in fresh node processes (wall and CPU
 *   milliseconds of the import; every process of a round in turn, alternating, RUNS
 *   rounds), and what the first derivation then pays; with BASE (another built checkout
 *   of gradproof, e.g. the branch point), its entries alternate with these in the same
 *   rounds;
 * - every module it loads (a resolve hook records them), grouped by package and by
 *   gradproof folder;
 * - each heavy part alone, in a fresh process: what removing it from the main entry's
 *   static graph would save at most.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, row } from './stats.js';

const root = resolve('.');
const base = process.argv[2] ? resolve(process.argv[2]) : undefined;
const RUNS = 9;

/** One process's wall and CPU ms for importing `specifier` from the directory `cwd`. */
function importOnce(specifier: string, cwd: string): [number, number] {
  const code = `const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(specifier)}); const u = process.cpuUsage(c); console.log(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8' })) as [number, number];
}

/** Medians of wall and CPU ms of each import, over RUNS rounds in which every import runs once in turn (a fresh process each). */
function alternating(imports: readonly { specifier: string; cwd: string }[]): { wall: number; cpu: number }[] {
  const runs = imports.map(() => [] as [number, number][]);
  for (let r = 0; r < RUNS; r++) for (const [i, im] of imports.entries()) runs[i]!.push(importOnce(im.specifier, im.cwd));
  return runs.map((rs) => ({ wall: median(rs.map((x) => x[0])), cpu: median(rs.map((x) => x[1])) }));
}

/** ms of wall and CPU time for importing `specifier` in a fresh process (median of RUNS). */
function importCost(specifier: string): { wall: number; cpu: number } {
  return alternating([{ specifier, cwd: root }])[0]!;
}

/** The file URLs loaded by importing `specifier` (a module resolve hook records them). */
function loadedModules(specifier: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gradproof-imports-'));
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(hooks, `export async function resolve(s, c, next) { const r = await next(s, c); process.send?.(r.url); globalThis.__seen ??= []; return r; }\n`);
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module'; import { MessageChannel } from 'node:worker_threads';\nconst { port1, port2 } = new MessageChannel(); const seen = new Set(); port1.on('message', (u) => seen.add(u)); port1.unref();\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks2.mjs')).href)}, { data: { port: port2 }, transferList: [port2] });\nprocess.on('exit', () => { process.stdout.write(JSON.stringify([...seen])); });\n`,
  );
  writeFileSync(join(dir, 'hooks2.mjs'), `let port; export function initialize(d) { port = d.port; } export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r; }\n`);
  const out = execFileSync(process.execPath, ['--import', pathToFileURL(register).href, '--input-type=module', '-e', `await import(${JSON.stringify(specifier)}); await new Promise((r) => setTimeout(r, 50));`], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out) as string[];
}

/** ms of wall and CPU time of `body` (an ES module body) after importing `specifier` and running `setup`, in a fresh process (median of RUNS). */
function firstUseCost(specifier: string, setup: string, body: string): { wall: number; cpu: number } {
  const code = `const g = await import(${JSON.stringify(specifier)}); ${setup}; const c = process.cpuUsage(); const t = performance.now(); ${body}; const u = process.cpuUsage(c); console.log(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]));`;
  const runs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' })) as [number, number]);
  return { wall: median(runs.map((r) => r[0])), cpu: median(runs.map((r) => r[1])) };
}

const entries: { label: string; specifier: string; cwd: string }[] = [
  { label: "import('gradproof') (package.json exports: dist/bundle/index.js)", specifier: 'gradproof', cwd: root },
  { label: "import('gradproof/core') (dist/bundle/core.js)", specifier: 'gradproof/core', cwd: root },
  { label: 'the unbundled main entry (dist/src/index.js)', specifier: './dist/src/index.js', cwd: root },
  { label: 'the unbundled core (dist/src/core.js)', specifier: './dist/src/core.js', cwd: root },
  { label: '(an empty import, node:path)', specifier: 'node:path', cwd: root },
];
if (base) {
  entries.push({ label: `BASE: import('gradproof') (${base})`, specifier: 'gradproof', cwd: base });
  entries.push({ label: "BASE: import('gradproof/core')", specifier: 'gradproof/core', cwd: base });
}
console.log(`## import of the entries (fresh process each, alternating; median of ${RUNS} rounds)`);
console.log(row(['', 'wall ms', 'CPU ms']));
for (const [i, c] of alternating(entries).entries()) console.log(row([entries[i]!.label, c.wall.toFixed(1), c.cpu.toFixed(1)]));
const first = firstUseCost('gradproof/core', '', "g.derive('x^2*sin(x)', 'x')"); // the CAS loads and sets up on its first call
const second = firstUseCost('gradproof/core', "g.derive('x^3*cos(x)', 'x')", "g.derive('x^2*sin(x)', 'x')");
console.log(row(["the first derive('x^2*sin(x)', 'x') (the CAS's first call)", first.wall.toFixed(0), first.cpu.toFixed(0)]));
console.log(row(['(the same after one derivation: everything, the CAS included, already loaded)', second.wall.toFixed(0), second.cpu.toFixed(0)]));

const listed: [string, string][] = [
  ["import('gradproof') (the bundle)", 'gradproof'],
  ['the unbundled main entry (dist/src/index.js)', './dist/src/index.js'],
];
for (const [name, specifier] of listed) {
  const urls = loadedModules(specifier).filter((u) => u.startsWith('file:'));
  const groups = new Map<string, number>();
  for (const u of urls) {
    const p = u.replace(pathToFileURL(root).href, '');
    const m = p.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    let k = p;
    if (m) k = `package ${m[1]}`;
    else if (p.startsWith('/dist/src/')) k = p.split('/').length > 4 ? `gradproof src/${p.split('/')[3]}/` : 'gradproof src/ (top level)';
    else if (p.startsWith('/dist/proofs/')) k = 'gradproof proofs/ (the claims)';
    groups.set(k, (groups.get(k) ?? 0) + 1);
  }
  console.log(`\n## modules loaded by ${name}: ${urls.length}`);
  console.log(row(['package or folder', 'modules']));
  for (const [k, n] of [...groups].sort((a, b) => b[1] - a[1])) console.log(row([k, n]));
}

const parts: [string, string][] = [
  ['the bundle of gradproof/core alone (dist/bundle/core.js)', 'gradproof/core'],
  ['katex', 'katex'],
  ['d3-scale + d3-shape', './dist/src/plot/line-chart.js'],
  ['nerdamer-prime (the CAS)', 'nerdamer-prime/all'],
  ['decimal.js', 'decimal.js'],
  ['the formula sheet (sheet/html.js; KaTeX loads on its first rendering)', './dist/src/sheet/html.js'],
  ['the claims of the notes (proofs/index.js)', './dist/proofs/index.js'],
  ['the network engine (nn/index.js)', './dist/src/nn/index.js'],
  ['the activation catalogue (activations/index.js)', './dist/src/activations/index.js'],
  ['the core: derive, evaluate, verifyDerivative (verify/derivative.js)', './dist/src/verify/derivative.js'],
  ['the LaTeX parser (@cortex-js/compute-engine/latex-syntax)', '@cortex-js/compute-engine/latex-syntax'],
  ['the BigInt engine (numeric/mp/index.js)', './dist/src/numeric/mp/index.js'],
];
console.log('\n## each part alone (fresh process; its own dependencies included)');
console.log(row(['part', 'wall ms', 'CPU ms']));
for (const [name, spec] of parts) {
  const c = importCost(spec);
  console.log(row([name, c.wall.toFixed(0), c.cpu.toFixed(0)]));
}
