/**
 * The gradient check: every parameter's backprop gradient against a high-precision
 * finite difference of the loss, on the decimal backend. PyTorch's `gradcheck` compares
 * at float64 with a tolerance; this one reports how many significant digits agree (50
 * asked for, and all of them required: verify/agreement.ts), names the worst parameter,
 * and tells a kink (where the loss has no derivative and backprop follows the catalogue's
 * convention) from an error.
 *
 * - The backprop gradient is computed at `digits + 20` and `digits + 40` significant
 *   digits; the digits on which the two agree are the ones it promises (rule 4).
 * - The finite difference is `finiteDifference` of `numeric/finite.ts`: a central
 *   difference with one Richardson step, at a working precision chosen from the digits
 *   asked for.
 * - Small networks (≤ `fullLimit` parameters) are checked parameter by parameter; larger
 *   ones along `directions` seeded random ±1 directions u (gᵀu against d/dt loss(θ + t·u)),
 *   as JAX's `check_grads` and PyTorch's fast mode do, at high precision.
 *
 * @module
 */
import { DEFAULTS } from '../defaults.js';
import type { Decimal } from 'decimal.js';
import { decimalContext, formatDigits } from '../numeric/context.js';
import { checkDigits } from '../numeric/evaluate.js';
import { detectKink, digitsAgreed, finiteDifference, type RealFn } from '../numeric/finite.js';
import { SeededRandom } from '../numeric/random.js';
import { type Agreement, judgeAgreement } from '../verify/agreement.js';
import type { Verdict, VerdictStatus } from '../verify/verdict.js';
import { type DecimalBackend, decimalBackend } from './decimal-backend.js';
import { Network, type NetworkSpec } from './network.js';

/**
 * One sample: input and target as decimal strings.
 *
 * @example
 * ```ts
 * const sample: Sample = { input: ['1', '-2'], target: ['1'] };
 * ```
 */
export interface Sample {
  readonly input: readonly string[];
  readonly target: readonly string[];
}

/**
 * Options of {@link gradcheck}.
 *
 * @example
 * ```ts
 * gradcheck(spec, sample, { digits: 100, fullLimit: 50, directions: 5, seed: 2 });
 * ```
 */
export interface GradcheckOptions {
  /** Significant digits asked for (5…1000). Default 50. */
  readonly digits?: number;
  /** Check every parameter up to this many parameters; beyond, random directions. Default 256. */
  readonly fullLimit?: number;
  /** Number of random directions for large networks. Default 3. */
  readonly directions?: number;
  /** Seed of the directions. Default 1. */
  readonly seed?: number;
  /** Use the softmax/cross-entropy shortcut in backprop when it applies. Default true. */
  readonly fused?: boolean;
  /**
   * The gradient to check, computed on the network at a working precision (default: the
   * engine's backprop). Lets any other gradient code be checked the same way.
   */
  readonly gradient?: (net: Network<Decimal>, x: readonly Decimal[], y: readonly Decimal[]) => readonly Decimal[];
}

/**
 * One compared quantity: a parameter's gradient, or a directional derivative.
 *
 * @example
 * ```ts
 * gradcheck(spec, sample).worst; // { name: 'layers[0].bias[1]', backprop: '…', finiteDifference: '…', digitsAgreed: 50 }
 * ```
 */
export interface GradientComparison {
  /** `layers[1].weights[0][2]`, or `direction 2`. */
  readonly name: string;
  /** Backprop's value, to the digits asked for. */
  readonly backprop: string;
  /** The finite difference, to the digits asked for. */
  readonly finiteDifference: string;
  readonly digitsAgreed: number;
  /** What holding backprop against the finite difference found (see verify/agreement.ts). */
  readonly status: Agreement['status'] | 'kink';
  /** For `zero`: both lie within this bound of 0. */
  readonly zeroBound?: string;
  /** Present when the loss has a kink in this parameter: its one-sided derivatives. */
  readonly kink?: {
    readonly left: string;
    readonly right: string;
    readonly backpropIs: 'left' | 'right' | 'neither';
    /** True when the loss itself jumps here (hardshrink, threshold): one side's "slope" is the jump over the step. */
    readonly jump?: boolean;
  };
}

/**
 * The gradient of one layer, in the spec's shapes.
 *
 * @example
 * ```ts
 * gradcheck(spec, sample).gradients[0]!.weights[0]![1]; // ∂loss/∂w₀₁ of the first layer, 50 digits
 * ```
 */
export interface LayerGradient {
  readonly weights: string[][];
  readonly bias: string[];
  readonly params?: Record<string, string>;
}

