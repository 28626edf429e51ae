import { it } from 'vitest';
import { CRITICAL_POINTS } from '../../proofs/critical-points.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/critical-points: every claim comes out as expected', () => expectAsExpected(CRITICAL_POINTS));
