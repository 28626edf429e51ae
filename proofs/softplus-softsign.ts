/**
 * Softplus and softsign (notes p. 23).
 *
 * @module
 */
import { allOf, derivative, identity, value } from '../src/verify/checks.js';
import { claim, notCheckable, topic } from '../src/proofs/claim.js';
import { range } from '../src/verify/range.js';
import { sigma } from './formulas.js';

/**
 * The claims of the notes on softplus and softsign (p. 23), each with its check.
 *
 * @example
 * ```ts
 * runClaims(SOFTPLUS_SOFTSIGN).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const SOFTPLUS_SOFTSIGN = topic('softplus-softsign', [
  claim({
    id: 'softplus-def',
    source: 'notes p. 23, lines 912–915',
    statement: '(10) SOFTPLUS $$\\text{softplus}(z) = \\log(1 + e^z)$$',
    kind: 'identity',
    reading: 'the definition (natural log); checked: its derivative is σ, its range is (0, ∞), softplus(0) = ln 2',
    check: (s) => {
      // the function as the statement defines it (the right side of its one equation)
      const f = s.expr(s.link(0).right);
      return allOf(derivative(f, 'z', sigma('z')), range(f, 'z', '(0, inf)'), value(f, 'log(2)', { at: { z: '0' } }));
    },
  }),
  notCheckable({
    id: 'softplus-like-leaky',
    source: 'notes p. 23, lines 917–919',
    statement: 'just like leaky relu',
    reason:
      'a comparison, not a statement with a truth value; it leans wrong: softplus is a smooth ReLU (softplus(z) − ReLU(z) → 0 as |z| → ∞, softplus(−10) = 4.54e-5 while leaky(−10) = −0.1); it resembles leaky ReLU only in that its gradient σ(z) is never 0',
  }),
  claim({
    id: 'softsign-def',
    source: 'notes p. 23, lines 930–932',
    statement:
      '(12) Soft Sign $$\\text{ss}(z) = \\frac{z}{|z| + 1} = \\begin{cases} \\frac{z}{z+1} & z > 0 \\\\ \\frac{z}{1-z} & z < 0 \\end{cases}$$',
    kind: 'identity',
    reading: 'each case on its half-line (the notes omit z = 0, where ss(0) = 0)',
    // link 0 names the function; link 1 writes it by cases, each case compared on its half-line
    check: (s) => {
      const [ss, cases] = [s.expr(s.link(1).left), s.cases(s.link(1).right).pieces];
      const on = (i: number) => cases.find((p) => (i > 0 ? p.lo : p.hi))!.expr;
      return allOf(identity(ss, on(1), { where: { z: 'positive' } }), identity(ss, on(-1), { where: { z: 'negative' } }));
    },
  }),
]);
