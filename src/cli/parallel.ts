/**
 * Verifies activations on worker threads (one per core, at most 2 by default) when running
 * from the built JavaScript; in-process otherwise (tests run the TypeScript sources).
 * Workers pull the next entry from a queue as they finish, the costly entries first, so
 * neither waits on the other at the end.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { getActivation } from '../activations/_internals/catalogue.js';
import { type ActivationVerdict, verifyActivation } from '../verify/activation.js';

/** A rough cost order: vector entries verify a whole Jacobian, smooth ones a second derivative. */
export function costRank(name: string): number {
  const a = getActivation(name);
  if (a.kind === 'vector') return 0;
  return a.spec.smooth ? 1 : 2;
}

/** Verifies the named activations, in parallel where possible; verdicts in the input order. */
export async function verifyInParallel(names: readonly string[], workers = Math.min(2, availableParallelism())): Promise<ActivationVerdict[]> {
  const script = new URL('./verify-worker.js', import.meta.url);
  if (workers < 2 || !import.meta.url.endsWith('.js')) return names.map((n) => verifyActivation(getActivation(n)));
  const queue = [...names].sort((x, y) => costRank(x) - costRank(y));
  const verdicts = new Map<string, ActivationVerdict>();
  await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<void>((done, fail) => {
          const worker = new Worker(script);
          const next = (): void => {
            const name = queue.shift();
            if (name === undefined) {
              void worker.terminate();
              done();
            } else {
              worker.postMessage(name);
            }
          };
          worker.on('message', (v: ActivationVerdict) => {
            verdicts.set(v.name, v);
            next();
          });
          worker.once('error', fail);
          next();
        }),
    ),
  );
  return names.map((n) => verdicts.get(n)!);
}
