#!/usr/bin/env node
// `npm run build`: compiles into a fresh directory beside dist/, makes the CLI executable
// (tsc writes every file 0644, and `npx gradproof` then fails with "Permission denied"),
// and only then swaps it in for dist/. A test or a command that runs dist/ meanwhile
// (the consumer test rebuilds while other test files run the CLI) never sees it half-built.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const fresh = join(root, `dist.build-${process.pid}`);
const old = join(root, `dist.old-${process.pid}`);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(fresh, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', fresh], { stdio: 'inherit' });
  await bundleEntries(fresh);
  // the command line as installed (package.json "bin") and as `npm start` runs it; the
  // unbundled entry stays executable too (npx keeps links to it made before the bundle was the bin)
  chmodSync(join(fresh, 'cli', 'gradproof.js'), 0o755);
  chmodSync(join(fresh, 'src', 'cli', 'bin.js'), 0o755);
} catch (err) {
  rmSync(fresh, { recursive: true, force: true });
  console.error(`build failed: ${err.message.split('\n')[0]}`);
  process.exit(1);
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(fresh, dist);
rmSync(old, { recursive: true, force: true });

/**
 * The package's entries (package.json "exports": gradproof, gradproof/core, gradproof/vitest,
 * gradproof/arbitraries) bundled from the compiled modules into dist/bundle/, with the code
 * they share in common chunks, so every entry sees the same objects. Node loads each ES
 * module of a program separately, and ~1 ms per module made `import('gradproof')` cost
 * ~250 ms CPU for its ~240 modules; the bundle is a handful of files (issue 15, lazy
 * loading: docs/benchmarks.md). Packages stay imports of their own, and so do the
 * `#load/…` modules (package.json "imports"), which pick a require on first use under Node
 * and a static import in a consumer's browser bundle. The declarations stay in dist/src/.
 *
 * The command line (package.json "bin") is a bundle of its own in dist/cli/: gradproof.js
 * and the scripts of its worker threads, which the code that starts them finds beside its
 * chunk (`new URL('./work-worker.js', import.meta.url)`), and a chunk per subcommand,
 * loaded when it runs. Built with the library's entries, it split their shared code into
 * four times as many chunks, all loaded by `import('gradproof')`.
 */
async function bundleEntries(out) {
  const common = {
    absWorkingDir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    packages: 'external',
    external: ['#load/*'],
    chunkNames: 'chunk-[hash]',
    legalComments: 'none',
    // keep every module's top-level code, as the unbundled modules run it: package.json's
    // "sideEffects" names dist/ paths, and the catalogue's registration must not be dropped
    ignoreAnnotations: true,
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: { index: 'src/index.js', core: 'src/core.js', vitest: 'src/testing/vitest.js', arbitraries: 'src/testing/arbitraries/index.js' },
    outdir: 'bundle',
  });
  await build({
    ...common,
    entryPoints: {
      gradproof: 'src/cli/bin.js',
      'work-worker': 'src/sheet/work-worker.js',
      'printer-worker': 'src/sheet/printer-worker.js',
      'verify-worker': 'src/cli/verify-worker.js',
    },
    outdir: 'cli',
  });
}
