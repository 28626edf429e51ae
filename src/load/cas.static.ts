/**
 * The CAS (nerdamer-prime's full build) for bundlers and browsers (package.json
 * `"imports"`, `#load/cas` without the `node` condition): a static import, so a bundle
 * needs no Node built-in.
 *
 * @module
 */
// the full build: the package's default entry is the core without calculus
import nerdamer from 'nerdamer-prime/all';

/** The CAS's entry function. */
export function nerdamerModule(): typeof nerdamer {
  return nerdamer;
}
