/**
 * The one way the CLI writes files (`train --out`, `experiment --out`, `sheet --out`).
 *
 * - {@link outputDirectory} creates the directory one component at a time (bounded by the
 *   number of components: node's recursive mkdir loops forever under `/proc`), and turns
 *   every refusal (a parent that is a file, an existing file, no permission, a file system
 *   that refuses) into a one-line {@link InputError}.
 * - {@link writeFileSet} writes a set of files as one: all new or, on any error, all as
 *   they were. Each file goes to a temporary name beside it that is unpredictable (random)
 *   and created exclusively (`O_CREAT|O_EXCL`, so a symlink planted there is never
 *   followed); then each old file is moved aside and the new one renamed into place; if a
 *   rename fails, the ones done are undone and the temporaries removed. A file the new set
 *   does not have (`text: null`, e.g. `network.json` after a diverged run) is removed with
 *   the same guarantee.
 * - Interruptions: the writing is synchronous with SIGINT and SIGTERM handlers installed,
 *   so a signal that arrives meanwhile is delivered only once the set is complete (and no
 *   temporary exists); then the process ends by that signal. A signal at any other moment
 *   ends the process at once (node's default), when no temporary exists either. What is
 *   not covered: SIGKILL or a power cut in the middle of the renames, which can leave the
 *   moved-aside old files as `.<name>.<random>.old`.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, parse, resolve } from 'node:path';
import { InputError } from '../errors.js';

/** A file of a set: its name in the directory and its text (`null`: the set has no such file). */
export interface OutputFile {
  readonly name: string;
  /** The contents (text, or bytes such as a PDF's); `null` removes the file. */
  readonly text: string | Uint8Array | null;
}

/** Testing hooks of {@link writeFileSet}. */
export interface WriteHooks {
  /** Called when every temporary is written, before the first rename. */
  readonly afterTemporaries?: () => void;
}

const why = (err: unknown): string => {
  const code = (err as NodeJS.ErrnoException).code;
  const text: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'no space left', EDQUOT: 'disk quota exceeded', ENOTDIR: 'a part of the path is not a directory', EISDIR: 'is a directory' };
  return code && Object.hasOwn(text, code) ? `${text[code]} (${code})` : (code ?? (err as Error).message);
};

/**
 * Creates `dir` and its missing parents; returns its absolute path.
 *
 * @example
 * ```ts
 * outputDirectory('results/run-1'); // '/home/me/results/run-1'
 * outputDirectory('/etc/passwd/x');  // throws InputError: --out /etc/passwd/x: /etc/passwd is not a directory
 * ```
 */
