import { it } from 'vitest';
import { GRADIENT_DESCENT } from '../../proofs/gradient-descent.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/gradient-descent: every claim comes out as expected', () => expectAsExpected(GRADIENT_DESCENT));
