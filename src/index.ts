/**
 * gradproof: derive the mathematics of neural networks symbolically and prove every
 * result numerically at high precision.
 *
 * @example
 * ```ts
 * import { verifyDerivative } from 'gradproof';
 * verifyDerivative('1/(1+e^(-x))', 'x', { digits: 50 }).verified; // true
 * ```
 * @module
 */
export { CasTimeoutError, DomainError, GradproofError, InputError, ParseError } from './errors.js';
export type { Closure, Env } from './numeric/compile.js';
export { compile } from './numeric/compile.js';
export { type DecimalCtor, decimalContext, formatDigits } from './numeric/context.js';
export { type Coordinate, type EvaluateOptions, type Evaluation, evaluate, MAX_DIGITS, MIN_DIGITS } from './numeric/evaluate.js';
export {
  centralDifference,
  detectKink,
  digitsAgreed,
  finiteDifference,
  type KinkReport,
  type NumericDerivative,
  oneSidedDifference,
  type RealFn,
} from './numeric/finite.js';
export { type Derivation, type DeriveOptions, derive } from './symbolic/derive.js';
export { parse } from './symbolic/parse.js';
export { type Simplification, simplify } from './symbolic/simplify.js';
export { toTex } from './symbolic/tex.js';
export { type Expr, format, variables } from './symbolic/tree.js';
export {
  assertVerified,
  type DerivativeVerdict,
  type PointCheck,
  VerificationFailed,
  type VerifyDerivativeOptions,
  verifyDerivative,
} from './verify/derivative.js';
export { checkIdentity, type IdentityOptions, type IdentityPoint, type IdentityVerdict } from './verify/identity.js';
