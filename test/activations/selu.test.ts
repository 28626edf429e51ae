import { describe } from 'vitest';
import { selu } from '../../src/activations/selu.js';
import { expectVerified } from './verify-entry.js';

describe('selu', () => {
  expectVerified(selu);
});
