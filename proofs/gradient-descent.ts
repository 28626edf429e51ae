/**
 * Gradient descent (notes p. 5–6) on the toy cost c = (1 − w)², from w = 3 with η = 0.1.
 * The steps are computed for real: c′ is derived by the library, each value is exact.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { allOf, computed, derivative, identity, value } from '../src/verify/checks.js';
import { descend } from '../src/proofs/compute.js';
import { claim, notCheckable, topic } from '../src/proofs/claim.js';
import { shortNumber } from '../src/verify/formula.js';
import { between, RELU_FN, sigma } from './formulas.js';

/**
 * The notes' toy cost c = (1 − w)² (line 224).
 *
 * @example
 * ```ts
 * evaluate(COST, { w: '3' }).value; // '4.0000…'
 * ```
 */
export const COST = '(1 - w)^2';

const list = (xs: readonly { toString(): string }[]): string => xs.map((x) => shortNumber(x.toString(), 8)).join(', ');

/** Whether descent with rate η converges here: |c′| falls below 1e-6·|c′(w₀)| within 200 steps. */
function converges(rate: string): { ok: boolean; text: string } {
  const run = descend(COST, 'w', '3', rate, 200);
  const first = run.gradients[0]!.abs();
  const last = run.gradients[run.gradients.length - 1]!.abs();
  const ok = last.lte(first.times('1e-6'));
  return { ok, text: `η = ${rate}: |c′| ${shortNumber(first.toString(), 4)} → ${shortNumber(last.toString(), 4)} after 200 steps` };
}

/**
 * The claims of the notes on gradient descent (p. 5–6), each with its check.
 *
 * @example
 * ```ts
 * runClaims(GRADIENT_DESCENT).filter((r) => r.status === 'refuted').map((r) => r.id); // ['gd-phi-approx-1-over-w']
 * ```
 */
