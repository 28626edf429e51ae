import { describe } from 'vitest';
import { exponential } from '../../src/activations/exponential.js';
import { expectVerified } from './verify-entry.js';

describe('exponential', () => {
  expectVerified(exponential);
});
