/**
 * The CAS (nerdamer-prime's full build) for Node, loaded on first use: its ~0.5 MB and its
 * set-up would otherwise cost every `import('gradproof')`, and evaluate, a plot or the
 * network engine never need it. The full build's CommonJS entry ('nerdamer-prime/all'
 * under `require`; the package's default CommonJS entry is the core without calculus)
 * loads synchronously, inside whichever call first needs the CAS. package.json
 * `"imports"` maps `#load/cas` here under the `node` condition; bundlers get
 * ./cas.static.ts, a static import.
 *
 * @module
 */
import { createRequire } from 'node:module';
import type Nerdamer from 'nerdamer-prime/all';

let loaded: typeof Nerdamer | undefined;

/** The CAS's entry function, loaded on the first call. */
export function nerdamerModule(): typeof Nerdamer {
  loaded ??= createRequire(import.meta.url)('nerdamer-prime/all') as typeof Nerdamer;
  return loaded;
}
