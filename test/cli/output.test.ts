import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDirectory, writeFileSet } from '../../src/cli/output.js';
import { InputError } from '../../src/errors.js';
import { runCli } from './capture.js';

const root = mkdtempSync(join(tmpdir(), 'gradproof-output-'));
let count = 0;
const fresh = (): string => {
  const d = join(root, `case-${++count}`);
  mkdirSync(d);
  return d;
};
/** A file `f` in `d`; its path. */
const aFile = (d: string): string => {
  writeFileSync(join(d, 'f'), 'x');
  return join(d, 'f');
};
const contents = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const bin = join(import.meta.dirname, '../../dist/cli/gradproof.js');
const dist = join(import.meta.dirname, '../../dist/src/cli/output.js');

describe('outputDirectory', () => {
  it('creates the missing components and returns the absolute path', () => {
    const d = join(fresh(), 'a', 'b', 'c');
    expect(outputDirectory(d)).toBe(d);
    expect(existsSync(d)).toBe(true);
    expect(outputDirectory(d)).toBe(d); // an existing directory is fine
  });

  it.each([
    ['a parent that is a file (ENOTDIR)', (d: string) => join(aFile(d), 'out'), /^--out .*: .*\/f is not a directory$/],
    ['an existing file', (d: string) => aFile(d), /^--out .*: .*\/f exists and is not a directory$/],
    ['a directory under /proc (node loops forever there)', () => '/proc/gradproof-out', /^--out \/proc\/gradproof-out: cannot create \/proc\/gradproof-out: ENOENT$/],
    ['a nested directory under /proc/self', () => '/proc/self/x/y', /^--out \/proc\/self\/x\/y: cannot create \/proc\/self\/x: /],
    ['an empty name', () => '', /^--out needs a directory name$/],
  ])('refuses %s with one line', (_what, make, message) => {
    const path = make(fresh());
    expect(() => outputDirectory(path)).toThrow(InputError);
    expect(() => outputDirectory(path)).toThrow(message);
  });
});

describe('writeFileSet', () => {
  it('writes a new set, then replaces it whole, removing a file the new set has not', async () => {
    const d = fresh();
    await writeFileSet(d, [
      { name: 'a.txt', text: 'old a' },
      { name: 'b.txt', text: 'old b' },
    ]);
    expect(contents(d)).toEqual({ 'a.txt': 'old a', 'b.txt': 'old b' });
    const written = await writeFileSet(d, [
      { name: 'a.txt', text: 'new a' },
      { name: 'b.txt', text: null },
    ]);
    expect(written).toEqual([join(d, 'a.txt')]);
    expect(contents(d)).toEqual({ 'a.txt': 'new a' });
  });

  it('all old when writing fails part-way: a name that became a directory (EISDIR) undoes the renames done', async () => {
    const d = fresh();
    await writeFileSet(d, [
      { name: 'a.txt', text: 'old a' },
      { name: 'c.txt', text: 'old c' },
    ]);
    const attempt = writeFileSet(
      d,
      [
        { name: 'a.txt', text: 'new a' },
        { name: 'b.txt', text: 'new b' },
        { name: 'c.txt', text: null },
      ],
      { afterTemporaries: () => mkdirSync(join(d, 'b.txt')) },
    );
    await expect(attempt).rejects.toThrow(/^cannot write .*b\.txt: it is a directory \(EISDIR\)$/);
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(readFileSync(join(d, 'a.txt'), 'utf8')).toBe('old a');
    expect(readFileSync(join(d, 'c.txt'), 'utf8')).toBe('old c');
  });

  it('all old when a hook throws after the temporaries, and no temporary is left', async () => {
    const d = fresh();
    await writeFileSet(d, [{ name: 'a.txt', text: 'old' }]);
    const attempt = writeFileSet(d, [{ name: 'a.txt', text: 'new' }], {
      afterTemporaries: () => {
        expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
        throw new InputError('stop');
      },
    });
    await expect(attempt).rejects.toThrow('stop');
    expect(contents(d)).toEqual({ 'a.txt': 'old' });
  });

  it('refuses a directory in place of a file of the set before writing anything', async () => {
    const d = fresh();
    mkdirSync(join(d, 'loss.csv'));
    await expect(writeFileSet(d, [{ name: 'loss.json', text: '{}' }, { name: 'loss.csv', text: 'x' }])).rejects.toThrow(/loss\.csv: it is a directory \(EISDIR\)/);
    expect(readdirSync(d)).toEqual(['loss.csv']);
  });

  it('never writes through a symlink: temporaries have unpredictable names and are created exclusively; a symlink at the target is replaced, not followed', async () => {
    const d = fresh();
    const victim = join(fresh(), 'victim');
    writeFileSync(victim, 'precious');
    // the names the temporaries had before (name.tmp-<pid>), planted for this and any pid nearby
    for (let pid = process.pid - 2; pid <= process.pid + 2; pid++) symlinkSync(victim, join(d, `loss.csv.tmp-${pid}`));
    symlinkSync(victim, join(d, 'loss.json'));
    await writeFileSet(d, [
      { name: 'loss.csv', text: 'epoch,loss\n' },
      { name: 'loss.json', text: '{}' },
    ]);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(join(d, 'loss.csv'), 'utf8')).toBe('epoch,loss\n');
    expect(readFileSync(join(d, 'loss.json'), 'utf8')).toBe('{}');
    expect(readdirSync(d).filter((f) => f.includes('.tmp') && !f.startsWith('loss.csv.tmp-'))).toEqual([]);
  });
});

