import { describe } from 'vitest';
import { silu } from '../../src/activations/silu.js';
import { expectVerified } from './verify-entry.js';

describe('silu', () => {
  expectVerified(silu);
});
