/**
 * The float64 compiler: expression tree → `(env) => number` closure built from `Math.*`
 * (no `eval`, no `new Function`), with {@link erf64}/{@link erfc64} for erf and erfc.
 * The same conventions as the decimal compiler (`numeric/compile.ts`): `acot 0 = π/2`,
 * `sign 0 = 0`, odd roots `x^(1/3)` real for negative x. Where the expression is
 * undefined the closure returns NaN (or ±∞ on overflow) instead of throwing: the
 * training loop watches for those.
 *
 * @module
 */
import { InputError } from '../errors.js';
import type { Expr } from '../symbolic/tree.js';
import { erf64, erfc64 } from './erf64.js';

/**
 * A compiled float64 expression.
 *
 * @example
 * ```ts
 * const f: Closure64 = compile64(parse('erf(x)'));
 * f({ x: 1 }); // 0.8427007929497149
 * ```
 */
export type Closure64 = (env: Readonly<Record<string, number>>) => number;

const UNARY: Readonly<Record<string, (x: number) => number>> = {
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  exp: Math.exp,
  log: Math.log,
  log10: Math.log10,
  abs: Math.abs,
  sign: (x) => (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : Number.NaN),
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  sec: (x) => 1 / Math.cos(x),
  csc: (x) => 1 / Math.sin(x),
  cot: (x) => Math.cos(x) / Math.sin(x),
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  asec: (x) => Math.acos(1 / x),
  acsc: (x) => Math.asin(1 / x),
  acot: (x) => (x === 0 ? Math.PI / 2 : Math.atan(1 / x)),
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  sech: (x) => 1 / Math.cosh(x),
  csch: (x) => 1 / Math.sinh(x),
  coth: (x) => 1 / Math.tanh(x),
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  asech: (x) => Math.acosh(1 / x),
  acsch: (x) => Math.asinh(1 / x),
  acoth: (x) => Math.atanh(1 / x),
  erf: erf64,
  erfc: erfc64,
};

/** p/q with odd q written as a literal exponent (`x^(1/3)`, `x^(-2/3)`): real for negative bases. */
function oddRoot(e: Expr): { p: number; q: number } | undefined {
  let sign = 1;
  let n = e;
  if (n.kind === 'neg') {
    sign = -1;
    n = n.arg;
  }
  if (n.kind === 'div' && n.left.kind === 'neg') {
    sign = -sign;
    n = { kind: 'div', left: n.left.arg, right: n.right };
  }
  if (n.kind === 'div' && n.left.kind === 'num' && n.right.kind === 'num' && /^\d+$/.test(n.left.value) && /^\d+$/.test(n.right.value)) {
    const q = Number(n.right.value);
    if (q % 2 === 1) return { p: sign * Number(n.left.value), q };
  }
  return undefined;
}

/**
 * Compiles a tree to a float64 closure.
 *
 * @example
 * ```ts
 * const f = compile64(parse('1/(1 + e^(-z))'));
 * f({ z: 0 }); // 0.5
 * ```
 */
export function compile64(e: Expr): Closure64 {
  switch (e.kind) {
    case 'num': {
      const value = Number(e.value);
      return () => value;
    }
    case 'const': {
      const value = e.name === 'pi' ? Math.PI : Math.E;
      return () => value;
    }
    case 'var': {
      const name = e.name;
      return (env) => {
        const x = env[name];
        if (x === undefined) throw new InputError(`no value given for the variable "${name}"`);
        return x;
      };
    }
    case 'neg': {
      const a = compile64(e.arg);
      return (env) => -a(env);
    }
    case 'add': {
      const [l, r] = [compile64(e.left), compile64(e.right)];
      return (env) => l(env) + r(env);
    }
    case 'sub': {
      const [l, r] = [compile64(e.left), compile64(e.right)];
      return (env) => l(env) - r(env);
    }
    case 'mul': {
      const [l, r] = [compile64(e.left), compile64(e.right)];
      return (env) => l(env) * r(env);
    }
    case 'div': {
      const [l, r] = [compile64(e.left), compile64(e.right)];
      return (env) => l(env) / r(env);
    }
    case 'pow': {
      if (e.left.kind === 'const' && e.left.name === 'e') {
        const r = compile64(e.right);
        return (env) => Math.exp(r(env));
      }
      const l = compile64(e.left);
      const root = oddRoot(e.right);
      if (root) {
        const { p, q } = root;
        return (env) => {
          const b = l(env);
          if (b >= 0) return b ** (p / q);
          const magnitude = (-b) ** (p / q);
          return p % 2 === 0 ? magnitude : -magnitude;
        };
      }
      const r = compile64(e.right);
      return (env) => l(env) ** r(env);
    }
    case 'call': {
      const args = e.args.map(compile64);
      if (e.fn === 'min' || e.fn === 'max') {
        const pick = e.fn === 'min' ? Math.min : Math.max;
        return (env) => pick(...args.map((a) => a(env)));
      }
      const fn = UNARY[e.fn];
      if (!fn) throw new InputError(`unknown function "${e.fn}"`);
      if (args.length !== 1) throw new InputError(`${e.fn} takes 1 argument, got ${args.length}`);
      const a = args[0]!;
      return (env) => fn(a(env));
    }
  }
}
