/**
 * Verifies activations on worker threads (one per core, at most 2 by default) when running
 * from the built JavaScript; in-process otherwise (tests run the TypeScript sources).
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { getActivation } from '../activations/_internals/catalogue.js';
import { type ActivationVerdict, verifyActivation } from '../activations/_internals/verify.js';

/** Verifies the named activations, in parallel where possible; verdicts in the input order. */
export async function verifyInParallel(names: readonly string[], workers = Math.min(2, availableParallelism())): Promise<ActivationVerdict[]> {
  const script = new URL('./verify-worker.js', import.meta.url);
  if (workers < 2 || !import.meta.url.endsWith('.js')) return names.map((n) => verifyActivation(getActivation(n)));
  // deal the names out round-robin: the slow entries are spread over the workers
  const shares = Array.from({ length: workers }, (_, w) => names.filter((_, i) => i % workers === w));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ActivationVerdict[]>((resolveShare, reject) => {
          const worker = new Worker(script, { workerData: share });
          worker.once('message', (verdicts: ActivationVerdict[]) => resolveShare(verdicts));
          worker.once('error', reject);
        }),
    ),
  );
  const byName = new Map(results.flat().map((v) => [v.name, v]));
  return names.map((n) => byName.get(n)!);
}
