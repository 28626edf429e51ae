import { it } from 'vitest';
import { VANISHING_GRADIENTS } from '../../proofs/vanishing-gradients.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/vanishing-gradients: every claim comes out as expected', () => expectAsExpected(VANISHING_GRADIENTS));
