/**
 * The derivations of the lecture notes, step by step, each step checked by the verify
 * layer: σ′ by the chain rule with p = −x and q = 1 + eᵖ (p. 6), the one-neuron backprop
 * chains and their product of ratios (pp. 7–11), the δ recursion of a dense layer,
 * tanh′ by the quotient rule (p. 13), the softmax–sigmoid equivalence (pp. 21–22), the
 * softmax Jacobian diag(s) − s sᵀ, softplus′ = σ (p. 23), and gradient descent on
 * c(w) = (1 − w)² with its closed form and the condition on η (pp. 5–6). Where the notes
 * wrote a step wrongly, the step shown is the right one and its note says what the notes
 * wrote; the notes' own wrong step is in the errata.
 *
 * @module
 */
import { gradientDescentTrace, oneNeuronChain } from '../nn/notes.js';
import { evaluate } from '../numeric/evaluate.js';
import { derive } from '../verify/derive.js';
import { parse } from '../symbolic/parse.js';
import { readable } from '../symbolic/readable.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, format, substitute } from '../symbolic/tree.js';
import { type StepCheckOptions, type DerivationStep, makeStep, type StepClaim, stepHolds } from './step.js';

/**
 * One derivation of the notes.
 *
 * @example
 * ```ts
 * const d = notesDerivations()[1]!;
 * d.id;      // 'sigmoid-chain-rule'
 * d.holds;   // true: every step proved or verified
 * ```
 */
export interface NotesDerivation {
  /** Anchor-safe id. */
  readonly id: string;
  readonly title: string;
  /** Where the notes do it, e.g. `notes p. 6`. */
  readonly source: string;
  /** One or two sentences on what is shown. */
  readonly intro: string;
  readonly steps: readonly DerivationStep[];
  /** The result, TeX. */
  readonly resultTex: string;
  /** Every step proved, verified, or a definition. */
  readonly holds: boolean;
}

const P = (text: string): Expr => parse(text);
/** σ(u) written out, for claims (the parser has no σ). */
const sig = (u: string): string => `(1/(1 + e^(-(${u}))))`;

interface Display {
  readonly lhs: string;
  readonly rhs: string;
  readonly text: string;
  readonly note?: string;
  /** TeX relation between lhs and rhs (default =). */
  readonly relation?: string;
}

function step(rule: string, claim: StepClaim, d: Display, options: StepCheckOptions): DerivationStep {
  return makeStep(rule, claim, { lhsTex: d.lhs, rhsTex: d.rhs, text: d.text, ...(d.note ? { note: d.note } : {}), ...(d.relation ? { relation: d.relation } : {}) }, options);
}

function finish(id: string, title: string, source: string, intro: string, steps: DerivationStep[], resultTex: string): NotesDerivation {
  return { id, title, source, intro, steps, resultTex, holds: steps.every(stepHolds) };
}

