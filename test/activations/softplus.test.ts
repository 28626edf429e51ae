import { describe } from 'vitest';
import { softplus } from '../../src/activations/softplus.js';
import { expectVerified } from './verify-entry.js';

describe('softplus', () => {
  expectVerified(softplus);
});
