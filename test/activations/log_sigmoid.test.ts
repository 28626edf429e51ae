import { describe } from 'vitest';
import { logSigmoid } from '../../src/activations/log_sigmoid.js';
import { expectVerified } from './verify-entry.js';

describe('log_sigmoid', () => {
  expectVerified(logSigmoid);
});
