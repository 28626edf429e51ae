/**
 * The plain expression tree every layer of gradproof shares. It is produced by
 * {@link parse} (and from the CAS's answers), compiled to decimal.js closures by the
 * numeric layer, and printed back to text. Numbers are kept as exact decimal strings:
 * no literal ever passes through a JS `number`.
 *
 * @module
 */

/** A numeric literal, kept exactly as written (non-negative, e.g. `"0.044715"`, `"1e-5"`). */
export interface NumNode {
  readonly kind: 'num';
  readonly value: string;
}
/** One of the named constants `pi` and `e`. */
export interface ConstNode {
  readonly kind: 'const';
  readonly name: 'pi' | 'e';
}
/** A free variable or parameter. */
export interface VarNode {
  readonly kind: 'var';
  readonly name: string;
}
/** Unary minus. */
export interface NegNode {
  readonly kind: 'neg';
  readonly arg: Expr;
}
/** A binary operator: `+ - * / ^`. */
export interface BinNode {
  readonly kind: 'add' | 'sub' | 'mul' | 'div' | 'pow';
  readonly left: Expr;
  readonly right: Expr;
}
/** A call of a known function (the parser's list: `FUNCTION_ARITY` in symbolic/functions.ts). */
export interface CallNode {
  readonly kind: 'call';
  readonly fn: string;
  readonly args: readonly Expr[];
}

/**
 * An expression tree node.
 *
 * @example
 * ```ts
 * import { parse } from 'gradproof';
 * const tree: Expr = parse('x^2 + 1'); // { kind: 'add', left: { kind: 'pow', … }, right: { kind: 'num', value: '1' } }
 * ```
 */
export type Expr = NumNode | ConstNode | VarNode | NegNode | BinNode | CallNode;

/** Builders, so code that makes trees reads like the mathematics. */
export const num = (value: string | number): Expr => ({ kind: 'num', value: String(value) });
export const v = (name: string): Expr => ({ kind: 'var', name });
export const neg = (arg: Expr): Expr => ({ kind: 'neg', arg });
export const add = (left: Expr, right: Expr): Expr => ({ kind: 'add', left, right });
export const sub = (left: Expr, right: Expr): Expr => ({ kind: 'sub', left, right });
export const mul = (left: Expr, right: Expr): Expr => ({ kind: 'mul', left, right });
export const div = (left: Expr, right: Expr): Expr => ({ kind: 'div', left, right });
export const pow = (left: Expr, right: Expr): Expr => ({ kind: 'pow', left, right });
export const call = (fn: string, ...args: Expr[]): Expr => ({ kind: 'call', fn, args });

const PREC: Record<Expr['kind'], number> = {
  add: 1,
  sub: 1,
  mul: 2,
  div: 2,
  neg: 3,
  pow: 4,
  num: 5,
  const: 5,
  var: 5,
  call: 5,
};

/**
 * Prints a tree as gradproof expression text that {@link parse} reads back to the same tree.
 *
 * @example
 * ```ts
 * format(parse('(x+1)*y')); // '(x + 1)*y'
 * ```
 */
export function format(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'const':
    case 'var':
      return e.name;
    case 'call':
      return `${e.fn}(${e.args.map(format).join(', ')})`;
    case 'neg': {
      const inner = format(e.arg);
      return PREC[e.arg.kind] <= PREC.neg && e.arg.kind !== 'pow' ? `-(${inner})` : `-${inner}`;
    }
    default: {
      const p = PREC[e.kind];
      const op = { add: ' + ', sub: ' - ', mul: '*', div: '/', pow: '^' }[e.kind];
      // ^ is right-associative; the others are left-associative.
      const leftNeeds = e.kind === 'pow' ? PREC[e.left.kind] <= p : PREC[e.left.kind] < p;
      const rightNeeds =
        e.kind === 'pow' ? PREC[e.right.kind] <= PREC.neg : PREC[e.right.kind] <= p;
      const l = leftNeeds ? `(${format(e.left)})` : format(e.left);
      const r = rightNeeds ? `(${format(e.right)})` : format(e.right);
      return `${l}${op}${r}`;
    }
  }
}

