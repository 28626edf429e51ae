/**
 * The chain rule on the sigmoid (notes p. 6, line 254): f = 1/q, q = 1 + eᵖ, p = −x.
 * Each local derivative is derived by the library; the product is checked against
 * finite differences of σ.
 *
 * @module
 */
import { allOf, derivative, identity } from '../src/verify/checks.js';
import { chainProduct, diff } from '../src/proofs/compute.js';
import { claim, identityClaim, notCheckable, topic } from '../src/proofs/claim.js';
import { format } from '../src/symbolic/tree.js';
import { sigma } from './formulas.js';

/** The substitutions of line 254, outermost first. */
const BINDINGS = [
  ['q', '1 + e^p'],
  ['p', '-x'],
] as const;

/**
 * The claims of the notes on the chain rule (p. 6), each with its check.
 *
 * @example
 * ```ts
 * runClaims(CHAIN_RULE).filter((r) => r.status === 'refuted').map((r) => r.id); // ['chain-dpdx-factor', 'chain-dqdp-factor']
 * ```
 */
export const CHAIN_RULE = topic('chain-rule', [
  notCheckable({
    id: 'chain-sigmoid-fn',
    source: 'notes p. 6, lines 250–252',
    statement: '$$f(x) = \\frac{1}{1+e^{-x}}$$ $$\\frac{df}{dx}$$',
    reason: 'it sets up the problem',
  }),
  identityClaim({
    id: 'chain-substitution',
    source: 'notes p. 6, line 254',
    statement: '\\text{Let } p &= -x & q &= 1+e^{-x} = 1+e^p',
    left: '1 + e^(-x)',
    right: '1 + e^p',
    params: { p: '-x' },
  }),
  claim({
    id: 'chain-product-form',
    source: 'notes p. 6, line 254',
    statement:
      '\\frac{df}{dq} &\\times \\frac{dq}{dp} \\times \\frac{dp}{dx} &= \\frac{d}{dq} \\left( \\frac{1}{q} \\right) &\\times \\frac{d}{dp} (1+e^p) \\times \\frac{d}{dx} e^{-x}',
    kind: 'identity',
    reading:
      'df/dq · dq/dp · dp/dx, each factor derived (f = 1/q, q = 1 + eᵖ, p = −x), equals df/dx; the third factor as written is chain-dpdx-factor',
    check: () =>
      derivative(sigma('x'), 'x', format(chainProduct([['1/q', 'q'], ['1 + e^p', 'p'], ['-x', 'x']], BINDINGS)), { at: [{ x: '0' }, { x: '1' }] }),
  }),
  claim({
    id: 'chain-dpdx-factor',
    source: 'notes p. 6, line 254',
    statement: '\\frac{d}{dx} e^{-x}',
    kind: 'identity',
    reading: 'the third factor stands for dp/dx with p = −x: is d/dx e^{−x} equal to d/dx (−x)?',
    correction: 'dp/dx = d/dx(−x) = −1 (the next line of the notes uses −1)',
    check: () => identity(format(diff('e^(-x)', 'x')), format(diff('-x', 'x')), { at: [{ x: '1' }] }),
  }),
  claim({
    id: 'chain-dqdp-factor',
    source: 'notes p. 6, line 254',
    statement: '&= -\\frac{1}{q^2} \\times pe^p \\times -1',
    kind: 'identity',
    reading: 'the middle factor p·eᵖ stands for dq/dp = d/dp (1 + eᵖ)',
    correction: '−1/q² × eᵖ × (−1): d/dp (1 + eᵖ) = eᵖ',
    check: () => identity('p*e^p', format(diff('1 + e^p', 'p')), { at: [{ p: '0' }] }),
  }),
  claim({
    id: 'chain-sigmoid-result',
    source: 'notes p. 6, line 254',
    statement: '&= \\frac{e^p}{q^2} = \\frac{e^{-x}}{(1+e^{-x})^2}',
    kind: 'identity',
    check: () =>
      allOf(
        identity('e^p/q^2', 'e^(-x)/(1+e^(-x))^2', { params: { q: '1 + e^(-x)', p: '-x' } }),
        derivative(sigma('x'), 'x', 'e^(-x)/(1+e^(-x))^2'),
      ),
  }),
]);
