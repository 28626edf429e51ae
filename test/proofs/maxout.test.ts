import { it } from 'vitest';
import { MAXOUT } from '../../proofs/maxout.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/maxout: every claim comes out as expected', () => expectAsExpected(MAXOUT));
