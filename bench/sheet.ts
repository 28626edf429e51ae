/**
 * Formula-sheet figures (docs/benchmarks.md): the wall time of `npm start` (gradproof
 * sheet: verify the catalogue, run the claims, derive the notes' derivations, render both
 * pages, print both PDFs) with the machine's load average beside it, the CPU time of the
 * process and its children, and the size of every file written.
 * Run after `npm run build`: npx tsx bench/sheet.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { row } from './stats.js';

const out = mkdtempSync(join(tmpdir(), 'gradproof-bench-sheet-'));
const load = loadavg()[0]!.toFixed(2);
const start = performance.now();
const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, 'dist/cli/gradproof.js', 'sheet', '--out', out], { encoding: 'utf8' });
const wall = (performance.now() - start) / 1000;
if (r.status !== 0) throw new Error(`gradproof sheet failed: ${r.stderr}`);
const [user, sys] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
console.log('## npm start (gradproof sheet, both pages, both PDFs)');
console.log(row(['wall s', 'CPU s (user + sys, with children)', 'load average before']));
console.log(row([wall.toFixed(1), (user! + sys!).toFixed(1), load]));
console.log('\n## files written');
console.log(row(['file', 'bytes']));
for (const f of readdirSync(out).sort()) {
  const p = join(out, f);
  const st = statSync(p);
  const bytes = st.isDirectory() ? readdirSync(p).reduce((a, x) => a + statSync(join(p, x)).size, 0) : st.size;
  console.log(row([st.isDirectory() ? `${f}/ (${readdirSync(p).length} files)` : f, bytes]));
}
