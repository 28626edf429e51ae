/**
 * Piece conditions: `z < 0`, `z >= lambda`, `-3 < z <= 3`. Each becomes an interval of z
 * with closed or open ends whose bounds are expressions in the parameters.
 *
 * @module
 */
import { InputError } from '../../errors.js';
import { parse } from '../../symbolic/parse.js';
import type { Expr } from '../../symbolic/tree.js';

/** One bound of a piece. */
export interface Bound {
  readonly expr: Expr;
  readonly text: string;
  readonly closed: boolean;
}

/** A piece's interval of z (a missing bound is ±∞). */
export interface Interval {
  readonly lo?: Bound;
  readonly hi?: Bound;
}

const OPS = /(<=|>=|<|>)/;

/**
 * Parses a condition on `z` into an interval.
 *
 * @example
 * ```ts
 * parseCondition('-3 < z <= 3'); // { lo: { text: '-3', closed: false }, hi: { text: '3', closed: true } }
 * ```
 */
export function parseCondition(text: string, variable = 'z'): Interval {
  const parts = text.split(OPS).map((p) => p.trim());
  const fail = (): never => {
    throw new InputError(`piece condition "${text}" must look like "${variable} < a", "a <= ${variable}" or "a < ${variable} <= b"`);
  };
  const bound = (t: string, closed: boolean): Bound => ({ expr: parse(t), text: t, closed });
  if (parts.length === 3) {
    const [a, op, b] = parts as [string, string, string];
    if (a === variable) {
      // z < b, z <= b, z > b, z >= b
      if (op.startsWith('<')) return { hi: bound(b, op === '<=') };
      return { lo: bound(b, op === '>=') };
    }
    if (b === variable) {
      if (op.startsWith('<')) return { lo: bound(a, op === '<=') };
      return { hi: bound(a, op === '>=') };
    }
    return fail();
  }
  if (parts.length === 5) {
    const [a, op1, mid, op2, b] = parts as [string, string, string, string, string];
    if (mid !== variable || !op1.startsWith('<') || !op2.startsWith('<')) return fail();
    return { lo: bound(a, op1 === '<='), hi: bound(b, op2 === '<=') };
  }
  return fail();
}
