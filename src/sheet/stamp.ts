/**
 * The sheet's version and date stamp, deterministic: the package version and the date of
 * the last commit of the checkout (`git log -1 --format=%cs`), or `SOURCE_DATE_EPOCH`
 * when set (the reproducible-builds convention). Never the wall clock: the same checkout
 * writes the same bytes on any machine.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SheetStamp } from './model.js';

function packageRoot(): string {
  // dist/src/sheet/stamp.js or src/sheet/stamp.ts → the package root
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'gradproof') return dir;
    } catch {
      // not here
    }
    dir = dirname(dir);
  }
  return process.cwd();
}

/**
 * The stamp: `{ version: '0.1.0', date: '2025-11-29' }` (no date when neither git nor
 * `SOURCE_DATE_EPOCH` gives one).
 *
 * @example
 * ```ts
 * sheetStamp().version; // '0.1.0'
 * ```
 */
export function sheetStamp(): SheetStamp {
  const root = packageRoot();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return { version, date: new Date(Number(epoch) * 1000).toISOString().slice(0, 10) };
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { version, date };
  } catch {
    // not a git checkout: the version alone
  }
  return { version };
}
