/**
 * Option helpers of the calculus commands (grad, jacobian, hessian, critical, descend).
 *
 * @module
 */
import { InputError } from '../errors.js';

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
