/**
 * ReLU, leaky ReLU and PReLU (notes p. 14–15, 20–22). The piecewise definitions are
 * encoded as the notes write them (each piece with its condition), so the value at a
 * boundary is the notes' own.
 *
 * @module
 */
import { allOf, derivative, identity, inequality, not } from '../src/verify/checks.js';
import { continuity, differentiable } from '../src/verify/limit.js';
import type { Outcome } from '../src/proofs/claim.js';
import { withNote } from '../src/verify/verdict.js';
import { claim, derivativeClaim, notCheckable, rangeClaim, statementClaim, topic } from '../src/proofs/claim.js';
import { piecewise } from '../src/verify/formula.js';
import { range } from '../src/verify/range.js';
import { domainIs, RELU_PRIME_NOTES, SPEED } from './formulas.js';

/** The elements of a set written as a list after ∈ (`\\in \\alpha, 1`): `['alpha', '1']`. */
function elementsOf(tex: string): string[] {
  return tex
    .replace(/^\s*\\in\s*/, '')
    .split(',')
    .map((t) => t.trim().replace(/^\\/, ''));
}

const RELU = 'max(z, 0)';
/** Leaky ReLU in its max form, and as the notes' cases (line 770). */
const LEAKY = 'max(z, alpha*z)';
const LEAKY_NOTES = piecewise([
  ['z', 'z > 0'],
  ['alpha*z', 'z <= 0'],
]);
const LEAKY_PRIME_NOTES = piecewise([
  ['1', 'z > 0'],
  ['alpha', 'z <= 0'],
]);
const PRELU = piecewise([
  ['z', 'z >= 0'],
  ['alpha*z', 'z < 0'],
]);
/** The notes' α ≈ 0.01. */
const ALPHA = { alpha: '0.01' };
const ZERO = [{ z: '0' }];

function withOther(o: Outcome, other: Outcome): Outcome {
  return withNote(o, `the other reading: ${other.counterexample?.text ?? other.summary}`);
}

/**
 * The claims of the notes on ReLU, leaky ReLU and PReLU (p. 14–15, 20–22), each with its check.
 *
 * @example
 * ```ts
 * runClaims(RELU_FAMILY).filter((r) => r.status === 'refuted').map((r) => r.id); // ['relu-not-continuous', 'relu-deriv-range']
 * ```
 */
