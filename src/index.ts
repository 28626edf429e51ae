/**
 * gradproof: derive the mathematics of neural networks symbolically and prove every
 * result numerically at high precision.
 *
 * @example
 * ```ts
 * import { verifyDerivative } from 'gradproof';
 * verifyDerivative('1/(1+e^(-x))', 'x', { digits: 50 }).holds;    // true
 * ```
 * @module
 */
export { CasTimeoutError, DomainError, GradproofError, InputError, ParseError } from './errors.js';
export type { Closure, Env, Tracked } from './numeric/compile.js';
export { compile } from './numeric/compile.js';
export { type DecimalCtor, decimalContext, formatDigits } from './numeric/context.js';
export { type Coordinate, defaultCeiling, type EvaluateOptions, type Evaluation, evaluate, MAX_DIGITS, MIN_DIGITS } from './numeric/evaluate.js';
export {
  centralDifference,
  detectKink,
  digitsAgreed,
  finiteDifference,
  type KinkReport,
  type NumericDerivative,
  type NumericDerivativeOptions,
  numericDerivative,
  oneSidedDifference,
  oneSidedLimits,
  type RealFn,
} from './numeric/finite.js';
export { DEFAULTS } from './defaults.js';
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
export { analyzePoint, type PointAnalysis, type PointShape } from './verify/point.js';
export { type Counterexample, holdsStatus, type Verdict, type VerdictKind, type VerdictMethod, type VerdictStatus } from './verify/verdict.js';

