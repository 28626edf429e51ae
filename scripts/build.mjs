#!/usr/bin/env node
// `npm run build`: compiles into a fresh directory beside dist/, makes the CLI executable
// (tsc writes every file 0644, and `npx gradproof` then fails with "Permission denied"),
// and only then swaps it in for dist/. A test or a command that runs dist/ meanwhile
// (the consumer test rebuilds while other test files run the CLI) never sees it half-built.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const fresh = join(root, `dist.build-${process.pid}`);
const old = join(root, `dist.old-${process.pid}`);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(fresh, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', fresh], { stdio: 'inherit' });
  chmodSync(join(fresh, 'src', 'cli', 'bin.js'), 0o755);
} catch (err) {
  rmSync(fresh, { recursive: true, force: true });
  console.error(`build failed: ${err.message.split('\n')[0]}`);
  process.exit(1);
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(fresh, dist);
rmSync(old, { recursive: true, force: true });
