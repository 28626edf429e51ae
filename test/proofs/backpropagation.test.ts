import { it } from 'vitest';
import { BACKPROPAGATION } from '../../proofs/backpropagation.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/backpropagation: every claim comes out as expected', () => expectAsExpected(BACKPROPAGATION));
