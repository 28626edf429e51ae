/**
 * Weight initialization (notes p. 15–17): Glorot, He and LeCun variances, and the
 * densities they draw from. Integrals are checked through antiderivatives: F′ = f by
 * finite differences, then F at the ends (a value, or a limit at ±∞).
 *
 * @module
 */
import { allOf, computed, derivative, identity, not, value } from '../src/verify/checks.js';
import { withNote } from '../src/verify/verdict.js';
import type { Outcome } from '../src/proofs/claim.js';
import { atInit, fig, setUp, spread } from './experiments.js';
import { limit } from '../src/verify/limit.js';
import { claim, notCheckable, type Point, topic } from '../src/proofs/claim.js';
import type { StatementContext, StatementReader } from '../src/proofs/statement.js';
import { InputError } from '../src/errors.js';
import { SELU_ALPHA, SELU_LAMBDA } from './formulas.js';

/**
 * Whether an initialization keeps the forward and backward flow of a deep linear network
 * (10 layers of 32 units, seeded): the variance of the activations and the norm of the
 * back-propagated gradient ∂L/∂z each stay within a factor 2 over the layers.
 */
export function informationFlow(init: string): Outcome {
  const m = atInit('linear', init, 10, 32);
  const v = m.layers.map((l) => l.activationVariance);
  const d = m.layers.map((l) => l.deltaNorm);
  const text = `${setUp(m)}: Var(a) from ${fig(v[0]!)} to ${fig(v[v.length - 1]!)} (max/min ${fig(spread(v))}), ‖∂L/∂z‖ from ${fig(d[0]!)} to ${fig(d[d.length - 1]!)} (max/min ${fig(spread(d))})`;
  return computed(spread(v) < 2 && spread(d) < 2, text, `${text}: the flow is not kept`, 3);
}

/** fan_avg of the notes. */
const FAN_AVG = '((fi + fo)/2)';
/** The normal density with mean mu and standard deviation s. */
const NORMAL = '1/(s*sqrt(2*pi))*e^(-(x - mu)^2/(2*s^2))';
/** Its antiderivative, the normal distribution function. */
const NORMAL_CDF = '(1 + erf((x - mu)/(s*sqrt(2))))/2';
/** An antiderivative of x times the normal density (mean integrand). */
const NORMAL_MEAN_F = 'mu*(1 + erf((x - mu)/(s*sqrt(2))))/2 - s^2/(s*sqrt(2*pi))*e^(-(x - mu)^2/(2*s^2))';
const NORMAL_AT = { mu: '0.3', s: '1.7' };

/** How the notes' names read: fan-in fi, fan-out fo, fan_avg fa (defined), σ s. */
const FANS: StatementContext = {
  names: { fanin: 'fi', fanout: 'fo', fan_in: 'fi', fan_out: 'fo', fan_avg: 'fa', sigma: 's' },
  define: { fa: '(fi + fo)/2' },
};

/** A condition `a = b` written in the statement (link i) as the substitution b → a (`fanin = fanout`: fo → fi). */
function condition(s: StatementReader, i: number): Point {
  const l = s.link(i);
  if (l.rel !== '=') throw new InputError(`link ${i} of the statement is not an equation`);
  return { [s.text(l.right)]: s.text(l.left) };
}

/** E[selu(z)] and E[selu(z)²] for z ~ N(0, 1), in closed form (∫ of each piece against the normal density; Φ(−t) = erfc(t/√2)/2). */
const SELU_MEAN = `${SELU_LAMBDA}*(1/sqrt(2*pi) + ${SELU_ALPHA}*(e^(1/2)*erfc(1/sqrt(2))/2 - 1/2))`;
const SELU_SECOND_MOMENT = `${SELU_LAMBDA}^2*(1/2 + ${SELU_ALPHA}^2*(e^2*erfc(sqrt(2))/2 - 2*e^(1/2)*erfc(1/sqrt(2))/2 + 1/2))`;

/**
 * The claims of the notes on weight initialization (p. 15–17), each with its check.
 *
 * @example
 * ```ts
 * runClaims(INITIALIZATION).filter((r) => r.status === 'refuted').map((r) => r.id); // ['init-glorot-normal-sigma']
 * ```
 */
