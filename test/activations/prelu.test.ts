import { describe } from 'vitest';
import { prelu } from '../../src/activations/prelu.js';
import { expectVerified } from './verify-entry.js';

describe('prelu', () => {
  expectVerified(prelu);
});
