/**
 * Every claim of the lecture notes (the handwritten course notes, as transcribed), one topic
 * file each, in the order of the notes. `gradproof prove` runs them.
 *
 * @example
 * ```ts
 * import { ALL_CLAIMS, TOPICS } from './proofs/index.js';
 * import { runClaims, summarize } from './src/proofs/runner.js';
 * summarize(runClaims(ALL_CLAIMS)).unexpected; // []
 * TOPICS[0]; // 'vectors'
 * ```
 * @module
 */
import type { Claim } from '../src/proofs/claim.js';
import { topicsOf } from '../src/proofs/runner.js';
import { ACTIVATIONS } from './activations.js';
import { BACKPROPAGATION } from './backpropagation.js';
import { CHAIN_RULE } from './chain-rule.js';
import { CHOOSING_ACTIVATION } from './choosing-activation.js';
import { CRITICAL_POINTS } from './critical-points.js';
import { DERIVATIVES } from './derivatives.js';
import { ELU_SELU } from './elu-selu.js';
import { GRADIENT_DESCENT } from './gradient-descent.js';
import { HARD_SIGMOID } from './hard-sigmoid.js';
import { INITIALIZATION } from './initialization.js';
import { MAXOUT } from './maxout.js';
import { PARTIAL_DERIVATIVES } from './partial-derivatives.js';
import { RELU_FAMILY } from './relu-family.js';
import { SIGMOID } from './sigmoid.js';
import { SOFTMAX } from './softmax.js';
import { SOFTMAX_SIGMOID } from './softmax-sigmoid.js';
import { SOFTPLUS_SOFTSIGN } from './softplus-softsign.js';
import { SWISH } from './swish.js';
import { TANH } from './tanh.js';
import { VANISHING_GRADIENTS } from './vanishing-gradients.js';
import { VECTORS } from './vectors.js';

/**
 * Every claim, topic by topic in the order of the notes.
 *
 * @example
 * ```ts
 * ALL_CLAIMS.length; // 250
 * ```
 */
export const ALL_CLAIMS: readonly Claim[] = [
  ...VECTORS,
  ...DERIVATIVES,
  ...PARTIAL_DERIVATIVES,
  ...CRITICAL_POINTS,
  ...GRADIENT_DESCENT,
  ...CHAIN_RULE,
  ...BACKPROPAGATION,
  ...VANISHING_GRADIENTS,
  ...ACTIVATIONS,
  ...INITIALIZATION,
  ...SIGMOID,
  ...TANH,
  ...RELU_FAMILY,
  ...SOFTMAX,
  ...SOFTMAX_SIGMOID,
  ...ELU_SELU,
  ...SWISH,
  ...SOFTPLUS_SOFTSIGN,
  ...HARD_SIGMOID,
  ...MAXOUT,
  ...CHOOSING_ACTIVATION,
];

/**
 * The topics, in order.
 *
 * @example
 * ```ts
 * TOPICS.includes('softmax-sigmoid'); // true
 * ```
 */
export const TOPICS: readonly string[] = topicsOf(ALL_CLAIMS);