export const INITIALIZATION = topic('initialization', [
  notCheckable({
    id: 'init-fanin-def',
    source: 'notes p. [15–16], line 545',
    statement: 'fanin = Number of incoming edges to a layer',
    reason: 'a definition (per unit: the input width of a dense layer)',
  }),
  notCheckable({
    id: 'init-fanout-def',
    source: 'notes p. [15–16], line 547',
    statement: 'fanout = Number of outgoing edges from a layer',
    reason: 'a definition (per unit: the output width)',
  }),
  claim({
    id: 'init-fanin-eq-fanout',
    source: 'notes p. [15–16], lines 551–553',
    statement:
      'To prevent vanishing and exploding gradient: 1)  $\\text{fanin} = \\text{fanout}$  but not always possible to have same input & output edges.',
    kind: 'identity',
    reading:
      "Glorot's conditions fan_in·Var(W) = 1 (forward) and fan_out·Var(W) = 1 (backward) both hold with Var(W) = 1/fan_avg when fan_in = fan_out, and the forward one fails when they differ",
    context: FANS,
    check: (s) =>
      allOf(
        identity(`fi*(1/${FAN_AVG})`, '1', { params: condition(s, 0), where: { fi: 'positive' } }),
        identity(`fo*(1/${FAN_AVG})`, '1', { params: condition(s, 0), where: { fi: 'positive' } }),
        not(identity(`fi*(1/${FAN_AVG})`, '1', { where: { fi: 'positive', fo: 'positive' }, points: 8, symbolic: false })),
      ),
  }),
  claim({
    id: 'init-variance-condition',
    source: 'notes p. [15–16], lines 555–557',
    statement:
      'alternative proposal:- if  $\\sigma_{in}^2 = \\sigma_{out}^2$  (variance of weight of input edges is equal to variance of weights of output edges) (1b)  $\\sigma_{in}^2 = \\sigma_{out}^2$  : helps you maintain forward & backward information flow',
    kind: 'training',
    prose: 'σ²_in = σ²_out names the condition; what is checked is what it is said to do, keep the forward and backward flow',
    reading:
      "Glorot's principle: the variance of the signal is the same at a layer's input and output, forward (fan_in·Var(W) = 1) and backward (fan_out·Var(W) = 1), both met by Var(W) = 1/fan_avg when fan_in = fan_out. Measured in its own regime (linear units, where the variances multiply by n·Var(W) per layer) over 10 layers of 32 units: Var(a) and ‖∂L/∂z‖ stay within a factor 2 of each other from layer to layer with Glorot's init, and spread over more than a factor 100 with U(±1/√n) (n·Var(W) = 1/3) and N(0, 1) (n·Var(W) = 32). Read literally, as equal variances of a layer's input and output weights, N(0, 1) meets the condition at every layer, yet loses the flow",
    check: () => {
      const held = informationFlow('glorot');
      const others = ['random', 'random_normal'].map(informationFlow);
      const lost = others.every((o) => !o.holds);
      return withNote(allOf(held, computed(lost, others.map((o) => o.counterexample?.text ?? '').join('; '), `without the condition the flow is kept too: ${others.map((o) => o.summary).join('; ')}`, 3)), 'read literally (equal variances of the weights into and out of a layer), N(0, 1) meets the condition at every layer: it is the last run above');
    },
  }),
  claim({
    id: 'init-fan-avg',
    source: 'notes p. [15–16], line 561',
    statement: '$$\\text{fan}_{\\text{avg}} = \\frac{\\text{fan}_{\\text{in}} + \\text{fan}_{\\text{out}}}{2}$$',
    reading: 'the definition; checked: 1/fan_avg is the Glorot variance 2/(fan_in + fan_out)',
    kind: 'identity',
    context: { names: FANS.names! },
    check: (s) => identity(`1/(${s.text(s.link(0).right)})`, '2/(fi + fo)', { where: { fi: 'positive', fo: 'positive' } }),
  }),
  claim({
    id: 'init-glorot-normal-sigma',
    source: 'notes p. [15–16], lines 564–566',
    statement:
      'for sigmoid activation fn - Normal distribution with  $\\mu=0$  &  $\\sigma = 1/\\text{fan}_{\\text{avg}}$',
    kind: 'value',
    reading:
      'σ is the standard deviation (as on line 579); its square is compared with the Glorot variance 1/fan_avg (Glorot & Bengio 2010), which is also the variance of the notes’ own uniform limit r = √(3/fan_avg), at fan_in = fan_out = 100',
    correction: 'σ² = 1/fan_avg, i.e. σ = √(1/fan_avg) = √(2/(fan_in + fan_out))',
    context: FANS,
    check: (s) => value(`(${s.text(s.link(1).right)})^2`, `1/${FAN_AVG}`, { at: { fi: '100', fo: '100' } }),
  }),
  claim({
    id: 'init-glorot-uniform-r',
    source: 'notes p. [15–16], line 567',
    statement: '- Uniform distribution b/w  $-r \\leq z \\leq r$  where  $r = \\sqrt{\\frac{3}{\\text{fan}_{\\text{avg}}}}$',
    kind: 'identity',
    reading:
      'the variance of U(−r, r) is ∫x²/(2r) dx over [−r, r] = r²/3 (antiderivative x³/(6r)), which with r = √(3/fan_avg) is 1/fan_avg; and r = √(6/(fan_in + fan_out))',
    context: FANS,
    check: (s) => {
      const r = s.text(s.link(2).right);
      return allOf(
        derivative('x^3/(6*r)', 'x', 'x^2/(2*r)'),
        identity('r^3/(6*r) - (-r)^3/(6*r)', 'r^2/3', { where: { r: 'positive' } }),
        identity(`(${r})^2/3`, `1/${FAN_AVG}`, { where: { fi: 'positive', fo: 'positive' } }),
        identity(r, 'sqrt(6/(fi + fo))', { where: { fi: 'positive', fo: 'positive' } }),
      );
    },
  }),
  notCheckable({
    id: 'init-keras-default-glorot',
    source: 'notes p. [15–16], line 569',
    statement: 'Glorot Initialization [or Xavier Initialization] default case of weight Initialization in Keras.',
    reason: 'an API fact (Keras Dense: kernel_initializer="glorot_uniform", the uniform variant)',
  }),
  claim({
    id: 'init-normal-pdf',
    source: 'notes p. [15–16], line 573',
    statement: '$$f(x) = \\frac{1}{\\sigma \\sqrt{2\\pi}} e^{-\\frac{(x-\\mu)^2}{2\\sigma^2}}$$',
    kind: 'identity',
    reading:
      'a density with mean μ: F = (1 + erf((x − μ)/(σ√2)))/2 has F′ = f and goes from 0 to 1, so ∫f = 1; G = μF − σ²f has G′ = x·f and goes from 0 to μ, so the mean is μ (at μ = 0.3, σ = 1.7)',
    context: { names: { sigma: 's' } },
    check: (s) =>
      allOf(
        derivative(NORMAL_CDF, 'x', s.expr(s.link(0).right), { params: NORMAL_AT }),
        limit(NORMAL_CDF, 'x', 'inf', '1', { params: NORMAL_AT }),
        limit(NORMAL_CDF, 'x', '-inf', '0', { params: NORMAL_AT }),
        derivative(NORMAL_MEAN_F, 'x', `x*(${s.text(s.link(0).right)})`, { params: NORMAL_AT }),
        limit(NORMAL_MEAN_F, 'x', 'inf', 'mu', { params: NORMAL_AT }),
        limit(NORMAL_MEAN_F, 'x', '-inf', '0', { params: NORMAL_AT }),
      ),
  }),
  claim({
    id: 'init-std-normal-pdf',
    source: 'notes p. [15–16], lines 577–581',
    statement: 'standard Normal distribution $$\\mu=0, \\sigma=1 \\text{ (std dev)}$$ $$f(x) = \\frac{1}{\\sigma \\sqrt{2\\pi}} e^{-\\frac{x^2}{2}}$$',
    reading: 'the density of line 573 with μ = 0, σ = 1 (the σ left in the prefactor is harmless only because σ = 1)',
    kind: 'identity',
    context: { names: { sigma: 's' } },
    // links 0 and 1 give μ and σ, link 2 the density written
    check: (s) => identity(NORMAL, s.expr(s.link(2).right), { params: { mu: s.number(s.link(0).right), s: s.number(s.link(1).right) } }),
  }),
  claim({
    id: 'init-uniform-pdf',
    source: 'notes p. [15–16], lines 583–587',
    statement: 'Uniform distribution $$a, b$$ $$f(x) = \\frac{1}{b-a}$$',
    kind: 'identity',
    reading: 'a density on [a, b]: the antiderivative x/(b − a) has derivative 1/(b − a) and rises by 1 from a to b (0 outside [a, b] is left implicit)',
    check: (s) => allOf(derivative('x/(b - a)', 'x', s.expr(s.link(0).right)), identity('b/(b - a) - a/(b - a)', '1')),
  }),
  notCheckable({
    id: 'init-glorot-activations',
    source: 'notes p. [15–16], lines 591–603',
    statement:
      '## Type of Initialization Xavier Glorot + Youhua Bengio Activation function Glorot  $\\rightarrow$  None, tanh, sigmoid softmax.',
    reason: 'a recommendation table (as in Géron); "Youhua" is Yoshua',
  }),
  notCheckable({
    id: 'init-glorot-sigma2-garbled',
    source: 'notes p. [15–16], line 605',
    statement: '$$\\sigma^2(\\text{normal}) = \\frac{1}{\\text{variance}} \\text{ fanin}$$',
    reason: 'garbled; the intended statement is σ² = 1/fan_avg (Glorot normal); 1/fan_in would be LeCun’s',
  }),
  claim({
    id: 'init-he',
    source: 'notes p. 17, lines 609–615',
    statement: 'Kaiming He He  $\\rightarrow$ RELU and its  $\\sigma^2 = 2/\\text{fanin}$ variance normal dist.',
    kind: 'value',
    reading:
      "He's variance keeps the second moment through ReLU layers: for symmetric z, E[ReLU(z)²] = E[z²]/2 (for the standard normal, ∫₀^∞ z²φ = 1/2 via the antiderivative Φ − zφ), so fan_in·Var(W)·(1/2) = 1 gives Var(W) = 2/fan_in",
    context: FANS,
    check: (s) => {
      const variance = s.text(s.link(0).right);
      const phi = 'e^(-z^2/2)/sqrt(2*pi)';
      const antiderivative = `(1 + erf(z/sqrt(2)))/2 - z*${phi}`;
      return allOf(
        derivative(antiderivative, 'z', `z^2*${phi}`),
        limit(antiderivative, 'z', 'inf', '1'),
        value(antiderivative, '0.5', { at: { z: '0' } }),
        identity(`fi*(${variance})*(1/2)`, '1', { where: { fi: 'positive' } }),
      );
    },
  }),
  notCheckable({
    id: 'init-lecun-name',
    source: 'notes p. 17, lines 617–619',
    statement: 'Xiaonan Lecan Lecan - SELU',
    reason: 'a name, not mathematics (pairing LeCun initialisation with SELU is right: Klambauer et al. 2017)',
    correction: 'Yann LeCun',
  }),
  claim({
    id: 'init-lecun',
    source: 'notes p. 17, lines 619–623',
    statement: 'Lecan - SELU $\\sigma^2 = 1/\\text{fanin}$ normal dist',
    kind: 'identity',
    reading:
      "with SELU inputs at their fixed point (z ~ N(0, 1) gives E[selu(z)] = 0 and E[selu(z)²] = 1, computed in closed form with the published α and λ; the mean is 0 to the constants' 30 decimals), a unit's Var(Σ wᵢxᵢ) = fan_in·σ²·E[x²] is 1 exactly when σ² is the variance written",
    context: FANS,
    check: (s) =>
      allOf(
        value(SELU_MEAN, '0', { relation: '≈', places: 30 }),
        value(SELU_SECOND_MOMENT, '1'),
        identity(`fi*(${s.text(s.link(0).right)})*1`, '1', { where: { fi: 'positive' } }),
      ),
  }),
  claim({
    id: 'init-glorot-eq-lecun',
    source: 'notes p. 17, line 625',
    statement: 'If  $\\text{fanin} = \\text{fanout} \\Rightarrow$  Glorot and Lecan Initialization are same',
    kind: 'identity',
    reading: 'with fan_out = fan_in, the Glorot variance 1/fan_avg is 1/fan_in, and so are the uniform limits √(3/fan_avg) = √(3/fan_in)',
    context: FANS,
    check: (s) =>
      allOf(
        identity(`1/${FAN_AVG}`, '1/fi', { params: condition(s, 0), where: { fi: 'positive' } }),
        identity(`sqrt(3/${FAN_AVG})`, 'sqrt(3/fi)', { params: condition(s, 0), where: { fi: 'positive' } }),
      ),
  }),
  notCheckable({
    id: 'init-keras-he-normal-string',
    source: 'notes p. 17, lines 627–629',
    statement: 'In tensorflow tf.keras.layers.Dense(units, activation function, kernel\\_initializer = "he-normal")',
    reason: 'an API string; checking it needs Keras',
    correction: 'kernel_initializer="he_normal" (Keras identifiers are snake_case; "he-normal" is not registered)',
  }),
  notCheckable({
    id: 'init-keras-default',
    source: 'notes p. 17, line 631',
    statement: 'By default its glorot Initialization.',
    reason: 'an API fact (glorot_uniform)',
  }),
]);
