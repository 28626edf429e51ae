/**
 * Vanishing and exploding gradients (notes p. 9–15): products of ratios, the sigmoid
 * at z = 10, −10, 0, and gradient descent with too large a step.
 *
 * @module
 */
import { allOf, computed, derivative, inequality, value } from '../src/verify/checks.js';
import { descend, diff } from '../src/proofs/compute.js';
import { limit } from '../src/verify/limit.js';
import type { Outcome } from '../src/proofs/claim.js';
import { withNote } from '../src/verify/verdict.js';
import { claim, notCheckable, statementClaim, topic } from '../src/proofs/claim.js';
import type { StatementContext, StatementReader } from '../src/proofs/statement.js';
import { InputError } from '../src/errors.js';
import { shortNumber, toTree } from '../src/verify/formula.js';
import { format, substitute } from '../src/symbolic/tree.js';
import { dedw1Product, ERROR } from './backpropagation.js';
import { sigma, sigmaPrime, ZERO_PLACES, ZERO_READING } from './formulas.js';
import { COST } from './gradient-descent.js';
import { atInit, fig, type Measured, parameterCount, SAMPLES, setUp, weightGradients } from './experiments.js';

/** The one-neuron error of the sigmoid cases, layer by layer: e = (y − a)², a = σ(z), z = wx. */
const LAYERS: StatementContext = { define: { e: '(y - a)^2', a: 'sigma(z)', z: 'w*x' } };

/** Two layers of one activation φ (the statement's context supplies φ). */
const TWO_LAYERS: StatementContext = { define: { a_2: 'phi(z_2)', z_2: 'w_2*a_1 + b_2', a_1: 'phi(z_1)', z_1: 'w_1*a_0 + b_1' } };
const SIGMOID_BODY = '1/(1 + e^(-t))';
const RELU_BODY = 'max(t, 0)';
/** w = 1, a₀ = 1, b = 0. */
const UNIT_POINT = { w_1: '1', w_2: '1', a_0: '1', b_1: '0', b_2: '0' };

/**
 * The chain of link 0 (∂e/∂w = ∂e/∂a · ∂a/∂z · ∂z/∂w) at w, x = 1, for targets y = 0 and
 * y = 1, and ∂e/∂w ≈ 0 there at {@link ZERO_PLACES}: the written value of link 1 when there
 * is one, else 0 (the words "negligible" / "cancelled").
 */
function gradientNegligible(s: StatementReader, w: string): Outcome {
  const checks = ['0', '1'].flatMap((y) => {
    const at = s.with({ at: { w, x: '1', y } });
    const approx = at.links().length > 1 ? at.check(1, { places: ZERO_PLACES }) : value(at.expr(at.link(0).left), '0', { relation: '≈', places: ZERO_PLACES });
    return [at.check(0), approx];
  });
  return allOf(...checks);
}

/** Appends what the other reading of an ambiguous claim gives. */
function alsoLiterally(o: Outcome, literal: Outcome): Outcome {
  return withNote(o, `read literally: ${literal.counterexample?.text ?? literal.summary}`);
}

/**
 * Whether the model's size moves with the number of hidden layers as the statement's words
 * say ("increase in number of hidden layers ↳ increases the size of the model", either word
 * may be "decrease"): the parameters of the engine's networks with 1 to 4 hidden layers.
 */
export function sizeWithLayers(statement: string): Outcome {
  const words = statement.toLowerCase();
  const layers = /\b(increase|decrease)s?\s+in\s+(?:the\s+)?number\s+of\s+hidden\s+layers/.exec(words)?.[1];
  const size = /\b(increase|decrease)s?\s+the\s+size\s+of\s+the\s+model/.exec(words)?.[1];
  if (!layers || !size) throw new InputError('the statement does not say how the number of hidden layers and the size of the model change');
  const counts = [1, 2, 3, 4].map((k) => parameterCount(k, 16, 4, 1));
  const grows = counts.every((c, k) => k === 0 || c > counts[k - 1]!);
  const text = `parameters with 1, 2, 3, 4 hidden layers of 16 units: ${counts.join(', ')}`;
  const said = layers === size;
  return computed(grows === said, text, `${text}: ${layers === 'increase' ? 'more' : 'fewer'} hidden layers ${grows === (layers === 'increase') ? 'increase' : 'decrease'} the size of the model`);
}

