import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'gradproof-experiment-'));

describe('gradproof experiment depth', () => {
  it('prints a table per layer and writes the SVG plot and the JSON', async () => {
    const { code, stdout } = await runCli('experiment', 'depth', '--activation', 'relu', '--init', 'he', '--depth', '6', '--width', '16', '--out', dir);
    expect(code).toBe(0);
    expect(stdout).toContain('depth experiment: 6 relu layers of 16 units, he_normal, seed 1');
    expect(stdout.split('\n').filter((l) => /^ {4}\d /.test(l)).length).toBe(6);
    expect(stdout).toMatch(/at initialization: Var\(a\) layer 6 \/ layer 1 = /);
    const svg = readFileSync(join(dir, 'depth-relu-he.svg'), 'utf8');
    expect(svg).toContain('activation variance per layer');
    expect(svg).toContain('gradient norms per layer');
    expect(JSON.parse(readFileSync(join(dir, 'depth-relu-he.json'), 'utf8')).atInit.length).toBe(6);
  });

  it('--json gives the measurements and a summary', async () => {
    const { code, stdout } = await runCli('experiment', 'depth', '--activation', 'sigmoid', '--init', 'random', '--depth', '8', '--width', '32', '--json');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.init).toBe('random_uniform');
    expect(r.atInit.length).toBe(8);
    expect(r.afterSteps.length).toBe(8);
    // measured: the naive sigmoid network's gradient is smaller at the input than at the output
    expect(r.summary.deltaFirstOverLast).toBeLessThan(1e-3);
  });

  it('rejects bad input (exit 2)', async () => {
    expect((await runCli('experiment', 'width', '--activation', 'relu', '--init', 'he')).stderr).toMatch(/one experiment name: depth/);
    expect((await runCli('experiment', 'depth', '--init', 'he')).stderr).toMatch(/needs --activation/);
    expect((await runCli('experiment', 'depth', '--activation', 'relu', '--init', 'hee')).stderr).toMatch(/unknown initializer "hee"/);
    expect((await runCli('experiment', 'depth', '--activation', 'relu', '--init', 'he', '--depth', 'x')).code).toBe(2);
  });
});
