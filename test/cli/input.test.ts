import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readInputFile } from '../../src/cli/input.js';
import { InputError } from '../../src/errors.js';
import { runCli } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'gradproof-input-'));

describe('readInputFile', () => {
  it('reads a regular UTF-8 file and drops a byte order mark', () => {
    const path = join(dir, 'ok.txt');
    writeFileSync(path, '\uFEFF{"π": 1}');
    expect(readInputFile(path)).toBe('{"π": 1}');
  });

  it.each([
    ['/dev/zero', /\/dev\/zero is a device, not a regular file/],
    ['/dev/null', /\/dev\/null is a device, not a regular file/],
    [dir, /is a directory, not a regular file/],
    [join(dir, 'missing.json'), /cannot read input file .*missing\.json: no such file \(ENOENT\)/],
    [join(dir, 'ok.txt', 'below'), /a part of the path is not a directory \(ENOTDIR\)/],
  ])('refuses %s', (path, message) => {
    expect(() => readInputFile(path)).toThrow(InputError);
    expect(() => readInputFile(path)).toThrow(message);
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(() => readInputFile(fifo)).toThrow(/pipe is a FIFO \(named pipe\), not a regular file/);
  });

  it('refuses a file over the cap without reading it', () => {
    const path = join(dir, 'huge.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_INPUT_BYTES + 1); // sparse: no disk space used
    closeSync(fd);
    expect(() => readInputFile(path)).toThrow(/huge\.json is 64\.0 MiB; input files are limited to 64 MiB/);
    const small = join(dir, 'small.json');
    writeFileSync(small, '12345');
    expect(() => readInputFile(small, 'spec file', 4)).toThrow(/is 0\.0 MiB; input files are limited to 0\.0 MiB/);
    expect(readInputFile(small, 'spec file', 5)).toBe('12345');
  });

  it('refuses bytes that are not UTF-8', () => {
    const path = join(dir, 'latin1.json');
    writeFileSync(path, Buffer.from([0x7b, 0xe9, 0x7d]));
    expect(() => readInputFile(path)).toThrow(/latin1\.json is not UTF-8 text/);
  });
});

describe('gradproof gradcheck on hostile files (the built CLI, as a user runs it)', () => {
  const bin = join(import.meta.dirname, '../../dist/cli/gradproof.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });

  it.each([['/dev/zero'], ['/dev/urandom'], [dir]])('gradcheck %s: one line, exit 2', (path) => {
    const r = run('gradcheck', path);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^gradproof: spec file .* is a (device|directory), not a regular file\n$/);
  });

  it('gradcheck on 50 MB of whitespace: one line, exit 2 (no minutes of parsing)', () => {
    const path = join(dir, 'spaces.json');
    writeFileSync(path, ' '.repeat(50_000_000));
    const r = run('gradcheck', path);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^gradproof: .*spaces\.json: invalid JSON: expected a JSON value \(at the end of the text\)\n$/);
  });

  it('gradcheck on a FIFO with no writer: one line, exit 2 (no hang)', () => {
    const fifo = join(dir, 'fifo2');
    execFileSync('mkfifo', [fifo]);
    const r = run('gradcheck', fifo);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is a FIFO \(named pipe\), not a regular file\n$/);
  });
});

describe('spec files as a user hands them over', () => {
  const NET = '{"layers":[{"weights":[[0.5]],"bias":[0],"activation":"tanh"}],"loss":"squared_error","input":[1],"target":[0]}';

  it('accepts a UTF-8 byte order mark', async () => {
    const path = join(dir, 'bom.json');
    writeFileSync(path, `\uFEFF${NET}`);
    const r = await runCli('gradcheck', path, '--digits', '20', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('never quotes the contents of a file that is not a spec', async () => {
    const path = join(dir, 'shadow');
    writeFileSync(path, 'root:$6$secret-hash:19000:0:99999:7:::\n');
    const r = await runCli('gradcheck', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/shadow: invalid JSON: expected a JSON value \(line 1, column 1\)\n$/);
    expect(r.stderr).not.toContain('root');
    expect(r.stderr).not.toContain('secret');
  });

  it('a directory given as a spec', async () => {
    const sub = join(dir, 'a-dir.json');
    mkdirSync(sub);
    const r = await runCli('gradcheck', sub);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a-dir\.json is a directory, not a regular file/);
  });
});
