/**
 * Activation functions in general (notes p. 11–12, 17–18): why they matter and the
 * forward/backward framing of the chain rule through φ.
 *
 * @module
 */
import { notCheckable, statementClaim, topic } from '../src/proofs/claim.js';

/**
 * The claims of the notes on activation functions in general (p. 11–12, 17–18), each with its check.
 *
 * @example
 * ```ts
 * runClaims(ACTIVATIONS).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const ACTIVATIONS = topic('activations', [
  notCheckable({
    id: 'act-purpose',
    source: 'notes p. [11–12], lines 408–412',
    statement:
      'It always non-linearity and help us to converge to the solution, i.e. it helps non-linearity and help us to converge to the solution, i.e. help us find out the minima of loss function.',
    reason: 'garbled and qualitative',
  }),
  statementClaim({
    id: 'act-chain',
    source: 'notes p. [11–12], lines 414–416',
    statement:
      '$$\\frac{\\partial e}{\\partial w} = \\frac{\\partial e}{\\partial a} \\times \\left( \\frac{\\partial a}{\\partial z} \\right) \\times \\frac{\\partial z}{\\partial w}$$',
    kind: 'identity',
    context: { define: { e: '(y - a)^2', a: 'sigma(z)', z: 'w*x' } },
    reading: 'the chain rule for e = (y − a)², a = σ(z), z = wx: the product of the three derived ratios equals ∂e/∂w',
  }),
  notCheckable({
    id: 'act-forward',
    source: 'notes p. [17–18], lines 635–637',
    statement: 'Forward Pass  $\\hat{y} = \\phi(z)$ when  $z = wx + b$',
    reason: 'a definition',
  }),
  statementClaim({
    id: 'act-backward-chain',
    source: 'notes p. [17–18], lines 647–649',
    statement:
      'Backward Pass $$\\frac{\\partial c}{\\partial w} = \\frac{\\partial c}{\\partial \\phi} \\times \\frac{\\partial \\phi}{\\partial z} \\times \\frac{\\partial z}{\\partial w}$$',
    kind: 'identity',
    context: { define: { c: '(y - phi)^2', phi: 'tanh(z)', z: 'w*x + b' } },
    reading: 'for c = (y − φ)², φ = tanh(z), z = wx + b: the product of the three derived ratios equals ∂c/∂w',
  }),
  notCheckable({
    id: 'act-advice-domain-range',
    source: 'notes p. [17–18], lines 654–660',
    statement: "For forward pass: use  $\\phi(z)$  and consider its domain & range for backward pass: use  $\\phi'(z)$  consider its domain and range",
    reason: 'advice',
  }),
]);