/**
 * The verdict of {@link gradcheck}: a {@link Verdict} (kind `gradient`) with the gradient
 * and every comparison.
 *
 * @example
 * ```ts
 * const { holds, digitsAgreed, worst, kinks } = gradcheck(spec, sample);
 * ```
 */
export interface GradcheckVerdict extends Verdict {
  readonly kind: 'gradient';
  /** `full`: every parameter; `directional`: random directions. */
  readonly approach: 'full' | 'directional';
  /** The loss at the sample, to the digits asked for. */
  readonly loss: string;
  /** ∂loss/∂θ per layer, to the digits asked for. */
  readonly gradients: LayerGradient[];
  /** Digits on which backprop at two working precisions agreed (at least `digits` when stable). */
  readonly stableDigits: number;
  /** The comparison with the fewest digits agreed. */
  readonly worst?: GradientComparison;
  /** Every comparison. */
  readonly checks: readonly GradientComparison[];
  /** Parameters at a kink (excluded from `digitsAgreed`). */
  readonly kinks: readonly string[];
}

/**
 * Checks backprop's gradient of `network`'s loss at `sample` against finite differences.
 *
 * @example
 * ```ts
 * const v = gradcheck(
 *   { layers: [{ weights: [['0.3', '-0.2']], bias: ['0.1'], activation: 'tanh' }], loss: 'squared_error' },
 *   { input: ['1', '2'], target: ['0.5'] },
 *   { digits: 50 },
 * );
 * v.holds;        // true
 * v.digitsAgreed; // 50
 * ```
 */
