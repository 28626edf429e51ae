import { it } from 'vitest';
import { RELU_FAMILY } from '../../proofs/relu-family.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/relu-family: every claim comes out as expected', () => expectAsExpected(RELU_FAMILY));
