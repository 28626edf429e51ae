/**
 * `gradproof/arbitraries`: fast-check arbitraries for property tests of neural-network
 * mathematics. One arbitrary per file, each named as it is exported. Every number they
 * produce is an exact decimal string (none passes through a JS float).
 *
 * fast-check (≥ 4) is an optional peer dependency, needed only by this entry.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { verifyDerivative } from 'gradproof';
 * import { elementaryExpression } from 'gradproof/arbitraries';
 *
 * fc.assert(fc.property(elementaryExpression({ maxDepth: 2 }), (f) => verifyDerivative(f, 'x', { digits: 20, points: 3 }).verified));
 * ```
 * @module
 */
export { type ActivationDraw, type ActivationOptions, activation } from './activation.js';
export { type ActivationPointOptions, activationPoint } from './activationPoint.js';
export { type ElementaryExpressionOptions, elementaryExpression } from './elementaryExpression.js';
export { type NetworkDraw, type SmallNetworkOptions, smallNetwork } from './smallNetwork.js';
