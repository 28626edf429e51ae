/**
 * The lecture notes' own examples of backprop by hand (pp. 5–11), computed by the engine:
 *
 * - {@link oneNeuronChain}: a chain of L layers with one neuron each and no bias (p. 7),
 *   e = (y − a_L)²; ∂e/∂w₁ comes out of the network's backprop, run on the symbolic
 *   backend, as the product of ratios ∂e/∂a_L · ∂a_L/∂z_L · ∂z_L/∂a_{L−1} · … · ∂z₁/∂w₁
 *   (pp. 8, 10: a product, not the sum the transcription shows), and is checked against
 *   the CAS's derivative of the whole chain and against a finite difference.
 * - {@link productOfRatios}: the worked products 0.1·0.2·0.8 = 0.016 (the notes write
 *   ≈ 0.006, p. 10) and 10·20·30 = 6000 (p. 11), exactly, through the same chain rule.
 * - {@link gradientDescentTrace}: the notes' c = (1 − w)², w = 3 (pp. 5–6): η = 0.1 gives
 *   2.6; a step of Δw = 4 the wrong way ascends to 7; the full step overshoots to −1.
 *
 * @module
 */
import { DEFAULTS } from '../defaults.js';
import { Decimal } from 'decimal.js';
import { InputError } from '../errors.js';
import { compile } from '../numeric/compile.js';
import { decimalContext, formatDigits } from '../numeric/context.js';
import { evaluate } from '../numeric/evaluate.js';
import { digitsAgreed, finiteDifference } from '../numeric/finite.js';
import { type Derivation, derive } from '../verify/derive.js';
import { parse } from '../symbolic/parse.js';
import { type Expr, format, v } from '../symbolic/tree.js';
import { checkIdentity, type IdentityVerdict } from '../verify/identity.js';
import { reverseAccumulate } from './chain.js';
import { decimalBackend } from './decimal-backend.js';
import { Network, type NetworkSpec } from './network.js';
import { symbolicBackend } from './symbolic-backend.js';

/**
 * Options of {@link oneNeuronChain}.
 *
 * @example
 * ```ts
 * oneNeuronChain(3, { activation: 'tanh', at: { w1: '0.5', w2: '2', w3: '-1', a0: '1', y: '0' }, digits: 40 });
 * ```
 */
export interface ChainOptions {
  /** Activation of every neuron (default sigmoid, as in the notes). */
  readonly activation?: string;
  /** Where to evaluate: w1…wL, a0, y (default all 1, a point the notes' numbers can be compared at). */
  readonly at?: Readonly<Record<string, string>>;
  /** Digits of the numeric check (default 50). */
  readonly digits?: number;
}

/**
 * One factor of the product of ratios.
 *
 * @example
 * ```ts
 * oneNeuronChain(2).ratios[1]; // { name: '∂a2/∂z2', expr: σ′(z2) as a tree, value: '0.2193618640…' }
 * ```
 */
export interface Ratio {
  /** `∂e/∂a2`, `∂a2/∂z2`, `∂z2/∂a1`, …, `∂z1/∂w1`. */
  readonly name: string;
  /** The factor as a formula in w1…wL, a0, y. */
  readonly expr: Expr;
  /** Its value at the point, to the digits asked for. */
  readonly value: string;
}

/**
 * What {@link oneNeuronChain} found.
 *
 * @example
 * ```ts
 * const { product, derived, identity, numeric } = oneNeuronChain(2);
 * ```
 */
export interface ChainResult {
  readonly depth: number;
  /** e(w1, …, wL, a0, y) as one expression. */
  readonly loss: Expr;
  /** ∂e/∂w1 from backprop on the symbolic backend: the product of the ratios. */
  readonly product: Expr;
  /** The factors, output side first. */
  readonly ratios: readonly Ratio[];
  /** ∂e/∂w1 by the CAS, differentiating the whole chain at once. */
  readonly derived: Derivation;
  /** product ≡ derived. */
  readonly identity: IdentityVerdict;
  /** The point. */
  readonly at: Readonly<Record<string, string>>;
  /** ∂e/∂w1 at the point: backprop on the decimal backend, the product formula, a finite difference. */
  readonly numeric: { readonly backprop: string; readonly product: string; readonly finiteDifference: string; readonly digitsAgreed: number };
}

function chainSpec(depth: number, activation: string): NetworkSpec {
  return { loss: 'squared_error', layers: Array.from({ length: depth }, () => ({ weights: [['0']], bias: ['0'], activation })) };
}

