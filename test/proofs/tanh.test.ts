import { it } from 'vitest';
import { TANH } from '../../proofs/tanh.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/tanh: every claim comes out as expected', () => expectAsExpected(TANH));
