/**
 * The network engine: backends, layers, losses, backprop, initializers, optimizers, data
 * sets, training, the gradient check, the notes' chains and the depth experiment.
 * Explicit named exports, for `src/index.ts` to re-export.
 *
 * @example
 * ```ts
 * import { Network, float64Backend, gradcheck } from './nn/index.js';
 * ```
 * @module
 */
export { type ParamEnv, type ScalarUnit, scalarUnit, type Unit, type VectorUnit, vectorUnit } from './activation.js';
export { argmax, type Backend, type Compiled, sum } from './backend.js';
export { type BigFloatBackend, bigfloatBackend, GUARD_DIGITS } from './bigfloat-backend.js';
export { type Block, type Local, type ParamLocal, pullback, type ReverseOptions, reverseAccumulate, type Stage } from './chain.js';
export { type ArchitectureOptions, buildNetwork, defaultLoss, type FitOptions, type FitResult, trainClassifier } from './classifier.js';
export { type Closure64, compile64 } from './compile64.js';
export { DATASETS, type Dataset, type GeneratedOptions, iris, loadDataset, moons, oneHot, spirals, split, standardize, xor } from './data.js';
export { type DecimalBackend, decimalBackend } from './decimal-backend.js';
export { type DepthOptions, type DepthResult, depthExperiment, depthInitializer, type LayerStats } from './depth.js';
export { erf64, erfc64 } from './erf64.js';
export { float64Backend } from './float64.js';
export {
  type GradcheckOptions,
  type GradcheckVerdict,
  type GradientComparison,
  gradcheck,
  type LayerGradient,
  type Sample,
} from './gradcheck.js';
export {
  type FanMode,
  INITIALIZERS,
  type InitializeOptions,
  type InitializerName,
  initialize,
  initializerName,
  scalingOf,
  type VarianceScaling,
  varianceScaling,
} from './init.js';
export { type DerivativeNeed, type LayerForward, type LayerShape, type LayerSpec, layerForward, layerShape, layerValues } from './layer.js';
export { getLoss, LOSSES, type Loss, type LossDefinition, type LossOps, lossOps, type SoftmaxCrossEntropy, softmaxCrossEntropy } from './loss.js';
export { type ForwardPass, type GradientOptions, type LossAndGradient, Network, type NetworkSpec } from './network.js';
export {
  type ChainOptions,
  type ChainResult,
  type DescentOptions,
  type DescentStep,
  describeChain,
  gradientDescentTrace,
  oneNeuronChain,
  productOfRatios,
  type Ratio,
} from './notes.js';
export { adam, makeOptimizer, momentum, OPTIMIZERS, type Optimizer, type OptimizerOptions, sgd } from './optim.js';
export { type ParsedSpec, parseNetworkSpec } from './spec.js';
export { symbolicBackend } from './symbolic-backend.js';
export {
  accuracy,
  type Divergence,
  type EpochRecord,
  type Prepared,
  prepare,
  type TrainLoopOptions,
  type TrainLoopResult,
  trainNetwork,
} from './train.js';
