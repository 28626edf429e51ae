import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/gradproof.js');

describe('the built gradproof executable', () => {
  it('the build (npm run build, or npm ci through prepare) leaves dist/cli/gradproof.js executable, with its shebang', () => {
    expect(statSync(bin).mode & 0o777).toBe(0o755);
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('runs as a program of its own, as npx and a package manager run it', () => {
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' })).toBe('gradproof 0.1.0\n');
    expect(execFileSync('npx', ['--no-install', 'gradproof', '--version'], { cwd: root, encoding: 'utf8' })).toBe('gradproof 0.1.0\n');
  });

  it('ends quietly when the reader of its output goes away (gradproof list | head -1)', () => {
    // `true` reads nothing and is gone before gradproof writes its first line: every write fails with EPIPE
    const r = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} list --no-verify | true; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(141);
  });

  it('npm pack ships it executable', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as [{ files: { path: string; mode: number }[] }];
    expect(packed.files.find((f) => f.path === 'dist/cli/gradproof.js')?.mode).toBe(0o755);
    // the scripts its worker threads run, found beside the bundle's chunks
    for (const worker of ['work-worker', 'printer-worker', 'verify-worker']) expect(packed.files.some((f) => f.path === `dist/cli/${worker}.js`)).toBe(true);
  });

  // `npm start` as it runs: the sheet's work on the bundled worker thread, the PDFs on its printer thread
  it('writes the sheet in docs/ byte for byte, from the bundle and its worker threads', () => {
    const out = mkdtempSync(join(tmpdir(), 'gradproof-bin-sheet-'));
    try {
      const r = spawnSync(process.execPath, [bin, 'sheet', '--out', out], { encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
      const written = files(out);
      expect(written.length).toBeGreaterThan(5);
      for (const f of written) expect(readFileSync(join(out, f)).equals(readFileSync(join(root, 'docs', f))), f).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('verify-all on the bundled worker threads gives the in-process verdicts', async () => {
    const r = spawnSync(process.execPath, [bin, 'verify-all', '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const untimed = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x) => (k === 'milliseconds' ? undefined : x)));
    const fromBundle = (JSON.parse(r.stdout) as { verdicts: { name: string }[] }).verdicts;
    const { ACTIVATIONS } = await import('../../src/activations/index.js');
    const { verifyActivation } = await import('../../src/verify/activation.js');
    expect(fromBundle.map((v) => v.name).sort()).toEqual(ACTIVATIONS.map((a) => a.name).sort());
    for (const a of ACTIVATIONS.filter((x) => ['relu', 'gelu', 'softmax'].includes(x.name))) expect(untimed(fromBundle.find((v) => v.name === a.name))).toEqual(untimed(verifyActivation(a)));
  }, 120_000);
});
