/**
 * Backpropagation through the one-neuron-per-layer chain (notes p. 7–8, p. 10):
 * z₁ = w₁a₀, a₁ = σ(z₁), z₂ = w₂a₁ (+ b₂), a₂ = σ(z₂), e = (y − a₂)². Every ratio of the
 * notes is a local derivative derived by the library; products and sums of them are
 * checked against finite differences of e.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { allOf, computed, derivative, identity, inequality } from '../src/verify/checks.js';
import { chainProduct, diff } from '../src/proofs/compute.js';
import { claim, derivativeClaim, notCheckable, topic } from '../src/proofs/claim.js';
import { DIGITS, shortNumber, toTree } from '../src/verify/formula.js';
import { compile } from '../src/numeric/compile.js';
import { finiteDifference } from '../src/numeric/finite.js';
import { add, type Expr, format, mul, substitute } from '../src/symbolic/tree.js';
import { sigma, sigmaPrime } from './formulas.js';

/**
 * The error e = (y − σ(w₂σ(w₁a₀)))² of the two-layer chain, bias 0.
 *
 * @example
 * ```ts
 * evaluate(ERROR, { w1: '1', w2: '1', a0: '1', y: '1' }, { digits: 10 }).value;
 * ```
 */
export const ERROR = `(y - ${sigma(`w2*${sigma('w1*a0')}`)})^2`;
/** The same with biases. */
const ERROR_BIAS = `(y - ${sigma(`w2*${sigma('w1*a0 + b1')} + b2`)})^2`;
/** The catalogue's point: w₁ = w₂ = a₀ = y = 1. */
const ONES = { w1: '1', w2: '1', a0: '1', y: '1' };

/** What the intermediate names stand for, outermost first. */
const BINDINGS = [
  ['a2', sigma('z2')],
  ['z2', 'w2*a1'],
  ['a1', sigma('z1')],
  ['z1', 'w1*a0'],
] as const;

/** Replaces the intermediate names of BINDINGS in an expression. */
function expand(e: Expr): Expr {
  let out = e;
  for (const [name, meaning] of BINDINGS) out = substitute(out, { [name]: toTree(meaning) });
  return out;
}

/** The local ratios of the notes, each derived by the library. */
const ratio = {
  deda2: () => diff('(y - a2)^2', 'a2'),
  da2dz2: () => diff(sigma('z2'), 'z2'),
  dz2dw2: () => diff('w2*a1', 'w2'),
  dz2da1: () => diff('w2*a1', 'a1'),
  da1dz1: () => diff(sigma('z1'), 'z1'),
  dz1dw1: () => diff('w1*a0', 'w1'),
};

/**
 * ∂e/∂w₁ as the product of the five ratios of line 293, each derived by the library.
 *
 * @example
 * ```ts
 * evaluate(dedw1Product(), { w1: '1', w2: '1', a0: '1', y: '1' }, { digits: 12 }).value; // '-0.0280307170571'
 * ```
 */
export function dedw1Product(): Expr {
  return expand([ratio.deda2(), ratio.da2dz2(), ratio.dz2da1(), ratio.da1dz1(), ratio.dz1dw1()].reduce((a, b) => mul(a, b)));
}

/** ∂e/∂w₂ as the product of the three ratios of lines 281 and 349. */
function dedw2Product(): Expr {
  return expand([ratio.deda2(), ratio.da2dz2(), ratio.dz2dw2()].reduce((a, b) => mul(a, b)));
}

/** An L-layer one-neuron sigmoid chain with every weight, the input and the target 1: ∂e/∂w₁ and ∂e/∂w_L by finite differences. */
function chainGradients(layers: number): { first: Decimal; last: Decimal } {
  let a = 'a0';
  for (let l = 1; l <= layers; l++) a = sigma(`w${l}*${a}`);
  const e = compile(toTree(`(y - ${a})^2`));
  const point: Record<string, Decimal> = { a0: new Decimal(1), y: new Decimal(1) };
  for (let l = 1; l <= layers; l++) point[`w${l}`] = new Decimal(1);
  const along = (name: string) => finiteDifference((x, D) => e(D, { ...point, [name]: x }), new Decimal(1), DIGITS).value;
  return { first: along('w1'), last: along(`w${layers}`) };
}

