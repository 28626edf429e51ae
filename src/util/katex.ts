/**
 * KaTeX, loaded on first use: its ~0.6 MB would otherwise cost every `import('gradproof')`
 * (derive or evaluate never render). The package ships a CommonJS build of the same
 * version, so `require` loads it synchronously inside the first rendering call.
 *
 * @module
 */
import { createRequire } from 'node:module';
import type Katex from 'katex';

let loaded: typeof Katex | undefined;

/** The KaTeX module (the CommonJS build), loaded on the first call. */
export function katex(): typeof Katex {
  loaded ??= createRequire(import.meta.url)('katex') as typeof Katex;
  return loaded;
}
