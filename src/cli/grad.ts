/**
 * `gradproof grad "<expression>" [--wrt x,y] [--at x=…,y=…] [--digits 50] [--points 12] [--json]`
 *
 * @module
 */
import { gradient } from '../calculus/gradient.js';
import { gradientText } from '../calculus/text.js';
import { InputError } from '../errors.js';
import { COMMON_OPTIONS, digitsOption, parseCommand, pointOption, print } from './args.js';
import { countOption, listOption } from './calculus-args.js';

export const usage = `gradproof grad "<expression>" [--wrt x,y] [--at x=0.3,y=1.5] [--digits 50] [--points 12] [--json]

Every partial derivative of the expression (derived, as text and TeX), each checked
against high-precision finite differences at seeded points (and at --at); at --at, the
values, the gradient's norm and its direction to --digits correct significant digits.
Exit code 0 when every partial is verified, 1 when not, 2 on bad input.`;

/** Runs `gradproof grad`; returns the exit code. */
export function runGrad(argv: string[]): number {
  const { values, positionals } = parseCommand(argv, {
    ...COMMON_OPTIONS,
    wrt: { type: 'string' },
    at: { type: 'string' },
    digits: { type: 'string' },
    points: { type: 'string' },
  });
  if (values.help) {
    print(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError(`grad takes one expression in quotes, got ${positionals.length} arguments`);
  const v = gradient(positionals[0]!, {
    digits: digitsOption(values.digits),
    ...(values.wrt !== undefined ? { wrt: listOption(values.wrt, '--wrt') } : {}),
    ...(values.at !== undefined ? { at: pointOption(values.at) } : {}),
    ...(values.points !== undefined ? { points: countOption(values.points, '--points', 0, 1000) } : {}),
  });
  print(values.json ? JSON.stringify(v, null, 2) : gradientText(v));
  return v.holds ? 0 : 1;
}
