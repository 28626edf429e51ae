/**
 * Worker thread of `readableInParallel`: computes the readable derivatives of each scalar
 * activation it is sent and posts them back.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { getScalarActivation } from '../activations/_internals/catalogue.js';
import { readableParts } from './model.js';

parentPort!.on('message', (name: string) => {
  parentPort!.postMessage({ name, parts: readableParts(getScalarActivation(name)) });
});
