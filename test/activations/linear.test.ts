import { describe } from 'vitest';
import { linear } from '../../src/activations/linear.js';
import { expectVerified } from './verify-entry.js';

describe('linear', () => {
  expectVerified(linear);
});
