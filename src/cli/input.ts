/**
 * The one way the CLI reads a file a user names (a gradcheck spec, and every later
 * `--data`/`--spec`/notes file): regular files only, at most {@link MAX_INPUT_BYTES}, UTF-8.
 * `/dev/zero`, a FIFO, a directory or a file that grows past the cap while it is read get
 * a one-line {@link InputError}, never a hang or an out-of-memory crash.
 *
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { InputError } from '../errors.js';

/** The largest input file the CLI reads: 64 MiB (a network of a million parameters written with 20-digit numbers is about 25 MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function kind(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MiB`;

/**
 * The text of the file at `path`, for the CLI. `what` names the file in messages.
 *
 * @example
 * ```ts
 * readInputFile('net.json', 'spec file'); // the file's text (a byte order mark removed)
 * readInputFile('/dev/zero', 'spec file'); // throws InputError: spec file /dev/zero is a device, not a regular file
 * ```
 */
export function readInputFile(path: string, what = 'input file', maxBytes = MAX_INPUT_BYTES): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below)
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' ? 'a part of the path is not a directory' : 'the system refused';
    throw new InputError(`cannot read ${what} ${path}: ${why}${code ? ` (${code})` : ''}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError(`${what} ${path} is ${kind(stats)}, not a regular file`);
    if (stats.size > maxBytes) throw new InputError(`${what} ${path} is ${mib(stats.size)}; input files are limited to ${mib(maxBytes)}`);
    // read at most one byte past the cap: a file that grows while it is read is refused too
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(stats.size + 1, 64 * 1024)));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (chunk.length > maxBytes) throw new InputError(`${what} ${path} grew past ${mib(maxBytes)} while it was read; input files are limited to ${mib(maxBytes)}`);
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const n = readSync(fd, chunk, length, chunk.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw new InputError(`${what} ${path} grew past ${mib(maxBytes)} while it was read; input files are limited to ${mib(maxBytes)}`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(0, length));
    } catch {
      throw new InputError(`${what} ${path} is not UTF-8 text`);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  } finally {
    closeSync(fd);
  }
}