function gradientDescent(o: StepCheckOptions): NotesDerivation {
  const trace = gradientDescentTrace({ steps: 5, digits: 20 });
  const w5 = trace[5]!.w;
  const bounce = gradientDescentTrace({ rate: '1', steps: 3, digits: 20 });
  const steps = [
    step('the cost', { kind: 'definition', reason: 'the notes’ assumptions: y = 1, b = 0, φ(wx) = w at x = 1' }, { lhs: 'c(w)', rhs: '(1 - w)^{2}', text: 'c(w) = (1 - w)^2' }, o),
    step('derivative', { kind: 'derivative', of: P('(1 - w)^2'), wrt: 'w', claimed: P('2*(w - 1)') }, { lhs: "c'(w)", rhs: '2\\,(w - 1)', text: "c'(w) = 2*(w - 1)" }, o),
    step(
      'one update',
      { kind: 'identity', left: P('(w - eta*2*(w - 1)) - 1'), right: P('(1 - 2*eta)*(w - 1)') },
      { lhs: 'w_{k+1} - 1 = w_k - \\eta\\, c\'(w_k) - 1', rhs: '(1 - 2\\eta)(w_k - 1)', text: 'w[k+1] - 1 = (1 - 2*eta)*(w[k] - 1)', note: 'each step multiplies the distance to the minimum w = 1 by 1 − 2η' },
      o,
    ),
    step(
      'closed form (induction on k)',
      { kind: 'value', left: P(`1 + (1 - 2*0.1)^5*(3 - 1)`), right: P(w5) },
      { lhs: 'w_k - 1', rhs: '(1 - 2\\eta)^{k}\\,(w_0 - 1)', text: 'w[k] - 1 = (1 - 2*eta)^k*(w[0] - 1)', note: `checked against the iterated updates: η = 0.1, w₀ = 3 gives w₅ = ${w5} both ways` },
      o,
    ),
    step(
      'the notes’ first step',
      { kind: 'value', left: P('3 - 0.1*2*(3 - 1)'), right: P('2.6') },
      { lhs: 'w_1 = 3 - 0.1 \\cdot c\'(3)', rhs: '3 - 0.1 \\cdot 4 = 2.6', text: "w[1] = 3 - 0.1*c'(3) = 2.6" },
      o,
    ),
    step(
      'η = 1 overshoots',
      { kind: 'value', left: P('1 + (1 - 2*1)^3*(3 - 1)'), right: P(bounce[3]!.w) },
      { lhs: 'w_k', rhs: '1 + (-1)^{k} \\cdot 2:\\ 3, -1, 3, -1, \\ldots', text: 'eta = 1: w = 3, -1, 3, -1, ...', note: 'the notes’ “overshooting minima” (p. 6): with η = 1 the iterate jumps across w = 1 and back for ever' },
      o,
    ),
    step(
      'condition on η',
      { kind: 'definition', reason: 'follows from the update step: the distance shrinks iff |1 − 2η| < 1' },
      {
        lhs: '|1 - 2\\eta| < 1',
        relation: '\\iff',
        rhs: '0 < \\eta < 1',
        text: '|1 - 2*eta| < 1 <=> 0 < eta < 1',
        note: 'converges for 0 < η < 1: monotonically for η ≤ 1/2, with alternating sign for 1/2 < η < 1; η = 1 bounces; η > 1 diverges',
      },
      o,
    ),
  ];
  return finish('gradient-descent', 'Gradient descent on c(w) = (1 − w)²', 'notes pp. 5–6', 'The notes’ one-weight example: the update, its closed form, and which learning rates converge.', steps, 'w_k = 1 + (1 - 2\\eta)^{k}\\,(w_0 - 1)');
}

function sigmoidChain(o: StepCheckOptions): NotesDerivation {
  const f = P('1/(1 + e^(-x))');
  const result = P('e^(-x)/(1 + e^(-x))^2');
  const nice = readable(result).expr;
  const steps = [
    step(
      'substitute',
      { kind: 'identity', left: substitute(P('1/q'), { q: substitute(P('1 + e^p'), { p: P('-x') }) }), right: f },
      { lhs: 'f(x) = \\frac{1}{1 + e^{-x}}', rhs: '\\frac{1}{q},\\quad q = 1 + e^{p},\\ p = -x', text: 'f = 1/q, q = 1 + e^p, p = -x' },
      o,
    ),
    step('chain rule', { kind: 'definition', reason: 'the chain rule for f(q(p(x)))' }, { lhs: '\\frac{df}{dx}', rhs: '\\frac{df}{dq} \\cdot \\frac{dq}{dp} \\cdot \\frac{dp}{dx}', text: 'df/dx = df/dq * dq/dp * dp/dx' }, o),
    step('derivative of 1/q', { kind: 'derivative', of: P('1/q'), wrt: 'q', claimed: P('-1/q^2') }, { lhs: '\\frac{df}{dq}', rhs: '-\\frac{1}{q^{2}}', text: 'df/dq = -1/q^2' }, o),
    step(
      'derivative of 1 + eᵖ',
      { kind: 'derivative', of: P('1 + e^p'), wrt: 'p', claimed: P('e^p') },
      { lhs: '\\frac{dq}{dp}', rhs: 'e^{p}', text: 'dq/dp = e^p', note: 'the notes write p·eᵖ here (erratum chain-dqdp-factor)' },
      o,
    ),
    step(
      'derivative of −x',
      { kind: 'derivative', of: P('-x'), wrt: 'x', claimed: P('-1') },
      { lhs: '\\frac{dp}{dx}', rhs: '-1', text: 'dp/dx = -1', note: 'the notes write d/dx e^(−x) for this factor (erratum chain-dpdx-factor), then use −1' },
      o,
    ),
    step('multiply', { kind: 'identity', left: P('(-1/q^2)*e^p*(-1)'), right: P('e^p/q^2') }, { lhs: '-\\frac{1}{q^{2}} \\cdot e^{p} \\cdot (-1)', rhs: '\\frac{e^{p}}{q^{2}}', text: '-1/q^2 * e^p * (-1) = e^p/q^2' }, o),
    step('substitute back', { kind: 'derivative', of: f, wrt: 'x', claimed: result }, { lhs: '\\frac{df}{dx}', rhs: toTex(result), text: `df/dx = ${format(result)}` }, o),
    step('in terms of σ', { kind: 'identity', left: result, right: nice }, { lhs: toTex(result), rhs: toTex(nice), text: `${format(result)} = ${format(nice)}`, note: 'e^(−x) = 1/σ − 1 and 1 + e^(−x) = 1/σ' }, o),
  ];
  return finish('sigmoid-chain-rule', 'σ′ by the chain rule', 'notes p. 6', 'The notes differentiate σ(x) = 1/(1 + e^(−x)) through p = −x and q = 1 + eᵖ.', steps, "\\sigma'(x) = \\sigma(x)\\left(1 - \\sigma(x)\\right)");
}

