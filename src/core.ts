/**
 * `gradproof/core`: the core alone — parse, derive, simplify, evaluate, verifyDerivative,
 * checkIdentity — for programs that need nothing else and want a fast start. Importing it
 * loads neither the formula sheet, nor the claims of the notes, nor the network engine,
 * nor `gradproof check`, nor KaTeX or d3 (the main entry `gradproof` exports all of those,
 * and so loads their modules). The CAS loads on the first derivation, in either entry.
 * The activation catalogue's names are known in expressions (`relu(x)`), as with the main
 * entry. Every name here is the same object as the main entry's (one module behind both).
 *
 * @example
 * ```ts
 * import { derive, format, verifyDerivative } from 'gradproof/core';
 * format(derive('x^2*sin(x)', 'x').expr); // '2*x*sin(x) + cos(x)*x^2'
 * verifyDerivative('1/(1+e^(-x))', 'x', { digits: 50 }).holds; // true
 * ```
 * @module
 */
import './activations/_internals/catalogue.js'; // registers the catalogue's functions in expressions (relu(x), …)

export { CasTimeoutError, DomainError, GradproofError, InputError, ParseError } from './errors.js';
export { DEFAULTS } from './defaults.js';
export { type Coordinate, defaultCeiling, type EvaluateOptions, type Evaluation, evaluate, MAX_DIGITS, MIN_DIGITS } from './numeric/evaluate.js';
export { type Derivation, type DeriveOptions, derive } from './verify/derive.js';
export { parse } from './symbolic/parse.js';
export { type Simplification, simplify } from './verify/simplify.js';
export { toTex } from './symbolic/tex.js';
export { type Expr, format, variables } from './symbolic/tree.js';
export {
  assertVerified,
  type DerivativeVerdict,
  describeSingularity,
  type PointCheck,
  type PointStatus,
  type Singularity,
  VerificationFailed,
  type VerifyDerivativeOptions,
  verifyDerivative,
} from './verify/derivative.js';
export { checkIdentity, type IdentityOptions, type IdentityVerdict } from './verify/identity.js';
export { type Counterexample, holdsStatus, type Verdict, type VerdictKind, type VerdictMethod, type VerdictStatus } from './verify/verdict.js';
