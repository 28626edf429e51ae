/**
 * Backpropagation through the one-neuron-per-layer chain (notes p. 7–8, p. 10):
 * z₁ = w₁a₀, a₁ = σ(z₁), z₂ = w₂a₁ (+ b₂), a₂ = σ(z₂), e = (y − a₂)². Every ratio of the
 * notes is a local derivative derived by the library; products and sums of them are
 * checked against finite differences of e.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { allOf, computed, derivative, inequality } from '../src/verify/checks.js';
import { diff } from '../src/proofs/compute.js';
import { claim, notCheckable, statementClaim, topic } from '../src/proofs/claim.js';
import type { Term } from '../src/latex/index.js';
import { proveBound } from '../src/verify/bound.js';
import { DIGITS, shortNumber, toTree } from '../src/verify/formula.js';
import { compile } from '../src/numeric/compile.js';
import { finiteDifference } from '../src/numeric/finite.js';
import { type Expr, format, mul, substitute } from '../src/symbolic/tree.js';
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
/** The error in the names of the statements (w_2 for w₂). */
const ERROR_ = `(y - ${sigma(`w_2*${sigma('w_1*a_0')}`)})^2`;

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

/**
 * The chain as the notes name it, layer by layer (for the statement reader): e = (y − a₂)²,
 * a₂ = σ(z₂), z₂ = w₂a₁, a₁ = σ(z₁), z₁ = w₁a₀; q stands for a (line 273).
 */
const LAYERS = {
  define: { e: '(y - a_2)^2', a_2: 'sigma(z_2)', z_2: 'w_2*a_1', a_1: 'sigma(z_1)', z_1: 'w_1*a_0' },
  names: { q_2: 'a_2', q_1: 'a_1', q_0: 'a_0' },
};
/** The same with biases, and L = 2 (lines 299–307). */
const LAYERS_BIAS = {
  define: { e: '(y - a_2)^2', a_2: 'sigma(z_2)', z_2: 'w_2*a_1 + b_2', a_1: 'sigma(z_1)', z_1: 'w_1*a_0 + b_1' },
  names: { q_2: 'a_2', q_1: 'a_1', q_0: 'a_0', a_L: 'a_2', z_L: 'z_2', w_L: 'w_2', b_L: 'b_2' },
};
/** Layer 2 alone, a₁ its input (lines 305–307). */
const LAYER_2 = { define: { a_2: 'sigma(z_2)', z_2: 'w_2*a_1 + b_2' }, names: { a_L: 'a_2', z_L: 'z_2', w_L: 'w_2', b_L: 'b_2' } };
/** The catalogue's point in the names of the statements. */
const ONES_ = { w_1: '1', w_2: '1', a_0: '1', y: '1' };