// the activation catalogue
export { type Activation, defineActivation, type ParamValues, type Piece, ScalarActivation, VectorActivation } from './activations/_internals/activation.js';
export { activationNames, getActivation, getScalarActivation, getVectorActivation } from './activations/_internals/catalogue.js';
export { CONSTANTS, type ConstantSpec, constantValue } from './activations/_internals/constants.js';
export { softmaxSigmoidEquivalence } from './activations/_internals/equivalence.js';
export type { ActivationSpec, EndSpec, ParamSpec, PieceSpec, RangeSpec, Remarks, ScalarSpec, VectorSpec } from './activations/_internals/spec.js';
export { type ActivationCheck, type ActivationVerdict, type KinkInfo, type VerifyActivationOptions, verifyActivation } from './verify/activation.js';
export { ACTIVATIONS } from './activations/index.js';
// the network engine
export { type Backend, decimalBackend, float64Backend } from './nn/index.js';
export { type ArchitectureOptions, buildNetwork, type FitOptions, type FitResult, trainClassifier } from './nn/classifier.js';
export { DATASETS, type Dataset, loadDataset, split } from './nn/data.js';
export { type DepthOptions, type DepthResult, depthExperiment, type LayerStats } from './nn/depth.js';
export { type GradcheckOptions, type GradcheckVerdict, type GradientComparison, gradcheck, type LayerGradient, type Sample } from './nn/gradcheck.js';
export { INITIALIZERS, type InitializerName, initialize } from './nn/init.js';
export type { LayerSpec } from './nn/layer.js';
export { getLoss, LOSSES, type Loss } from './nn/loss.js';
export { Network, type NetworkSpec } from './nn/network.js';
export { type ChainResult, type DescentStep, gradientDescentTrace, oneNeuronChain, productOfRatios } from './nn/notes.js';
export { makeOptimizer, OPTIMIZERS, type Optimizer } from './nn/optim.js';
export { parseNetworkSpec } from './nn/spec.js';
export { accuracy, type EpochRecord, trainNetwork } from './nn/train.js';
// the notes' claims and the formula sheet
export { ALL_CLAIMS, TOPICS } from '../proofs/index.js';
export type { Claim, ClaimKind, Outcome } from './proofs/claim.js';
export { type ClaimResult, runClaims, type Status, type Summary, summarize } from './proofs/runner.js';
export { sheetHtml } from './sheet/html.js';
export { sheetMarkdown } from './sheet/markdown.js';
export { buildSheet, type SheetActivation, type SheetInputs, type SheetModel } from './sheet/model.js';
export { type LineChartOptions, lineChart, type Series } from './plot/line-chart.js';
// readable forms, derivations step by step, the sheet's pages (issue 11)
export { expandReadable, type ReadableForm, type ReadableOptions, readable, readableForms, type SelfReference, tidyForm } from './symbolic/readable.js';
export { type StepCheckOptions, checkStep, type DerivationStep, type StepCheck, type StepClaim, type StepStatus } from './derivation/step.js';
export { derivationSteps, type StepsOptions } from './derivation/generic.js';
export { formatSteps, type StepsFormat } from './derivation/format.js';
export { type NotesDerivation, notesDerivations } from './derivation/notes.js';
export { type ReadableCheckOptions, readableDerivative, type VerifiedReadable, verifiedReadable } from './derivation/readable.js';
export { summaryHtml } from './sheet/html.js';
export { sheetPlots } from './sheet/markdown.js';
export { type CheckedFormula, type ConventionCell, NOTES_ORDER, type ReadableParts, readableParts, type SheetConvention, type SheetKink, type SheetStamp } from './sheet/model.js';
export type { Erratum } from './sheet/errata.js';
// ranges and bounds proved for every z by interval arithmetic (issue #10)
export { type BoundClaim, type IntervalProofOptions, proveBound, proveRange, type RangeVerdict } from './verify/bound.js';
export {
  compareEnds,
  formatRangeSet,
  normalizeRangeSet,
  parseRangeSet,
  type RangeEnd,
  type RangeFormatOptions,
  type RangePart,
  type RangeSet,
  type RangeSpecLike,
  rangeSetContains,
  rangeSetFromSpec,
  rangeSetToTex,
} from './verify/range-set.js';
export { activationFunction, type PieceEnd, type ScalarFunction, type ScalarPiece } from './verify/scalar.js';
// types the exported functions refer to
export type { BinNode, CallNode, ConstNode, NegNode, NumNode, VarNode } from './symbolic/tree.js';
export type { DifferenceKind, PrecisionHint } from './numeric/finite.js';
export type { Interval, Bound } from './activations/_internals/condition.js';
export { CAS_STEPS } from './symbolic/cas.js';
export { SeededRandom } from './numeric/random.js';
export type { DecimalBackend } from './nn/decimal-backend.js';
export type { Compiled } from './nn/backend.js';
export type { LossDefinition } from './nn/loss.js';
export type { LayerForward, LayerShape } from './nn/layer.js';
export type { Block, Local, ParamLocal, Stage } from './nn/chain.js';
export type { ChainOptions, DescentOptions, Ratio } from './nn/notes.js';
export type { ForwardPass, GradientOptions, LossAndGradient } from './nn/network.js';
export type { Divergence, Prepared, TrainLoopOptions, TrainLoopResult } from './nn/train.js';
export type { FanMode, InitializeOptions } from './nn/init.js';
export type { OptimizerOptions } from './nn/optim.js';
export type { ParsedSpec } from './nn/spec.js';
export type { Expectation, Method } from './proofs/claim.js';
export type { RunOptions } from './proofs/runner.js';
export type { InitializerRow } from './sheet/initializers.js';
export type { AxisOptions } from './plot/line-chart.js';
// multivariate calculus: gradients, Jacobians, Hessians, critical points, gradient descent
export { type CriticalCurve, type CriticalOptions, type CriticalPoint, type CriticalVerdict, criticalPoints } from './calculus/critical.js';
export { DESCEND_DEFAULTS, type DescendOptions, type DescentIterate, type DescentVerdict, descend } from './calculus/descend.js';
export { type GradOptions, type GradientVerdict, gradient } from './calculus/gradient.js';
export { type HessianOptions, type HessianVerdict, hessian, type SymmetryCheck } from './calculus/hessian.js';
export { type JacobianOptions, type JacobianVerdict, jacobian } from './calculus/jacobian.js';
export { descentSvg } from './calculus/plot.js';
export type { DerivativeCheck, EqualityCheck, NamedCheck } from './calculus/adapter.js';
export type { Classification, CriticalKind } from './calculus/classify.js';
export type { EnclosedValue } from './calculus/enclosure.js';
export type { Region } from './calculus/region.js';
export type { PartialReport } from './calculus/verdict.js';
// gradproof check: LaTeX math and Markdown notes
export { latexToExpr, type LatexStatement, readLatex } from './latex/index.js';
export type { Chain, RelOp, Term } from './latex/term.js';
export { type CheckOptions, checkNotes, type EquationVerdict, type NotesDefinition, type NotesReport, type NotesSummary } from './check/notes.js';
export { reportHtml, reportJson } from './check/report.js';
// a claim's statement read for checking: the checks of proofs/ are built from it (issue #10)
export { type FunctionDef, type Link, type LinkOptions, NOTES_FUNCTIONS, type StatementContext, StatementReader } from './proofs/statement.js';
