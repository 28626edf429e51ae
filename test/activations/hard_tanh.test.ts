import { describe } from 'vitest';
import { hardTanh } from '../../src/activations/hard_tanh.js';
import { expectVerified } from './verify-entry.js';

describe('hard_tanh', () => {
  expectVerified(hardTanh);
});
