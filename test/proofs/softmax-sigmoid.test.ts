import { it } from 'vitest';
import { SOFTMAX_SIGMOID } from '../../proofs/softmax-sigmoid.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/softmax-sigmoid: every claim comes out as expected', () => expectAsExpected(SOFTMAX_SIGMOID));