/**
 * Which layers the statement says train slowly ("lower" or "upper" layers, in its words), and
 * whether the measured weight gradients say the same: every layer's ‖∂L/∂W‖ smaller than the
 * one above it (lower layers slowest), or larger (upper layers slowest), in a 5-layer sigmoid
 * network at two seeded initializations.
 */
export function layersSlowest(statement: string): Outcome {
  const words = statement.toLowerCase();
  const lower = /\b(lower|first|input)\s+layers?\b/.test(words);
  const upper = /\b(upper|higher|top|last|output)\s+layers?\b/.test(words);
  if (lower === upper) throw new InputError('the statement names neither the lower nor the upper layers (or both)');
  const runs = ['random', 'random_normal'].map((init) => atInit('sigmoid', init, 5, 16));
  const texts = runs.map((m) => {
    const g = weightGradients(m);
    return `${setUp(m)}: ‖∂L/∂W‖ from the lowest layer up = ${g.map(fig).join(', ')} (the lowest ${fig(g[0]! / g[g.length - 1]!)} × the top)`;
  });
  const ordered = runs.every((m) => {
    const g = weightGradients(m);
    return g.every((x, k) => k === 0 || (lower ? x > g[k - 1]! : x < g[k - 1]!));
  });
  const text = texts.join('; ');
  return computed(ordered, text, `${text}: the ${lower ? 'lower' : 'upper'} layers do not get the smaller updates`, 3);
}

/**
 * The claims of the notes on vanishing and exploding gradients (p. 9–15), each with its check.
 *
 * @example
 * ```ts
 * runClaims(VANISHING_GRADIENTS).filter((r) => r.status === 'refuted').map((r) => r.id); // ['vg-product-small-ratios', 'vg-update-negligible', 'vg-eq2-label', 'vg-euler-e']
 * ```
 */
