/**
 * `gradproof verify-all [--digits 50] [--json]`: derives and verifies every function of
 * the built-in catalogue and prints one line per function.
 *
 * @module
 */
import { verifyDerivative } from '../verify/derivative.js';
import { COMMON_OPTIONS, digitsOption, parseCommand, print } from './args.js';

export const usage = `gradproof verify-all [--digits 50] [--json]

Derives the derivative of every built-in function with the CAS and verifies it against
finite differences. Exit code 0 when every one is verified.`;

const BUILTIN: readonly [string, string][] = [
  ['sigmoid', '1/(1+e^(-x))'],
  ['tanh', 'tanh(x)'],
  ['softplus', 'log(1+e^x)'],
  ['softsign', 'x/(1+abs(x))'],
  ['swish', 'x/(1+e^(-x))'],
  ['gelu', 'x*(1+erf(x/sqrt(2)))/2'],
  ['mish', 'x*tanh(log(1+e^x))'],
];

/** Runs `gradproof verify-all`; returns the exit code. */
export function runVerifyAll(argv: string[]): number {
  const { values } = parseCommand(argv, { ...COMMON_OPTIONS, digits: { type: 'string' } });
  if (values.help) {
    print(usage);
    return 0;
  }
  const digits = digitsOption(values.digits);
  const verdicts = BUILTIN.map(([name, expr]) => ({ name, ...verifyDerivative(expr, 'x', { digits }) }));
  if (values.json) print(JSON.stringify(verdicts, null, 2));
  else for (const v of verdicts) print(`${v.verified ? 'verified' : 'FAILED  '}  ${v.name.padEnd(10)} d/dx ${v.expr} = ${v.derivative}  (${v.digitsAgreed}/${digits} digits, ${v.points.length} points)`);
  return verdicts.every((v) => v.verified) ? 0 : 1;
}
