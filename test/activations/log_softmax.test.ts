import { describe } from 'vitest';
import { logSoftmax } from '../../src/activations/log_softmax.js';
import { expectVerified } from './verify-entry.js';

describe('log_softmax', () => {
  expectVerified(logSoftmax);
});
