import { describe } from 'vitest';
import { softmax } from '../../src/activations/softmax.js';
import { expectVerified } from './verify-entry.js';

describe('softmax', () => {
  expectVerified(softmax);
});
