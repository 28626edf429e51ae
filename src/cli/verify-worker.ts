/**
 * Worker thread of {@link verifyInParallel}: verifies the activations it is given and
 * posts the verdicts back.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getActivation } from '../activations/_internals/catalogue.js';
import { verifyActivation } from '../activations/_internals/verify.js';

const names = workerData as string[];
parentPort!.postMessage(names.map((n) => verifyActivation(getActivation(n))));