export function gradcheck(network: NetworkSpec | Network<unknown>, sample: Sample, options: GradcheckOptions = {}): GradcheckVerdict {
  const digits = checkDigits(options.digits ?? DEFAULTS.digits);
  const spec = network instanceof Network ? network.toSpec() : network;
  const fused = options.fused ?? true;
  const at = (precision: number) => {
    const B = decimalBackend(precision);
    const net = new Network(B, spec);
    return { B, net, x: sample.input.map((v) => B.fromString(v)), y: sample.target.map((v) => B.fromString(v)) };
  };
  const lo = at(digits + 20);
  const hi = at(digits + 40);
  const gradientAt = (n: ReturnType<typeof at>) => options.gradient?.(n.net, n.x, n.y) ?? n.net.lossAndGradient(n.x, n.y, { fused }).gradient;
  const g1 = gradientAt(lo);
  const gradient = gradientAt(hi);
  const loss = hi.net.lossOf(hi.x, hi.y);
  const stableDigits = gradient.reduce((m, g, k) => Math.min(m, digitsAgreed(g, g1[k]!, digits)), digits);
  const net = hi.net;
  const show = (x: Decimal): string => formatDigits(x.toSignificantDigits(digits), digits);

  // The loss with θ replaced coordinate by coordinate (`value(k, B, t)`), at D's precision.
  const nets = new Map<number, ReturnType<typeof at>>();
  const lossWith = (value: (k: number, B: DecimalBackend, t: Decimal) => Decimal): RealFn => (t, D) => {
    let n = nets.get(D.precision);
    if (!n) {
      n = at(D.precision);
      nets.set(D.precision, n);
    }
    for (let k = 0; k < n.net.theta.length; k++) n.net.theta[k] = value(k, n.B, t);
    return n.net.lossOf(n.x, n.y);
  };
  const theta = net.theta.map((v) => v.toString());
  const fullLimit = options.fullLimit ?? 256;
  const checks: GradientComparison[] = [];
  const kinks: string[] = [];
  const compare = (name: string, f: RealFn, at0: Decimal, value: Decimal): void => {
    const fd = finiteDifference(f, at0, digits);
    const a = judgeAgreement(value, fd, digits);
    const check: GradientComparison = { name, backprop: show(value), finiteDifference: show(fd.value), digitsAgreed: a.digitsAgreed, status: a.status, ...(a.zeroBound ? { zeroBound: a.zeroBound } : {}) };
    if (a.status !== 'agrees' && a.status !== 'zero') {
      const k = detectKink(f, at0, Math.min(digits, 30));
      if (k.kink) {
        const side = digitsAgreed(value, k.left, 20) >= 15 ? 'left' : digitsAgreed(value, k.right, 20) >= 15 ? 'right' : 'neither';
        const D = decimalContext(digits + 20);
        const eps = new D(10).pow(-(digits + 5));
        const gap = D.sub(f(D.add(at0, eps), D), f(D.sub(at0, eps), D)).abs();
        const jump = gap.gt(D.mul(eps, 1e6).times(D.add(1, f(at0, D).abs())));
        checks.push({ ...check, status: 'kink', kink: { left: show(k.left), right: show(k.right), backpropIs: side, ...(jump ? { jump } : {}) } });
        kinks.push(name);
        return;
      }
    }
    checks.push(check);
  };
  let approach: 'full' | 'directional';
  if (theta.length <= fullLimit) {
    approach = 'full';
    theta.forEach((v, k) => {
      const f = lossWith((j, B, x) => (j === k ? x : B.fromString(theta[j]!)));
      compare(net.parameterName(k), f, hi.B.fromString(v), gradient[k]!);
    });
  } else {
    approach = 'directional';
    const rng = new SeededRandom(options.seed ?? 1);
    const B = hi.B;
    for (let d = 0; d < (options.directions ?? 3); d++) {
      const u = theta.map(() => (rng.int(0, 1) === 0 ? '-1' : '1'));
      let dot = B.fromString('0');
      gradient.forEach((g, k) => {
        dot = B.add(dot, B.mul(g, B.fromString(u[k]!)));
      });
      compare(`direction ${d + 1}`, lossWith((k, B2, t) => B2.add(B2.fromString(theta[k]!), B2.mul(t, B2.fromString(u[k]!)))), B.fromString('0'), dot);
    }
  }
  const counted = checks.filter((c) => !c.kink);
  const worst = counted.reduce<GradientComparison | undefined>((w, c) => (!w || c.digitsAgreed < w.digitsAgreed ? c : w), undefined);
  const agreed = worst ? worst.digitsAgreed : digits;
  const gradients: LayerGradient[] = net.shapes.map((s) => {
    const t = (k: number) => show(gradient[k]!);
    const weights = Array.from({ length: s.rows }, (_, i) => Array.from({ length: s.inputs }, (_, j) => t(s.offset + i * s.inputs + j)));
    const bias = Array.from({ length: s.rows }, (_, i) => t(s.offset + s.rows * s.inputs + i));
    const params = Object.fromEntries(s.learnable.map((p) => [p.name, t(p.offset)]));
    return { weights, bias, ...(s.learnable.length ? { params } : {}) };
  });
  // every comparison away from kinks agrees on every digit (or is 0 within its bound),
  // backprop is stable to as many, and at every kink backprop gives a one-sided derivative
  const failing = counted.find((c) => c.status !== 'agrees' && c.status !== 'zero');
  const wrongKink = checks.find((c) => c.kink?.backpropIs === 'neither');
  const refuted = counted.find((c) => c.status === 'differs') ?? wrongKink;
  const holds = !failing && !wrongKink && stableDigits >= digits;
  const status: VerdictStatus = holds ? 'verified' : refuted ? 'refuted' : 'inconclusive';
  const what = approach === 'full' ? `${checks.length} parameter${checks.length === 1 ? '' : 's'}` : `${checks.length} random direction${checks.length === 1 ? '' : 's'}`;
  return {
    kind: 'gradient',
    subject: `backprop's gradient of the ${spec.loss} loss`,
    status,
    holds,
    method: 'numeric',
    approach,
    digitsRequested: digits,
    digitsAgreed: agreed,
    points: checks.length,
    summary: holds
      ? `backprop agrees with finite differences of the loss to ${digits} of ${digits} digits at ${what}${kinks.length ? ` (${kinks.length} at a kink, where backprop gives a one-sided derivative)` : ''}`
      : stableDigits < digits && !refuted
        ? `backprop is stable to only ${stableDigits} of ${digits} digits between two working precisions`
        : `${(refuted ?? failing)!.name}: backprop ${(refuted ?? failing)!.backprop}, finite difference ${(refuted ?? failing)!.finiteDifference}`,
    ...(refuted
      ? {
          counterexample: {
            at: {},
            claimed: refuted.backprop,
            reference: refuted.kink ? `${refuted.kink.left} or ${refuted.kink.right}` : refuted.finiteDifference,
            referenceLabel: refuted.kink ? 'one-sided derivatives of the loss' : 'finite difference of the loss',
            digitsAgreed: refuted.digitsAgreed,
            text: refuted.kink
              ? `${refuted.name}: backprop gives ${refuted.backprop}, neither one-sided derivative (${refuted.kink.left}, ${refuted.kink.right})`
              : `${refuted.name}: backprop gives ${refuted.backprop}, the finite difference of the loss ${refuted.finiteDifference} (${refuted.digitsAgreed} of ${digits} digits agree)`,
          },
        }
      : {}),
    ...(!holds && !refuted && failing?.status === 'unsettled' ? { reason: `${failing.name}: the finite difference did not settle` } : {}),
    loss: show(loss),
    gradients,
    stableDigits,
    ...(worst ? { worst } : {}),
    checks,
    kinks,
  };
}