export const GRADIENT_DESCENT = topic('gradient-descent', [
  notCheckable({
    id: 'gd-update-rule-generic',
    source: 'notes p. 5, lines 198–200',
    statement: '$$w = w + \\Delta w$$ $$b = b + \\Delta b$$',
    reason: 'the generic form of an update, made concrete on line 240',
  }),
  notCheckable({
    id: 'gd-cost-def',
    source: 'notes p. 5, lines 202–204',
    statement: '$$c = (y - \\phi(z))^2$$ $$= (y - \\phi(wx+b))^2$$',
    reason:
      'a definition: the cost, then the same cost with z = wx + b written out. With that substitution the two sides are one expression, so there is nothing to compute (a check comparing them would compare a formula with itself)',
  }),
  notCheckable({
    id: 'gd-cost-fn-of-wb',
    source: 'notes p. 5, line 206',
    statement: '$c \\rightarrow f(w, b) \\therefore c$  is nothing but function of weight and biases',
    reason: 'true with the data (x, y) held fixed; a modelling statement',
  }),
  notCheckable({
    id: 'gd-optimizers-list',
    source: 'notes p. 5, lines 208–212',
    statement: 'Optimizers — Gradient descent - SGD - Adams',
    reason: 'a list of names; a name is not computed',
    correction: 'Adam (adaptive moment estimation, Kingma & Ba 2015), not "Adams"',
  }),
  notCheckable({
    id: 'gd-assumptions',
    source: 'notes p. 5, lines 217–219',
    statement: 'Assumptions (i) treat y as a constant  $K = 1$ (ii) bias ( $b$ )  $\\approx 0$',
    reason: 'they set up the example',
  }),
  claim({
    id: 'gd-phi-approx-1-over-w',
    source: 'notes p. 5, line 221',
    statement: '(iii)  $\\phi(wx+b) = \\phi(wx) \\approx \\frac{1}{w}$',
    kind: 'identity',
    reading:
      'with y = 1 (assumption i), the cost (y − φ)² with φ as written (the last side, 1/w) is checked against the cost c = (1 − w)² the notes go on with (line 224)',
    correction: 'c = (1 − w)² follows from φ(wx) ≈ w (an identity activation with x = 1), not from φ ≈ 1/w',
    check: (s) => identity(`(1 - (${s.text(2)}))^2`, COST, { at: [{ w: '3' }] }),
  }),
  claim({
    id: 'gd-sigmoid-range-0-1',
    source: 'notes p. 5, line 221',
    statement: '$\\phi \\rightarrow$  sigmoid  $f^n$   $0-1$',
    kind: 'range',
    reading: '"0−1" is the set of values of σ between the two numbers written; the brackets are not written, so each choice is tried and the one that is the range proved',
    check: (s) => {
      const [lo, hi] = s.numbers(2);
      return between(sigma('z'), lo!, hi!);
    },
  }),
  claim({
    id: 'gd-relu-range-0-inf',
    source: 'notes p. 5, line 222',
    statement: 'some  $\\downarrow$  RELU  $0-\\infty$',
    kind: 'range',
    reading: '"0−∞" is the set of values of ReLU from the number written to ∞; the brackets are not written, so each choice is tried and the one that is the range proved',
    check: (s) => between(RELU_FN, s.numbers(1)[0]!, 'inf'),
  }),
  notCheckable({
    id: 'gd-toy-cost',
    source: 'notes p. 5, line 224',
    statement: '$$\\therefore c = (1-w)^2 \\quad \\text{float value}$$',
    reason:
      'the definition of the example’s cost: it is c = (y − φ)² with y = 1 and φ(wx) = w, which the notes do not write (they write φ ≈ 1/w, refuted under gd-phi-approx-1-over-w); with those values substituted the two sides are one expression, so there is nothing to compute',
  }),
  claim({
    id: 'gd-grad-at-w3',
    source: 'notes p. 6, lines 232, 244',
    statement: '(i) Let  $\\Delta w = 4$',
    kind: 'value',
    reading: 'Δw = 4 is the gradient c′(3) at the starting point w = 3 (line 244)',
    check: (s) => derivative(COST, 'w', s.number(1), { at: [{ w: '3' }], points: 0 }),
  }),
  claim({
    id: 'gd-ascent-w7',
    source: 'notes p. 6, line 234',
    statement: '$$\\begin{aligned} w &= w + \\Delta w \\\\ w &= 7 \\end{aligned} \\quad ] \\text{ leads gradient ascent}$$',
    kind: 'value',
    reading: 'w + c′(w) from w = 3 is the w written on the second row, and the cost rises there: c(w) > c(3)',
    check: (s) => {
      const w = s.number(3);
      const run = descend(COST, 'w', '3', '-1', 1);
      const c0 = run.costs[0]!;
      const c1 = descend(COST, 'w', w, '0', 0).costs[0]!;
      return allOf(
        value(run.weights[1]!.toString(), w),
        computed(c1.gt(c0), `c(3) = ${c0}, c(${w}) = ${c1}: the cost rises`, `c(3) = ${c0}, c(${w}) = ${c1}: the cost does not rise`),
      );
    },
  }),
  claim({
    id: 'gd-overshoot-w-minus1',
    source: 'notes p. 6, line 236',
    statement:
      '$$\\begin{aligned} \\text{(ii)} \\quad w &= w - \\Delta w & w &= -1 \\\\ \\nabla c(w=-1) &\\approx -4^{\\uparrow} & & \\end{aligned} \\quad ] \\text{ overshooting minima}$$',
    kind: 'value',
    reading:
      'w − c′(w) from w = 3 is the w written (−1), where c′ is ≈ the gradient written (−4): the gradient changed sign, so the step jumped over the minimum, and the cost did not fall',
    check: (s) => {
      const [w, , grad] = s.numbers(0);
      const run = descend(COST, 'w', '3', '1', 1);
      const g0 = run.gradients[0]!;
      const c0 = run.costs[0]!;
      const at = descend(COST, 'w', w!, '0', 0);
      const g1 = at.gradients[0]!;
      const c1 = at.costs[0]!;
      return allOf(
        value(run.weights[1]!.toString(), w!),
        value(g1.toString(), grad!, { relation: '≈' }),
        computed(
          g0.isPositive() && g1.isNegative() && c1.gte(c0),
          `c′ goes from ${g0} to ${g1} (a zero of c′ lies between 3 and ${w}); c(3) = ${c0}, c(${w}) = ${c1}`,
          `c′ goes from ${g0} to ${g1}; c(3) = ${c0}, c(${w}) = ${c1}: no overshoot`,
        ),
      );
    },
  }),
  notCheckable({
    id: 'gd-learning-rate-def',
    source: 'notes p. 6, line 238',
    statement:
      '∴ we need to use learning rate which is nothing but small number we multiply with gradients. We take the fraction of gradients.',
    reason: 'a definition',
  }),
  notCheckable({
    id: 'gd-update-eta',
    source: 'notes p. 6, line 240',
    statement: '$$\\Delta w = -\\eta \\nabla c \\quad \\eta = 0.1$$',
    reason: 'a definition and the chosen value',
  }),
  claim({
    id: 'gd-eta-interval',
    source: 'notes p. 6, line 242',
    statement: '$(0 \\leftrightarrow 1)$',
    kind: 'inequality',
    reading:
      'η is taken between the two numbers written: on c = (1 − w)² from w = 3, descent converges for η at 5 %, 10 %, 50 % and 90 % of the way from one to the other and does not at either end or half as far again beyond the upper one (in general (0, 1) is a convention, not a theorem)',
    check: (s) => {
      const [a, b] = s.numbers(0).map((x) => new Decimal(x)) as [Decimal, Decimal];
      const at = (t: string) => a.plus(b.minus(a).times(t)).toString();
      const inside = ['0.05', '0.1', '0.5', '0.9'].map((t) => converges(at(t)));
      const outside = ['0', '1', '1.5'].map((t) => converges(at(t)));
      const ok = inside.every((r) => r.ok) && outside.every((r) => !r.ok);
      const text = [...inside, ...outside].map((r) => r.text).join('; ');
      return computed(ok, text, text);
    },
  }),
  claim({
    id: 'gd-step-w3',
    source: 'notes p. 6, line 244',
    statement: '$$w = w - \\eta \\nabla c = 3 - 0.1 \\times 4 = 2.6$$',
    kind: 'value',
    reading: 'the arithmetic as written (3 − 0.1 × 4 against the value written, by exact arithmetic), and the first step of descent from w = 3 with η = 0.1 lands on the value written',
    check: (s) => allOf(s.check(2), value(descend(COST, 'w', '3', '0.1', 1).weights[1]!.toString(), s.number(3))),
  }),
  claim({
    id: 'gd-converges',
    source: 'notes p. 6, line 246',
    statement: 'and every epoch we update the gradient and move towards the minima. This is called gradient descent.',
    kind: 'training',
    reading: 'descent from w = 3 with η = 0.1 lowers the cost at every one of 60 steps and drives c′ to 0 (it is the weights that are updated)',
    check: () => {
      const run = descend(COST, 'w', '3', '0.1', 60);
      const falling = run.costs.every((c, k) => k === 0 || c.lt(run.costs[k - 1]!));
      const last = run.gradients[60]!.abs();
      const text = `w = ${list(run.weights.slice(0, 5))}, …, w₆₀ = ${shortNumber(run.weights[60]!.toString(), 8)}; |c′(w₆₀)| = ${shortNumber(last.toString(), 3)}`;
      return computed(falling && last.lt('1e-5'), `the cost falls at every step; ${text}`, `the cost does not fall at every step or c′ stays large; ${text}`);
    },
  }),
]);