export function outputDirectory(dir: string, option = '--out'): string {
  if (dir.trim() === '') throw new InputError(`${option} needs a directory name`);
  const target = resolve(dir);
  const { root } = parse(target);
  const parts = target.slice(root.length).split(/[\\/]+/).filter(Boolean);
  let path = root;
  for (const part of parts) {
    path = join(path, part);
    let exists = true;
    try {
      if (!statSync(path).isDirectory()) throw new InputError(`${option} ${dir}: ${path} ${path === target ? 'exists and ' : ''}is not a directory`);
    } catch (err) {
      if (err instanceof InputError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new InputError(`${option} ${dir}: cannot use ${path}: ${why(err)}`);
      exists = false;
    }
    if (!exists) {
      try {
        mkdirSync(path);
      } catch (err) {
        // ENOENT although the parent exists: the file system refuses (/proc, /sys)
        throw new InputError(`${option} ${dir}: cannot create ${path}: ${why(err)}`);
      }
    }
  }
  return target;
}

/** Temporary files that exist right now, removed if the process is told to stop. */
const temporaries = new Set<string>();

/** A fresh, unpredictable name beside `path`. */
const sibling = (path: string, suffix: string): string => join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.${suffix}`);

/** Creates a new file exclusively (never through an existing name or symlink) and writes `text`. */
function writeExclusive(path: string, text: string | Uint8Array): void {
  const fd = openSync(path, 'wx', 0o666); // less the umask, as writeFileSync does
  temporaries.add(path);
  try {
    if (typeof text === 'string') writeSync(fd, text);
    else writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function remove(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
  temporaries.delete(path);
}

/**
 * Runs `work` (synchronous) with SIGINT and SIGTERM held back, then lets a signal that
 * arrived meanwhile end the process.
 */
async function holdingSignals<T>(work: () => T): Promise<T> {
  let received: NodeJS.Signals | undefined;
  const hold = (signal: NodeJS.Signals): void => {
    received ??= signal;
  };
  process.on('SIGINT', hold);
  process.on('SIGTERM', hold);
  try {
    return work();
  } finally {
    // one turn of the event loop: a signal that came during `work` is delivered to `hold` now
    await new Promise((done) => setImmediate(done));
    await new Promise((done) => setImmediate(done));
    process.removeListener('SIGINT', hold);
    process.removeListener('SIGTERM', hold);
    for (const t of temporaries) remove(t);
    // end the way the signal would have ended it (the default action is back in place)
    if (received) process.kill(process.pid, received);
  }
}

/** Refuses a name of the set that exists and is not a regular file or a symlink (a directory: EISDIR). */
function checkTarget(path: string): boolean {
  try {
    const s = lstatSync(path);
    if (s.isDirectory()) throw new InputError(`cannot write ${path}: it is a directory (EISDIR)`);
    if (!s.isFile() && !s.isSymbolicLink()) throw new InputError(`cannot write ${path}: it exists and is not a regular file`);
    return true;
  } catch (err) {
    if (err instanceof InputError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new InputError(`cannot write ${path}: ${why(err)}`);
  }
}

/**
 * Checks, before any long work, that the set can be written into `dir` (an existing
 * directory): no name of the set is a directory, and a file can be created there.
 *
 * @example
 * ```ts
 * await checkWritable(outputDirectory('out'), ['loss.csv', 'loss.json']);
 * ```
 */
export async function checkWritable(dir: string, names: readonly string[]): Promise<void> {
  for (const name of names) checkTarget(join(dir, name));
  await holdingSignals(() => {
    const probe = sibling(join(dir, 'gradproof'), 'probe');
    try {
      writeExclusive(probe, '');
    } catch (err) {
      throw new InputError(`cannot write into ${dir}: ${why(err)}`);
    } finally {
      remove(probe);
    }
  });
}

/**
 * Writes `files` into the existing directory `dir` as one set (see the module comment for
 * the guarantee); returns the paths written.
 *
 * @example
 * ```ts
 * await writeFileSet(outputDirectory('out'), [{ name: 'loss.csv', text: 'epoch,loss\n' }, { name: 'network.json', text: null }]);
 * ```
 */
export async function writeFileSet(dir: string, files: readonly OutputFile[], hooks: WriteHooks = {}): Promise<string[]> {
  const targets = files.map((f) => ({ ...f, path: join(dir, f.name), temp: '', backup: '', placed: false }));
  return holdingSignals(() => {
    try {
      for (const t of targets) checkTarget(t.path);
      for (const t of targets) {
        if (t.text === null) continue;
        t.temp = sibling(t.path, 'tmp');
        try {
          writeExclusive(t.temp, t.text);
        } catch (err) {
          throw new InputError(`cannot write ${t.path}: ${why(err)}`);
        }
      }
      hooks.afterTemporaries?.();
      for (const t of targets) {
        try {
          if (checkTarget(t.path)) {
            t.backup = sibling(t.path, 'old');
            renameSync(t.path, t.backup);
          }
          if (t.temp) {
            renameSync(t.temp, t.path);
            temporaries.delete(t.temp);
            t.placed = true;
          }
        } catch (err) {
          throw err instanceof InputError ? err : new InputError(`cannot write ${t.path}: ${why(err)}`);
        }
      }
    } catch (err) {
      // undo: new files out, old files back, temporaries removed
      for (const t of [...targets].reverse()) {
        try {
          if (t.placed) unlinkSync(t.path);
          if (t.backup) renameSync(t.backup, t.path);
        } catch {
          // keep undoing the others
        }
        if (t.temp) remove(t.temp);
      }
      throw err;
    }
    for (const t of targets) if (t.backup) remove(t.backup);
    return targets.filter((t) => t.text !== null).map((t) => t.path);
  });
}
