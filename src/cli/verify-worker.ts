/**
 * Worker thread of `verifyInParallel`: verifies each activation it is sent and posts the
 * verdict back.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { getActivation } from '../activations/_internals/catalogue.js';
import { verifyActivation } from '../verify/activation.js';

parentPort!.on('message', (name: string) => {
  parentPort!.postMessage(verifyActivation(getActivation(name)));
});
