import { describe } from 'vitest';
import { hardSigmoid } from '../../src/activations/hard_sigmoid.js';
import { expectVerified } from './verify-entry.js';

describe('hard_sigmoid', () => {
  expectVerified(hardSigmoid);
});
