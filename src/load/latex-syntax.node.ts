/**
 * The LaTeX parser (@cortex-js/compute-engine/latex-syntax) for Node, loaded on first use:
 * ~0.4 MB that only `gradproof check` and `latexToExpr` need. The package's CommonJS build
 * of the same version loads synchronously through `require`. package.json `"imports"`
 * maps `#load/latex-syntax` here under the `node` condition; bundlers get
 * ./latex-syntax.static.ts, a static import.
 *
 * @module
 */
import { createRequire } from 'node:module';

type Module = typeof import('@cortex-js/compute-engine/latex-syntax');
let loaded: Module | undefined;

/** The parser's module, loaded on the first call. */
export function latexSyntaxModule(): Module {
  loaded ??= createRequire(import.meta.url)('@cortex-js/compute-engine/latex-syntax') as Module;
  return loaded;
}
