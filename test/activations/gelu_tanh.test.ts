import { describe } from 'vitest';
import { geluTanh } from '../../src/activations/gelu_tanh.js';
import { expectVerified } from './verify-entry.js';

describe('gelu_tanh', () => {
  expectVerified(geluTanh);
});
