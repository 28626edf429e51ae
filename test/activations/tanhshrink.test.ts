import { describe } from 'vitest';
import { tanhshrink } from '../../src/activations/tanhshrink.js';
import { expectVerified } from './verify-entry.js';

describe('tanhshrink', () => {
  expectVerified(tanhshrink);
});
