import { describe } from 'vitest';
import { softmin } from '../../src/activations/softmin.js';
import { expectVerified } from './verify-entry.js';

describe('softmin', () => {
  expectVerified(softmin);
});
