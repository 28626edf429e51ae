import { describe } from 'vitest';
import { gelu } from '../../src/activations/gelu.js';
import { expectVerified } from './verify-entry.js';

describe('gelu', () => {
  expectVerified(gelu);
});
