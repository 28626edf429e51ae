/**
 * ELU and SELU (notes p. 22–23). ELU is checked at α = 1 (the default everywhere) and
 * other α where the claim depends on it; SELU against λ·ELU_α with the published
 * constants, which are in turn checked against their closed forms.
 *
 * @module
 */
import { allOf, derivative, identity, inequality, value } from '../src/verify/checks.js';
import { continuity, differentiable } from '../src/verify/limit.js';
import { claim, notCheckable, topic, withCorrection } from '../src/proofs/claim.js';
import { piecewise } from '../src/verify/formula.js';
import type { ScalarFunction } from '../src/verify/scalar.js';
import { range } from '../src/verify/range.js';
import { domainIs, ELU, SELU, SELU_ALPHA, SELU_LAMBDA, SPEED } from './formulas.js';

const ONE = { alpha: '1' };

/** ELU by pieces (the interval proofs and the exact comparison at 0 read pieces, not sign-encoded formulas). */
const ELU_FN: ScalarFunction = {
  name: 'elu',
  pieces: [
    { expr: 'alpha*(e^z - 1)', hi: { value: '0', closed: false } },
    { expr: 'z', lo: { value: '0', closed: true } },
  ],
};

/** ELU′ as the notes write it (line 877), by pieces. */
const ELU_PRIME_FN: ScalarFunction = {
  name: 'elu′',
  pieces: [
    { expr: 'alpha*e^z', hi: { value: '0', closed: false } },
    { expr: '1', lo: { value: '0', closed: true } },
  ],
};

/** √e·erfc(1/√2), the quantity the SELU closed forms share. */
const Q = 'sqrt(e)*erfc(1/sqrt(2))';
const ALPHA_CLOSED = `-sqrt(2/pi)/(${Q} - 1)`;
const LAMBDA_CLOSED = `(1 - ${Q})*sqrt(2*pi/(2*e^2*erfc(sqrt(2)) + pi*e*erfc(1/sqrt(2))^2 - 2*(2 + pi)*${Q} + pi + 2))`;

/**
 * The claims of the notes on ELU and SELU (p. 22–23), each with its check.
 *
 * @example
 * ```ts
 * runClaims(ELU_SELU).filter((r) => r.status === 'refuted').map((r) => r.id); // ['elu-alpha-slope', 'selu-def-no-scale', 'selu-range']
 * ```
 */
