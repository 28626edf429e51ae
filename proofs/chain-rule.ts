/**
 * The chain rule on the sigmoid (notes p. 6, line 254): f = 1/q, q = 1 + eᵖ, p = −x.
 * Each local derivative is derived by the library; the product is checked against
 * finite differences of σ.
 *
 * @module
 */
import { allOf, derivative, identity } from '../src/verify/checks.js';
import { InputError } from '../src/errors.js';
import { diff } from '../src/proofs/compute.js';
import { claim, notCheckable, topic } from '../src/proofs/claim.js';
import { format } from '../src/symbolic/tree.js';
import { sigma } from './formulas.js';

/** The substitutions of line 254: f = 1/q, q = 1 + eᵖ, p = −x. */
const LAYERS = { define: { f: '1/q', q: '1 + e^p', p: '-x' } };

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
  notCheckable({
    id: 'chain-substitution',
    source: 'notes p. 6, line 254',
    statement: '\\text{Let } p &= -x & q &= 1+e^{-x} = 1+e^p',
    reason:
      'definitions: p = −x, and q written twice, with p and with −x; with p = −x substituted the two sides of 1 + e^{−x} = 1 + eᵖ are one expression, so there is nothing to compute',
  }),
  claim({
    id: 'chain-product-form',
    source: 'notes p. 6, line 254',
    statement:
      '\\frac{df}{dq} &\\times \\frac{dq}{dp} \\times \\frac{dp}{dx} &= \\frac{d}{dq} \\left( \\frac{1}{q} \\right) &\\times \\frac{d}{dp} (1+e^p) \\times \\frac{d}{dx} e^{-x}',
    kind: 'identity',
    context: LAYERS,
    reading:
      'the left side as written, df/dq · dq/dp · dp/dx with each factor derived (f = 1/q, q = 1 + eᵖ, p = −x), equals df/dx for f = σ(x); the third factor of the right side as written is chain-dpdx-factor',
    check: (s) => derivative(sigma('x'), 'x', s.text(0), { at: [{ x: '0' }, { x: '1' }] }),
  }),
  claim({
    id: 'chain-dpdx-factor',
    source: 'notes p. 6, line 254',
    statement: '\\frac{d}{dx} e^{-x}',
    kind: 'identity',
    reading: 'the third factor stands for dp/dx with p = −x: is the derivative written equal to d/dx (−x)?',
    correction: 'dp/dx = d/dx(−x) = −1 (the next line of the notes uses −1)',
    check: (s) => identity(s.text(0), format(diff('-x', 'x')), { at: [{ x: '1' }] }),
  }),
  claim({
    id: 'chain-dqdp-factor',
    source: 'notes p. 6, line 254',
    statement: '&= -\\frac{1}{q^2} \\times pe^p \\times -1',
    kind: 'identity',
    reading: 'the middle factor written stands for dq/dp = d/dp (1 + eᵖ)',
    correction: '−1/q² × eᵖ × (−1): d/dp (1 + eᵖ) = eᵖ',
    check: (s) => {
      const t = s.term(1);
      if (t.t !== 'op' || t.op !== 'mul' || t.args.length !== 3) throw new InputError('expected a product of three factors');
      return identity(s.text(t.args[1]!), format(diff('1 + e^p', 'p')), { at: [{ p: '0' }] });
    },
  }),
  claim({
    id: 'chain-sigmoid-result',
    source: 'notes p. 6, line 254',
    statement: '&= \\frac{e^p}{q^2} = \\frac{e^{-x}}{(1+e^{-x})^2}',
    kind: 'identity',
    context: LAYERS,
    reading: 'both forms written, eᵖ/q² (q = 1 + eᵖ, p = −x) and the form in x, are df/dx for f = σ(x) (they are one expression once p and q are substituted)',
    check: (s) => allOf(derivative(sigma('x'), 'x', s.text(1)), derivative(sigma('x'), 'x', s.text(2))),
  }),
]);
