import { it } from 'vitest';
import { SWISH } from '../../proofs/swish.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/swish: every claim comes out as expected', () => expectAsExpected(SWISH));