export const ELU_SELU = topic('elu-selu', [
  claim({
    id: 'elu-def',
    source: 'notes p. 22, line 867',
    statement: '$$\\text{elu}(z, \\alpha) = \\begin{cases} z & z \\geq 0 \\\\ \\alpha(e^z - 1) & z < 0 \\end{cases}$$',
    kind: 'identity',
    reading: 'the definition (Clevert et al. 2015 write z > 0; both pieces give 0 at z = 0), continuous at 0 for every α (α = 1, 2)',
    check: (s) =>
      allOf(
        identity(
          s.expr(s.link(0).right),
          piecewise([
            ['z', 'z > 0'],
            ['alpha*(e^z - 1)', 'z <= 0'],
          ]),
          { at: [{ z: '0', alpha: '1' }] },
        ),
        continuity(s.expr(s.link(0).right), 'z', '0', { params: ONE }),
        continuity(s.expr(s.link(0).right), 'z', '0', { params: { alpha: '2' } }),
      ),
  }),
  claim({
    id: 'elu-alpha-slope',
    source: 'notes p. 22, line 869',
    statement: '$\\alpha$  - scalar value and slope of -ve section',
    kind: 'identity',
    prose: 'the formula is the symbol α alone; the words say what it is',
    reading: 'the slope of elu on z < 0 is checked against α (α = 1)',
    correction: 'α is the negative saturation value (elu → −α as z → −∞); the slope αeᶻ on z < 0 lies in (0, α) and tends to α only as z → 0⁻',
    check: () => derivative(ELU, 'z', 'alpha', { params: ONE, where: { z: 'negative' }, at: [{ z: '-2' }] }),
  }),
  claim({
    id: 'elu-domain',
    source: 'notes p. 22, line 871',
    statement: 'domain  $\\in (-\\infty, \\infty)$',
    kind: 'range',
    reading: 'for α > 0: checked at α = 1 and α = 0.5',
    check: (s) => allOf(domainIs(s.set(1), ELU, { params: ONE }), domainIs(s.set(1), ELU, { params: { alpha: '0.5' } })),
  }),
  claim({
    id: 'elu-range',
    source: 'notes p. 22, line 873',
    statement: 'Range  $\\in (-\\alpha, \\infty)$',
    kind: 'range',
    reading: 'for α > 0: checked at α = 1 and α = 0.5',
    check: (s) => allOf(range(ELU_FN, 'z', s.set(1), { params: ONE }), range(ELU_FN, 'z', s.set(1), { params: { alpha: '0.5' } })),
  }),
  claim({
    id: 'elu-deriv',
    source: 'notes p. 22, line 877',
    statement: "$$\\text{elu}'(z, \\alpha) = \\begin{cases} 1 & z \\geq 0 \\\\ \\alpha e^z & z < 0 \\end{cases}$$",
    kind: 'identity',
    reading: 'for every α > 0, as written: the cases are checked for z ≠ 0 at α = 1 and α = 1.5, and at z = 0 (where the cases give 1) at α = 1 and α = 2',
    correction: 'the cases hold for z ≠ 0; at z = 0 elu is differentiable only when α = 1 (for α ≠ 1 the one-sided derivatives are α and 1)',
    check: (s) => {
      // the cases as written (the left side, elu′, names them)
      const d = s.expr(s.link(0).right);
      return allOf(
        derivative(ELU, 'z', d, { params: ONE }),
        derivative(ELU, 'z', d, { params: { alpha: '1.5' } }),
        differentiable(ELU, 'z', '0', { params: ONE }),
        differentiable(ELU, 'z', '0', { params: { alpha: '2' } }),
      );
    },
  }),
  claim({
    id: 'elu-deriv-domain',
    source: 'notes p. 22, line 879',
    statement: 'domain  $z \\in (-\\infty, \\infty)$',
    kind: 'range',
    reading: 'for every α > 0, as written: with α = 1 elu is differentiable everywhere, 0 included; checked at α = 1 and α = 2',
    correction: 'ℝ only for α = 1; for α ≠ 1 elu is not differentiable at 0, so the domain of elu′ is (−∞, 0) ∪ (0, ∞)',
    followsFrom: 'elu-deriv',
    check: (s) => allOf(domainIs(s.set(1), ELU_FN, { derivative: true, params: ONE }), domainIs(s.set(1), ELU_FN, { derivative: true, params: { alpha: '2' } })),
  }),
  claim({
    id: 'elu-deriv-range',
    source: 'notes p. 22, line 881',
    statement: 'range  $\\in (0, 1]$',
    kind: 'range',
    reading: 'for every α > 0, as written: checked at α = 1, α = 0.5 and α = 1.6733 (SELU’s)',
    correction: '(0, 1] only for α = 1; for 0 < α < 1 the values are (0, α) ∪ {1}, for α > 1 they are (0, α)',
    check: (s) =>
      allOf(
        range(ELU_PRIME_FN, 'z', s.set(1), { params: ONE }),
        range(ELU_PRIME_FN, 'z', s.set(1), { params: { alpha: '0.5' } }),
        range(ELU_PRIME_FN, 'z', s.set(1), { params: { alpha: SELU_ALPHA } }),
      ),
  }),
  claim({
    id: 'elu-no-dead-zone',
    source: 'notes p. 22, line 883',
    statement: '1) No dead zone',
    kind: 'identity',
    reading: 'on z < 0 the slope is αeᶻ (α = 1), positive even far out (z = −1, −10, −100)',
    check: () =>
      allOf(
        derivative(ELU, 'z', 'alpha*e^z', { params: ONE, where: { z: 'negative' } }),
        inequality('alpha*e^z', '>', '0', { params: ONE, at: [{ z: '-1' }, { z: '-10' }, { z: '-100' }] }),
      ),
  }),
  claim({
    id: 'elu-differentiable-at-0',
    source: 'notes p. 22, line 885',
    statement: '2) Derivable at zero.',
    kind: 'identity',
    reading: 'for every α > 0, as written: with α = 1 the one-sided derivatives at 0 agree; checked at α = 1 and α = 2',
    correction: 'only for α = 1: for α ≠ 1 the one-sided derivatives at 0 are α and 1',
    followsFrom: 'elu-deriv',
    check: () => allOf(differentiable(ELU, 'z', '0', { params: ONE }), differentiable(ELU, 'z', '0', { params: { alpha: '2' } })),
  }),
  notCheckable({
    id: 'elu-disadv',
    source: 'notes p. 22, line 887',
    statement: '3) Disadv. It involves exponential computation',
    reason: SPEED.elu,
  }),
  claim({
    id: 'selu-def-no-scale',
    source: 'notes p. 22, lines 889–891',
    statement: '(8) SELU $$\\text{selu}(z) = \\begin{cases} z & z \\geq 0 \\\\ \\alpha e^z - \\alpha & z < 0 \\end{cases}$$',
    reading: 'against SELU = λ·ELU_α with the published α and λ (as line 910 says)',
    correction: 'selu(z) = λz for z ≥ 0 and λα(eᶻ − 1) for z < 0, λ = 1.0507009873554804934…, α = 1.6732632423543772848…',
    kind: 'identity',
    check: (s) => identity(s.expr(s.link(0).right), SELU, { params: { alpha: SELU_ALPHA }, at: [{ z: '1' }] }),
  }),
  notCheckable({
    id: 'selu-learnable',
    source: 'notes p. 22, line 893',
    statement: 'learnable parameter',
    reason: 'a design fact: whether a parameter is trained is not a property of the formula (the closed forms of α and λ are checked under selu-scaled-elu)',
    correction: 'SELU’s α and λ are fixed constants, derived for the self-normalising fixed point (mean 0, variance 1); they are not trained',
  }),
  notCheckable({
    id: 'selu-similar-sigmoid',
    source: 'notes p. 22, line 895',
    statement: 'Similar sigmoid.',
    reason: 'unclear meaning (SELU is not sigmoid-shaped: it is unbounded above)',
  }),
  claim({
    id: 'selu-domain',
    source: 'notes p. 22, line 897',
    statement: 'domain:  $[-\\infty, \\infty]$',
    kind: 'range',
    reading: 'the closed brackets at ±∞ are a notation slip; read as (−∞, ∞) = ℝ',
    check: (s) => domainIs(s.setOf(0), SELU),
  }),
  claim({
    id: 'selu-range',
    source: 'notes p. 22, line 899',
    statement: 'range:  $(-\\infty, \\infty)$',
    correction: '(−λα, ∞) = (−1.7580993408473768599…, ∞): selu is bounded below',
    kind: 'range',
    check: (s) => withCorrection(range(SELU, 'z', s.setOf(0)), '(−λα, ∞)', range(SELU, 'z', `(-${SELU_LAMBDA}*${SELU_ALPHA}, inf)`)),
  }),
  claim({
    id: 'selu-scaled-elu',
    source: 'notes p. 23, lines 905–910',
    statement: '(8) SELU - Scaled ELU … $$\\text{selu}(z, \\alpha) = \\text{scale} \\times \\text{elu}(z, \\alpha) = k \\text{elu}(z, \\alpha)$$',
    kind: 'identity',
    prose:
      'the formula defines SELU as scale × elu (the definition selu-def-no-scale is compared against; checked against itself it would check nothing); what is checked is that the published α and λ are their closed forms',
    reading: 'scale = k = λ; α = −√(2/π)/(√e·erfc(1/√2) − 1) and λ as in Klambauer et al. 2017',
    check: () =>
      allOf(
        value(ALPHA_CLOSED, SELU_ALPHA, { symbolic: false }),
        value(LAMBDA_CLOSED, SELU_LAMBDA, { symbolic: false }),
      ),
  }),
]);
