/**
 * `gradproof jacobian "<f1>; <f2>; …" [--wrt x,y] [--at x=…,y=…] [--digits 50] [--points 12] [--json]`
 *
 * @module
 */
import { jacobian } from '../calculus/jacobian.js';
import { jacobianText } from '../calculus/text.js';
import { InputError } from '../errors.js';
import { print } from './args.js';
import { parseCalculus, sharedOptions } from './calculus-args.js';

export const usage = `gradproof jacobian "<f1>; <f2>; …" [--wrt x,y] [--at x=0.3,y=1.5] [--digits 50] [--points 12] [--json]

The Jacobian matrix (∂fᵢ/∂xⱼ) of the components separated by ";": every entry derived and
checked against high-precision finite differences; at --at, the values to --digits
correct significant digits. Exit code 0 when every entry is verified, 1 when not, 2 on bad input.`;

/** Runs `gradproof jacobian`; returns the exit code. */
export function runJacobian(argv: string[]): number {
  const parsed = parseCalculus(argv, 'jacobian', 'argument in quotes ("f1; f2; …")', { at: { type: 'string' } }, usage);
  if (!parsed) return 0;
  const { values, argument } = parsed;
  const parts = argument.split(';').map((s) => s.trim());
  const empty = parts.indexOf('');
  if (empty >= 0) throw new InputError(`component ${empty + 1} of "${argument}" is empty (components are separated by ";")`);
  const v = jacobian(parts, sharedOptions(values));
  print(values.json ? JSON.stringify(v, null, 2) : jacobianText(v));
  return v.holds ? 0 : 1;
}
