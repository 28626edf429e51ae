/**
 * The compiler from expression trees to decimal.js closures. No `eval`, no
 * `new Function`, and no JS `number` on the way: literals are parsed from their exact
 * strings, and every operation rounds to the working precision of the constructor
 * passed at call time, so one compiled closure serves every precision.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { DomainError, InputError } from '../errors.js';
import type { Expr } from '../symbolic/tree.js';
import { type DecimalCtor, eAt, piAt } from './context.js';
import { REAL_FUNCTIONS } from './elementary.js';

/** Variable values by name. */
export type Env = Readonly<Record<string, Decimal>>;

/** A compiled expression: evaluate at the working precision of `D`. */
export type Closure = ((D: DecimalCtor, env: Env) => Decimal) & {
  /** True when the tree is the literal 0 (so no evaluation can say anything more). */
  readonly constantZero?: boolean;
};

/**
 * A rational exponent p/q with odd q written as a literal (`x^(1/3)`, `x^(-2/3)`):
 * defined for negative bases over the reals.
 */
function oddRootExponent(e: Expr): { p: bigint; q: bigint } | undefined {
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

function power(D: DecimalCtor, base: Decimal, exponent: Decimal): Decimal {
  if (base.isZero()) {
    if (exponent.isZero()) throw new DomainError('0^0 is undefined');
    if (exponent.isNegative()) throw new DomainError('0 raised to a negative power (division by zero)');
    return new D(0);
  }
  if (base.isNegative() && !exponent.isInteger()) {
    throw new DomainError(`negative base ${base.toSignificantDigits(6)} raised to the non-integer power ${exponent.toSignificantDigits(6)}`);
  }
  const r = D.pow(base, exponent);
  if (!r.isFinite()) throw new DomainError('the power overflows');
  return r;
}

function compileNode(e: Expr): Closure {
  switch (e.kind) {
    case 'num': {
      const text = e.value;
      return (D) => new D(text).plus(0);
    }
    case 'const':
      return e.name === 'pi' ? (D) => piAt(D) : (D) => eAt(D);
    case 'var': {
      const name = e.name;
      return (_D, env) => {
        const x = env[name];
        if (x === undefined) throw new InputError(`no value given for the variable "${name}"`);
        return x;
      };
    }
    case 'neg': {
      const a = compileNode(e.arg);
      return (D, env) => a(D, env).neg();
    }
    case 'add': {
      const [l, r] = [compileNode(e.left), compileNode(e.right)];
      return (D, env) => D.add(l(D, env), r(D, env));
    }
    case 'sub': {
      const [l, r] = [compileNode(e.left), compileNode(e.right)];
      return (D, env) => D.sub(l(D, env), r(D, env));
    }
    case 'mul': {
      const [l, r] = [compileNode(e.left), compileNode(e.right)];
      return (D, env) => D.mul(l(D, env), r(D, env));
    }
    case 'div': {
      const [l, r] = [compileNode(e.left), compileNode(e.right)];
      return (D, env) => {
        const den = r(D, env);
        if (den.isZero()) throw new DomainError('division by zero');
        return D.div(l(D, env), den);
      };
    }
    case 'pow': {
      const l = compileNode(e.left);
      if (e.left.kind === 'const' && e.left.name === 'e') {
        const r = compileNode(e.right);
        return (D, env) => {
          const y = D.exp(r(D, env));
          if (!y.isFinite()) throw new DomainError('e^x overflows');
          return y;
        };
      }
      const root = oddRootExponent(e.right);
      if (root) {
        const { p, q } = root;
        return (D, env) => {
          const b = l(D, env);
          if (!b.isNegative()) return power(D, b, D.div(p.toString(), q.toString()));
          const magnitude = power(D, b.neg(), D.div(p.toString(), q.toString()));
          return p % 2n === 0n ? magnitude : magnitude.neg();
        };
      }
      const r = compileNode(e.right);
      return (D, env) => power(D, l(D, env), r(D, env));
    }
    case 'call': {
      const fn = REAL_FUNCTIONS[e.fn];
      if (!fn) throw new InputError(`unknown function "${e.fn}"`);
      const args = e.args.map(compileNode);
      if (args.length === 1) {
        const a = args[0]!;
        return (D, env) => fn.apply(D, [a(D, env)]);
      }
      return (D, env) => fn.apply(D, args.map((a) => a(D, env)));
    }
  }
}

/**
 * Compiles a tree to a closure over decimal.js. The closure throws {@link DomainError}
 * where the expression is undefined over the reals, never returns NaN.
 *
 * @example
 * ```ts
 * const f = compile(parse('x^2 + 1'));
 * const D = decimalContext(40);
 * f(D, { x: new D('0.5') }).toString(); // '1.25'
 * ```
 */
export function compile(e: Expr): Closure {
  const closure = compileNode(e);
  if (e.kind === 'num' && /^[0.]+(?:[eE][+-]?\d+)?$/.test(e.value)) return Object.assign(closure, { constantZero: true });
  return closure;
}

/**
 * Describes a point for messages: `x=0.3, y=1.5`.
 *
 * @example
 * ```ts
 * describePoint({ x: new Decimal('0.3') }); // 'x=0.3'
 * ```
 */
export function describePoint(env: Env): string {
  return Object.entries(env)
    .map(([k, val]) => `${k}=${val.toSignificantDigits(12).toString()}`)
    .join(', ');
}
