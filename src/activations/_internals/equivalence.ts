/**
 * The notes' two-class equivalence (p. 22): softmax([a, b])₀ = σ(a − b), taken from the
 * catalogue's own softmax and sigmoid (nothing retyped) and settled by the identity
 * checker, symbolically and numerically.
 *
 * @module
 */
import { DEFAULTS } from '../../defaults.js';
import { substitute, v } from '../../symbolic/tree.js';
import { checkIdentity, type IdentityVerdict } from '../../verify/identity.js';
import { sigmoid } from '../sigmoid.js';
import { softmax } from '../softmax.js';

/**
 * Proves softmax([a, b])₀ = σ(a − b) for all real a, b.
 *
 * @example
 * ```ts
 * softmaxSigmoidEquivalence().method; // 'both'
 * ```
 */
export function softmaxSigmoidEquivalence(): IdentityVerdict {
  const first = substitute(softmax.components(2)[0]!, { z1: v('a'), z2: v('b') });
  const sigmaOfDifference = substitute(sigmoid.pieces[0]!.expr, { z: { kind: 'sub', left: v('a'), right: v('b') } });
  return checkIdentity(first, sigmaOfDifference, { digits: DEFAULTS.digits, points: DEFAULTS.identityPoints });
}
