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
import { type Expr, format } from '../symbolic/tree.js';
import { type DecimalCtor, eAt, piAt } from './context.js';
import { REAL_FUNCTIONS } from './elementary.js';

/** Variable values by name. */
export type Env = Readonly<Record<string, Decimal>>;

/** A compiled expression: evaluate at the working precision of `D`. */
export type Closure = ((D: DecimalCtor, env: Env) => Decimal) & {
  /**
   * Evaluates with a running error bound (each operation propagates a bound on its
   * absolute error) and reports `lost`: the digits of the working precision the bound
   * does not cover (∞ when the result is 0 but not exactly). The guaranteed-digits
   * evaluator trusts a result only when precision − lost covers the digits asked for.
   */
  readonly tracked?: (D: DecimalCtor, env: Env) => { readonly value: Decimal; readonly lost: number };
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
  // integer powers by decimal.js (repeated squaring); others as exp(y·ln b) with gradproof's
  // own exp and ln, which work at any precision
  const r = exponent.isInteger()
    ? D.pow(base, exponent)
    : REAL_FUNCTIONS.exp!.apply(D, [D.mul(exponent, REAL_FUNCTIONS.log!.apply(D, [base.abs()]))]);
  if (!r.isFinite()) throw new DomainError('the power overflows');
  return r;
}

/** A value and a bound on its absolute error, as log10 (−∞: exact). */
interface Val {
  readonly v: Decimal;
  readonly err: number;
}

const EXACT = Number.NEGATIVE_INFINITY;

/** Decimal exponent of |x|: x = d.ddd × 10^e (a zero counts as −∞). */
const mag = (x: Decimal): number => (x.isZero() ? Number.NEGATIVE_INFINITY : x.e);

/** The rounding error of a result at the working precision of D (one ulp), as log10. */
const ulp = (D: DecimalCtor, r: Decimal): number => (r.isZero() ? EXACT : r.e - D.precision + 1);

/** log10 of a sum of error bounds (the largest, times 2 for safety). */
const plus = (...errs: number[]): number => {
  const m = Math.max(...errs);
  return m === EXACT ? EXACT : m + 0.31;
};

/**
 * How each function maps an absolute error of its argument to its result: a bound on
 * log10 |f′(x)| from x and y = f(x). Functions not listed use a pessimistic generic bound.
 */
const SLOPE: Readonly<Record<string, (x: Decimal, y: Decimal) => number>> = {
  exp: (_x, y) => mag(y),
  log: (x) => -mag(x) + 1,
  log10: (x) => -mag(x) + 1,
  sqrt: (x, y) => mag(y) - mag(x) + 1,
  cbrt: (x, y) => mag(y) - mag(x) + 1,
  sin: () => 0,
  cos: () => 0,
  tanh: () => 0,
  atan: () => 0,
  erf: () => 0.06,
  erfc: () => 0.06,
  sech: () => 0,
  abs: () => 0,
  sinh: (_x, y) => Math.max(0, mag(y)) + 1,
  cosh: (_x, y) => Math.max(0, mag(y)) + 1,
  asinh: () => 0,
};

/** Functions whose result is one of their arguments or a small integer: they add no rounding error. */
const EXACT_FUNCTIONS: ReadonlySet<string> = new Set(['sign', 'abs', 'min', 'max']);

/** Extra digits for functions without a specific bound (tan, sec, asin, acosh, … near their poles). */
const POLE_MARGIN = 10;

function slopeOf(fn: string, x: Decimal, y: Decimal): number {
  if (fn === 'sign') return EXACT;
  const known = SLOPE[fn];
  if (known) return known(x, y);
  return 1 + Math.max(0, mag(y)) + Math.max(0, -mag(x)) + POLE_MARGIN;
}

