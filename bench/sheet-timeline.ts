/**
 * The critical path of `gradproof sheet` (docs/benchmarks.md, "npm start: the critical
 * path"): runs the built CLI with GRADPROOF_SHEET_TIMELINE set and prints, per thread, when
 * each step started and ended (seconds since the process was spawned): the main thread's
 * claims, derivations and tasks, the worker's tasks, Chromium's start, and each PDF's
 * setContent, fit-to-width and print. Consecutive tasks of one thread are shown as one row
 * (their count and summed time); pass --tasks to list every one.
 * Usage (after `npm run build`): npx tsx bench/sheet-timeline.ts [bin.js] [--tasks]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { row } from './stats.js';

interface Step {
  thread: string;
  step: string;
  start: number;
  end: number;
}

const args = process.argv.slice(2);
const all = args.includes('--tasks');
const bin = args.find((a) => !a.startsWith('--')) ?? 'dist/cli/gradproof.js';
const out = mkdtempSync(join(tmpdir(), 'gradproof-sheet-timeline-'));
console.log(`load average before: ${loadavg()[0]!.toFixed(2)}`);
const spawned = performance.timeOrigin + performance.now();
const child = spawn(process.execPath, [bin, 'sheet', '--out', out], { env: { ...process.env, GRADPROOF_SHEET_TIMELINE: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d: Buffer) => {
  stderr += d.toString();
});
const code = await new Promise<number | null>((done) => child.on('exit', done));
const exited = (performance.timeOrigin + performance.now() - spawned) / 1000;
rmSync(out, { recursive: true, force: true });
if (code !== 0) throw new Error(`sheet exited with ${code}: ${stderr}`);
const steps = (JSON.parse(stderr.trim().split('\n').at(-1)!) as Step[]).map((s) => ({ ...s, start: (s.start - spawned) / 1000, end: (s.end - spawned) / 1000 }));

const isTask = (s: Step) => /^(verify|readable|formula|plot) /.test(s.step);
const threads = [...new Set(steps.map((s) => s.thread))];
console.log(`\nprocess exited at ${exited.toFixed(2)} s\n`);
console.log(row(['thread', 'step', 'start s', 'end s', 'busy s']));
console.log('|---|---|---|---|---|');
for (const thread of threads) {
  const mine = steps.filter((s) => s.thread === thread).sort((a, b) => a.start - b.start);
  for (let i = 0; i < mine.length; ) {
    const s = mine[i]!;
    if (all || !isTask(s)) {
      console.log(row([thread, s.step, s.start.toFixed(2), s.end.toFixed(2), (s.end - s.start).toFixed(2)]));
      i++;
      continue;
    }
    let j = i;
    while (j < mine.length && isTask(mine[j]!)) j++;
    const run = mine.slice(i, j);
    const kinds = [...new Set(run.map((t) => t.step.split(' ')[0]))].join(', ');
    const busy = run.reduce((a, t) => a + t.end - t.start, 0);
    console.log(row([thread, `${run.length} tasks (${kinds}); last: ${run.at(-1)!.step}`, s.start.toFixed(2), run.at(-1)!.end.toFixed(2), busy.toFixed(2)]));
    i = j;
  }
}
