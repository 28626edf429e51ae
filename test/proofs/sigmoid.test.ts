import { it } from 'vitest';
import { SIGMOID } from '../../proofs/sigmoid.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/sigmoid: every claim comes out as expected', () => expectAsExpected(SIGMOID));