/**
 * The free variables of an expression, sorted.
 *
 * @example
 * ```ts
 * variables(parse('x*y + sin(z)')); // ['x', 'y', 'z']
 * ```
 */
export function variables(e: Expr): string[] {
  const out = new Set<string>();
  const walk = (n: Expr): void => {
    switch (n.kind) {
      case 'var':
        out.add(n.name);
        return;
      case 'neg':
        walk(n.arg);
        return;
      case 'call':
        n.args.forEach(walk);
        return;
      case 'num':
      case 'const':
        return;
      default:
        walk(n.left);
        walk(n.right);
    }
  };
  walk(e);
  return [...out].sort();
}

/**
 * Replaces variables by expressions (simultaneously).
 *
 * @example
 * ```ts
 * format(substitute(parse('x^2'), { x: parse('y+1') })); // '(y + 1)^2'
 * ```
 */
export function substitute(e: Expr, map: Readonly<Record<string, Expr>>): Expr {
  switch (e.kind) {
    case 'var':
      return Object.hasOwn(map, e.name) ? map[e.name]! : e;
    case 'num':
    case 'const':
      return e;
    case 'neg':
      return neg(substitute(e.arg, map));
    case 'call':
      return { kind: 'call', fn: e.fn, args: e.args.map((a) => substitute(a, map)) };
    default:
      return { kind: e.kind, left: substitute(e.left, map), right: substitute(e.right, map) };
  }
}

/** Whether any call in the tree is one of `fns`. */
export function containsCall(e: Expr, fns: ReadonlySet<string>): boolean {
  switch (e.kind) {
    case 'call':
      return fns.has(e.fn) || e.args.some((a) => containsCall(a, fns));
    case 'neg':
      return containsCall(e.arg, fns);
    case 'num':
    case 'const':
    case 'var':
      return false;
    default:
      return containsCall(e.left, fns) || containsCall(e.right, fns);
  }
}

/**
 * Number of nodes of a tree (the measure of an expression's size that every bound uses).
 *
 * @example
 * ```ts
 * treeSize(parse('x^2 + 1')); // 5
 * ```
 */
export function treeSize(e: Expr): number {
  let n = 0;
  const stack: Expr[] = [e];
  while (stack.length) {
    const node = stack.pop()!;
    n++;
    switch (node.kind) {
      case 'neg':
        stack.push(node.arg);
        break;
      case 'call':
        stack.push(...node.args);
        break;
      case 'num':
      case 'const':
      case 'var':
        break;
      default:
        stack.push(node.left, node.right);
    }
  }
  return n;
}

/**
 * A rational exponent p/q with odd q written as a literal (`x^(1/3)`, `x^(-2/3)`):
 * defined for negative bases over the reals. Read the same way by every engine and by the
 * interval arithmetic.
 *
 * @example
 * ```ts
 * oddRootExponent(parse('-2/3')); // { p: -2n, q: 3n }
 * oddRootExponent(parse('1/2'));  // undefined
 * ```
 */
export function oddRootExponent(e: Expr): { p: bigint; q: bigint } | undefined {
  let sign = 1n;
  let n = e;
  if (n.kind === 'neg') {
    sign = -1n;
    n = n.arg;
  }
  if (n.kind === 'div' && n.left.kind === 'neg') {
    sign = -sign;
    n = { kind: 'div', left: n.left.arg, right: n.right };
  }
  if (n.kind === 'div' && n.left.kind === 'num' && n.right.kind === 'num') {
    if (!/^\d+$/.test(n.left.value) || !/^\d+$/.test(n.right.value)) return undefined;
    const q = BigInt(n.right.value);
    if (q % 2n === 1n) return { p: sign * BigInt(n.left.value), q };
  }
  return undefined;
}
