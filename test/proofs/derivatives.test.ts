import { it } from 'vitest';
import { DERIVATIVES } from '../../proofs/derivatives.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/derivatives: every claim comes out as expected', () => expectAsExpected(DERIVATIVES));