function backprop(o: StepCheckOptions): NotesDerivation {
  // z1 = w1·a0, a1 = σ(z1), z2 = w2·a1, a2 = σ(z2), e = (y − a2)²
  const a1 = sig('w1*a0');
  const a2 = sig(`w2*${a1}`);
  const e = P(`(y - ${a2})^2`);
  const dEdW2 = P(`-2*(y - ${a2})*${a2}*(1 - ${a2})*${a1}`);
  const dEdW1 = P(`-2*(y - ${a2})*${a2}*(1 - ${a2})*w2*${a1}*(1 - ${a1})*a0`);
  const chain = oneNeuronChain(2, { digits: 30 });
  const at = { w1: P('1'), w2: P('1'), a0: P('1'), y: P('1') };
  const valueW2 = derive(e, 'w2').expr;
  const steps = [
    step(
      'the network',
      { kind: 'definition', reason: 'one neuron per layer, bias 0 (notes p. 7)' },
      { lhs: 'z_1 = w_1 a_0,\\ a_1 = \\sigma(z_1),\\ z_2 = w_2 a_1,\\ a_2 = \\sigma(z_2),\\ e', rhs: '(y - a_2)^{2}', text: 'z1 = w1*a0, a1 = s(z1), z2 = w2*a1, a2 = s(z2), e = (y - a2)^2' },
      o,
    ),
    step('ratio', { kind: 'derivative', of: P('(y - a2)^2'), wrt: 'a2', claimed: P('-2*(y - a2)') }, { lhs: '\\frac{\\partial e}{\\partial a_2}', rhs: '-2\\,(y - a_2)', text: 'de/da2 = -2*(y - a2)' }, o),
    step(
      'ratio',
      { kind: 'derivative', of: P(sig('z2')), wrt: 'z2', claimed: P(`${sig('z2')}*(1 - ${sig('z2')})`) },
      { lhs: '\\frac{\\partial a_2}{\\partial z_2}', rhs: '\\sigma(z_2)\\left(1 - \\sigma(z_2)\\right) = a_2 (1 - a_2)', text: 'da2/dz2 = s(z2)*(1 - s(z2))', note: 'this is σ′(z₂); the notes write σ′(z₂)[1 − σ(z₂)] (erratum bp-dedw2-sigma-prime)' },
      o,
    ),
    step('ratio', { kind: 'derivative', of: P('w2*a1'), wrt: 'w2', claimed: P('a1') }, { lhs: '\\frac{\\partial z_2}{\\partial w_2}', rhs: 'a_1', text: 'dz2/dw2 = a1', note: 'a_{L−1}, not a_L (erratum bp-dzl-dwl)' }, o),
    step(
      'product of ratios',
      { kind: 'derivative', of: e, wrt: 'w2', claimed: dEdW2 },
      { lhs: '\\frac{\\partial e}{\\partial w_2} = \\frac{\\partial e}{\\partial a_2} \\frac{\\partial a_2}{\\partial z_2} \\frac{\\partial z_2}{\\partial w_2}', rhs: '-2\\,(y - a_2)\\, a_2 (1 - a_2)\\, a_1', text: 'de/dw2 = -2*(y - a2)*a2*(1 - a2)*a1' },
      o,
    ),
    step(
      'value at w₁ = w₂ = a₀ = y = 1',
      { kind: 'value', left: substitute(dEdW2, at), right: substitute(valueW2, at) },
      { lhs: '\\frac{\\partial e}{\\partial w_2}\\Big|_{1}', rhs: shortTex(substitute(dEdW2, at)), text: `de/dw2 at 1 = ${shortValue(substitute(dEdW2, at))}`, note: 'the product, against the CAS’s derivative of the whole e at the same point' },
      o,
    ),
    step('ratio', { kind: 'derivative', of: P('w2*a1'), wrt: 'a1', claimed: P('w2') }, { lhs: '\\frac{\\partial z_2}{\\partial a_1}', rhs: 'w_2', text: 'dz2/da1 = w2' }, o),
    step(
      'ratio',
      { kind: 'derivative', of: P(sig('z1')), wrt: 'z1', claimed: P(`${sig('z1')}*(1 - ${sig('z1')})`) },
      { lhs: '\\frac{\\partial a_1}{\\partial z_1}', rhs: 'a_1 (1 - a_1)', text: 'da1/dz1 = a1*(1 - a1)' },
      o,
    ),
    step('ratio', { kind: 'derivative', of: P('w1*a0'), wrt: 'w1', claimed: P('a0') }, { lhs: '\\frac{\\partial z_1}{\\partial w_1}', rhs: 'a_0', text: 'dz1/dw1 = a0' }, o),
    step(
      'product of ratios',
      { kind: 'derivative', of: e, wrt: 'w1', claimed: dEdW1 },
      {
        lhs: '\\frac{\\partial e}{\\partial w_1} = \\frac{\\partial e}{\\partial a_2} \\frac{\\partial a_2}{\\partial z_2} \\frac{\\partial z_2}{\\partial a_1} \\frac{\\partial a_1}{\\partial z_1} \\frac{\\partial z_1}{\\partial w_1}',
        rhs: '-2\\,(y - a_2)\\, a_2(1 - a_2)\\, w_2\\, a_1(1 - a_1)\\, a_0',
        text: 'de/dw1 = -2*(y - a2)*a2*(1 - a2)*w2*a1*(1 - a1)*a0',
        note: 'a product of five ratios; the notes’ equation (2) writes sums (erratum bp-eq2-sum)',
      },
      o,
    ),
    step(
      'value at w₁ = w₂ = a₀ = y = 1',
      { kind: 'value', left: substitute(dEdW1, at), right: P(chain.numeric.backprop) },
      { lhs: '\\frac{\\partial e}{\\partial w_1}\\Big|_{1}', rhs: shortTex(substitute(dEdW1, at)), text: `de/dw1 at 1 = ${shortValue(substitute(dEdW1, at))}`, note: 'the product, against the network engine’s backprop at the same point' },
      o,
    ),
    step(
      'the notes’ small ratios',
      { kind: 'value', left: P('0.1*0.2*0.8'), right: P('0.016') },
      { lhs: '0.1 \\cdot 0.2 \\cdot 0.8', rhs: '0.016', text: '0.1*0.2*0.8 = 0.016', note: 'the notes write ≈ 0.006 (erratum vg-product-small-ratios); the conclusion, a vanishing gradient, stands' },
      o,
    ),
    step('the notes’ large ratios', { kind: 'value', left: P('10*20*30'), right: P('6000') }, { lhs: '10 \\cdot 20 \\cdot 30', rhs: '6000', text: '10*20*30 = 6000', note: 'an exploding gradient (notes p. 11)' }, o),
  ];
  return finish(
    'backprop-one-neuron',
    'Backprop through one neuron per layer: the product of ratios',
    'notes pp. 7–11',
    'Each derivative of the error is a product of local ratios; each ratio and each product is checked against the derivative of the whole network.',
    steps,
    '\\frac{\\partial e}{\\partial w_1} = \\frac{\\partial e}{\\partial a_2} \\frac{\\partial a_2}{\\partial z_2} \\frac{\\partial z_2}{\\partial a_1} \\frac{\\partial a_1}{\\partial z_1} \\frac{\\partial z_1}{\\partial w_1}',
  );
}

