import { describe } from 'vitest';
import { glu } from '../../src/activations/glu.js';
import { expectVerified } from './verify-entry.js';

describe('glu', () => {
  expectVerified(glu);
});
