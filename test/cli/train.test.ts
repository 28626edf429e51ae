import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'gradproof-train-'));

describe('gradproof train', () => {
  it('iris with the defaults: ≥ 95 % test accuracy, JSON report, loss curve as CSV, JSON and SVG', async () => {
    const out = join(dir, 'iris');
    const { code, stdout, stderr } = await runCli('train', '--data', 'iris', '--out', out, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const r = JSON.parse(stdout);
    expect(r.testAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.trainAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.epochs).toBe(200);
    expect(typeof r.seconds).toBe('number');
    expect(Number(r.loss)).toBeGreaterThan(0);
    expect(r.backend).toBe('float64');
    const csv = readFileSync(join(out, 'loss.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('epoch,loss');
    expect(csv.length).toBe(201);
    expect(csv[200]).toBe(`200,${r.loss}`);
    expect(JSON.parse(readFileSync(join(out, 'loss.json'), 'utf8')).history.length).toBe(200);
    expect(readFileSync(join(out, 'loss.svg'), 'utf8')).toContain('<svg');
    const net = JSON.parse(readFileSync(join(out, 'network.json'), 'utf8'));
    expect(net.layers.map((l: { weights: unknown[] }) => l.weights.length)).toEqual([8, 3]);
    expect(existsSync(join(out, `loss.csv.tmp-${process.pid}`))).toBe(false);
  });

  it('prints a text report and no progress bar when stdout is not a terminal', async () => {
    const { code, stdout } = await runCli('train', '--data', 'xor', '--hidden', '4', '--epochs', '300', '--batch', '0', '--lr', '0.05');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^trained 2-4-2 \(tanh, softmax, categorical_crossentropy, glorot_uniform\) on xor: 4 train \/ 4 test, adam lr 0.05, batch full, float64\n/);
    expect(stdout).toMatch(/epochs 300 {2}loss \S+ {2}train accuracy 100\.0 % {2}test accuracy 100\.0 %/);
    expect(stdout).not.toContain('█');
  });

  it('trains at high precision with --precision', async () => {
    const { code, stdout } = await runCli('train', '--data', 'xor', '--hidden', '3', '--epochs', '3', '--batch', '0', '--precision', '40', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.backend).toBe('decimal(40)');
    expect(r.loss.replace(/^0\.0*/, '').length).toBeGreaterThanOrEqual(35);
  });

  it('a diverging run stops with the epoch and the layer, exit 1, keeping the curve so far', async () => {
    const out = join(dir, 'boom');
    const { code, stdout, stderr } = await runCli('train', '--data', 'xor', '--activation', 'relu', '--output', 'linear', '--loss', 'mse', '--optimizer', 'sgd', '--lr', '1e8', '--epochs', '50', '--batch', '0', '--out', out, '--json');
    expect(code).toBe(1);
    const r = JSON.parse(stdout);
    expect(r.diverged.epoch).toBeGreaterThan(1);
    expect(r.diverged.layer).toBeGreaterThanOrEqual(0);
    expect(stderr).toMatch(/^gradproof: training diverged at epoch \d+: .*\(layers\[\d\] (relu|linear)\)\n$/);
    const csv = readFileSync(join(out, 'loss.csv'), 'utf8').trim().split('\n');
    expect(csv.length).toBe(r.diverged.epoch); // header + the epochs before the divergence
    expect(existsSync(join(out, 'network.json'))).toBe(false);
  });

  const bad: [string[], RegExp][] = [
    [['--data', 'mnist'], /unknown data set "mnist"/],
    [[], /train needs --data/],
    [['--data', 'iris', '--hidden', '8,x'], /--hidden takes layer sizes/],
    [['--data', 'iris', '--activation', 'tahn'], /unknown activation "tahn" \(did you mean tanh\?\)/],
    [['--data', 'iris', '--init', 'glorot_unifrom'], /did you mean glorot_uniform/],
    [['--data', 'iris', '--optimizer', 'rmsprop'], /unknown optimizer/],
    [['--data', 'iris', '--precision', '2'], /--precision must be float64 or a number of digits/],
    [['--data', 'iris', '--lr', '-1'], /--lr must be a positive decimal number/],
    [['--data', 'iris', '--loss', 'hinge'], /unknown loss "hinge"/],
  ];
  for (const [args, message] of bad) {
    it(`rejects ${args.join(' ') || 'no arguments'} (exit 2)`, async () => {
      const { code, stderr } = await runCli('train', ...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    });
  }
});
