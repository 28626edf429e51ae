/**
 * Swish (notes p. 22): z·σ(βz).
 *
 * @module
 */
import { identityClaim, topic } from '../src/proofs/claim.js';
import { sigma } from './formulas.js';

/**
 * The claims of the notes on swish (p. 22), each with its check.
 *
 * @example
 * ```ts
 * runClaims(SWISH).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const SWISH = topic('swish', [
  identityClaim({
    id: 'swish-def',
    source: 'notes p. 22, lines 901–903',
    statement: '(9) SWISH $$\\text{swish}(z) = z \\cdot \\sigma(\\beta \\cdot z) = \\frac{z}{1 + e^{-\\beta z}}$$',
    reading: 'for all z and β (the notes give no default β; SiLU is β = 1)',
    left: `z*${sigma('b*z')}`,
    right: 'z/(1 + e^(-b*z))',
  }),
]);
