/**
 * The derivative each framework uses at a kink or a jump, read from its source. A kink
 * has two one-sided slopes and a framework's backward pass picks one value there (by a
 * strict or non-strict comparison in its kernel); frameworks do not all pick the same
 * one, and some changed. Every value below was read in the file named, at the version
 * named; gradproof's own value is not typed here but computed by the sheet from the piece
 * of the activation that owns the point.
 *
 * @module
 */

/**
 * Where a value was read.
 *
 * @example
 * ```ts
 * CONVENTIONS[0]!.pytorch!.source.code; // 'x <= 0 ? 0 : g'
 * ```
 */
export interface Source {
  /** Repository, version or commit, file and the function or line. */
  readonly where: string;
  /** The comparison in the code, quoted, e.g. `x > 0 ? g : g·α`. */
  readonly code: string;
}

/**
 * One framework's value at one point: expression text in the activation's parameters (`alpha`, `lambda*alpha`).
 *
 * @example
 * ```ts
 * CONVENTIONS[0]!.notes!.value; // '1'
 * ```
 */
export interface FrameworkValue {
  readonly value: string;
  readonly source: Source;
}

/**
 * A kink or jump and the values used there.
 *
 * @example
 * ```ts
 * CONVENTIONS.filter((r) => r.kind === 'jump').length; // 3
 * ```
 */
export interface ConventionRow {
  readonly activation: string;
  /** The point, expression text (`0`, `-3`, `lambda`). */
  readonly at: string;
  readonly kind: 'kink' | 'jump';
  readonly pytorch?: FrameworkValue;
  readonly jax?: FrameworkValue;
  /** TensorFlow, and Keras 3 on its TensorFlow backend. */
  readonly tensorflow?: FrameworkValue;
  /** What the notes write, where they say. */
  readonly notes?: FrameworkValue;
  /** Disagreements, changes, backend dependence. */
  readonly remark?: string;
}

const PT = 'PyTorch main @02def0c, aten/src/ATen/native/cpu/Activation.cpp';
const JAX = 'JAX v0.11.0, jax/_src/nn/functions.py';
const TF = 'TensorFlow @12b1fb4, tensorflow/core/kernels/relu_op_functor.h';
const KERAS_TF = 'Keras v3.15.1, keras/src/backend/tensorflow/nn.py';
const TF_MINMAX = 'TensorFlow python/ops/math_grad.py: Minimum/Maximum gradients pass a tie to x (less_equal / greater_equal)';

const pt = (value: string, fn: string, code: string): FrameworkValue => ({ value, source: { where: `${PT}, ${fn}`, code } });
const jax = (value: string, line: string, code: string): FrameworkValue => ({ value, source: { where: `${JAX}, ${line}`, code } });
const tf = (value: string, where: string, code: string): FrameworkValue => ({ value, source: { where, code } });

const PT_RELU6 = pt('0', 'hardtanh_backward_kernel (relu6 is hardtanh(x, 0, 6), aten/src/ATen/native/Activation.cpp)', 'x <= min || x >= max ? 0 : g');
const JAX_RELU6 = jax('0', 'relu6, L828', 'select((x > 0) & (x < 6), g, 0)');
const TF_RELU6 = tf('0', `${TF}, Relu6Grad`, 'g · ((x > 0) · (x < 6))');

/**
 * The rows, in the order of the catalogue's kinks and jumps.
 *
 * @example
 * ```ts
 * CONVENTIONS.find((r) => r.activation === 'leaky_relu')!.jax!.value; // '1'
 * ```
 */
