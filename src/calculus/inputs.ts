/**
 * Input checks shared by the calculus tools: which variables, and a point that gives
 * each of them a value. Every error names what was wrong and where.
 *
 * @module
 */
import { InputError } from '../errors.js';
import { type Coordinate, toDecimal } from '../numeric/evaluate.js';
import { parse } from '../symbolic/parse.js';
import { type Expr, format, neg, num, variables } from '../symbolic/tree.js';

/**
 * An expression given as text or a tree, parsed.
 *
 * @example
 * ```ts
 * toExpr('x^2 + y'); // the tree
 * ```
 */
export function toExpr(e: Expr | string): Expr {
  return typeof e === 'string' ? parse(e) : e;
}

/**
 * The variables to differentiate by: `wrt` when given (each must occur in the
 * expression), otherwise all of the expression's variables, sorted.
 *
 * @example
 * ```ts
 * resolveWrt(parse('x*y + z'), undefined); // ['x', 'y', 'z']
 * resolveWrt(parse('x*y'), ['q']);         // throws: q is not a variable of x*y
 * ```
 */
export function resolveWrt(f: Expr, wrt: readonly string[] | undefined, what = 'the expression'): string[] {
  const vars = variables(f);
  if (wrt === undefined || wrt.length === 0) {
    if (vars.length === 0) throw new InputError(`${what} ${format(f)} has no variables to differentiate by`);
    return vars;
  }
  const seen = new Set<string>();
  for (const x of wrt) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(x)) throw new InputError(`"${x}" is not a variable name`);
    if (!vars.includes(x)) throw new InputError(`"${x}" is not a variable of ${format(f)} (it has ${vars.length ? vars.join(', ') : 'no variables'})`);
    if (seen.has(x)) throw new InputError(`"${x}" is named twice`);
    seen.add(x);
  }
  return [...wrt];
}

/**
 * A point that gives every variable of `needed` a value and names no other, as exact
 * decimal strings.
 *
 * @example
 * ```ts
 * checkPoint({ x: '1', y: 2 }, ['x', 'y'], '--at'); // { x: '1', y: '2' }
 * checkPoint({ x: '1' }, ['x', 'y'], '--at');        // throws: --at gives no value for y
 * ```
 */
export function checkPoint(point: Readonly<Record<string, Coordinate>>, needed: readonly string[], option: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(point)) {
    if (!needed.includes(name)) throw new InputError(`${option} names "${name}", which is not a variable here (the variables are ${needed.join(', ')})`);
    out[name] = toDecimal(value, `${option} ${name}`).toString();
  }
  const missing = needed.filter((n) => !(n in out));
  if (missing.length) throw new InputError(`${option} gives no value for ${missing.join(', ')}`);
  return Object.fromEntries(needed.map((n) => [n, out[n]!]));
}

/**
 * A point as exact literals, to substitute into an expression (`-0.5` becomes `-(0.5)`).
 *
 * @example
 * ```ts
 * format(substitute(parse('x*y'), pointExprs({ x: '3', y: '-0.5' }))); // '3*-0.5'
 * ```
 */
export function pointExprs(at: Readonly<Record<string, string>>): Record<string, Expr> {
  return Object.fromEntries(
    Object.entries(at).map(([k, x]) => {
      const t = x.trim();
      return [k, t.startsWith('-') ? neg(num(t.slice(1))) : num(t.replace(/^\+/, ''))];
    }),
  );
}
