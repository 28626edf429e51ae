import { describe } from 'vitest';
import { hardSigmoidRelu6 } from '../../src/activations/hard_sigmoid_relu6.js';
import { expectVerified } from './verify-entry.js';

describe('hard_sigmoid_relu6', () => {
  expectVerified(hardSigmoidRelu6);
});
