import { describe } from 'vitest';
import { hardSwish } from '../../src/activations/hard_swish.js';
import { expectVerified } from './verify-entry.js';

describe('hard_swish', () => {
  expectVerified(hardSwish);
});
