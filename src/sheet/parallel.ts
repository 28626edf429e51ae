/**
 * The readable derivatives of the catalogue on a worker thread, while the main thread
 * runs the notes' claims and derivations and the catalogue is verified on the others.
 * From the TypeScript sources (tests) it runs in-process.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { getScalarActivation } from '../activations/_internals/catalogue.js';
import { type ReadableParts, readableParts } from './model.js';

/**
 * Readable derivatives by name, for the scalar activations named.
 *
 * @example
 * ```ts
 * const parts = await readableInParallel(['sigmoid', 'tanh']);
 * parts.get('tanh')!.derivative.text; // '1 - varphi^2'
 * ```
 */
export async function readableInParallel(names: readonly string[]): Promise<Map<string, ReadableParts>> {
  const out = new Map<string, ReadableParts>();
  if (!import.meta.url.endsWith('.js')) {
    for (const n of names) out.set(n, readableParts(getScalarActivation(n)));
    return out;
  }
  const queue = [...names];
  await new Promise<void>((done, fail) => {
    const worker = new Worker(new URL('./readable-worker.js', import.meta.url));
    const next = (): void => {
      const name = queue.shift();
      if (name === undefined) {
        void worker.terminate();
        done();
      } else worker.postMessage(name);
    };
    worker.on('message', (m: { name: string; parts: ReadableParts }) => {
      out.set(m.name, m.parts);
      next();
    });
    worker.once('error', fail);
    next();
  });
  return out;
}
