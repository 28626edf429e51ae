/**
 * V8's interrupt budget for the command line (src/cli/tiering.ts; docs/benchmarks.md,
 * "npm start, fourth round"): runs `gradproof sheet`, `verify-all` and `prove` from dist/
 * with each budget given on node's command line (which the CLI keeps as given), the
 * budgets alternating within each round so that the machine's load falls on all alike,
 * and prints each run's wall and CPU seconds (user + sys of node and every child it waited
 * for, by `/usr/bin/time`; Chromium's renderers are not counted) and the medians.
 * Also checks that every budget writes the same sheet, byte for byte.
 * Usage (after `npm run build`): npx tsx bench/interrupt-budget.ts [rounds] [budget …]
 * (default: 3 rounds; 67584, V8's default in Node 20, against the CLI's own and 4× that)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { INTERRUPT_BUDGET } from '../src/cli/tiering.js';
import { filesUnder } from './files.js';
import { median, row } from './stats.js';

const [roundsArg, ...budgetArgs] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 3);
const budgets = budgetArgs.length ? budgetArgs.map(Number) : [67584, INTERRUPT_BUDGET, 4 * INTERRUPT_BUDGET];
const commands: Record<string, (out: string) => string[]> = {
  sheet: (out) => ['sheet', '--out', out],
  'verify-all': () => ['verify-all'],
  prove: () => ['prove'],
};

/** Every file under `dir`, by relative path. */
const files = (dir: string): Map<string, Buffer> => new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f))]));

const times = new Map<string, { wall: number[]; cpu: number[] }>();
const sheets = new Map<number, Map<string, Buffer>>();
console.log(`load average before: ${loadavg()[0]!.toFixed(2)}; ${rounds} rounds; budgets ${budgets.join(', ')}`);
console.log(row(['round', 'command', 'budget', 'wall s', 'CPU s']));
console.log('|---|---|---|---|---|');
for (let round = 1; round <= rounds; round++) {
  for (const [name, args] of Object.entries(commands)) {
    for (const budget of budgets) {
      const out = mkdtempSync(join(tmpdir(), 'gradproof-bench-budget-'));
      const start = performance.now();
      const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, `--interrupt-budget=${budget}`, 'dist/cli/gradproof.js', ...args(out)], { encoding: 'utf8' });
      const wall = (performance.now() - start) / 1000;
      if (r.status !== 0) throw new Error(`${name} with budget ${budget} exited with ${r.status}: ${r.stderr.slice(-500)}`);
      const [user, sys] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      const key = `${name} ${budget}`;
      const t = times.get(key) ?? { wall: [], cpu: [] };
      t.wall.push(wall);
      t.cpu.push(user! + sys!);
      times.set(key, t);
      console.log(row([round, name, budget, wall.toFixed(2), (user! + sys!).toFixed(2)]));
      if (name === 'sheet' && !sheets.has(budget)) sheets.set(budget, files(out));
      rmSync(out, { recursive: true, force: true });
    }
  }
}

console.log(`\n${row(['command', 'budget', 'median wall s', 'median CPU s'])}`);
console.log('|---|---|---|---|');
for (const [key, t] of times) console.log(row([...key.split(' '), median(t.wall).toFixed(2), median(t.cpu).toFixed(2)]));

const [first, ...others] = [...sheets.entries()];
for (const [budget, written] of others) {
  const differs = [...new Set([...first![1].keys(), ...written.keys()])].filter((f) => !first![1].get(f)?.equals(written.get(f) ?? Buffer.alloc(0)));
  console.log(differs.length ? `budget ${budget}: ${differs.length} files differ from budget ${first![0]}'s: ${differs.join(', ')}` : `budget ${budget}: the sheet is byte for byte budget ${first![0]}'s (${written.size} files)`);
}