/**
 * The claims of the notes on backpropagation (p. 7–8, 10), each with its check.
 *
 * @example
 * ```ts
 * runClaims(BACKPROPAGATION).filter((r) => r.status === 'refuted').map((r) => r.id); // ['bp-dedw2-sigma-prime', 'bp-zl-def', 'bp-dzl-dwl', 'bp-eq2-sum']
 * ```
 */
export const BACKPROPAGATION = topic('backpropagation', [
  notCheckable({
    id: 'bp-assumptions',
    source: 'notes p. 7, lines 261–265',
    statement: '1) Each layer has one neuron 2) bias = 0',
    reason: 'they set up the model',
  }),
  notCheckable({
    id: 'bp-update-rule',
    source: 'notes p. 7, line 271',
    statement: '$$w = w - \\eta \\nabla e = w - \\eta \\frac{\\partial e}{\\partial w}$$',
    reason: 'a definition; for a single weight ∇e = ∂e/∂w',
  }),
  notCheckable({
    id: 'bp-error-def',
    source: 'notes p. 7, lines 273–275',
    statement: 'Observation  $e = (y - \\hat{y})^2 = (y - q_2)^2$ $q_2 = \\sigma(z_2)$',
    reason: 'a definition (q₂ = a₂ = ŷ)',
  }),
  claim({
    id: 'bp-composition',
    source: 'notes p. 7, lines 277–279',
    statement:
      '$f(q_2)$   $f(z_2)$ $z_2 = f(w_2 q_1)$  ~~Let\'s assume~~  $\\frac{\\partial e}{\\partial w_L} = \\frac{\\partial f(f(f(w_2 q_1)))}{\\partial w_L}$',
    kind: 'identity',
    reading: 'e is the three-fold composition e(q₂(z₂(w₂, q₁))): composing (y − q₂)², q₂ = σ(z₂), z₂ = w₂q₁ gives e',
    check: () => identity(expand(toTree('(y - a2)^2')), ERROR),
  }),
  claim({
    id: 'bp-dedw2-chain',
    source: 'notes p. 7, line 281',
    statement:
      '$$\\frac{\\partial e}{\\partial w_2} = \\frac{\\partial e}{\\partial q_2} \\cdot \\frac{\\partial q_2}{\\partial z_2} \\cdot \\frac{\\partial z_2}{\\partial w_2} \\Big|_{q_1}$$',
    kind: 'identity',
    check: () => derivative(ERROR, 'w2', format(dedw2Product()), { at: [ONES] }),
  }),
  claim({
    id: 'bp-dedw2-sigma-prime',
    source: 'notes p. 7, line 283',
    statement: '$$= -2(y - q_2) \\times \\sigma\'(z_2) [1 - \\sigma(z_2)] \\times q_1$$',
    kind: 'identity',
    reading: 'σ′(z₂) derived by the library, times [1 − σ(z₂)], as written',
    correction: '∂e/∂w₂ = −2(y − q₂)·σ(z₂)[1 − σ(z₂)]·q₁ = −2(y − q₂)·σ′(z₂)·q₁',
    check: () => {
      const written = mul(mul(mul(toTree('-2*(y - a2)'), ratio.da2dz2()), toTree(`1 - ${sigma('z2')}`)), toTree('a1'));
      return derivative(ERROR, 'w2', format(expand(written)), { at: [ONES] });
    },
  }),
  notCheckable({
    id: 'bp-w2-update',
    source: 'notes p. 7, line 285',
    statement: '$$w_2 = w_2 - \\eta \\nabla e = w_2 - \\eta \\frac{\\partial e}{\\partial w_2} = \\cancel{w_2}$$',
    reason: 'the update rule; the cancelled w₂ is a scratch mark',
  }),
  notCheckable({
    id: 'bp-layer1-defs',
    source: 'notes p. 8, lines 289–291',
    statement: '$$q_1 = \\underbrace{\\sigma(z_1)}_{f(z_1)}$$ $$z_1 = \\underbrace{w_1}_{f(w_1, q_0)} \\underbrace{a_0}_{f(w_1, q_0)}$$',
    reason: 'definitions (q and a name the same activations)',
  }),
  claim({
    id: 'bp-dedw1-chain',
    source: 'notes p. 8, line 293',
    statement:
      '$$\\frac{\\partial e}{\\partial w_1} = \\frac{\\partial e}{\\partial a_2} \\times \\frac{\\partial a_2}{\\partial z_2} \\times \\left. \\frac{\\partial z_2}{\\partial a_1} \\right|_{w_L} \\times \\left. \\frac{\\partial a_1}{\\partial z_1} \\right|_{q_0} \\times \\left. \\frac{\\partial z_1}{\\partial w_1} \\right|_{q_0}$$',
    kind: 'identity',
    reading: 'the one-neuron-per-layer chain: the product of the five derived ratios equals ∂e/∂w₁',
    check: () => derivative(ERROR, 'w1', format(dedw1Product()), { at: [ONES] }),
  }),
  claim({
    id: 'bp-dedw1-vanishes',
    source: 'notes p. 8, lines 295–297',
    statement: '? At some point  $\\frac{\\partial e}{\\partial w_1} \\approx 0$ ; no weight update',
    kind: 'training',
    reading:
      '"≈ 0" is qualitative; checked: in one-neuron sigmoid chains (all weights, input and target 1) |∂e/∂w₁| shrinks at every added layer from 2 to 6 layers and stays below |∂e/∂w_L|',
    check: () => {
      const runs = [2, 3, 4, 5, 6].map(chainGradients);
      const shrinking = runs.every((r, i) => i === 0 || r.first.abs().lt(runs[i - 1]!.first.abs()));
      const below = runs.every((r) => r.first.abs().lt(r.last.abs()));
      const text = runs.map((r, i) => `L = ${i + 2}: ∂e/∂w₁ = ${shortNumber(r.first, 4)}, ∂e/∂w_L = ${shortNumber(r.last, 4)}`).join('; ');
      return computed(shrinking && below, text, text, DIGITS - 5);
    },
  }),
  claim({
    id: 'bp-dedwl-bias',
    source: 'notes p. 8, lines 299–301',
    statement:
      'Assumption update, bias  $\\neq 0$ $$\\frac{\\partial e}{\\partial w_L} = \\frac{\\partial e}{\\partial a_L} \\times \\frac{\\partial a_L}{\\partial z_L} \\times \\boxed{\\frac{\\partial z_L}{\\partial w_L}}$$',
    kind: 'identity',
    reading: 'L = 2 with biases: z₂ = w₂a₁ + b₂',
    check: () => {
      const p = chainProduct(
        [
          ['(y - a2)^2', 'a2'],
          [sigma('z2'), 'z2'],
          ['w2*a1 + b2', 'w2'],
        ],
        [
          ['a2', sigma('z2')],
          ['z2', 'w2*a1 + b2'],
          ['a1', sigma('w1*a0 + b1')],
        ],
      );
      return derivative(ERROR_BIAS, 'w2', format(p));
    },
  }),
  claim({
    id: 'bp-dedb',
    source: 'notes p. 8, line 303',
    statement:
      '$$\\frac{\\partial e}{\\partial b_2} = \\frac{\\partial e}{\\partial a_L} \\times \\frac{\\partial a_L}{\\partial z_L} \\times \\boxed{\\frac{\\partial z_L}{\\partial b_2}}$$',
    kind: 'identity',
    reading: 'L = 2',
    check: () => {
      const p = chainProduct(
        [
          ['(y - a2)^2', 'a2'],
          [sigma('z2'), 'z2'],
          ['w2*a1 + b2', 'b2'],
        ],
        [
          ['a2', sigma('z2')],
          ['z2', 'w2*a1 + b2'],
          ['a1', sigma('w1*a0 + b1')],
        ],
      );
      return derivative(ERROR_BIAS, 'b2', format(p));
    },
  }),
  claim({
    id: 'bp-zl-def',
    source: 'notes p. 8, line 305',
    statement: '$$z_L = w_L a_L + b_L$$',
    kind: 'identity',
    reading: 'L = 2: the pre-activation z₂ = w₂a₁ + b₂ (as used on line 283) against w₂a₂ + b₂ with a₂ = σ(z₂)',
    correction: 'z_L = w_L a_{L−1} + b_L',
    check: () => identity('w2*a1 + b2', `w2*${sigma('w2*a1 + b2')} + b2`, { at: [{ w2: '1', a1: '1', b2: '0' }] }),
  }),
  claim({
    id: 'bp-dzl-dwl',
    source: 'notes p. 8, line 307',
    statement: '$$\\frac{\\partial z_L}{\\partial w_L} = a_L \\quad \\frac{\\partial z_L}{\\partial b_L} = 1$$',
    kind: 'identity',
    reading: 'L = 2, z₂ = w₂a₁ + b₂: ∂z₂/∂w₂ against a₂ = σ(z₂), and ∂z₂/∂b₂ against 1',
    correction: '∂z_L/∂w_L = a_{L−1}; ∂z_L/∂b_L = 1 is right',
    check: () =>
      allOf(
        derivative('w2*a1 + b2', 'w2', sigma('w2*a1 + b2'), { at: [{ w2: '1', a1: '1', b2: '0' }] }),
        derivative('w2*a1 + b2', 'b2', '1'),
      ),
  }),
  derivativeClaim({
    id: 'bp-eq1',
    source: 'notes p. 10, line 349',
    statement:
      '$$\\frac{\\partial e}{\\partial w_2} = \\frac{\\partial e}{\\partial a_2} \\cdot \\frac{\\partial a_2}{\\partial z_2} \\cdot \\frac{\\partial z_2}{\\partial w_2} \\quad \\text{--- (1)}$$',
    f: ERROR,
    wrt: 'w2',
    claimed: format(
      expand(
        mul(
          mul(toTree('-2*(y - a2)'), toTree(sigmaPrime('z2'))),
          toTree('a1'),
        ),
      ),
    ),
    at: [ONES],
  }),
  claim({
    id: 'bp-eq2-sum',
    source: 'notes p. 10, line 351',
    statement:
      '$$\\frac{\\partial e}{\\partial w_1} = \\frac{\\partial e}{\\partial a_2} + \\frac{\\partial e}{\\partial z_2} \\cdot \\frac{\\partial z_2}{\\partial a_1} + \\frac{\\partial a_1}{\\partial z_1} \\cdot \\frac{\\partial z_1}{\\partial w_1} \\quad \\text{--- (2)}$$',
    kind: 'identity',
    reading: 'as written, with ∂e/∂z₂ = ∂e/∂a₂ · ∂a₂/∂z₂ and every ratio derived by the library',
    correction: '∂e/∂w₁ = ∂e/∂a₂ · ∂a₂/∂z₂ · ∂z₂/∂a₁ · ∂a₁/∂z₁ · ∂z₁/∂w₁ (the product of line 293)',
    check: () => {
      const dedz2 = mul(ratio.deda2(), ratio.da2dz2());
      const written = add(add(ratio.deda2(), mul(dedz2, ratio.dz2da1())), mul(ratio.da1dz1(), ratio.dz1dw1()));
      return derivative(ERROR, 'w1', format(expand(written)), { at: [ONES] });
    },
  }),
  claim({
    id: 'bp-ratios-range',
    source: 'notes p. 10, line 353',
    statement:
      'Observations: eq(1) and eq(2) is nothing but product of Ratios. These ratios can become greater than 1 or they can be between 0 < 1.',
    kind: 'range',
    reading:
      'about magnitudes: a ratio can exceed 1 (∂z₂/∂a₁ = w₂ = 3) or lie in (0, 1) (|σ′| at seeded points); the ratios can also be negative (∂e/∂a₂ = −2(y − a₂) < 0 when a₂ < y), which the notes do not mention',
    check: () =>
      allOf(
        inequality(`abs(${format(ratio.dz2da1())})`, '>', '1', { at: [{ w2: '3' }] }),
        inequality(`abs(${format(ratio.da1dz1())})`, '<', '1', { points: 16 }),
        inequality(`abs(${format(ratio.da1dz1())})`, '>', '0', { points: 16 }),
        inequality(format(ratio.deda2()), '<', '0', { at: [{ y: '1', a2: '0.7' }] }),
      ),
  }),
]);
