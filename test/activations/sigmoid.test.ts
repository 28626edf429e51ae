import { describe } from 'vitest';
import { sigmoid } from '../../src/activations/sigmoid.js';
import { expectVerified } from './verify-entry.js';

describe('sigmoid', () => {
  expectVerified(sigmoid);
});