function deltaRecursion(o: StepCheckOptions): NotesDerivation {
  // two inputs, two sigmoid hidden units, one sigmoid output, e = (y − a)²
  const h1 = sig('u11*x1 + u12*x2 + c1');
  const h2 = sig('u21*x1 + u22*x2 + c2');
  const out = sig(`v1*${h1} + v2*${h2} + d`);
  const e = P(`(y - ${out})^2`);
  const delta2 = `(-2*(y - ${out})*${out}*(1 - ${out}))`;
  const delta1 = `(v1*${delta2}*${h1}*(1 - ${h1}))`;
  const steps = [
    step(
      'the layer',
      { kind: 'definition', reason: 'a dense network: input x (2), hidden a¹ = σ(W¹x + b¹) (2 units), output a² = σ(w²·a¹ + b²)' },
      { lhs: 'z^{l} = W^{l} a^{l-1} + b^{l},\\quad a^{l} = \\sigma(z^{l}),\\quad e', rhs: '(y - a^{2})^{2}', text: 'z[l] = W[l]*a[l-1] + b[l], a[l] = s(z[l]), e = (y - a[2])^2' },
      o,
    ),
    step(
      'output error δ²',
      { kind: 'derivative', of: e, wrt: 'd', claimed: P(delta2) },
      { lhs: '\\delta^{2} = \\frac{\\partial e}{\\partial z^{2}} = \\frac{\\partial e}{\\partial b^{2}}', rhs: "-2\\,(y - a^{2})\\,\\sigma'(z^{2})", text: "delta2 = de/dz2 = -2*(y - a2)*s'(z2)" },
      o,
    ),
    step(
      'weight gradient, last layer',
      { kind: 'derivative', of: e, wrt: 'v1', claimed: P(`${delta2}*${h1}`) },
      { lhs: '\\frac{\\partial e}{\\partial w^{2}_{1}}', rhs: '\\delta^{2}\\, a^{1}_{1}', text: 'de/dw2_1 = delta2 * a1_1' },
      o,
    ),
    step(
      'back one layer',
      { kind: 'derivative', of: e, wrt: 'c1', claimed: P(delta1) },
      { lhs: '\\delta^{1}_{1} = \\frac{\\partial e}{\\partial b^{1}_{1}}', rhs: "w^{2}_{1}\\,\\delta^{2}\\,\\sigma'(z^{1}_{1})", text: "delta1_1 = w2_1 * delta2 * s'(z1_1)", note: 'in matrix form δ^l = (W^{l+1})ᵀ δ^{l+1} ⊙ σ′(z^l)' },
      o,
    ),
    step(
      'weight gradient, first layer',
      {
        kind: 'all',
        what: 'entries ∂e/∂W¹_jk = δ¹_j x_k',
        claims: [
          { kind: 'derivative', of: e, wrt: 'u11', claimed: P(`${delta1}*x1`) },
          { kind: 'derivative', of: e, wrt: 'u12', claimed: P(`${delta1}*x2`) },
          { kind: 'derivative', of: e, wrt: 'u21', claimed: P(`(v2*${delta2}*${h2}*(1 - ${h2}))*x1`) },
        ],
      },
      { lhs: '\\frac{\\partial e}{\\partial W^{1}}', rhs: '\\delta^{1} x^{\\top}', text: 'de/dW1 = delta1 * x^T' },
      o,
    ),
  ];
  return finish(
    'delta-recursion',
    'The δ recursion of a dense layer',
    'notes pp. 8–10, generalised',
    'The product of ratios, organised layer by layer: δ carries ∂e/∂z backwards, and each weight gradient is δ times the layer’s input. Checked entry by entry on a 2–2–1 sigmoid network.',
    steps,
    "\\delta^{l} = \\left(W^{l+1}\\right)^{\\top} \\delta^{l+1} \\odot \\sigma'(z^{l}),\\qquad \\frac{\\partial e}{\\partial W^{l}} = \\delta^{l} \\left(a^{l-1}\\right)^{\\top},\\qquad \\frac{\\partial e}{\\partial b^{l}} = \\delta^{l}",
  );
}

