import { describe } from 'vitest';
import { celu } from '../../src/activations/celu.js';
import { expectVerified } from './verify-entry.js';

describe('celu', () => {
  expectVerified(celu);
});
