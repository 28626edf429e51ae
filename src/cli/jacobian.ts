/**
 * `gradproof jacobian "<f1>; <f2>; …" [--wrt x,y] [--at x=…,y=…] [--digits 50] [--points 12] [--json]`
 *
 * @module
 */
import { jacobian } from '../calculus/jacobian.js';
import { jacobianText } from '../calculus/text.js';
import { InputError } from '../errors.js';
import { COMMON_OPTIONS, digitsOption, parseCommand, pointOption, print } from './args.js';
import { countOption, listOption } from './calculus-args.js';

export const usage = `gradproof jacobian "<f1>; <f2>; …" [--wrt x,y] [--at x=0.3,y=1.5] [--digits 50] [--points 12] [--json]

The Jacobian matrix (∂fᵢ/∂xⱼ) of the components separated by ";": every entry derived and
checked against high-precision finite differences; at --at, the values to --digits
correct significant digits. Exit code 0 when every entry is verified, 1 when not, 2 on bad input.`;

/** Runs `gradproof jacobian`; returns the exit code. */
export function runJacobian(argv: string[]): number {
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
  if (positionals.length !== 1) throw new InputError(`jacobian takes one argument in quotes ("f1; f2; …"), got ${positionals.length}`);
  const parts = positionals[0]!.split(';').map((s) => s.trim());
  const empty = parts.indexOf('');
  if (empty >= 0) throw new InputError(`component ${empty + 1} of "${positionals[0]}" is empty (components are separated by ";")`);
  const v = jacobian(parts, {
    digits: digitsOption(values.digits),
    ...(values.wrt !== undefined ? { wrt: listOption(values.wrt, '--wrt') } : {}),
    ...(values.at !== undefined ? { at: pointOption(values.at) } : {}),
    ...(values.points !== undefined ? { points: countOption(values.points, '--points', 0, 1000) } : {}),
  });
  print(values.json ? JSON.stringify(v, null, 2) : jacobianText(v));
  return v.holds ? 0 : 1;
}
