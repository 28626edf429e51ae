/**
 * The LaTeX parser (@cortex-js/compute-engine/latex-syntax) for bundlers and browsers
 * (package.json `"imports"`, `#load/latex-syntax` without the `node` condition): a static
 * import, so a bundle needs no Node built-in.
 *
 * @module
 */
import * as syntax from '@cortex-js/compute-engine/latex-syntax';

/** The parser's module. */
export function latexSyntaxModule(): typeof syntax {
  return syntax;
}