function tanhQuotient(o: StepCheckOptions): NotesDerivation {
  const u = 'e^z - e^(-z)';
  const v = 'e^z + e^(-z)';
  const steps = [
    step('definition', { kind: 'identity', left: P('tanh(z)'), right: P(`(${u})/(${v})`) }, { lhs: '\\tanh z', rhs: '\\frac{u}{v},\\quad u = e^{z} - e^{-z},\\ v = e^{z} + e^{-z}', text: 'tanh z = u/v' }, o),
    step('derivative of u', { kind: 'derivative', of: P(u), wrt: 'z', claimed: P(v) }, { lhs: "u'", rhs: 'e^{z} + e^{-z} = v', text: "u' = v" }, o),
    step('derivative of v', { kind: 'derivative', of: P(v), wrt: 'z', claimed: P(u) }, { lhs: "v'", rhs: 'e^{z} - e^{-z} = u', text: "v' = u" }, o),
    step(
      'quotient rule',
      { kind: 'derivative', of: P(`(${u})/(${v})`), wrt: 'z', claimed: P(`((${v})^2 - (${u})^2)/(${v})^2`) },
      { lhs: "\\frac{d}{dz}\\frac{u}{v} = \\frac{u'v - uv'}{v^{2}}", rhs: '\\frac{v^{2} - u^{2}}{v^{2}}', text: "(u/v)' = (u'v - uv')/v^2 = (v^2 - u^2)/v^2", note: 'the notes write u′v + v′u on line 473 (erratum tanh-quotient-rule) and use the minus on line 476' },
      o,
    ),
    step('divide through', { kind: 'identity', left: P(`((${v})^2 - (${u})^2)/(${v})^2`), right: P(`1 - ((${u})/(${v}))^2`) }, { lhs: '\\frac{v^{2} - u^{2}}{v^{2}}', rhs: '1 - \\left(\\frac{u}{v}\\right)^{2}', text: '(v^2 - u^2)/v^2 = 1 - (u/v)^2' }, o),
    step('in terms of tanh', { kind: 'identity', left: P(`1 - ((${u})/(${v}))^2`), right: P('1 - tanh(z)^2') }, { lhs: '1 - \\left(\\frac{u}{v}\\right)^{2}', rhs: '1 - \\tanh^{2} z', text: '1 - (u/v)^2 = 1 - tanh(z)^2' }, o),
  ];
  return finish('tanh-quotient-rule', 'tanh′ by the quotient rule', 'notes p. 13', 'The notes write tanh as a quotient of exponentials and differentiate it.', steps, "\\tanh'(z) = 1 - \\tanh^{2}(z)");
}

