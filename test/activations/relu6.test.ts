import { describe } from 'vitest';
import { relu6 } from '../../src/activations/relu6.js';
import { expectVerified } from './verify-entry.js';

describe('relu6', () => {
  expectVerified(relu6);
});