function compileRaw(e: Expr, c: Compiler): Inner {
  switch (e.kind) {
    case 'num': {
      const text = e.value;
      return (D) => {
        const exact = new D(text);
        const r = exact.plus(0);
        return { v: r, err: r.eq(exact) ? EXACT : ulp(D, r) };
      };
    }
    case 'const':
      return e.name === 'pi' ? (D) => ({ v: piAt(D), err: ulp(D, piAt(D)) }) : (D) => ({ v: eAt(D), err: ulp(D, eAt(D)) });
    case 'var': {
      const name = e.name;
      return (_D, env) => {
        const x = env[name];
        if (x === undefined) throw new InputError(`no value given for the variable "${name}"`);
        return { v: x, err: EXACT };
      };
    }
    case 'neg': {
      const a = compileNode(e.arg, c);
      return (D, env, m) => {
        const x = a(D, env, m);
        return { v: x.v.neg(), err: x.err };
      };
    }
    case 'add':
    case 'sub': {
      const [l, r] = [compileNode(e.left, c), compileNode(e.right, c)];
      const subtract = e.kind === 'sub';
      return (D, env, m) => {
        const a = l(D, env, m);
        const b = r(D, env, m);
        const v = subtract ? D.sub(a.v, b.v) : D.add(a.v, b.v);
        return { v, err: plus(a.err, b.err, ulp(D, v)) };
      };
    }
    case 'mul': {
      const [l, r] = [compileNode(e.left, c), compileNode(e.right, c)];
      return (D, env, m) => {
        const a = l(D, env, m);
        const b = r(D, env, m);
        const v = D.mul(a.v, b.v);
        // |Δ(ab)| ≤ |a||Δb| + |b||Δa| + |Δa||Δb|
        return { v, err: plus(a.err + mag(b.v) + 1, b.err + mag(a.v) + 1, a.err + b.err, ulp(D, v)) };
      };
    }
    case 'div': {
      const [l, r] = [compileNode(e.left, c), compileNode(e.right, c)];
      return (D, env, m) => {
        const den = r(D, env, m);
        if (den.v.isZero()) throw new DomainError('division by zero');
        const num = l(D, env, m);
        const v = D.div(num.v, den.v);
        // |Δ(a/b)| ≤ 2(|Δa|/|b| + |a||Δb|/b²) while |Δb| ≤ |b|/2; beyond that, no bound
        if (den.err >= mag(den.v) - 1) return { v, err: Number.POSITIVE_INFINITY };
        return { v, err: plus(num.err - mag(den.v) + 1, den.err + mag(num.v) - 2 * mag(den.v) + 2, ulp(D, v)) };
      };
    }
    case 'pow': {
      const l = compileNode(e.left, c);
      if (e.left.kind === 'const' && e.left.name === 'e') {
        const r = compileNode(e.right, c);
        const exp = REAL_FUNCTIONS.exp!;
        return (D, env, m) => {
          const x = r(D, env, m);
          const v = exp.apply(D, [x.v]);
          return { v, err: plus(x.err === EXACT ? EXACT : x.err + mag(v) + 1, ulp(D, v)) };
        };
      }
      const root = oddRootExponent(e.right);
      const r = root ? undefined : compileNode(e.right, c);
      return (D, env, m) => {
        const b = l(D, env, m);
        let y: Val;
        let v: Decimal;
        if (root) {
          const k = D.div(root.p.toString(), root.q.toString());
          y = { v: k, err: ulp(D, k) };
          const magnitude = power(D, b.v.abs(), k);
          v = b.v.isNegative() && root.p % 2n !== 0n ? magnitude.neg() : magnitude;
        } else {
          y = r!(D, env, m);
          v = power(D, b.v, y.v);
        }
        // d(b^y) = y·b^(y−1)·db + b^y·ln|b|·dy
        let viaBase = EXACT;
        if (b.err !== EXACT) viaBase = b.v.isZero() ? Number.POSITIVE_INFINITY : b.err + Math.max(0, mag(y.v)) + 1 + mag(v) - mag(b.v);
        let viaExponent = EXACT;
        if (y.err !== EXACT && !b.v.isZero()) viaExponent = y.err + mag(v) + Math.max(0, Math.log10(Math.abs(b.v.e) + 1) + 1);
        return { v, err: plus(viaBase, viaExponent, ulp(D, v)) };
      };
    }
    case 'call': {
      const fn = REAL_FUNCTIONS[e.fn];
      if (!fn) throw new InputError(`unknown function "${e.fn}"`);
      const name = e.fn;
      const args = e.args.map((a) => compileNode(a, c));
      if (args.length === 1) {
        const a = args[0]!;
        const exact = EXACT_FUNCTIONS.has(name);
        return (D, env, m) => {
          const x = a(D, env, m);
          const v = fn.apply(D, [x.v]);
          return { v, err: plus(x.err === EXACT ? EXACT : x.err + slopeOf(name, x.v, v), exact ? EXACT : ulp(D, v)) };
        };
      }
      // min and max: slope at most 1 in every argument
      return (D, env, m) => {
        const xs = args.map((a) => a(D, env, m));
        const v = fn.apply(D, xs.map((x) => x.v));
        return { v, err: plus(...xs.map((x) => x.err)) };
      };
    }
  }
}

/** Common subexpressions share one memo slot per evaluation: σ′ = e^(−z)/(1 + e^(−z))² computes e^(−z) once. */
interface Compiler {
  readonly slots: Map<string, { readonly index: number; readonly body: Inner }>;
}

/** Per-evaluation state: the memo slots. */
interface Memo {
  readonly slots: (Val | undefined)[];
}

type Inner = (D: DecimalCtor, env: Env, memo: Memo) => Val;

function compileNode(e: Expr, c: Compiler): Inner {
  if (e.kind === 'var' || e.kind === 'num' || e.kind === 'const') return compileRaw(e, c);
  const key = format(e);
  let slot = c.slots.get(key);
  if (!slot) {
    const compiled = compileRaw(e, c); // children first: they take the lower slot numbers
    slot = { index: c.slots.size, body: compiled };
    c.slots.set(key, slot);
  }
  const { index, body } = slot;
  return (D, env, m) => {
    const hit = m.slots[index];
    if (hit !== undefined) return hit;
    const value = body(D, env, m);
    m.slots[index] = value;
    return value;
  };
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
  const c: Compiler = { slots: new Map() };
  const root = compileNode(e, c);
  const tracked = (D: DecimalCtor, env: Env) => {
    const { v, err } = root(D, env, { slots: [] });
    // digits of the working precision not covered by the result's error bound
    const lost = err === EXACT ? 0 : v.isZero() || !Number.isFinite(err) ? Number.POSITIVE_INFINITY : Math.max(0, D.precision - (v.e - err));
    return { value: v, lost };
  };
  const closure: Closure = Object.assign((D: DecimalCtor, env: Env) => root(D, env, { slots: [] }).v, { tracked });
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
