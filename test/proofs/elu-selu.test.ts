import { it } from 'vitest';
import { ELU_SELU } from '../../proofs/elu-selu.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/elu-selu: every claim comes out as expected', () => expectAsExpected(ELU_SELU));
