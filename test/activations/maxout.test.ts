import { describe } from 'vitest';
import { maxout } from '../../src/activations/maxout.js';
import { expectVerified } from './verify-entry.js';

describe('maxout', () => {
  expectVerified(maxout);
});
