import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/bin.js');

describe('the built gradproof executable', () => {
  it('the build (npm run build, or npm ci through prepare) leaves dist/src/cli/bin.js executable, with its shebang', () => {
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
    expect(packed.files.find((f) => f.path === 'dist/src/cli/bin.js')?.mode).toBe(0o755);
  });
});
