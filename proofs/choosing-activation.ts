/**
 * Choosing an activation (notes p. 23): advice, not mathematics.
 *
 * @module
 */
import { notCheckable, topic } from '../src/proofs/claim.js';

/**
 * The claims of the notes on choosing an activation (p. 23), each with its check.
 *
 * @example
 * ```ts
 * runClaims(CHOOSING_ACTIVATION).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const CHOOSING_ACTIVATION = topic('choosing-activation', [
  notCheckable({
    id: 'choose-relu-hidden',
    source: 'notes p. 23, lines 942–944',
    statement: 'Rough idea on how to begin selection of Activation function For any problem - start with **ReLU** for hidden layers',
    reason: 'advice',
  }),
  notCheckable({
    id: 'choose-binary',
    source: 'notes p. 23, lines 946–951',
    statement: 'for classification binary - two choices at output Sigmoid softmax',
    reason: 'advice (consistent with softmax-sigmoid-equivalence, which is proved)',
  }),
  notCheckable({
    id: 'choose-multiclass',
    source: 'notes p. 23, line 953',
    statement: '- multiclass - only softmax at output',
    reason: 'advice (multi-label problems use sigmoid outputs)',
  }),
  notCheckable({
    id: 'choose-regression',
    source: 'notes p. 23, lines 955–957',
    statement: 'for Regression No activation function (We are expecting continuous outcome)',
    reason: 'advice (a linear output)',
  }),
  notCheckable({
    id: 'choose-relu-variants',
    source: 'notes p. 23, line 959',
    statement: 'Then try versions of ReLU if not getting better results.',
    reason: 'advice',
  }),
]);
