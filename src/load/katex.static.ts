/**
 * KaTeX for bundlers and browsers (package.json `"imports"`, `#load/katex` without the
 * `node` condition): a static import, so a bundle needs no Node built-in.
 *
 * @module
 */
import katex from 'katex';

/** The KaTeX module. */
export function katexModule(): typeof katex {
  return katex;
}
