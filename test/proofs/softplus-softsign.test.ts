import { it } from 'vitest';
import { SOFTPLUS_SOFTSIGN } from '../../proofs/softplus-softsign.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/softplus-softsign: every claim comes out as expected', () => expectAsExpected(SOFTPLUS_SOFTSIGN));
