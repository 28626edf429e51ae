/**
 * Swish (notes p. 22): z·σ(βz).
 *
 * @module
 */
import { statementClaim, topic } from '../src/proofs/claim.js';

/**
 * The claims of the notes on swish (p. 22), each with its check.
 *
 * @example
 * ```ts
 * runClaims(SWISH).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const SWISH = topic('swish', [
  statementClaim({
    id: 'swish-def',
    source: 'notes p. 22, lines 901–903',
    statement: '(9) SWISH $$\\text{swish}(z) = z \\cdot \\sigma(\\beta \\cdot z) = \\frac{z}{1 + e^{-\\beta z}}$$',
    reading: 'for all z and β (the notes give no default β; SiLU is β = 1)',
    kind: 'identity',
    context: { names: { beta: 'b' } },
    // link 0 names the function (the definition); link 1 is what the statement claims of it
    links: [1],
  }),
]);