function softmaxSigmoid(o: StepCheckOptions): NotesDerivation {
  const steps = [
    step(
      'divide by eᵃ',
      { kind: 'identity', left: P('1/(1 + e^b*e^(-a))'), right: P('1/(1 + e^(b - a))') },
      { lhs: '\\operatorname{softmax}(a, b)_{0} = \\frac{e^{a}}{e^{a} + e^{b}}', rhs: '\\frac{1}{1 + e^{b - a}}', text: 'e^a/(e^a + e^b) = 1/(1 + e^(b - a))' },
      o,
    ),
    step('recognise σ', { kind: 'identity', left: P('1/(1 + e^(b - a))'), right: P(sig('a - b')) }, { lhs: '\\frac{1}{1 + e^{b - a}}', rhs: '\\sigma(a - b)', text: '1/(1 + e^(b - a)) = sigmoid(a - b)' }, o),
    step(
      'the notes’ θ',
      { kind: 'identity', left: P('1/(1 + e^((tB - tA)*x))'), right: P(sig('(tA - tB)*x')) },
      { lhs: 'p(y = 1 \\mid x) = \\frac{1}{1 + e^{(\\theta_B - \\theta_A)^{\\top} x}}', rhs: '\\sigma(\\theta^{\\top} x),\\quad \\theta = \\theta_A - \\theta_B', text: 'p(y=1|x) = sigmoid(theta^T x), theta = thetaA - thetaB', note: 'one dimension shown; the notes write θ_B − θ_A = −θ, the same θ' },
      o,
    ),
  ];
  return finish('softmax-sigmoid', 'Softmax over two classes is the sigmoid', 'notes pp. 21–22', 'With two classes, softmax’s first output is σ of the difference of the scores.', steps, '\\operatorname{softmax}(a, b)_{0} = \\sigma(a - b)');
}

