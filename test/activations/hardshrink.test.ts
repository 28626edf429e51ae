import { describe } from 'vitest';
import { hardshrink } from '../../src/activations/hardshrink.js';
import { expectVerified } from './verify-entry.js';

describe('hardshrink', () => {
  expectVerified(hardshrink);
});
