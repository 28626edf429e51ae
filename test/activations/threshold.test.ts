import { describe } from 'vitest';
import { threshold } from '../../src/activations/threshold.js';
import { expectVerified } from './verify-entry.js';

describe('threshold', () => {
  expectVerified(threshold);
});
