/**
 * `gradproof gradcheck <net.json> [--digits 50] [--json]`
 *
 * @module
 */
import { InputError } from '../errors.js';
import { gradcheck } from '../nn/gradcheck.js';
import { parseNetworkSpec } from '../nn/spec.js';
import { COMMON_OPTIONS, digitsOption, parseCommand, print } from './args.js';
import { readInputFile } from './input.js';

/**
 * The command line and help text of this subcommand.
 *
 * @example
 * ```ts
 * print(usage); // what `gradproof gradcheck --help` prints
 * ```
 */
export const usage = `gradproof gradcheck <net.json> [--digits 50] [--json]

Computes the gradient of a network's loss at one sample by backprop, at high precision,
and checks every parameter's gradient against a finite difference of the loss (random
directions for networks over 256 parameters). The spec:
  { "layers": [ { "weights": [[…], …], "bias": […], "activation": "tanh" }, … ],
    "loss": "squared_error", "input": […], "target": […] }
weights[i][j] connects input j to unit i; numbers as decimal strings or JSON numbers.
Prints the loss and the gradients to --digits significant digits and the digits on which
backprop and the finite differences agree. Exit code 0 when verified, 1 when not, 2 on
bad input.`;

/**
 * Runs `gradproof gradcheck`; returns the exit code.
 *
 * @example
 * ```ts
 * runGradcheck(['net.json', '--digits', '50']); // 0 when verified, 1 when not
 * ```
 */
export function runGradcheck(argv: string[]): number {
  const { values, positionals } = parseCommand(argv, { ...COMMON_OPTIONS, digits: { type: 'string' } }, { command: 'gradcheck', min: 1, max: 1, what: 'spec file' });
  if (values.help) {
    print(usage);
    return 0;
  }
  const file = positionals[0]!;
  const digits = digitsOption(values.digits);
  const text = readInputFile(file, 'spec file');
  let parsed: ReturnType<typeof parseNetworkSpec>;
  try {
    parsed = parseNetworkSpec(text, true);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`${file}: ${err.message}`);
    throw err;
  }
  const v = gradcheck(parsed.network, parsed.sample!, { digits });
  if (values.json) {
    print(
      JSON.stringify(
        {
          loss: v.loss,
          gradients: v.gradients,
          digitsAgreed: v.digitsAgreed,
          verified: v.holds,
          status: v.status,
          summary: v.summary,
          digits,
          method: v.approach,
          stableDigits: v.stableDigits,
          ...(v.worst ? { worst: v.worst } : {}),
          kinks: v.kinks,
          checks: v.checks,
        },
        null,
        2,
      ),
    );
    return v.holds ? 0 : 1;
  }
  const sizes = [parsed.network.layers[0]!.weights[0]!.length, ...parsed.network.layers.map((l) => l.weights.length)];
  print(`network ${sizes.join('-')} (${parsed.network.layers.map((l) => l.activation).join(', ')}), loss ${parsed.network.loss}, ${v.checks.length} ${v.approach === 'full' ? 'parameters' : 'random directions'} checked`);
  print(`loss = ${v.loss}`);
  print(`gradient (${digits} significant digits):`);
  const width = v.checks.reduce((m, c) => Math.max(m, c.name.length), 0);
  for (const c of v.checks) {
    const note = c.kink
      ? `  kink: left ${c.kink.left}, right ${c.kink.right}; backprop gives the ${c.kink.backpropIs} derivative`
      : c.status === 'zero'
        ? `  (0 within ${c.zeroBound})`
        : `  (${c.digitsAgreed} digits agree)`;
    print(`  ${c.name.padEnd(width)}  ${c.backprop}${note}`);
  }
  print(`${v.holds ? 'verified' : v.status === 'refuted' ? 'REFUTED' : 'NOT verified'}: ${v.summary}`);
  if (v.counterexample) print(`  counterexample: ${v.counterexample.text}`);
  else if (v.reason) print(`  reason: ${v.reason}`);
  return v.holds ? 0 : 1;
}
