/**
 * Benchmarks of hostile and large input (run: `npm run build && npx tsx bench/input.ts`).
 * Prints, for the spec reader `readJson` and for `JSON.parse` (which rounds numbers, for
 * scale): a 60 MB spec of long strings and a million numbers (20 MB); then the whole
 * `gradproof gradcheck` command on /dev/zero, 50 MB of whitespace, a 60 MB spec of long
 * strings and a 21 MB activation name: each must end in a second or two with exit code 2.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJson } from '../src/nn/json.js';

const ms = (start: number): string => `${Math.round(performance.now() - start)} ms`;

const longStrings = `{"layers":[${Array.from({ length: 60 }, () => `{"weights":[[${Array.from({ length: 10 }, () => `"${'a'.repeat(99_000)}"`).join(',')}]]}`).join(',')}]}`;
const numbers = `[${Array.from({ length: 1_000_000 }, (_, i) => `0.${String(i).padStart(17, '7')}`).join(',')}]`;
for (const [what, text] of [
  [`${(longStrings.length / 1e6).toFixed(0)} MB of long strings`, longStrings],
  [`a million numbers (${(numbers.length / 1e6).toFixed(0)} MB)`, numbers],
] as const) {
  let start = performance.now();
  readJson(text);
  const ours = ms(start);
  start = performance.now();
  JSON.parse(text);
  console.log(`${what}: readJson ${ours}, JSON.parse ${ms(start)}`);
}

const dir = mkdtempSync(join(tmpdir(), 'gradproof-bench-input-'));
const files: [string, string][] = [['/dev/zero', '/dev/zero']];
writeFileSync(join(dir, 'spaces.json'), ' '.repeat(50_000_000));
files.push(['50 MB of whitespace', join(dir, 'spaces.json')]);
writeFileSync(join(dir, 'strings.json'), longStrings);
files.push(['60 MB of long strings', join(dir, 'strings.json')]);
writeFileSync(join(dir, 'name.json'), JSON.stringify({ layers: [{ weights: [[0.5]], bias: [0], activation: 'sigmoid'.repeat(3_000_000) }], loss: 'mse', input: [1], target: [0] }));
files.push(['a 21 MB activation name', join(dir, 'name.json')]);
for (const [what, path] of files) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['dist/cli/gradproof.js', 'gradcheck', path], { encoding: 'utf8' });
  console.log(`gradproof gradcheck on ${what}: exit ${r.status} in ${ms(start)} (${r.stderr.trim().slice(0, 90)})`);
}
rmSync(dir, { recursive: true, force: true });