export const CONVENTIONS: readonly ConventionRow[] = [
  {
    activation: 'relu',
    at: '0',
    kind: 'kink',
    pytorch: pt('0', 'threshold_backward (tools/autograd/derivatives.yaml: relu → threshold_backward(grad, result, 0))', 'x <= 0 ? 0 : g'),
    jax: jax('0', 'relu, L107 (custom_jvp since 2020)', 'select(x > 0, g, 0)'),
    tensorflow: tf('0', `${TF}, ReluGrad`, 'g · (x > 0)'),
    notes: { value: '1', source: { where: 'notes p. 14 (boxed) and p. 20', code: "ReLU′(z) = 1 for z ≥ 0" } },
    remark: 'All three frameworks use 0; the notes’ boxed formula gives 1. Either is a valid one-sided slope; ReLU has no derivative at 0.',
  },
  {
    activation: 'leaky_relu',
    at: '0',
    kind: 'kink',
    pytorch: pt('alpha', 'leaky_relu_backward_kernel', 'x > 0 ? g : g·α'),
    jax: jax('1', 'leaky_relu, L355', 'where(x >= 0, x, α·x): the x branch owns 0'),
    tensorflow: tf('alpha', `${TF}, LeakyReluGrad`, 'x > 0 ? g : g·α'),
    notes: { value: 'alpha', source: { where: 'notes p. 21', code: 'Leaky ReLU′(z) = α for z ≤ 0' } },
    remark: 'JAX disagrees with PyTorch and TensorFlow: its forward pass puts 0 on the slope-1 side.',
  },
  {
    activation: 'prelu',
    at: '0',
    kind: 'kink',
    pytorch: pt('alpha', 'prelu_backward_kernel', 'x > 0 ? g : α·g'),
    tensorflow: tf('0', 'Keras v3.15.1, keras/src/layers/activations/prelu.py, PReLU.call (L74–77)', 'relu(x) − α·relu(−x): both relu′(0) = 0'),
    remark: 'JAX has no PReLU. Keras’s PReLU layer gets 0 at the kink, a value neither one-sided slope has (with α ≠ 0).',
  },
  { activation: 'relu6', at: '0', kind: 'kink', pytorch: PT_RELU6, jax: JAX_RELU6, tensorflow: TF_RELU6, remark: 'JAX used ½ at 0 and 6 (a tie of max/min) before v0.4.6 (commit 9c39b6f, 2023: “match pytorch convention”).' },
  { activation: 'relu6', at: '6', kind: 'kink', pytorch: PT_RELU6, jax: JAX_RELU6, tensorflow: TF_RELU6 },
  {
    activation: 'hard_tanh',
    at: '-1',
    kind: 'kink',
    pytorch: pt('0', 'hardtanh_backward_kernel', 'x <= −1 || x >= 1 ? 0 : g'),
    jax: jax('1', 'hard_tanh, L377', 'where(x > 1, 1, where(x < −1, −1, x)): the x branch owns ±1'),
    tensorflow: tf('1', `${KERAS_TF}, hard_tanh (L150): tf.clip_by_value; ${TF_MINMAX}`, 'clip = maximum(minimum(x, 1), −1)'),
    remark: 'PyTorch 0, JAX and TensorFlow 1. Keras 3’s hard_tanh follows its backend (0 on PyTorch, 1 on JAX and TensorFlow).',
  },
  {
    activation: 'hard_tanh',
    at: '1',
    kind: 'kink',
    pytorch: pt('0', 'hardtanh_backward_kernel', 'x <= −1 || x >= 1 ? 0 : g'),
    jax: jax('1', 'hard_tanh, L377', 'where(x > 1, 1, …, x)'),
    tensorflow: tf('1', `${KERAS_TF}, hard_tanh (L150); ${TF_MINMAX}`, 'clip = maximum(minimum(x, 1), −1)'),
  },
  {
    activation: 'hard_sigmoid',
    at: '-2.5',
    kind: 'kink',
    tensorflow: tf('0.2', `Keras v2.15.0, keras/backend.py, hard_sigmoid: tf.clip_by_value(0.2x + 0.5, 0, 1); ${TF_MINMAX}`, 'the tie passes the gradient 0.2'),
    notes: { value: '0.2', source: { where: 'notes p. 23', code: '0.2z + 0.5 for −2.5 ≤ z ≤ 2.5' } },
    remark: 'This is Keras 2’s hard sigmoid (breaks at ±2.5); Keras 3, PyTorch and JAX define hard_sigmoid as relu6(z + 3)/6 (next rows).',
  },
  {
    activation: 'hard_sigmoid',
    at: '2.5',
    kind: 'kink',
    tensorflow: tf('0.2', 'Keras v2.15.0, keras/backend.py, hard_sigmoid', 'the tie passes the gradient 0.2'),
    notes: { value: '0.2', source: { where: 'notes p. 23', code: '0.2z + 0.5 for −2.5 ≤ z ≤ 2.5' } },
  },
  {
    activation: 'hard_sigmoid_relu6',
    at: '-3',
    kind: 'kink',
    pytorch: pt('0', 'hardsigmoid_backward_kernel', '−3 < x < 3 ? g/6 : 0'),
    jax: jax('0', 'hard_sigmoid = relu6(x + 3)/6, L849', 'relu6’s rule at 0'),
    tensorflow: tf('0', `${KERAS_TF}, hard_sigmoid = relu6(x + 3)/6 (L108); Relu6Grad`, 'g · ((x > 0) · (x < 6))'),
  },
  {
    activation: 'hard_sigmoid_relu6',
    at: '3',
    kind: 'kink',
    pytorch: pt('0', 'hardsigmoid_backward_kernel', '−3 < x < 3 ? g/6 : 0'),
    jax: jax('0', 'hard_sigmoid, L849', 'relu6’s rule at 6'),
    tensorflow: tf('0', `${KERAS_TF}, hard_sigmoid (L108); Relu6Grad`, 'g · ((x > 0) · (x < 6))'),
  },
  {
    activation: 'hard_swish',
    at: '-3',
    kind: 'kink',
    pytorch: pt('-1/2', 'hardswish_backward_kernel', 'x < −3 ? 0 : x <= 3 ? g·(x/3 + ½) : g'),
    jax: jax('0', 'hard_silu = x·hard_sigmoid(x), L873', 'product rule with relu6’s rule'),
    tensorflow: tf('0', `${KERAS_TF}, hard_silu = x·hard_sigmoid(x) (L113)`, 'product rule with Relu6Grad'),
    remark: 'PyTorch uses the middle piece’s slope at both ends (−½ and 3/2), values neither JAX nor TensorFlow uses; Keras 3 on the PyTorch backend calls torch’s hardswish.',
  },
  {
    activation: 'hard_swish',
    at: '3',
    kind: 'kink',
    pytorch: pt('3/2', 'hardswish_backward_kernel', 'x <= 3 ? g·(x/3 + ½)'),
    jax: jax('1', 'hard_silu, L873', 'product rule with relu6’s rule'),
    tensorflow: tf('1', `${KERAS_TF}, hard_silu (L113)`, 'product rule with Relu6Grad'),
  },
  {
    activation: 'selu',
    at: '0',
    kind: 'kink',
    pytorch: pt('lambda*alpha', 'elu_backward_kernel (selu is elu(x, α, λ))', 'x <= 0 ? g·λα·e^x : g·λ'),
    jax: jax('lambda*alpha', 'selu = λ·elu(x, α), L434; elu L326', 'where(x > 0, x, α·expm1(x)): 0 takes the α branch'),
    tensorflow: tf('lambda', `${TF}, SeluGrad`, 'activation < 0 ? g·(a + λα) : g·λ'),
    remark: 'TensorFlow (and Keras on it) uses λ, PyTorch and JAX λα.',
  },
  {
    activation: 'softshrink',
    at: '-lambda',
    kind: 'kink',
    pytorch: pt('0', 'shrink_backward_kernel', '−λ <= x <= λ ? 0 : g'),
    jax: tf('0', 'Keras v3.15.1, keras/src/backend/jax/nn.py, soft_shrink', 'where(x > λ, x − λ, where(x < −λ, x + λ, 0))'),
    tensorflow: tf('0', `${KERAS_TF}, soft_shrink (L73)`, 'where(x > λ, x − λ, where(x < −λ, x + λ, 0))'),
    remark: 'jax.nn has no softshrink; the JAX column is Keras 3 on its JAX backend.',
  },
  {
    activation: 'softshrink',
    at: 'lambda',
    kind: 'kink',
    pytorch: pt('0', 'shrink_backward_kernel', '−λ <= x <= λ ? 0 : g'),
    jax: tf('0', 'Keras v3.15.1, keras/src/backend/jax/nn.py, soft_shrink', 'the 0 branch owns ±λ'),
    tensorflow: tf('0', `${KERAS_TF}, soft_shrink (L73)`, 'the 0 branch owns ±λ'),
  },
  {
    activation: 'hardshrink',
    at: '-lambda',
    kind: 'jump',
    pytorch: pt('0', 'shrink_backward_kernel', '−λ <= x <= λ ? 0 : g'),
    jax: tf('0', 'Keras v3.15.1, keras/src/backend/jax/nn.py, hard_shrink', 'where(|x| > λ, x, 0)'),
    tensorflow: tf('0', `${KERAS_TF}, hard_shrink (L154)`, 'where(|x| > λ, x, 0)'),
    remark: 'At a jump the function has no derivative at all; every framework returns the slope of the piece that owns the point.',
  },
  {
    activation: 'hardshrink',
    at: 'lambda',
    kind: 'jump',
    pytorch: pt('0', 'shrink_backward_kernel', '−λ <= x <= λ ? 0 : g'),
    jax: tf('0', 'Keras v3.15.1, keras/src/backend/jax/nn.py, hard_shrink', 'where(|x| > λ, x, 0)'),
    tensorflow: tf('0', `${KERAS_TF}, hard_shrink (L154)`, 'where(|x| > λ, x, 0)'),
  },
  {
    activation: 'threshold',
    at: 'threshold',
    kind: 'jump',
    pytorch: pt('0', 'threshold_kernel (threshold_backward)', 'x <= t ? 0 : g'),
    jax: tf('0', 'Keras v3.15.1, keras/src/backend/jax/nn.py, threshold', 'where(x > t, x, v)'),
    tensorflow: tf('0', `${KERAS_TF}, threshold (L158)`, 'where(x > t, x, v)'),
  },
];
