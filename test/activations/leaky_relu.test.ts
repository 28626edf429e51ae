import { describe } from 'vitest';
import { leakyRelu } from '../../src/activations/leaky_relu.js';
import { expectVerified } from './verify-entry.js';

describe('leaky_relu', () => {
  expectVerified(leakyRelu);
});
