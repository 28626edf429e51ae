import { it } from 'vitest';
import { CHAIN_RULE } from '../../proofs/chain-rule.js';
import { expectAsExpected } from './expect-claims.js';

it('proofs/chain-rule: every claim comes out as expected', () => expectAsExpected(CHAIN_RULE));