function softmaxJacobian(o: StepCheckOptions): NotesDerivation {
  // s_i = e^(z_i)/Σ e^(z_j), written 1/(1 + Σ_{j≠i} e^(z_j − z_i)) (a form the CAS reads correctly)
  const s = (i: number): string => {
    const others = [1, 2, 3].filter((j) => j !== i).map((j) => `e^(z${j} - z${i})`);
    return `(1/(1 + ${others.join(' + ')}))`;
  };
  const entries: StepClaim[] = [];
  for (const i of [1, 2, 3]) {
    for (const j of [1, 2, 3]) {
      entries.push({ kind: 'derivative', of: P(s(i)), wrt: `z${j}`, claimed: P(i === j ? `${s(i)}*(1 - ${s(i)})` : `-${s(i)}*${s(j)}`) });
    }
  }
  const steps = [
    step('diagonal', entries[0]!, { lhs: '\\frac{\\partial s_1}{\\partial z_1}', rhs: 's_1 (1 - s_1)', text: 'ds1/dz1 = s1*(1 - s1)', note: 'the quotient rule on e^{z₁}/Σⱼ e^{zⱼ}' }, o),
    step('off the diagonal', entries[1]!, { lhs: '\\frac{\\partial s_1}{\\partial z_2}', rhs: '-s_1 s_2', text: 'ds1/dz2 = -s1*s2' }, o),
    step(
      'every entry',
      { kind: 'all', claims: entries, what: 'entries ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ) for n = 3' },
      { lhs: 'J = \\left(\\frac{\\partial s_i}{\\partial z_j}\\right)', rhs: '\\operatorname{diag}(s) - s\\, s^{\\top}', text: 'J = diag(s) - s s^T' },
      o,
    ),
  ];
  return finish('softmax-jacobian', 'The softmax Jacobian', 'notes p. 21 (softmax)', 'Each output depends on every input: ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ).', steps, '\\frac{\\partial s}{\\partial z} = \\operatorname{diag}(s) - s\\, s^{\\top}');
}

function softplusSigma(o: StepCheckOptions): NotesDerivation {
  const d = P('e^z/(1 + e^z)');
  const steps = [
    step('chain rule', { kind: 'derivative', of: P('log(1 + e^z)'), wrt: 'z', claimed: d }, { lhs: '\\frac{d}{dz} \\log(1 + e^{z})', rhs: '\\frac{e^{z}}{1 + e^{z}}', text: 'd/dz log(1 + e^z) = e^z/(1 + e^z)' }, o),
    step('divide by eᶻ', { kind: 'identity', left: d, right: P('1/(1 + e^(-z))') }, { lhs: '\\frac{e^{z}}{1 + e^{z}}', rhs: '\\frac{1}{1 + e^{-z}} = \\sigma(z)', text: 'e^z/(1 + e^z) = 1/(1 + e^(-z)) = sigmoid(z)' }, o),
  ];
  return finish('softplus-sigma', 'softplus′ = σ', 'notes p. 23', 'The derivative of softplus is the sigmoid, so softplus is a smooth ReLU whose slope is σ.', steps, "\\operatorname{softplus}'(z) = \\sigma(z)");
}

/** A value to 12 significant digits, for display (the step's check compares 30). */
function shortValue(e: Expr): string {
  return evaluate(e, {}, { digits: 12 }).value;
}

function shortTex(e: Expr): string {
  return shortValue(e).replace(/e([+-]?\d+)$/, ' \\times 10^{$1}');
}

/**
 * The notes' derivations, in the order of the notes, every step checked.
 *
 * @example
 * ```ts
 * notesDerivations().map((d) => d.id);
 * // ['gradient-descent', 'sigmoid-chain-rule', 'backprop-one-neuron', 'delta-recursion', 'tanh-quotient-rule', 'softmax-sigmoid', 'softmax-jacobian', 'softplus-sigma']
 * ```
 */
export function notesDerivations(options: StepCheckOptions = {}): NotesDerivation[] {
  return [gradientDescent, sigmoidChain, backprop, deltaRecursion, tanhQuotient, softmaxSigmoid, softmaxJacobian, softplusSigma].map((f) => f(options));
}
