import { describe } from 'vitest';
import { tanh } from '../../src/activations/tanh.js';
import { expectVerified } from './verify-entry.js';

describe('tanh', () => {
  expectVerified(tanh);
});
