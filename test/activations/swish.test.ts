import { describe } from 'vitest';
import { swish } from '../../src/activations/swish.js';
import { expectVerified } from './verify-entry.js';

describe('swish', () => {
  expectVerified(swish);
});
