import { it } from 'vitest';
import { ACTIVATIONS } from '../../proofs/activations.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/activations: every claim comes out as expected', () => expectAsExpected(ACTIVATIONS));