export const RELU_FAMILY = topic('relu-family', [
  statementClaim({
    id: 'relu-def-p14',
    source: 'notes p. 14, line 482',
    statement: '$$\\text{ReLU}(z) = \\begin{cases} 0 & z < 0 \\\\ z, & z \\geq 0 \\end{cases}$$',
    kind: 'identity',
    options: { at: ZERO },
  }),
  claim({
    id: 'relu-deriv-def',
    source: 'notes p. 14, line 484',
    statement:
      '$$\\boxed{\\frac{\\partial \\text{ReLU}(z)}{\\partial z} = \\begin{cases} 0 & z < 0 \\\\ 1 & z \\geq 0 \\end{cases}}$$',
    kind: 'identity',
    reading:
      'the cases are ReLU′ for z ≠ 0; at z = 0 there is no derivative (a kink) and the notes choose 1, a convention (PyTorch, JAX and TF use 0)',
    check: (s) => allOf(derivative(RELU, 'z', s.expr(s.link(0).right)), not(differentiable(RELU, 'z', '0'))),
  }),
  claim({
    id: 'relu-case1',
    source: 'notes p. 15, lines 518–526',
    statement: '$$\\text{Case 1} \\quad w=10 \\quad x=1 \\quad 15$$ $$\\frac{\\partial \\text{Relu}(z=10)}{\\partial z} \\Big|_{z=10} = 1$$ significant changes in weight',
    kind: 'identity',
    reading: 'the derivative at z = wx = 10·1 (the "15" is a stray mark); the value written after the bar is compared with finite differences at the point the bar names',
    check: (s) => derivative(RELU, 'z', s.number(s.link(2).right), { at: [{ z: String(Number(s.number(s.link(0).right)) * Number(s.number(s.link(1).right))) }], points: 0 }),
  }),
  claim({
    id: 'relu-case2',
    source: 'notes p. 15, lines 528–535',
    statement: '$$w < 0 \\quad x = 1 \\quad z < 0$$ $$\\frac{\\partial \\text{Relu}(z)}{\\partial z} \\Big|_{z<0} = 0$$ - Vanishing gradient problem',
    reading: 'ReLU′ = 0 for every z < 0 (exactly 0: the "dying ReLU" situation, which the notes call vanishing); the value is the number after the bar',
    kind: 'identity',
    // the bar |_{z<0} is a condition, not a point: the value written after it is read as the formula's last number
    check: (s) => derivative(RELU, 'z', s.numbers(1).at(-1)!, { at: [{ z: '-0.5' }, { z: '-10' }], where: { z: 'negative' } }),
  }),
  notCheckable({
    id: 'relu-popular',
    source: 'notes p. [20–21], line 728',
    statement: '## 3) Rectified Linear Unit (ReLU), most popular, highly used, most successful',
    reason: 'opinion',
  }),
  statementClaim({
    id: 'relu-def',
    source: 'notes p. [20–21], lines 732, 736',
    statement: '$$\\text{ReLU}(z) = \\max(z, 0)$$ … $$= \\begin{cases} z & z \\geq 0 \\\\ 0 & z < 0 \\end{cases}$$',
    kind: 'identity',
    reading: 'ReLU(z) = max(z, 0) is the definition; the cases written after it are checked against it',
    links: [1],
    options: { at: ZERO },
  }),
  claim({
    id: 'relu-domain-range',
    source: 'notes p. [20–21], line 734',
    statement: 'domain  $z \\in (-\\infty, \\infty)$  Range  $\\text{ReLU}(z) \\in [0, \\infty)$',
    kind: 'range',
    check: (s) => allOf(domainIs(s.set(1), RELU), s.check(1)),
  }),
  claim({
    id: 'relu-not-continuous',
    source: 'notes p. [20–21], line 739',
    statement: 'Issue with derivative as this function is not continuous at 0.',
    kind: 'identity',
    correction: 'ReLU is continuous at 0 but not differentiable there (one-sided derivatives 0 and 1)',
    check: () => not(continuity(RELU, 'z', '0')),
  }),
  claim({
    id: 'relu-deriv',
    source: 'notes p. [20–21], line 741',
    statement:
      "$$\\text{ReLU}'(z) = \\begin{cases} 1 & z \\geq 0 \\\\ 0 & z < 0 \\end{cases} \\rightarrow \\text{derivative is not defined at } z=0$$",
    kind: 'identity',
    reading: 'the cases hold for z ≠ 0 and the derivative does not exist at 0 (the text is the right part; the 1 at z = 0 is a convention)',
    check: (s) => allOf(derivative(RELU, 'z', s.expr(s.link(0).right)), not(differentiable(RELU, 'z', s.number(s.link(1).right)))),
  }),
  rangeClaim({
    id: 'relu-deriv-range',
    source: 'notes p. [20–21], line 743',
    statement: 'Range ~~0, 1~~  $\\in [0, 1]$',
    reading: 'the values of ReLU′ as the notes define it (1 at z ≥ 0, 0 at z < 0)',
    correction: 'the set {0, 1} (the crossed-out "0, 1", read as a set); [0, 1] only as the subdifferential at 0',
    subject: RELU_PRIME_NOTES,
    corrected: '{0, 1}',
  }),
  claim({
    id: 'relu-deriv-domain',
    source: 'notes p. [20–21], line 745',
    statement: 'domain  $(-\\infty, 0) \\cup (0, \\infty)$',
    kind: 'range',
    reading: 'ReLU is differentiable at every z ≠ 0 tried and not at 0',
    check: (s) => domainIs(s.setOf(0), RELU, { derivative: true }),
  }),
  derivativeClaim({
    prose: 'the only formula is an arrow (⇒)',
    id: 'relu-adv-no-saturation',
    source: 'notes p. [20–21], line 753',
    statement: '- ① If input is +ve  $\\Rightarrow$  There is no gradient saturation problem.',
    reading: 'ReLU′ = 1 for every z > 0',
    f: RELU,
    wrt: 'z',
    claimed: '1',
    where: { z: 'positive' },
    at: [{ z: '40' }],
  }),
  notCheckable({
    id: 'relu-adv-fast',
    source: 'notes p. [20–21], line 754',
    statement: '② Calculation is very fast compared to prev activation function both in forward and backward direction',
    reason: SPEED.relu,
  }),
  claim({
    id: 'relu-disadv-dying',
    source: 'notes p. [20–21], line 758',
    statement: '- ① For negative inputs ReLU is completely inactive  $\\Rightarrow$  Dying ReLU issue.',
    kind: 'identity',
    prose: 'the only formula is an arrow (⇒)',
    reading: 'ReLU(z) = 0 and ReLU′(z) = 0 for every z < 0',
    check: () => allOf(identity(RELU, '0', { where: { z: 'negative' } }), derivative(RELU, 'z', '0', { where: { z: 'negative' } })),
  }),
  claim({
    id: 'relu-disadv-not-zero-centred',
    source: 'notes p. [20–21], line 759',
    statement: '- ② Not a zero centric function. At zero, its derivative is not defined  $\\hookrightarrow$  jump / spike',
    kind: 'range',
    prose: 'the only formula is an arrow (↪)',
    reading: 'ReLU takes no negative value (range [0, ∞)), so its mean is not 0; at 0 the slope jumps from 0 to 1',
    check: () => allOf(range(RELU, 'z', '[0, inf)'), not(differentiable(RELU, 'z', '0'))),
  }),
  notCheckable({
    id: 'relu-variants-motivation',
    source: 'notes p. [20–21], line 761',
    statement: 'To resolve the issue of ReLU not being derivable, people have developed variants of ReLU.',
    reason:
      'what it says is why people made the variants, a motive no computation settles. The facts it rests on are checked by other claims: ReLU has no derivative at 0 (relu-deriv, line 741), the first variant the notes give keeps the kink — leaky ReLU’s one-sided slopes at 0 are α and 1 (leaky-not-diff-at-0, line 783) — and fixes the dead zone instead (leaky-dead-zone, line 763); ELU is differentiable at 0 only for α = 1 (elu-differentiable-at-0); softplus and swish are smooth everywhere',
  }),
  claim({
    id: 'leaky-dead-zone',
    source: 'notes p. [20–21], line 763',
    statement: '### ④ Leaky ReLU functions. (Resolve dead zone issue)',
    kind: 'identity',
    reading: 'with α = 0.01 the slope for z < 0 is α, never 0',
    check: () => allOf(derivative(LEAKY, 'z', 'alpha', { params: ALPHA, where: { z: 'negative' } }), inequality('alpha', '>', '0', { params: ALPHA })),
  }),
  claim({
    id: 'leaky-max-form',
    source: 'notes p. [20–21], line 768',
    statement: '$$\\text{Leaky ReLU}(z) = \\max(z, \\alpha z)$$',
    kind: 'identity',
    reading: 'max(z, αz) equals the cases of line 770 for 0 ≤ α ≤ 1 (checked at α = 0.01 and α = 0.5); for α > 1 it does not (α = 2 shown below)',
    check: (s) => {
      // the max form as written
      const f = s.expr(s.link(0).right);
      return withOther(
        allOf(identity(f, LEAKY_NOTES, { params: ALPHA, at: ZERO }), identity(f, LEAKY_NOTES, { params: { alpha: '0.5' }, at: ZERO })),
        identity(f, LEAKY_NOTES, { params: { alpha: '2' }, at: [{ z: '1' }], symbolic: false }),
      );
    },
  }),
  claim({
    id: 'leaky-piecewise',
    source: 'notes p. [20–21], line 770',
    statement: '$$\\text{Leaky ReLU}(z) = \\begin{cases} z & z > 0 \\\\ \\alpha z & z \\leq 0 \\end{cases}$$',
    reading: 'the same function as the usual cases z for z ≥ 0, αz for z < 0 (both give 0 at z = 0), α = 0.01',
    kind: 'identity',
    check: (s) => identity(s.expr(s.link(0).right), PRELU, { params: ALPHA, at: ZERO }),
  }),
  claim({
    id: 'leaky-domain',
    source: 'notes p. [20–21], line 772',
    statement: 'domain .  $z \\in (-\\infty, \\infty)$',
    kind: 'range',
    check: (s) => domainIs(s.set(1), LEAKY, { params: ALPHA }),
  }),
  rangeClaim({
    id: 'leaky-range',
    source: 'notes p. [20–21], line 774',
    statement: 'range  $\\in (-\\infty, \\infty)$',
    reading: 'α = 0.01 (any α > 0)',
    subject: LEAKY,
    params: ALPHA,
  }),
  notCheckable({
    id: 'leaky-alpha-default',
    source: 'notes p. [20–21], line 775',
    statement: '$\\alpha \\approx 0.01$',
    reason: 'a framework default, not mathematics: PyTorch negative_slope = 0.01; Keras 3 uses 0.2 (function) and 0.3 (layer)',
  }),
  claim({
    id: 'leaky-deriv',
    source: 'notes p. [20–21], line 781',
    statement: "$$\\text{Leaky ReLU}'(z) = \\begin{cases} 1 & z > 0 \\\\ \\alpha & z \\leq 0 \\end{cases}$$",
    reading: 'α = 0.01; at z = 0 (a kink) the value α is the left derivative, a convention',
    kind: 'identity',
    check: (s) => derivative(LEAKY, 'z', s.expr(s.link(0).right), { params: ALPHA, at: ZERO }),
  }),
  claim({
    id: 'leaky-not-diff-at-0',
    source: 'notes p. [20–21], line 783',
    statement: 'not derivable at  $z = 0$',
    kind: 'identity',
    reading: 'α = 0.01 (any α ≠ 1): the one-sided derivatives at 0 differ',
    check: (s) => not(differentiable(LEAKY, 'z', s.number(s.link(0).right), { params: ALPHA })),
  }),
  claim({
    id: 'leaky-deriv-domain',
    source: 'notes p. [20–21], line 785',
    statement: 'domain  $z \\in (-\\infty, \\infty)$',
    kind: 'range',
    reading:
      'the domain of the derivative formula of line 781, which assigns α at z = 0: it is defined for every z; the derivative itself does not exist at 0 (line 783), so read as the true derivative the domain is ℝ∖{0}',
    check: (s) => domainIs(s.set(1), LEAKY_PRIME_NOTES, { params: ALPHA }),
  }),
  claim({
    id: 'leaky-deriv-range',
    source: 'notes p. [20–21], line 787',
    statement: 'range  $\\in \\alpha, 1$',
    reading: 'the set {α, 1} (α = 0.01); read as the interval [α, 1] it would be wrong',
    kind: 'range',
    // the elements as written after ∈, separated by commas (`\\alpha, 1` → {alpha, 1})
    check: (s) => range(LEAKY_PRIME_NOTES, 'z', `{${elementsOf(s.formulas()[0]!).join(', ')}}`, { params: ALPHA }),
  }),
  claim({
    id: 'prelu-def',
    source: 'notes p. [20–21], lines 789–791',
    statement: '$$\\text{PReLU} = \\begin{cases} z & z \\geq 0 \\\\ \\alpha z & z < 0 \\end{cases}$$',
    kind: 'identity',
    reading: 'the definition (He et al. 2015); checked: it is max(z, αz) for α = 0.25 (PyTorch’s initial value), and its derivative in α is z for z < 0 and 0 for z ≥ 0',
    check: (s) =>
      allOf(
        identity(s.expr(s.link(0).right), LEAKY, { params: { alpha: '0.25' }, at: ZERO }),
        derivative(
          s.expr(s.link(0).right),
          'alpha',
          piecewise([
            ['0', 'z >= 0'],
            ['z', 'z < 0'],
          ]),
        ),
      ),
  }),
  claim({
    id: 'prelu-alpha0-relu',
    source: 'notes p. [20–21], line 793',
    statement: 'If  $\\alpha = 0 \\Rightarrow \\text{ReLU}$',
    kind: 'identity',
    reading: 'PReLU (line 791) with α fixed to the value written is ReLU',
    check: (s) => identity(PRELU, RELU, { params: { alpha: s.number(s.link(0).right) }, at: ZERO }),
  }),
  claim({
    id: 'prelu-alpha-pos-leaky',
    source: 'notes p. [20–21], line 796',
    statement: '$\\alpha > 0 \\Rightarrow \\text{Leaky ReLU}$',
    kind: 'identity',
    prose: 'the formula is the condition α > 0; α = 0.01 and 0.25 are tried',
    reading: 'PReLU with a fixed small α > 0 is the leaky ReLU of line 770 (α = 0.01, 0.25); α = 1 would be the identity',
    check: () => allOf(identity(PRELU, LEAKY_NOTES, { params: ALPHA, at: ZERO }), identity(PRELU, LEAKY_NOTES, { params: { alpha: '0.25' }, at: ZERO })),
  }),
  notCheckable({
    id: 'prelu-learnable',
    source: 'notes p. [20–21], lines 798–801',
    statement: '$\\alpha$  is learnable  $\\rightarrow$  P.ReLU $\\boxed{\\alpha} \\rightarrow$  learnable parameter ↳ this will also be trained.',
    reason: 'a definition (its gradient in α is checked under prelu-def)',
  }),
  notCheckable({
    id: 'prelu-disadv',
    source: 'notes p. [20–21], line 803',
    statement: '\\* Disadv. Need to train extra parameter.',
    reason: 'a fact about the design',
  }),
  notCheckable({
    id: 'relu-reminder',
    source: 'notes p. 22, line 861',
    statement: '$\\Rightarrow$  \\* Remember unsolved issue of ReLU not derivable at  $x=0$',
    reason: 'a reminder (the kink is checked under relu-deriv-domain)',
  }),
]);
