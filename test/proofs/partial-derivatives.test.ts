import { it } from 'vitest';
import { PARTIAL_DERIVATIVES } from '../../proofs/partial-derivatives.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/partial-derivatives: every claim comes out as expected', () => expectAsExpected(PARTIAL_DERIVATIVES));
