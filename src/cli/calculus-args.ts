/**
 * Option helpers of the calculus commands (grad, jacobian, hessian, critical, descend).
 *
 * @module
 */
import { InputError } from '../errors.js';
import { COMMON_OPTIONS, digitsOption, type Options, type Parsed, parseCommand, pointOption, print } from './args.js';

/** The options every calculus command takes, besides its own. */
export const CALCULUS_OPTIONS = {
  ...COMMON_OPTIONS,
  wrt: { type: 'string' },
  digits: { type: 'string' },
  points: { type: 'string' },
} as const;

/**
 * Reads a calculus command's arguments: {@link CALCULUS_OPTIONS} and `own`, and exactly
 * one argument (`what`, for the message). Undefined when `--help` was asked (the usage is
 * printed).
 *
 * @example
 * ```ts
 * parseCalculus(['x*y', '--at', 'x=1,y=2'], 'grad', 'expression in quotes', { at: { type: 'string' } }, usage)?.argument; // 'x*y'
 * ```
 */
export function parseCalculus<T extends Options>(argv: readonly string[], command: string, what: string, own: T, usage: string): { values: Parsed<typeof CALCULUS_OPTIONS & T>; argument: string } | undefined {
  const { values, positionals } = parseCommand(argv, { ...CALCULUS_OPTIONS, ...own }, { command, min: 1, max: 1, what });
  if ((values as { help?: boolean }).help) {
    print(usage);
    return undefined;
  }
  return { values, argument: positionals[0]! };
}

/**
 * The shared options as library options: `digits` (default `digits`), and `wrt`,
 * `points` and `at` where given.
 *
 * @example
 * ```ts
 * sharedOptions({ digits: '20', wrt: 'x,y' }); // { digits: 20, wrt: ['x', 'y'] }
 * ```
 */
export function sharedOptions(values: { readonly digits?: string; readonly wrt?: string; readonly points?: string; readonly at?: string }, digits?: number): { digits: number; wrt?: string[]; points?: number; at?: Record<string, string> } {
  return {
    digits: digitsOption(values.digits, digits),
    ...(values.wrt !== undefined ? { wrt: listOption(values.wrt, '--wrt') } : {}),
    ...(values.points !== undefined ? { points: countOption(values.points, '--points', 0, 1000) } : {}),
    ...(values.at !== undefined ? { at: pointOption(values.at) } : {}),
  };
}

/**
 * `--wrt x,y` as `['x', 'y']`.
 *
 * @example
 * ```ts
 * listOption('x, y', '--wrt'); // ['x', 'y']
 * ```
 */
export function listOption(value: string, option: string): string[] {
  const names = value.split(',').map((s) => s.trim());
  for (const n of names) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) throw new InputError(`${option} expects variable names separated by commas (x,y), got "${n}"`);
  return names;
}

/**
 * An integer option in [min, max].
 *
 * @example
 * ```ts
 * countOption('20', '--steps', 0, 10000); // 20
 * ```
 */
export function countOption(value: string, option: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new InputError(`${option} must be an integer in ${min}…${max}, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new InputError(`${option} must be an integer in ${min}…${max}, got ${value}`);
  return n;
}