/**
 * The notes' one-neuron-per-layer chain of depth L (p. 7: one neuron per layer, bias 0,
 * e = (y − ŷ)²): ∂e/∂w₁ as the product of ratios, by the same backprop that trains
 * networks, checked against the CAS and numerically.
 *
 * @example
 * ```ts
 * const c = oneNeuronChain(2);
 * c.ratios.map((r) => r.name);  // ['∂e/∂a2', '∂a2/∂z2', '∂z2/∂a1', '∂a1/∂z1', '∂z1/∂w1']
 * c.numeric.product;           // '-0.028030…' at w1 = w2 = a0 = y = 1
 * c.identity.holds;            // true
 * ```
 */
export function oneNeuronChain(depth: number, options: ChainOptions = {}): ChainResult {
  if (!Number.isInteger(depth) || depth < 1 || depth > 12) throw new InputError(`the chain depth must be an integer in 1…12, got ${depth}`);
  const digits = options.digits ?? DEFAULTS.digits;
  const activation = options.activation ?? 'sigmoid';
  const spec = chainSpec(depth, activation);
  const names = [...Array.from({ length: depth }, (_, l) => `w${l + 1}`), 'a0', 'y'];
  const at: Record<string, string> = Object.fromEntries(names.map((n) => [n, options.at?.[n] ?? '1']));

  // symbolic: θ = (w1, 0, w2, 0, …): the weights are variables, the biases 0
  const S = symbolicBackend;
  const net = new Network(S, spec);
  net.shapes.forEach((s, l) => {
    net.theta[s.offset] = v(`w${l + 1}`);
  });
  const x = [v('a0')];
  const y = [v('y')];
  const ratios: { name: string; expr: Expr }[] = [];
  const result = net.lossAndGradient(x, y, {
    onDelta: (stage, delta) => {
      if (stage === 2 * depth - 1) ratios.push({ name: `∂e/∂a${depth}`, expr: delta[0]! });
    },
  });
  const pass = net.forward(x, true);
  for (let l = depth; l >= 1; l--) {
    const [dense, act] = pass.layers[l - 1]!.stages;
    if (act.local.kind === 'diagonal') ratios.push({ name: `∂a${l}/∂z${l}`, expr: act.local.d[0]! });
    if (l > 1) ratios.push({ name: `∂z${l}/∂a${l - 1}`, expr: dense.local.kind === 'dense' ? dense.local.data[dense.local.offset]! : v(`w${l}`) });
  }
  ratios.push({ name: '∂z1/∂w1', expr: x[0]! });
  const product = result.gradient[0]!;
  const derived = derive(result.loss, 'w1');
  const identity = checkIdentity(product, derived.expr, { digits: 30 });

  // numeric: backprop on the decimal backend, the product formula, a finite difference of e
  const B = decimalBackend(digits + 20);
  const dnet = new Network(B, spec);
  dnet.shapes.forEach((s, l) => {
    dnet.theta[s.offset] = B.fromString(at[`w${l + 1}`]!);
  });
  const bp = dnet.lossAndGradient([B.fromString(at.a0!)], [B.fromString(at.y!)]).gradient[0]!;
  const productValue = evaluate(product, at, { digits }).decimal;
  const lossFn = compile(result.loss);
  const fd = finiteDifference((w, D) => lossFn(D, { ...Object.fromEntries(Object.entries(at).map(([k, val]) => [k, new D(val)])), w1: w }), new Decimal(at.w1!), digits);
  const show = (d: Decimal) => formatDigits(d.toSignificantDigits(digits), digits);
  return {
    depth,
    loss: result.loss,
    product,
    ratios: ratios.map((r) => ({ ...r, value: evaluate(r.expr, at, { digits }).value })),
    derived,
    identity,
    at,
    numeric: {
      backprop: show(bp),
      product: show(productValue),
      finiteDifference: show(fd.value),
      digitsAgreed: Math.min(digitsAgreed(bp, productValue, digits), digitsAgreed(productValue, fd.value, digits, fd.noise.times(10))),
    },
  };
}

/**
 * The product of ratios, exactly: a chain whose local derivatives are the given ratios,
 * multiplied by the engine's chain rule (`reverseAccumulate` in nn/chain.ts) at a precision that
 * holds every digit of the product.
 *
 * @example
 * ```ts
 * productOfRatios(['0.1', '0.2', '0.8']); // '0.016' (the notes, p. 10, write ≈ 0.006)
 * productOfRatios(['10', '20', '30']);    // '6000'  (p. 11)
 * ```
 */
