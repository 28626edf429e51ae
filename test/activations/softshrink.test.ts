import { describe } from 'vitest';
import { softshrink } from '../../src/activations/softshrink.js';
import { expectVerified } from './verify-entry.js';

describe('softshrink', () => {
  expectVerified(softshrink);
});