describe('signals (child processes running the built CLI)', () => {
  /** Runs a script that writes a set and sends itself `signal` while the temporaries exist. */
  function signalDuringWrite(signal: 'SIGINT' | 'SIGTERM') {
    const d = fresh();
    writeFileSync(join(d, 'a.txt'), 'old a');
    writeFileSync(join(d, 'b.txt'), 'old b');
    const script = `
      import { writeFileSet } from ${JSON.stringify(dist)};
      await writeFileSet(${JSON.stringify(d)}, [{ name: 'a.txt', text: 'new a' }, { name: 'b.txt', text: 'new b' }], {
        afterTemporaries: () => process.kill(process.pid, ${JSON.stringify(signal)}),
      });
      console.log('not reached: the signal ends the process once the set is written');
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    return { r, d };
  }

  it.each([['SIGINT' as const], ['SIGTERM' as const]])('%s while the temporaries exist: the set is completed, no temporary is left, the process ends by the signal', (signal) => {
    const { r, d } = signalDuringWrite(signal);
    expect(r.stderr).toBe('');
    expect(r.signal).toBe(signal);
    expect(r.stdout).toBe('');
    expect(contents(d)).toEqual({ 'a.txt': 'new a', 'b.txt': 'new b' });
  });

  it('SIGINT while train computes: the old set of --out stays as it was, with no temporary beside it', async () => {
    const d = fresh();
    const old = { 'loss.csv': 'old csv', 'loss.json': 'old json', 'loss.svg': 'old svg', 'network.json': 'old network' };
    for (const [f, t] of Object.entries(old)) writeFileSync(join(d, f), t);
    const child = spawn(process.execPath, [bin, 'train', '--data', 'iris', '--epochs', '1000000', '--out', d], { stdio: 'ignore' });
    await new Promise((done) => setTimeout(done, 3000));
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('exit', (c, s) => done([c, s])));
    expect(code).toBe(null);
    expect(signal).toBe('SIGINT');
    expect(contents(d)).toEqual(old);
  });
});

describe('output errors through the CLI are bad input (exit 2, one line)', () => {
  async function rejects(argv: string[], message: RegExp): Promise<void> {
    const r = await runCli(...argv);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }

  it('train --out whose parent is a file, an existing file, a name of the set that is a directory, /proc', async () => {
    const d = fresh();
    writeFileSync(join(d, 'file'), 'x');
    const train = ['train', '--data', 'xor', '--epochs', '2'];
    await rejects([...train, '--out', join(d, 'file', 'out')], /^gradproof: --out .*: .*\/file is not a directory$/);
    await rejects([...train, '--out', join(d, 'file')], /^gradproof: --out .*: .*\/file exists and is not a directory$/);
    mkdirSync(join(d, 'set', 'network.json'), { recursive: true });
    await rejects([...train, '--out', join(d, 'set')], /^gradproof: cannot write .*network\.json: it is a directory \(EISDIR\)$/);
    await rejects([...train, '--out', '/proc/gradproof-train'], /^gradproof: --out \/proc\/gradproof-train: cannot create/);
  });

  it('experiment and sheet --out under /proc or under a file', async () => {
    const d = fresh();
    writeFileSync(join(d, 'file'), 'x');
    await rejects(['experiment', 'depth', '--activation', 'relu', '--init', 'he', '--out', '/proc/gradproof-x'], /cannot create \/proc\/gradproof-x/);
    await rejects(['experiment', 'depth', '--activation', 'relu', '--init', 'he', '--out', join(d, 'file', 'x')], /file is not a directory/);
    await rejects(['sheet', '--out', '/proc/gradproof-sheet'], /cannot create \/proc\/gradproof-sheet/);
    await rejects(['sheet', '--out', join(d, 'file')], /file exists and is not a directory/);
  });

  it('train --init constructor (and other members of Object.prototype) is an unknown initializer', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      await rejects(['train', '--data', 'xor', '--init', name], new RegExp(`unknown initializer "${name}"`));
    }
  });

  it('an unknown activation is refused before --out is created', async () => {
    const out = join(fresh(), 'never');
    await rejects(['train', '--data', 'xor', '--activation', 'tahn', '--out', out], /unknown activation "tahn"/);
    expect(existsSync(out)).toBe(false);
  });
});
