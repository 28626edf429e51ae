import { defineActivation } from './_internals/activation.js';

/**
 * Squareplus: squareplus(z) = (z + √(z² + b))/2, a smooth ReLU built from algebraic
 * operations only; b > 0 sets the curvature at 0 (b = 0 gives ReLU).
 *
 * Domain ℝ; range (0, ∞): squareplus(z) = b/(2(√(z² + b) − z)) > 0, → 0 as z → −∞ (like
 * b/(4|z|), algebraically, not exponentially), never attained. Derivative
 * (1 + z/√(z² + b))/2 = f/√(z² + b) ∈ (0, 1), → 0 and → 1 at ∓∞ (like b/(4z²)), neither
 * attained; second derivative b/(2(z² + b)^(3/2)) > 0 (convex). Special values
 * squareplus(0) = √b/2 (= 1 for b = 4), squareplus′(0) = 1/2.
 *
 * Default b = 4 from Keras 3 `keras.activations.squareplus(x, b=4)` (also JAX
 * `jax.nn.squareplus`, after Barron 2021); PyTorch has no squareplus.
 *
 * @example
 * ```ts
 * squareplus.evaluate('0', { digits: 10 }).value;           // '1.000000000'
 * squareplus.evaluate('0', { order: 1, digits: 10 }).value; // '0.5000000000'
 * ```
 */
export const squareplus = defineActivation({
  kind: 'scalar',
  name: 'squareplus',
  title: 'Squareplus',
  params: [{ name: 'b', default: '4', source: 'Keras 3 keras.activations.squareplus and JAX jax.nn.squareplus (b = 4), after Barron 2021; not in PyTorch', min: '0' }],
  expr: '(z + sqrt(z^2 + b))/2',
  textbookDerivative: 'f/sqrt(z^2 + b)',
  textbookSecondDerivative: 'b/(2*(z^2 + b)^(3/2))',
  smooth: true,
  range: { lo: { value: '0', closed: false }, hi: { value: 'inf', closed: false } },
  derivativeRange: { lo: { value: '0', closed: false }, hi: { value: '1', closed: false } },
  remarks: {
    advantages: ['a smooth ReLU using only multiplication, addition and a square root (cheaper than softplus on CPUs)'],
    disadvantages: ['approaches ReLU only algebraically (error ≈ b/(4|z|)), much more slowly than softplus'],
  },
  references: ['Barron, Squareplus: A Softplus-Like Algebraic Rectifier, 2021', 'Keras 3 keras.activations.squareplus(x, b=4)', 'JAX jax.nn.squareplus(x, b=4)'],
});
