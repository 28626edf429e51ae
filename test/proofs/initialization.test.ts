import { it } from 'vitest';
import { INITIALIZATION } from '../../proofs/initialization.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/initialization: every claim comes out as expected', () => expectAsExpected(INITIALIZATION));