export function productOfRatios(ratios: readonly string[]): string {
  if (ratios.length === 0) throw new InputError('productOfRatios needs at least one ratio');
  const digits = ratios.reduce((s, r) => s + new Decimal(r).precision(), 0) + 5;
  const B = decimalBackend(Math.min(1000, Math.max(5, digits)));
  const [first, ...rest] = ratios.map((r) => B.fromString(r));
  // the first ratio is the seed ∂e/∂a; each further ratio is one stage's 1×1 local Jacobian
  const stages = rest.map((r, i) => ({ label: `ratio ${i + 2}`, local: { kind: 'diagonal' as const, d: [r] }, params: [] }));
  const delta = reverseAccumulate(B, stages, [first!], [], { inputGradient: true });
  return delta[0]!.toString();
}

/**
 * One step of {@link gradientDescentTrace}.
 *
 * @example
 * ```ts
 * gradientDescentTrace()[1]; // { step: 1, w: '2.6', loss: '2.56', gradient: '3.2' }
 * ```
 */
export interface DescentStep {
  /** 0 for the start. */
  readonly step: number;
  readonly w: string;
  /** c(w). */
  readonly loss: string;
  /** dc/dw at w. */
  readonly gradient: string;
}

/**
 * Options of {@link gradientDescentTrace}.
 *
 * @example
 * ```ts
 * gradientDescentTrace({ loss: 'w^4 - 3*w', start: '1', rate: '0.01', steps: 100 });
 * ```
 */
export interface DescentOptions {
  /** The loss as expression text (default the notes' `(1 - w)^2`). */
  readonly loss?: string;
  /** The variable (default `w`). */
  readonly wrt?: string;
  /** Starting point (default `3`). */
  readonly start?: string;
  /** Learning rate η (default `0.1`). */
  readonly rate?: string;
  /** Number of steps (default 1). */
  readonly steps?: number;
  /** `descent`: w ← w − η·dc/dw (default); `ascent`: w ← w + η·dc/dw (the notes' wrong sign). */
  readonly direction?: 'descent' | 'ascent';
  /** Digits (default 50; polynomial losses with decimal data come out exact). */
  readonly digits?: number;
}

/**
 * Gradient descent on a one-variable loss, traced step by step (dc/dw derived by the CAS).
 *
 * @example
 * ```ts
 * gradientDescentTrace().map((s) => s.w);                                // ['3', '2.6']
 * gradientDescentTrace({ rate: '1', direction: 'ascent' })[1]!.w;      // '7' (Δw = 4 the wrong way)
 * gradientDescentTrace({ rate: '1' })[1]!;                              // { w: '-1', loss: '4', gradient: '-4' } overshoot
 * ```
 */
export function gradientDescentTrace(options: DescentOptions = {}): DescentStep[] {
  const wrt = options.wrt ?? 'w';
  const lossExpr = parse(options.loss ?? '(1 - w)^2');
  const c = compile(lossExpr);
  const dc = compile(derive(lossExpr, wrt).expr);
  const digits = options.digits ?? DEFAULTS.digits;
  const D = decimalContext(digits + 10);
  const rate = new D(options.rate ?? '0.1');
  const sign = options.direction === 'ascent' ? 1 : -1;
  let w = new D(options.start ?? '3');
  const out: DescentStep[] = [];
  const show = (x: Decimal): string => x.toSignificantDigits(digits).toString();
  for (let step = 0; step <= (options.steps ?? 1); step++) {
    const g = dc(D, { [wrt]: w });
    out.push({ step, w: show(w), loss: show(c(D, { [wrt]: w })), gradient: show(g) });
    w = D.add(w, D.mul(sign, D.mul(rate, g)));
  }
  return out;
}

/**
 * The chain's result as text lines (used by examples and reports).
 *
 * @example
 * ```ts
 * describeChain(oneNeuronChain(2))[1]; // '∂e/∂w1 = ∂e/∂a2 · ∂a2/∂z2 · ∂z2/∂a1 · ∂a1/∂z1 · ∂z1/∂w1'
 * ```
 */
export function describeChain(c: ChainResult): string[] {
  return [
    `e = ${format(c.loss)}`,
    `∂e/∂w1 = ${c.ratios.map((r) => r.name).join(' · ')}`,
    ...c.ratios.map((r) => `  ${r.name} = ${r.value}`),
    `backprop ${c.numeric.backprop}, product ${c.numeric.product}, finite difference ${c.numeric.finiteDifference} (${c.numeric.digitsAgreed} digits agree)`,
  ];
}
