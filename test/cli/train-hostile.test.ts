import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'gradproof-train-hostile-'));
const EXPLODE = ['--data', 'xor', '--lr', '1e8', '--activation', 'relu', '--output', 'linear', '--optimizer', 'sgd'];

describe('divergence is one rule in both backends', () => {
  it('train --lr 1e8 stops at the same epoch with exit 1 in float64 and at 20 digits', async () => {
    const f = await runCli('train', ...EXPLODE, '--json');
    const d = await runCli('train', ...EXPLODE, '--precision', '20', '--json');
    expect(f.code).toBe(1);
    expect(d.code).toBe(1);
    const fr = JSON.parse(f.stdout);
    const dr = JSON.parse(d.stdout);
    expect(fr.diverged.epoch).toBe(20);
    expect(dr.diverged.epoch).toBe(fr.diverged.epoch);
    expect(dr.diverged.where).toBe(fr.diverged.where);
    expect(d.stderr).toMatch(/^gradproof: training diverged at epoch 20: loss \S+e\+3\d\d, the loss is beyond the float64 range \(layers\[1\] linear\)\n$/);
    expect(f.stderr).toMatch(/^gradproof: training diverged at epoch 20: loss Infinity, the loss is not finite \(layers\[1\] linear\)\n$/);
  });

  it('the rule is the float64 range, not a smaller bound: 19 epochs end with a loss of 2.2e298 in both backends, no divergence', async () => {
    const f = await runCli('train', ...EXPLODE, '--epochs', '19', '--json');
    const d = await runCli('train', ...EXPLODE, '--epochs', '19', '--precision', '20', '--json');
    expect([f.code, d.code]).toEqual([0, 0]);
    expect(JSON.parse(f.stdout).loss).toMatch(/^2\.219140966\d*e\+298$/);
    expect(JSON.parse(d.stdout).loss).toMatch(/^2\.219140966\d*e\+298$/);
  });
});

describe('learning rates are exact decimals', () => {
  it('--lr 1e-400 is positive: accepted at 20 digits', async () => {
    const r = await runCli('train', '--data', 'xor', '--lr', '1e-400', '--epochs', '2', '--precision', '20', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).lr).toBe('1e-400');
  });

  it('--lr 1e-400 in float64 is refused for what it is: below the float64 range (not "not positive")', async () => {
    const r = await runCli('train', '--data', 'xor', '--lr', '1e-400', '--epochs', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gradproof: --lr 1e-400 is below the range of float64 arithmetic (it would be 0): train with --precision <digits>\n');
    const big = await runCli('train', '--data', 'xor', '--lr', '1e400', '--epochs', '2');
    expect(big.stderr).toMatch(/--lr 1e400 is above the range of float64 arithmetic \(it would be Infinity\)/);
    for (const bad of ['0', '0.0', '0e5', '-1', '']) {
      const z = await runCli('train', '--data', 'xor', '--lr', bad, '--epochs', '2');
      expect(z.code).toBe(2);
      expect(z.stderr).toMatch(/--lr must be a positive decimal number/);
    }
  });
});

describe('train --out writes its four files as one set', () => {
  const old = { 'loss.csv': 'old csv', 'loss.json': 'old json', 'loss.svg': 'old svg', 'network.json': 'old network' };
  const seed = (name: string) => join(dir, name);

  it('a finished run replaces all four', async () => {
    const out = seed('finished');
    await runCli('train', '--data', 'xor', '--epochs', '3', '--out', out);
    for (const [f, t] of Object.entries(old)) writeFileSync(join(out, f), t);
    const r = await runCli('train', '--data', 'xor', '--epochs', '3', '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['loss.csv', 'loss.json', 'loss.svg', 'network.json']);
    for (const [f, t] of Object.entries(old)) expect(readFileSync(join(out, f), 'utf8')).not.toBe(t);
    expect(readFileSync(join(out, 'loss.csv'), 'utf8').trim().split('\n')).toHaveLength(4);
  });

  it('a diverged run writes its curve and removes the old network.json (no mixed set)', async () => {
    const out = seed('diverged');
    await runCli('train', '--data', 'xor', '--epochs', '3', '--out', out);
    for (const [f, t] of Object.entries(old)) writeFileSync(join(out, f), t);
    const r = await runCli('train', ...EXPLODE, '--out', out);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['loss.csv', 'loss.json', 'loss.svg']);
    expect(readFileSync(join(out, 'loss.csv'), 'utf8').trim().split('\n')).toHaveLength(20); // header + epochs 1…19
  });
});
