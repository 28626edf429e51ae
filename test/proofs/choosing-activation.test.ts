import { it } from 'vitest';
import { CHOOSING_ACTIVATION } from '../../proofs/choosing-activation.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/choosing-activation: every claim comes out as expected', () => expectAsExpected(CHOOSING_ACTIVATION));