/** How many functions a term applies in a row: f(f(f(x))) is 3. */
function nesting(t: Term): number {
  return t.t === 'juxt' || t.t === 'apply' ? 1 + Math.max(0, ...t.args.map(nesting)) : t.t === 'deriv' ? nesting(t.body) : 0;
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
    context: LAYERS,
    reading: 'e is as many functions applied in a row as the statement writes (f(f(f(w₂q₁))): three): e of q₂, q₂ of z₂, z₂ of w₂ and q₁, in the chain of line 273',
    check: (s) => {
      const written = nesting(s.term(5));
      const layers = ['e', 'a_2', 'z_2'].length;
      return computed(written === layers, `f applied ${written} times; e = (y − q₂)², q₂ = σ(z₂), z₂ = w₂q₁: ${layers} functions`, `f applied ${written} times, but e is ${layers} functions of w₂ deep`);
    },
  }),
  statementClaim({
    id: 'bp-dedw2-chain',
    source: 'notes p. 7, line 281',
    statement:
      '$$\\frac{\\partial e}{\\partial w_2} = \\frac{\\partial e}{\\partial q_2} \\cdot \\frac{\\partial q_2}{\\partial z_2} \\cdot \\frac{\\partial z_2}{\\partial w_2} \\Big|_{q_1}$$',
    kind: 'identity',
    context: LAYERS,
    reading: 'each ratio is the chain rule’s partial derivative of one layer (e = (y − q₂)², q₂ = σ(z₂), z₂ = w₂q₁); their product against finite differences of e in w₂',
    options: { at: [ONES_] },
  }),
  claim({
    id: 'bp-dedw2-sigma-prime',
    source: 'notes p. 7, line 283',
    statement: "$$= -2(y - q_2) \\times \\sigma'(z_2) [1 - \\sigma(z_2)] \\times q_1$$",
    kind: 'identity',
    context: LAYERS,
    reading: 'the expression written (σ′ derived by the library, times [1 − σ(z₂)]) as ∂e/∂w₂',
    correction: '∂e/∂w₂ = −2(y − q₂)·σ(z₂)[1 − σ(z₂)]·q₁ = −2(y − q₂)·σ′(z₂)·q₁',
    check: (s) => derivative(ERROR_, 'w_2', s.text(1), { at: [ONES_] }),
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
  statementClaim({
    id: 'bp-dedw1-chain',
    source: 'notes p. 8, line 293',
    statement:
      '$$\\frac{\\partial e}{\\partial w_1} = \\frac{\\partial e}{\\partial a_2} \\times \\frac{\\partial a_2}{\\partial z_2} \\times \\left. \\frac{\\partial z_2}{\\partial a_1} \\right|_{w_L} \\times \\left. \\frac{\\partial a_1}{\\partial z_1} \\right|_{q_0} \\times \\left. \\frac{\\partial z_1}{\\partial w_1} \\right|_{q_0}$$',
    kind: 'identity',
    context: LAYERS,
    reading: 'the one-neuron-per-layer chain: the product of the five ratios as written (the bars name what is held fixed) equals ∂e/∂w₁',
    options: { at: [ONES_] },
  }),
  claim({
    id: 'bp-dedw1-vanishes',
    source: 'notes p. 8, lines 295–297',
    statement: '? At some point  $\\frac{\\partial e}{\\partial w_1} \\approx 0$ ; no weight update',
    kind: 'training',
    prose: '"≈ 0" here is qualitative ("at some point"): no precision is stated or implied, so the trend is checked instead',
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
  statementClaim({
    id: 'bp-dedwl-bias',
    source: 'notes p. 8, lines 299–301',
    statement:
      'Assumption update, bias  $\\neq 0$ $$\\frac{\\partial e}{\\partial w_L} = \\frac{\\partial e}{\\partial a_L} \\times \\frac{\\partial a_L}{\\partial z_L} \\times \\boxed{\\frac{\\partial z_L}{\\partial w_L}}$$',
    kind: 'identity',
    context: LAYERS_BIAS,
    reading: 'L = 2 with biases: z₂ = w₂a₁ + b₂',
  }),
  statementClaim({
    id: 'bp-dedb',
    source: 'notes p. 8, line 303',
    statement:
      '$$\\frac{\\partial e}{\\partial b_2} = \\frac{\\partial e}{\\partial a_L} \\times \\frac{\\partial a_L}{\\partial z_L} \\times \\boxed{\\frac{\\partial z_L}{\\partial b_2}}$$',
    kind: 'identity',
    context: LAYERS_BIAS,
    reading: 'L = 2',
  }),
  statementClaim({
    id: 'bp-zl-def',
    source: 'notes p. 8, line 305',
    statement: '$$z_L = w_L a_L + b_L$$',
    kind: 'identity',
    context: LAYER_2,
    reading: 'L = 2: the pre-activation z₂ = w₂a₁ + b₂ (as used on line 283) against the right side written, in which a₂ = σ(z₂)',
    correction: 'z_L = w_L a_{L−1} + b_L',
    options: { at: [{ w_2: '1', a_1: '1', b_2: '0' }] },
  }),
  statementClaim({
    id: 'bp-dzl-dwl',
    source: 'notes p. 8, line 307',
    statement: '$$\\frac{\\partial z_L}{\\partial w_L} = a_L \\quad \\frac{\\partial z_L}{\\partial b_L} = 1$$',
    kind: 'identity',
    context: LAYER_2,
    reading: 'L = 2, z₂ = w₂a₁ + b₂: ∂z₂/∂w₂ against a₂ = σ(z₂) as written, and ∂z₂/∂b₂ against 1',
    correction: '∂z_L/∂w_L = a_{L−1}; ∂z_L/∂b_L = 1 is right',
    followsFrom: 'bp-zl-def',
    options: { at: [{ w_2: '1', a_1: '1', b_2: '0' }] },
  }),
  statementClaim({
    id: 'bp-eq1',
    source: 'notes p. 10, line 349',
    statement:
      '$$\\frac{\\partial e}{\\partial w_2} = \\frac{\\partial e}{\\partial a_2} \\cdot \\frac{\\partial a_2}{\\partial z_2} \\cdot \\frac{\\partial z_2}{\\partial w_2} \\quad \\text{--- (1)}$$',
    kind: 'identity',
    context: LAYERS,
    options: { at: [ONES_] },
  }),
  statementClaim({
    id: 'bp-eq2-sum',
    source: 'notes p. 10, line 351',
    statement:
      '$$\\frac{\\partial e}{\\partial w_1} = \\frac{\\partial e}{\\partial a_2} + \\frac{\\partial e}{\\partial z_2} \\cdot \\frac{\\partial z_2}{\\partial a_1} + \\frac{\\partial a_1}{\\partial z_1} \\cdot \\frac{\\partial z_1}{\\partial w_1} \\quad \\text{--- (2)}$$',
    kind: 'identity',
    context: LAYERS,
    reading: 'as written, every ratio the chain rule’s partial derivative of its layer',
    correction: '∂e/∂w₁ = ∂e/∂a₂ · ∂a₂/∂z₂ · ∂z₂/∂a₁ · ∂a₁/∂z₁ · ∂z₁/∂w₁ (the product of line 293)',
    options: { at: [ONES_] },
  }),
  claim({
    id: 'bp-ratios-range',
    source: 'notes p. 10, line 353',
    statement:
      'Observations: eq(1) and eq(2) is nothing but product of Ratios. These ratios can become greater than 1 or they can be between 0 < 1.',
    kind: 'range',
    reading:
      'about magnitudes: a ratio can exceed 1 (∂z₂/∂a₁ = w₂ = 3) or lie in (0, 1) (0 < σ′ < 1 for every z, proved by interval arithmetic); the ratios can also be negative (∂e/∂a₂ = −2(y − a₂) < 0 when a₂ < y), which the notes do not mention',
    check: () =>
      allOf(
        inequality(`abs(${format(ratio.dz2da1())})`, '>', '1', { at: [{ w2: '3' }] }),
        proveBound(sigmaPrime('z'), { side: 'upper', value: '1', strict: true }),
        proveBound(sigmaPrime('z'), { side: 'lower', value: '0', strict: true }),
        inequality(format(ratio.deda2()), '<', '0', { at: [{ y: '1', a2: '0.7' }] }),
      ),
  }),
]);
