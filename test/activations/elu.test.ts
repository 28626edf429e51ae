import { describe } from 'vitest';
import { elu } from '../../src/activations/elu.js';
import { expectVerified } from './verify-entry.js';

describe('elu', () => {
  expectVerified(elu);
});
