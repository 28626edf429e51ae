import { describe } from 'vitest';
import { softsign } from '../../src/activations/softsign.js';
import { expectVerified } from './verify-entry.js';

describe('softsign', () => {
  expectVerified(softsign);
});
