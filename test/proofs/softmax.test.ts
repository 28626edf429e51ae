import { it } from 'vitest';
import { SOFTMAX } from '../../proofs/softmax.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/softmax: every claim comes out as expected', () => expectAsExpected(SOFTMAX));
