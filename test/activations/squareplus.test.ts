import { describe } from 'vitest';
import { squareplus } from '../../src/activations/squareplus.js';
import { expectVerified } from './verify-entry.js';

describe('squareplus', () => {
  expectVerified(squareplus);
});
