/**
 * Softplus and softsign (notes p. 23).
 *
 * @module
 */
import { allOf, computed, derivative, identity, value } from '../src/verify/checks.js';
import type { Outcome } from '../src/proofs/claim.js';
import { getScalarActivation } from '../src/activations/_internals/catalogue.js';
import { InputError } from '../src/errors.js';
import { DIGITS, shortNumber } from '../src/verify/formula.js';
import { claim, topic } from '../src/proofs/claim.js';
import { range } from '../src/verify/range.js';
import { sigma } from './formulas.js';

/**
 * Softplus is "like" the activation the statement names (after "like") in that neither
 * has a dead zone: softplus′ = σ ∈ (0, 1) for every z (interval arithmetic), and the named
 * activation's slope is not 0 at three negative points (its parameters at their defaults).
 */
export function slopeNeverZeroLike(statement: string): Outcome {
  const named = /\blike\s+(.+?)\s*$/i.exec(statement)?.[1];
  if (!named) throw new InputError(`the statement names no activation after "like": ${statement}`);
  const other = getScalarActivation(named.replace(/\s+/g, '_'));
  const points = ['-0.5', '-3', '-10'];
  const slopes = points.map((z) => other.evaluate(z, { order: 1, digits: DIGITS }));
  const text = `${other.name}′ = ${slopes.map((e) => shortNumber(e.decimal, 6)).join(', ')} at z = ${points.join(', ')}`;
  const zero = slopes.findIndex((e) => e.decimal.isZero());
  return allOf(
    range(sigma('z'), 'z', '(0, 1)'),
    computed(zero < 0, text, `${text}: ${other.name} has a dead zone (slope 0 at z = ${points[zero]}), softplus has none`),
  );
}

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
  claim({
    id: 'softplus-like-leaky',
    source: 'notes p. 23, lines 917–919',
    statement: 'just like leaky relu',
    kind: 'range',
    reading:
      'like leaky ReLU in what leaky ReLU was made for (line 763, the dead zone): the slope is never 0. softplus′ = σ takes the values (0, 1), proved for every z by interval arithmetic, and the activation named has a non-zero slope at z = −0.5, −3, −10 (ReLU’s is 0 there). Not in shape: softplus is a smooth ReLU (softplus(−10) = 4.54e-5, leaky ReLU(−10) = −0.1)',
    check: (s) => slopeNeverZeroLike(s.statement),
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
