/**
 * `gradproof sheet` of two builds, alternating, in one run (docs/benchmarks.md, issue 15):
 * wall time, the CPU time of node (with its threads) and of Chromium (sampled from /proc),
 * the load average before each run, and whether the files written are byte for byte those
 * in docs/. Build the baseline elsewhere first, e.g.
 * `git worktree add /tmp/base main && (cd /tmp/base && npm ci)`, or copy an older dist/
 * with its package.json into scratch/base/ (inside the checkout, so its stamp's date is
 * the same). Usage: npx tsx bench/sheet-ab.ts <baseline bin.js> [rounds = 3]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from './files.js';
import { sampleTree } from './proc-cpu.js';
import { row } from './stats.js';

const [baseBin, roundsArg] = process.argv.slice(2);
if (!baseBin) throw new Error('usage: npx tsx bench/sheet-ab.ts <baseline bin.js> [rounds]');
const builds = [
  ['baseline', baseBin],
  ['this checkout', 'dist/cli/gradproof.js'],
] as const;

function sameAsDocs(out: string): boolean {
  return filesUnder(out).every((f) => readFileSync(join(out, f)).equals(readFileSync(join('docs', f))));
}

async function run(bin: string): Promise<{ wall: number; node: number; chromium: number; same: boolean }> {
  const out = mkdtempSync(join(tmpdir(), 'gradproof-sheet-ab-'));
  const start = performance.now();
  const child = spawn(process.execPath, [bin, 'sheet', '--out', out], { stdio: 'ignore' });
  const tree = sampleTree(child.pid!);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  const wall = (performance.now() - start) / 1000;
  const cpu = tree.stop();
  if (code !== 0) throw new Error(`${bin} sheet exited with ${code}`);
  const same = sameAsDocs(out);
  rmSync(out, { recursive: true, force: true });
  return { wall, node: cpu.other, chromium: cpu.chromium, same };
}

console.log(row(['round', 'build', 'load before', 'wall s', 'node CPU s', 'Chromium CPU s', 'same bytes as docs/']));
console.log('|---|---|---|---|---|---|---|');
for (let r = 1; r <= Number(roundsArg ?? 3); r++) {
  for (const [name, bin] of builds) {
    const load = loadavg()[0]!.toFixed(2);
    const m = await run(bin);
    console.log(row([r, name, load, m.wall.toFixed(1), m.node.toFixed(1), m.chromium.toFixed(1), m.same ? 'yes' : 'NO']));
  }
}
