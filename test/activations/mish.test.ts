import { describe } from 'vitest';
import { mish } from '../../src/activations/mish.js';
import { expectVerified } from './verify-entry.js';

describe('mish', () => {
  expectVerified(mish);
});
