/**
 * The catalogue's scalar activations as functions of expressions (`diff "relu(x)*x"`):
 * each one is registered in symbolic/registry.ts with its pieces, the derivatives the
 * catalogue derives piece by piece (never typed), its parameters with their defaults, and
 * a check of their bounds. Vector activations are registered as names that cannot be
 * called, so `softmax(x)` says why instead of "unknown function".
 *
 * A name the parser already gives an elementary function keeps that meaning: `tanh(x)` is
 * the elementary tanh, which is the catalogue's tanh.
 *
 * @module
 */
import { InputError } from '../../errors.js';
import { CONSTANT_NAMES, FUNCTION_ALIASES, FUNCTION_ARITY } from '../../symbolic/functions.js';
import { parse } from '../../symbolic/parse.js';
import { type CatalogueFunction, registerCatalogueFunction } from '../../symbolic/registry.js';
import type { Activation, ScalarActivation } from './activation.js';
import { CONSTANTS, isNamedConstant } from './constants.js';

const reserved = (name: string): boolean => Object.hasOwn(FUNCTION_ARITY, name) || Object.hasOwn(FUNCTION_ALIASES, name) || Object.hasOwn(CONSTANT_NAMES, name);

/** A parameter's default as a tree: the literal, or a named constant's closed form (exact at any precision). */
function defaultTree(value: string) {
  const constant = isNamedConstant(value) ? CONSTANTS.find((c) => c.name === value)! : undefined;
  return parse(constant ? constant.formula : value);
}

function scalarEntry(a: ScalarActivation): CatalogueFunction {
  return {
    name: a.name,
    aliases: (a.spec.aliases ?? []).filter((n) => !reserved(n)),
    params: a.params.map((p) => ({ name: p.name, default: defaultTree(p.default) })),
    intervals: a.pieces.map((p) => ({
      ...(p.interval.lo ? { lo: { expr: p.interval.lo.expr, closed: p.interval.lo.closed } } : {}),
      ...(p.interval.hi ? { hi: { expr: p.interval.hi.expr, closed: p.interval.hi.closed } } : {}),
    })),
    pieces: (order) => a.pieceExprs(order),
    checkParam: (name, value) => {
      try {
        a.paramValues({ [name]: value });
        return undefined;
      } catch (err) {
        if (err instanceof InputError) return err.message;
        throw err;
      }
    },
  };
}

/**
 * Registers every activation of `list` whose name is free (see the module comment).
 *
 * @example
 * ```ts
 * registerActivationFunctions(ACTIVATIONS);
 * parse('relu(x)*x'); // a tree with the call relu(x)
 * ```
 */
export function registerActivationFunctions(list: readonly Activation[]): void {
  for (const a of list) {
    if (reserved(a.name)) continue;
    if (a.kind === 'scalar') {
      registerCatalogueFunction(scalarEntry(a), reserved);
      continue;
    }
    registerCatalogueFunction(
      {
        name: a.name,
        aliases: (a.spec.aliases ?? []).filter((n) => !reserved(n)),
        unavailable: `${a.name} takes a vector (z1, …, zn), not one argument; see "gradproof eval ${a.name}"`,
        params: [],
        intervals: [],
        pieces: () => [],
      },
      reserved,
    );
  }
}
