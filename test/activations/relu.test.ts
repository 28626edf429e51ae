import { describe } from 'vitest';
import { relu } from '../../src/activations/relu.js';
import { expectVerified } from './verify-entry.js';

describe('relu', () => {
  expectVerified(relu);
});
