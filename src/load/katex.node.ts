/**
 * KaTeX for Node, loaded on first use: its ~0.6 MB would otherwise be compiled by every
 * `import('gradproof')` (derive or evaluate never render). The package's CommonJS build
 * (the same version) loads synchronously through `require`, inside the first rendering
 * call. package.json `"imports"` maps `#load/katex` here under the `node` condition;
 * bundlers (no `node` condition) get ./katex.static.ts, a static import.
 *
 * @module
 */
import { createRequire } from 'node:module';
import type Katex from 'katex';

let loaded: typeof Katex | undefined;

/** The KaTeX module, loaded on the first call. */
export function katexModule(): typeof Katex {
  loaded ??= createRequire(import.meta.url)('katex') as typeof Katex;
  return loaded;
}
