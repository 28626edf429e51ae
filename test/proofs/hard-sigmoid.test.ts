import { it } from 'vitest';
import { HARD_SIGMOID } from '../../proofs/hard-sigmoid.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/hard-sigmoid: every claim comes out as expected', () => expectAsExpected(HARD_SIGMOID));
