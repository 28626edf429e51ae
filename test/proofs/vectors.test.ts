import { it } from 'vitest';
import { VECTORS } from '../../proofs/vectors.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/vectors: every claim comes out as expected', () => expectAsExpected(VECTORS));