export const VANISHING_GRADIENTS = topic('vanishing-gradients', [
  notCheckable({
    id: 'vg-problems-list',
    source: 'notes p. 9, lines 309–316',
    statement:
      '- 1) Vanishing and Exploding Gradient - 2) Lot of data required for training - 3) Slow training issues - 4) Risk of overfitting',
    reason: 'a list of topics',
  }),
  notCheckable({
    id: 'vg-update-rule',
    source: 'notes p. 9, line 318',
    statement: '$$w_{new} = w_{old} - \\eta \\nabla C$$',
    reason: 'a definition',
  }),
  notCheckable({
    id: 'vg-vanishing-def',
    source: 'notes p. 9, lines 320–322',
    statement:
      '↳ lets say the value of this is decreasing and is very minute, weight update will become non significant $\\Delta w \\approx 0$  ]  $\\rightarrow$  vanishing gradient issue',
    reason: 'a qualitative definition',
  }),
  claim({
    id: 'vg-exploding-def',
    source: 'notes p. 9, lines 324–330',
    statement:
      'If this gradient becomes very huge (in this case $\\Delta w \\uparrow \\uparrow$  (very high)  $\\rightarrow$ We may diverge from the soln Exploding gradient.',
    kind: 'training',
    prose: 'the formulas are arrows (Δw ↑↑, →): the statement is in words',
    reading: 'an illustration: descent on c = (1 − w)² from w = 3 with η = 1.5 takes ever larger steps, and w runs away from the minimum',
    check: () => {
      const run = descend(COST, 'w', '3', '1.5', 12);
      const steps = run.weights.slice(1).map((w, k) => w.minus(run.weights[k]!).abs());
      const growing = steps.every((s, k) => k === 0 || s.gt(steps[k - 1]!));
      const text = `|Δw| = ${steps.slice(0, 5).map((s) => shortNumber(s, 6)).join(', ')}, …, ${shortNumber(steps[steps.length - 1]!, 6)}; w₁₂ = ${shortNumber(run.weights[12]!, 8)}`;
      return computed(growing, text, text);
    },
  }),
  notCheckable({
    id: 'vg-overfit-small-data',
    source: 'notes p. 9, line 332',
    statement: '- \\* Neural network will overfit in case of small datasets. In order to avoid this we tend to provide a huge dataset.',
    reason: 'empirical advice',
  }),
  claim({
    id: 'vg-bigger-nets-slow',
    source: 'notes p. 9, lines 335–341',
    statement:
      'Increase the size of Neural Networks ↳ Increase in number of hidden layers ↳ Increases the size of the model. Slow training issues',
    kind: 'inequality',
    reading:
      'the model-size part, counted on the networks the engine builds: with 1, 2, 3, 4 hidden layers of 16 units (4 inputs, 1 output) the number of weights and biases grows by 16² + 16 = 272 with each layer. "Slow training issues" is a claim about time, not checked here',
    check: (s) => sizeWithLayers(s.statement),
  }),
  statementClaim({
    id: 'vg-product-small-ratios',
    source: 'notes p. 10, line 361',
    statement:
      '$$\\frac{\\partial e}{\\partial w_2} = \\underbrace{\\frac{\\partial e}{\\partial a_2}}_{0.1} \\cdot \\underbrace{\\frac{\\partial a_2}{\\partial z_2}}_{0.2} \\cdot \\underbrace{\\frac{\\partial z_2}{\\partial w_2}}_{0.8} \\approx 0.006$$',
    kind: 'value',
    reading: 'the product of the three ratios as the underbraces give them, against the 0.006 written, at the precision written',
    correction: '0.1·0.2·0.8 = 0.016 (the conclusion, a small gradient, stands)',
    links: [1],
  }),
  notCheckable({
    id: 'vg-update-index',
    source: 'notes p. 10, line 363',
    statement: '$$w_2 = w_1 - \\eta^{0.006} \\quad \\text{lets } \\eta = 0.1$$',
    reason: 'notation: η^{0.006} stands for η×0.006, and "w₂ = w₁ − …" most likely means w_new = w_old − …, not layer 1',
  }),
  claim({
    id: 'vg-update-negligible',
    source: 'notes p. 10, lines 365–367',
    statement: '$$w_2 = w_1 - 0.1(0.006)$$ $$\\boxed{w_2 = w_1 - 0.0006} \\quad \\text{almost negligible change}$$',
    reading: 'the step η·∂e/∂w₂ with η = 0.1 and the product of line 361 (the arithmetic 0.1 × 0.006 = 0.0006 is right; its input is not)',
    correction: 'w₂,new = w₂,old − 0.0016 (η·0.016)',
    followsFrom: 'vg-product-small-ratios',
    kind: 'value',
    check: (s) => {
      // the steps as written: w_1 − (step), in the first line η(0.006), in the boxed line 0.0006
      const stepOf = (i: number) => {
        const e = s.expr(s.link(i).right);
        if (e.kind !== 'sub') throw new InputError(`vg-update-negligible: expected w − step, read ${format(e)}`);
        return format(e.right);
      };
      const written = value(stepOf(0), stepOf(1));
      // η is the first decimal the first line writes (0.1); the gradient is the product of line 361
      const eta = s.numbers(0).find((n) => n.includes('.'))!;
      return withNote(value(`${eta}*(0.1*0.2*0.8)`, stepOf(1)), `the arithmetic as written, ${stepOf(0)} = ${stepOf(1)}: ${written.status}`);
    },
  }),
  notCheckable({
    id: 'vg-no-significant-update',
    source: 'notes p. 10, lines 369–371',
    statement:
      '$\\Rightarrow$  There will be no weight update significantly \\* This is known as vanishing gradient problem, that means very minute or negligible weight update.',
    reason: 'a qualitative definition',
  }),
  claim({
    id: 'vg-eq2-label',
    source: 'notes p. 10, lines 373–375',
    statement:
      'Assumption:- All the ratios in  $\\frac{\\partial e}{\\partial w_2}$  equation(2) are b/w 0 and 1. $$\\frac{\\partial e}{\\partial w_2} \\approx \\text{negligible}$$',
    kind: 'inequality',
    reading: 'equation (2), as the product of its five ratios (line 353), is checked as a formula for ∂e/∂w₂, the derivative the line names',
    correction: 'equation (2) is ∂e/∂w₁: "all the ratios in ∂e/∂w₁, equation (2), are between 0 and 1 ⇒ ∂e/∂w₁ is negligible"',
    check: (s) => {
      // the derivative the line names, ∂e/∂w_k (w_2): in the names of ERROR, w2
      const named = s.term(0);
      if (named.t !== 'deriv') throw new InputError('vg-eq2-label: the statement names no derivative');
      return derivative(ERROR, named.wrt.replace('_', ''), format(dedw1Product()), { at: [{ w1: '1', w2: '1', a0: '1', y: '1' }] });
    },
  }),
  claim({
    id: 'vg-lower-layers-slow',
    source: 'notes p. 10, line 377',
    statement: 'This also leads to slow training of lower layers, owing to very minor < negligible weight updates.',
    kind: 'training',
    reading:
      'measured: in a deep sigmoid network at a seeded initialization (5 hidden layers of 16 units, the naive U(±1/√n) and the notes’ N(0, 1)), the weight gradient ‖∂L/∂W‖, hence the update η‖∂L/∂W‖ at one learning rate, shrinks layer by layer from the top hidden layer down to the lowest',
    check: (s) => layersSlowest(s.statement),
  }),
  claim({
    id: 'vg-product-10-20-30',
    source: 'notes p. 11, lines 383–389',
    statement:
      'If all the ratio are greater  $\\gg 1$ … $$\\frac{\\partial e}{\\partial w_2} = \\frac{\\partial e}{\\partial a_2} \\times \\frac{\\partial a_2}{\\partial z_2} \\times \\frac{\\partial z_2}{\\partial w_2} \\approx 6000$$ $\\overline{10} \\quad \\overline{20} \\quad \\overline{30}$',
    kind: 'value',
    reading: 'the product of the three ratios written under the formula (10, 20, 30) against the ≈ 6000 written, at the precision written',
    check: (s) => value(s.numbers(2).join('*'), s.number(s.link(1).right), { relation: '≈' }),
  }),
  claim({
    id: 'vg-large-update',
    source: 'notes p. 11, line 391',
    statement: '$$w_2 = w_2 - \\eta 6000 \\quad \\text{very large weight update}$$',
    kind: 'value',
    reading: 'the gradient in the step is the product of line 389, 10·20·30; with η = 0.1 (p. 10) the step is 600, a million times the 0.0006 of line 367',
    check: (s) => {
      const step = s.expr(s.link(0).right);
      if (step.kind !== 'sub') throw new InputError(`vg-large-update: expected w − η·g, read ${format(step)}`);
      return value('10*20*30', format(substitute(step.right, { eta: toTree('1') })));
    },
  }),
  claim({
    id: 'vg-eq2-larger',
    source: 'notes p. 11, lines 393–394',
    statement: 'Similarly it will be further greater in case of eq(2) solution will diverge',
    kind: 'inequality',
    reading: 'with every ratio equal to r > 1, the five factors of eq(2) exceed the three of eq(1): r⁵ > r³ (r = 1.5, 2, 10, 30)',
    check: () => inequality('r^5', '>', 'r^3', { at: ['1.5', '2', '10', '30'].map((r) => ({ r })) }),
  }),
  notCheckable({
    id: 'vg-first-observed-2010',
    source: 'notes p. 11, lines 396–398',
    statement:
      'This problem was first observed in 2010, by Xavier Glorot & Yoshua Bengio in their paper "Understanding the difficulty of training deep feed forward neural networks"',
    reason: 'history, not mathematics',
    correction:
      'analysed for deep feed-forward nets by Glorot & Bengio (AISTATS 2010); first identified by Hochreiter (diploma thesis, 1991) and Bengio, Simard & Frasconi (IEEE TNN, 1994)',
  }),
  claim({
    id: 'vg-causes-activation',
    source: 'notes p. [11–12], lines 400–402',
    statement:
      'why vanishing and exploding gradient problem occurs? - 1) choice of activation function  $\\frac{\\partial a_2}{\\partial z_2}$  } derivative of activation function',
    kind: 'training',
    reading:
      'two parts. The factor named, read in the two-layer chain a₂ = φ(z₂), z₂ = w₂a₁ + b₂, a₁ = φ(z₁), z₁ = w₁a₀ + b₁, changes with the activation (σ against ReLU, at w = 1, a₀ = 1, b = 0). Measured: at one seeded initialization (Glorot’s) of 5 layers of 16 units, the lowest layer’s ‖∂L/∂W‖ over the top one’s is more than ten times smaller with sigmoid than with ReLU',
    check: (s) => {
      const factor = (phi: string) => s.with({ ...TWO_LAYERS, functions: { phi: { args: ['t'], body: phi } } }).text(0);
      const named = inequality(`abs((${factor(SIGMOID_BODY)}) - (${factor(RELU_BODY)}))`, '>', '0', { at: [UNIT_POINT] });
      const [sig, relu] = ['sigmoid', 'relu'].map((a) => atInit(a, 'glorot', 5, 16));
      const ratio = (m: Measured) => weightGradients(m)[0]! / weightGradients(m)[m.depth - 1]!;
      const text = `lowest/top ‖∂L/∂W‖ = ${fig(ratio(sig!))} with sigmoid, ${fig(ratio(relu!))} with ReLU (${setUp(sig!).replace('sigmoid ', '')})`;
      return allOf(named, computed(ratio(sig!) * 10 < ratio(relu!), text, `${text}: the activation does not change the decay ten times`, 3));
    },
  }),
  claim({
    id: 'vg-causes-init-factor',
    source: 'notes p. [11–12], line 403',
    statement: '- 2) Weight initialization technique  $\\frac{\\partial z_2}{\\partial w_2}$  }',
    kind: 'training',
    reading:
      'two parts. The factor named, read in the sigmoid chain z₂ = w₂a₁ + b₂, a₁ = σ(w₁a₀ + b₁), depends on the weights: ∂z₂/∂w₂ = a₁ does not depend on w₂ itself, only on the lower weight w₁ (the weight w₂ enters the chain of ∂e/∂w₁ as ∂z₂/∂a₁ = w₂, and through the size of z, hence of φ′(z)). Measured: in one sigmoid network (5 layers of 16 units, seed 1) the lowest layer’s ‖∂L/∂W‖ over the top one’s changes more than ten times between two initializations, U(±1/√n) and N(0, 1)',
    check: (s) => {
      const factor = s.with({ ...TWO_LAYERS, functions: { phi: { args: ['t'], body: SIGMOID_BODY } } }).text(0);
      const byWeight = ['w_1', 'w_2'].map((w) => ({ w, d: inequality(`abs(${format(diff(factor, w))})`, '>', '0', { at: [UNIT_POINT] }) }));
      const depends = byWeight.filter((x) => x.d.holds).map((x) => x.w);
      const named = computed(
        depends.length > 0,
        `the factor ${factor} depends on ${depends.join(', ')}`,
        `the factor ${factor} depends on no weight: the initialization does not enter it`,
      );
      const [naive, normal] = ['random', 'random_normal'].map((i) => atInit('sigmoid', i, 5, 16));
      const ratio = (m: Measured) => weightGradients(m)[0]! / weightGradients(m)[m.depth - 1]!;
      const r1 = ratio(naive!);
      const r2 = ratio(normal!);
      const text = `lowest/top ‖∂L/∂W‖ = ${fig(r1)} with U(±1/√n), ${fig(r2)} with N(0, 1) (5 sigmoid layers of 16 units, ${SAMPLES} samples, seed 1)`;
      return allOf(named, computed(Math.max(r1, r2) > 10 * Math.min(r1, r2), text, `${text}: the initialization does not change the decay ten times`, 3));
    },
  }),
  claim({
    id: 'vg-sig-case1-z',
    source: 'notes p. [11–12], lines 422–425',
    statement: 'Initialised weight $w = 10$ , assume  $x = 1$ $$z = wx = 10 \\cdot 1 = 10$$',
    kind: 'value',
    reading: 'w and x are the values set (links 0, 1); z = wx is then the value written last, and 10·1 = 10 is the arithmetic written',
    check: (s) => {
      const at = { w: s.number(s.link(0).right), x: s.number(s.link(1).right) };
      return allOf(value('w*x', s.number(s.link(4).right), { at }), s.check(4));
    },
  }),
  statementClaim({
    id: 'vg-euler-e',
    source: 'notes p. [11–12], line 427',
    statement: '$$e \\approx 2.73$$',
    kind: 'value',
    correction: 'e ≈ 2.718 (2.72 to two decimal places)',
  }),
  claim({
    id: 'vg-sigmoid10-approx0',
    source: 'notes p. [11–12], line 429',
    statement: '$$\\sigma(z=10) = \\frac{1}{1 + e^{-10}} \\approx 0$$',
    kind: 'value',
    reading: `the "≈ 0" belongs to e^{−10}, as the next line 1/(1+0) shows: e^{−10} ≈ 0; ${ZERO_READING}`,
    check: (s) => {
      // e^{−10}: the term added to 1 in the denominator written
      const f = s.expr(s.link(1).left);
      const term = f.kind === 'div' && f.right.kind === 'add' ? f.right.right : undefined;
      if (!term) throw new InputError(`vg-sigmoid10-approx0: expected 1/(1 + t), read ${format(f)}`);
      return alsoLiterally(value(term, s.number(s.link(1).right), { relation: '≈', places: ZERO_PLACES }), s.check(1, { places: ZERO_PLACES }));
    },
  }),
  claim({
    id: 'vg-sigmoid10-approx1',
    source: 'notes p. [11–12], line 431',
    statement: '$$= \\frac{1}{1+0} = 1$$',
    reading: 'σ(10) ≈ 1 (1/(1+0) is e^{−10} rounded to 0)',
    kind: 'value',
    check: (s) => allOf(value(sigma('10'), s.number(s.link(1).right), { relation: '≈' }), s.check(1)),
  }),
  claim({
    id: 'vg-sigmoid-deriv-identity',
    source: 'notes p. [11–12], line 433',
    statement: '$$\\text{at point } z = 10 \\quad \\frac{\\partial \\sigma(z)}{\\partial z} = \\sigma(z) \\{1 - \\sigma(z)\\}$$',
    kind: 'identity',
    check: (s) => s.check(1, { at: [{ z: s.number(s.link(0).right) }] }),
  }),
  claim({
    id: 'vg-sigmoid10-deriv',
    source: 'notes p. [11–12], line 435',
    statement: '$$\\frac{\\partial \\sigma}{\\partial z}(z=10) = 1 \\times (1-1) = 0$$',
    reading: `σ(10) was rounded to 1 on line 431, so "= 0" is read as ≈ 0; ${ZERO_READING}`,
    kind: 'value',
    check: (s) => allOf(value(s.expr(s.link(0).left), s.number(s.link(1).right), { relation: '≈', places: ZERO_PLACES }), s.check(1)),
  }),
  claim({
    id: 'vg-sigmoid10-grad',
    source: 'notes p. [11–12], lines 437–439',
    statement:
      '$$\\frac{\\partial e}{\\partial w} = \\frac{\\partial e}{\\partial a} \\cdot \\frac{\\partial a}{\\partial z} \\cdot \\frac{\\partial z}{\\partial w} \\approx 0$$ No weight update/negligible weight update',
    kind: 'value',
    reading: `for e = (y − σ(wx))² at w = 10, x = 1 and a target y of 0 or 1; ${ZERO_READING}`,
    context: LAYERS,
    check: (s) => gradientNegligible(s, '10'),
  }),
  claim({
    id: 'vg-sig-case2',
    source: 'notes p. [11–12], lines 443–445',
    statement: '$$z = -10 \\quad w = -10 \\quad x = 1$$ $$\\sigma(z = -10) = \\frac{1}{1 + e^{10}}, y = 0$$',
    kind: 'value',
    reading: `z = wx = −10 with the w and x written, σ(−10) = 1/(1 + e^{10}), and "y = 0" as the output ≈ 0; ${ZERO_READING}`,
    check: (s) =>
      allOf(
        value('w*x', s.number(s.link(0).right), { at: { w: s.number(s.link(1).right), x: s.number(s.link(2).right) } }),
        s.check(3),
        value(s.expr(s.link(3).left), s.number(s.link(4).right), { relation: '≈', places: ZERO_PLACES }),
      ),
  }),
  claim({
    id: 'vg-sig-case2-deriv',
    source: 'notes p. [11–12], line 447',
    statement: '$$\\frac{\\partial \\sigma(z)}{\\partial z} = \\sigma(z) \\{1 - \\sigma(z)\\} = 0$$',
    reading: `at z = −10, "= 0" read as ≈ 0; ${ZERO_READING}`,
    kind: 'value',
    context: { at: { z: '-10' } },
    check: (s) => allOf(s.check(0), s.check(1, { relation: '≈', places: ZERO_PLACES })),
  }),
  claim({
    id: 'vg-sig-case2-grad',
    source: 'notes p. [11–12], line 449',
    statement:
      '$$\\frac{\\partial e}{\\partial w} = \\frac{\\partial e}{\\partial a} \\cdot \\cancel{\\frac{\\partial a}{\\partial z}} \\cdot \\frac{\\partial z}{\\partial w}$$',
    kind: 'value',
    reading: `the cancelled factor (read as written, uncancelled) makes ∂e/∂w ≈ 0 at w = −10, x = 1, for a target y of 0 or 1; ${ZERO_READING}`,
    context: { ...LAYERS, rewrite: { '\\cancel': '' } },
    check: (s) => gradientNegligible(s, '-10'),
  }),
  claim({
    id: 'vg-sig-saturation',
    source: 'notes p. 13, line 451',
    statement:
      'i.e if we initialize weight very high or very low in case of sigmoid function results in vanishing gradient. (l3)',
    kind: 'limit',
    reading: 'with x = 1, z = w: σ′(z) → 0 as z → +∞ and as z → −∞',
    check: () => allOf(limit(sigmaPrime('z'), 'z', 'inf', '0'), limit(sigmaPrime('z'), 'z', '-inf', '0')),
  }),
  claim({
    id: 'vg-sig-case3',
    source: 'notes p. 13, lines 455–457',
    statement: '$$z=0 \\quad | \\quad w=0 \\quad x=1$$ $$\\sigma(z=0) = \\frac{1}{1+e^0} = 0.5$$',
    kind: 'value',
    // links: z = 0, w = 0, x = 1, σ(z=0) = 1/(1+e^0), 1/(1+e^0) = 0.5
    check: (s) =>
      allOf(
        value('w*x', s.number(s.link(0).right), { at: { w: s.number(s.link(1).right), x: s.number(s.link(2).right) } }),
        s.check(3),
        s.check(4),
      ),
  }),
  claim({
    id: 'vg-sig-case3-deriv',
    source: 'notes p. 13, line 459',
    statement: '$$\\frac{\\partial \\sigma(z)}{\\partial z} = \\sigma(z) \\{1 - \\sigma(z)\\} = 0.5 \\times 0.5 = 0.25$$',
    kind: 'value',
    reading: 'at z = 0 (line 455)',
    context: { at: { z: '0' } },
    check: (s) => s.checkAll(),
  }),
  claim({
    id: 'vg-sig-case3-grad',
    source: 'notes p. 13, lines 461–465',
    statement:
      '$$\\frac{\\partial e}{\\partial w} = \\frac{\\partial e}{\\partial a} \\times \\frac{\\partial a}{\\partial z} \\times \\frac{\\partial z}{\\partial w}$$ $$= 0.25 \\left[ \\frac{\\partial e}{\\partial a} \\times \\frac{\\partial z}{\\partial w} \\right]$$ ∴ there will be significant weight update.',
    kind: 'identity',
    reading: 'at w = 0 (z = 0): ∂e/∂w = 0.25·(∂e/∂a)(∂z/∂w), the two ratios derived by the library, for e = (y − σ(wx))²; "significant" is qualitative',
    context: LAYERS,
    check: (s) =>
      allOf(
        ...[
          { w: '0', x: '1', y: '1' },
          { w: '0', x: '2', y: '0' },
          { w: '0', x: '-0.7', y: '0.3' },
        ].map((at) => s.with({ at }).checkAll([0, 1])),
      ),
  }),
  notCheckable({
    id: 'vg-both-causes',
    source: 'notes p. 13, lines 467–469',
    statement:
      '⇒ Through the above example we understood that both activation function and weight initialization contribute to vanishing and exploding gradient ⇒ Previously we used to randomly initialize the weights.',
    reason: 'a summary and history',
  }),
  notCheckable({
    id: 'vg-glorot-observation',
    source: 'notes p. [15–16], lines 538–541',
    statement: '\\* Observation made by the research paper by Xavier Glorot & Yoshua Bengio -- derivative backward --- forward',
    reason: 'the legend of a figure that was not transcribed',
  }),
]);
