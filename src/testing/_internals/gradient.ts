/**
 * `toPassGradientCheck`: backprop's gradient of a network's loss against high-precision
 * finite differences ({@link gradcheck} of the network engine).
 *
 * @module
 */
import { InputError } from '../../errors.js';
import { type GradcheckOptions, type GradcheckVerdict, gradcheck, type Sample } from '../../nn/gradcheck.js';
import { Network, type NetworkSpec } from '../../nn/network.js';
import { hint, type MatcherContext, type MatcherOutcome } from './result.js';
import { indent, table } from './values.js';

/**
 * A network with the sample its gradient is taken at (what `smallNetwork()` generates).
 *
 * @example
 * ```ts
 * const drawn: NetworkWithSample = {
 *   network: { layers: [{ weights: [['0.5']], bias: ['0'], activation: 'tanh' }], loss: 'mse' },
 *   sample: { input: ['1'], target: ['0'] },
 * };
 * ```
 */
export interface NetworkWithSample {
  readonly network: NetworkSpec | Network<unknown>;
  readonly sample: Sample;
}

/**
 * Options of `toPassGradientCheck`: {@link gradcheck}'s, plus the sample when the received value is a bare network.
 *
 * @example
 * ```ts
 * const options: GradientCheckMatcherOptions = { digits: 30, sample: { input: ['1'], target: ['0'] } };
 * ```
 */
export interface GradientCheckMatcherOptions extends GradcheckOptions {
  /** The sample (input and target as decimal strings), required when the received value has none. */
  readonly sample?: Sample;
}

const isSpec = (v: unknown): v is NetworkSpec => typeof v === 'object' && v !== null && Array.isArray((v as NetworkSpec).layers);

/** Splits the received value into network and sample. */
function networkAndSample(received: unknown, options: GradientCheckMatcherOptions): { network: NetworkSpec | Network<unknown>; sample: Sample } {
  const withSample = received as Partial<NetworkWithSample> | null;
  if (typeof received === 'object' && received !== null && 'network' in received && (withSample!.network instanceof Network || isSpec(withSample!.network))) {
    const sample = options.sample ?? withSample!.sample;
    if (!sample) throw new InputError('toPassGradientCheck: no sample: give { network, sample } or the option { sample }');
    return { network: withSample!.network!, sample };
  }
  if (received instanceof Network || isSpec(received)) {
    if (!options.sample) throw new InputError('toPassGradientCheck: a bare network needs the option { sample: { input, target } }');
    return { network: received, sample: options.sample };
  }
  throw new InputError('toPassGradientCheck: expected a network spec, a Network, or { network, sample }');
}

/**
 * The message of `toPassGradientCheck` for a verdict, under `.not` or not.
 *
 * @example
 * ```ts
 * gradcheckMessage(gradcheck(spec, sample, { digits: 30 }), false);
 * // 'Backprop's gradient does not match finite differences of the loss. …'
 * ```
 */
export function gradcheckMessage(v: GradcheckVerdict, isNot: boolean, sample: Sample): string {
  const bad = v.checks.filter((c) => !c.kink && c.status !== 'agrees' && c.status !== 'zero');
  const wrongKinks = v.checks.filter((c) => c.kink?.backpropIs === 'neither');
  const rows: [string, string][] = [
    ['sample', `input [${sample.input.join(', ')}], target [${sample.target.join(', ')}]`],
    ['loss', v.loss],
    [
      'method',
      `${v.approach === 'full' ? `every parameter (${v.checks.length})` : `${v.checks.length} random directions`} against finite differences; passes when all ${v.digitsRequested} digits agree`,
    ],
    [
      'result',
      `${bad.length + wrongKinks.length} of ${v.checks.length} comparisons fail; fewest digits agreed ${v.digitsAgreed} of ${v.digitsRequested}${v.worst ? ` (${v.worst.name})` : ''}`,
    ],
  ];
  if (v.kinks.length) rows.push(['kinks', `${v.kinks.join(', ')} (backprop must take a one-sided slope there)`]);
  if (v.stableDigits < v.digitsRequested) rows.push(['stability', `backprop is stable to only ${v.stableDigits} digits between two working precisions`]);
  const head = indent(table(rows));
  if (isNot) return ['Expected the gradient check to fail, but backprop matches the finite differences.', '', head].join('\n');
  const lines = ["Backprop's gradient does not match finite differences of the loss.", '', head];
  const worst = bad.reduce<(typeof bad)[number] | undefined>((w, c) => (!w || c.digitsAgreed < w.digitsAgreed ? c : w), undefined);
  if (worst) {
    lines.push(
      '',
      `Counterexample: ${worst.name}`,
      indent(
        table([
          ['backprop', worst.backprop],
          ['finite difference', worst.finiteDifference],
          ['digits agreed', `${worst.digitsAgreed} of ${v.digitsRequested}`],
        ]),
      ),
    );
  }
  for (const k of wrongKinks) {
    lines.push(
      '',
      `At a kink: ${k.name}`,
      indent(
        table([
          ['backprop', k.backprop],
          ['left slope', k.kink!.left],
          ['right slope', k.kink!.right],
        ]),
      ),
      indent(['backprop takes neither one-sided slope']),
    );
  }
  if (bad.length > 1) {
    lines.push('', `Failing comparisons${bad.length > 8 ? ' (first 8)' : ''}:`, indent(table(bad.slice(0, 8).map((c) => [c.name, c.digitsAgreed === 1 ? '1 digit agrees' : `${c.digitsAgreed} digits agree`]))));
  }
  return lines.join('\n');
}

/**
 * The matcher: the network's backprop gradient at the sample passes {@link gradcheck}.
 *
 * @example
 * ```ts
 * toPassGradientCheck({ isNot: false }, drawn, { digits: 20 }).pass; // true for a correct backprop
 * ```
 */
export function toPassGradientCheck(ctx: MatcherContext, received: unknown, options: GradientCheckMatcherOptions = {}): MatcherOutcome {
  const { network, sample } = networkAndSample(received, options);
  const { sample: _ignored, ...checkOptions } = options;
  const v = gradcheck(network, sample, checkOptions);
  const w = v.worst;
  return {
    pass: v.holds,
    message: () => `${hint(ctx, 'toPassGradientCheck', 'network', 'options')}\n\n${gradcheckMessage(v, ctx.isNot, sample)}`,
    ...(!v.holds && w && !ctx.isNot ? { expected: w.finiteDifference, actual: w.backprop } : {}),
  };
}
