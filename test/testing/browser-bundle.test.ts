import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Records every import of a Node built-in (`node:fs`, or bare `fs`) with its importer, and keeps it out of the bundle. */
function nodeBuiltins(found: { path: string; importer: string }[]): Plugin {
  const bare = new Set(builtinModules);
  return {
    name: 'node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!args.path.startsWith('node:') && !bare.has(args.path) && !bare.has(args.path.split('/')[0]!)) return undefined;
        found.push({ path: args.path, importer: args.importer.replace(root, '') });
        return { path: args.path, external: true };
      });
    },
  };
}

describe('the core bundles for the browser', () => {
  it('src/index.ts bundles for platform "browser" and imports no Node built-in', async () => {
    const found: { path: string; importer: string }[] = [];
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['src/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [nodeBuiltins(found)],
    });
    expect(result.errors).toEqual([]);
    expect(found, `Node built-ins reached from the core:\n${found.map((f) => `  ${f.importer} imports ${f.path}`).join('\n')}`).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    // the CLI and the test helpers are not part of the core
    expect(inputs.filter((p) => p.startsWith('src/cli/') || p.startsWith('src/testing/'))).toEqual([]);
    expect(inputs).toContain('src/index.ts');
  });
});
