/**
 * Looking activations up by name: snake_case names as in Keras, PyTorch class names and
 * other aliases accepted, case-insensitively; unknown names get the closest suggestions.
 *
 * @module
 */
import { InputError } from '../../errors.js';
import { closestNames } from '../../symbolic/functions.js';
import { ACTIVATIONS } from '../index.js';
import type { Activation, ScalarActivation, VectorActivation } from './activation.js';
import { registerActivationFunctions } from './in-expressions.js';

// the scalar activations become functions of expressions (`relu(x)*x`) wherever the
// catalogue is loaded: the public entry and the CLI always load it (symbolic/registry.ts)
registerActivationFunctions(ACTIVATIONS);

const key = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');

/** All names and aliases, for messages. */
export function activationNames(): string[] {
  return ACTIVATIONS.map((a) => a.name);
}

/**
 * The activation called `name` (or one of its aliases).
 *
 * @example
 * ```ts
 * getActivation('LeakyReLU').name; // 'leaky_relu'
 * getActivation('sigmod');         // throws InputError: unknown activation "sigmod" (did you mean sigmoid?)
 * ```
 */
export function getActivation(name: string): Activation {
  // exact names first, then exact aliases, then case-insensitive, then ignoring _ and -
  const all: readonly Activation[] = ACTIVATIONS;
  const k = key(name);
  const found =
    all.find((a) => a.name === name) ??
    all.find((a) => (a.spec.aliases ?? []).includes(name)) ??
    all.find((a) => [a.name, ...(a.spec.aliases ?? [])].some((n) => n.toLowerCase() === name.toLowerCase())) ??
    all.find((a) => key(a.name) === k || (a.spec.aliases ?? []).some((alias) => key(alias) === k));
  if (found) return found;
  const names = all.flatMap((a) => [a.name, ...(a.spec.aliases ?? [])]);
  const canonical = (n: string) => all.find((a) => a.name === n || (a.spec.aliases ?? []).includes(n))!.name;
  const hint = [...new Set(closestNames(name, names, 6).map(canonical))].slice(0, 3);
  throw new InputError(`unknown activation "${name}"${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}; see "gradproof list"`);
}

/** Like {@link getActivation}, but requires a scalar activation. */
export function getScalarActivation(name: string): ScalarActivation {
  const a = getActivation(name);
  if (a.kind !== 'scalar') throw new InputError(`${a.name} takes a vector, not a single z`);
  return a;
}

/** Like {@link getActivation}, but requires a vector activation. */
export function getVectorActivation(name: string): VectorActivation {
  const a = getActivation(name);
  if (a.kind !== 'vector') throw new InputError(`${a.name} takes a single z, not a vector`);
  return a;
}
