/**
 * The compiler from expression trees to decimal.js closures. No `eval`, no
 * `new Function`, and no JS `number` on the way: literals are parsed from their exact
 * strings, and every operation rounds to the working precision of the constructor
 * passed at call time, so one compiled closure serves every precision.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, InputError } from '../errors.js';
import { type Expr, oddRootExponent } from '../symbolic/tree.js';
import { type CatalogueBound, type CatalogueCall, catalogueCall, expandCatalogueCall } from '../symbolic/registry.js';
import { type DecimalCtor, decimalContext, eAt, piAt } from './context.js';
import { REAL_FUNCTIONS } from './elementary.js';
import { LOG1P, stabilize } from './stabilize.js';
import { nameTable } from '../util/table.js';

/** Variable values by name. */
export type Env = Readonly<Record<string, Decimal>>;

/**
 * A value with its running error bound: `err` is log10 of a bound on the absolute error
 * (−∞: exact; +∞: no bound, e.g. the sign of a value that rounding cannot settle), and
 * `lost` the digits of the working precision that bound does not cover (∞ for a 0 that is
 * not exact).
 */
export interface Tracked {
  readonly value: Decimal;
  readonly lost: number;
  readonly err: number;
}

/**
 * Digits of the working precision of D not covered by an error bound 10^err on v.
 *
 * @example
 * ```ts
 * lostDigits(decimalContext(50), new Decimal('1.5'), -40); // 10
 * ```
 */
export function lostDigits(D: DecimalCtor, v: Decimal, err: number): number {
  if (err === Number.NEGATIVE_INFINITY) return 0;
  if (v.isZero() || !Number.isFinite(err)) return Number.POSITIVE_INFINITY;
  return Math.max(0, D.precision - (v.e - err));
}

/** A compiled expression: evaluate at the working precision of `D`. */
export type Closure = ((D: DecimalCtor, env: Env) => Decimal) & {
  /**
   * Evaluates with a running error bound (each operation propagates a bound on its
   * absolute error: {@link Tracked}). The guaranteed-digits evaluator trusts a result
   * only when that bound covers the digits asked for.
   */
  readonly tracked?: (D: DecimalCtor, env: Env) => Tracked;
  /** True when the tree is the literal 0 (so no evaluation can say anything more). */
  readonly constantZero?: boolean;
};

/** Largest |2y| for which a half-integer power b^y is taken as (√b)^(2y). */
const HALF_POWER_LIMIT = 10_000;

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
  if (exponent.isInteger()) return D.pow(base, exponent); // ±Infinity beyond the exponent range
  const twice = exponent.times(2);
  if (twice.isInteger() && twice.abs().lt(HALF_POWER_LIMIT)) {
    // b^(n/2) = (√b)^n (b > 0 here), 20 digits beyond D's precision and rounded once: √b's
    // relative error (≤ 10^−(p+19)) grows n-fold and the power adds an ulp, far below D's
    // last digit, so the result is within one ulp as the exp–ln route promises
    const G = decimalContext(D.precision + 20);
    return new D(G.pow(REAL_FUNCTIONS.sqrt!.apply(G, [base]), twice.toNumber())).toSignificantDigits(D.precision, D.rounding);
  }
  return expOrInfinity(D, D.mul(exponent, REAL_FUNCTIONS.log!.apply(D, [base.abs()])));
}

/**
 * e^x, or +Infinity beyond decimal.js's range (1e9000000000000000). An infinite
 * intermediate is allowed to become 0 by division (σ(−1e17) = 1/(1 + e^(1e17)) is below
 * 1e-9000000000000000, and said so); a result that stays infinite is an overflow error.
 */
function expOrInfinity(D: DecimalCtor, x: Decimal): Decimal {
  try {
    return REAL_FUNCTIONS.exp!.apply(D, [x]);
  } catch (err) {
    if (err instanceof DomainError && /overflows/.test(err.message) && x.isPositive()) return new D(Number.POSITIVE_INFINITY);
    throw err;
  }
}

/** A value that is ±Infinity (an overflow on the way) has no error bound; ∞ − ∞ and 0·∞ are undefined. */
function overflowed(v: Decimal): Val | undefined {
  if (v.isNaN()) throw new DomainError('beyond the range of decimal arithmetic: an intermediate value overflows 1e9000000000000000 and meets ∞ − ∞ or 0·∞');
  return v.isFinite() ? undefined : { v, err: UNKNOWN };
}

/** A value and a bound on its absolute error, as log10 (−∞: exact, +∞: no bound). */
interface Val {
  readonly v: Decimal;
  readonly err: number;
}

const EXACT = Number.NEGATIVE_INFINITY;
const UNKNOWN = Number.POSITIVE_INFINITY;
/** log10 of the smallest magnitude decimal.js keeps (its minE): the error of a result that underflowed to 0. */
const UNDERFLOW = -9e15;

/**
 * Decimal exponent of |x|: x = d.ddd × 10^e (a zero counts as −∞). It is a LOWER bound of
 * log10 |x|; `top` is the upper one: |x| < 10^top(x) = 10^(mag(x) + 1).
 */
const mag = (x: Decimal): number => (x.isZero() ? Number.NEGATIVE_INFINITY : x.e);
const top = (x: Decimal): number => mag(x) + 1;

/** The rounding error of a result at the working precision of D (one ulp), as log10. */
const ulp = (D: DecimalCtor, r: Decimal): number => (r.isZero() ? EXACT : r.e - D.precision + 1);

/** log10 of a bound on a sum of error bounds: the largest times the number of terms (and 2 for a float's rounding of these logs). */
const plus = (...errs: number[]): number => {
  const m = Math.max(...errs);
  if (m === EXACT || m === UNKNOWN) return m;
  let n = 0;
  for (const e of errs) if (e !== EXACT) n++;
  return m + Math.log10(n) + 0.31;
};

/**
 * Whether a rounded result is exact: decimal.js rounds only when the exact result has
 * more significant digits than the precision, so these tests are cheap and certain.
 */
const exactSum = (D: DecimalCtor, a: Decimal, b: Decimal): boolean => {
  if (a.isZero() || b.isZero()) return true;
  const low = Math.min(a.e - a.sd() + 1, b.e - b.sd() + 1);
  return Math.max(a.e, b.e) + 1 - low + 1 <= D.precision;
};
const exactProduct = (D: DecimalCtor, a: Decimal, b: Decimal): boolean => a.isZero() || b.isZero() || a.sd() + b.sd() <= D.precision;
/** A quotient is exact when multiplying back gives the dividend (checked at a precision that holds the product exactly). */
const exactQuotient = (a: Decimal, b: Decimal, v: Decimal): boolean => {
  if (a.isZero()) return true;
  const P = Decimal.clone({ precision: v.sd() + b.sd() + 2 });
  return new P(v).times(b).eq(a);
};

/** b^n = v exactly, for exact b and a small integer n (negative n: v·b^|n| = 1 exactly). */
function isExactPower(D: DecimalCtor, b: Decimal, n: Decimal, v: Decimal): boolean {
  if (!n.isInteger() || n.abs().gt(D.precision) || b.isZero()) return false;
  const k = n.abs().toNumber();
  if (b.sd() * k > 4 * D.precision) return false;
  if (!n.isNegative()) return b.sd() * k <= D.precision;
  const P = Decimal.clone({ precision: b.sd() * k + v.sd() + 4 });
  return new P(b).pow(k).times(v).eq(1);
}

/** A result of 0 from arguments that were not: it underflowed, and is only known to be below 1e-9e15. */
const underflowed = (v: Decimal, ...args: Decimal[]): boolean => v.isZero() && args.every((a) => !a.isZero());

/** log10 of |1 − |x||, the distance of x to ±1 (exact enough for a bound). */
const toOne = (x: Decimal): number => mag(new Decimal(1).minus(x.abs()));

/**
 * How each function propagates an absolute error of its argument: a bound on
 * log10 |f′| over the interval x ± 10^errX, from x and y = f(x), or +∞ where that
 * interval may reach a singularity or a jump (then the result has no bound, and the
 * evaluator must raise the precision or refuse). Every function of the parser has an
 * entry. The guard `errX < distance − 1` keeps the interval within a tenth of the
 * distance to the nearest singularity, so f′ changes by a small factor across it; a
 * value's magnitude enters as an upper bound, `top(y)` (|y| < 10^top(y)), wherever f′
 * grows with it.
 */
type Slope = (x: Decimal, y: Decimal, errX: number) => number;
/** |f′| ≤ 10^k everywhere. */
const bounded = (k: number): Slope => () => k;
/** Near a singularity at distance 10^d from x (log10), where |f′| ≈ 10^k: a bound only when the argument's error is well inside. */
const near = (d: number, k: number, errX: number): number => (errX >= d - 1 ? UNKNOWN : k + 0.31);
/** tan, sec, cot, csc: the pole is at least (π/4)/max(1, |y|) away; within a tenth of that, |f′| ≤ 5·max(1, |y|)². */
const pole = (y: Decimal, ex: number): number => near(-Math.max(0, top(y)) - 0.11, 2 * Math.max(0, top(y)) + 0.7, ex);
const SLOPE: Readonly<Record<string, Slope>> = nameTable<Slope>({
  // e^(x ± ε) ≤ e^x·e^ε: a factor below 1.11 while ε < 0.1
  exp: (_x, y, ex) => near(0, top(y) + 0.05, ex),
  log: (x, _y, ex) => near(mag(x), -mag(x) + 1, ex),
  log10: (x, _y, ex) => near(mag(x), -mag(x) + 1, ex),
  sqrt: (x, y, ex) => near(mag(x), mag(y) - mag(x) + 1, ex),
  cbrt: (x, y, ex) => near(mag(x), mag(y) - mag(x) + 1, ex),
  sin: bounded(0),
  cos: bounded(0),
  atan: bounded(0),
  tanh: bounded(0),
  asinh: bounded(0),
  erf: bounded(0.06),
  // relative bounds where the value itself becomes tiny: |sech′| = |sech·tanh| ≤ |sech| (which
  // grows by at most e^ε across the interval), and erfc′(x) = −(2/√π)e^(−x²) is below
  // (2x + 2)·erfc(x) for x ≥ 0 (and below 2/√π everywhere), erfc growing by at most e^((2x+2)ε)
  sech: (_x, y, ex) => near(0, Math.min(0, top(y)) + 0.05, ex),
  erfc: (x, y, ex) => {
    if (!x.isPositive()) return 0.06;
    const scale = Math.log10(2 * Math.min(Number(x.toSignificantDigits(6).toString()), 1e300) + 2);
    return near(-scale, Math.min(0.06, top(y) + scale + 0.05), ex);
  },
  abs: bounded(0),
  // the value says how near the pole: |tan x| = |y| puts it atan(1/|y|) ≥ (π/4)/max(1, |y|) away
  // (sec, cot, csc likewise); within a tenth of that, |tan′| = 1 + tan² and |sec′| = |sec·tan| ≤
  // sec² stay below 5·max(1, |y|)²
  tan: (_x, y, ex) => pole(y, ex),
  sec: (_x, y, ex) => pole(y, ex),
  cot: (_x, y, ex) => pole(y, ex),
  csc: (_x, y, ex) => pole(y, ex),
  // |sinh′| = cosh and |cosh′| = |sinh| are below (|y| + 1)·e^ε ≤ 2.21·max(1, |y|)
  sinh: (_x, y, ex) => near(0, Math.max(0, top(y)) + 0.35, ex),
  cosh: (_x, y, ex) => near(0, Math.max(0, top(y)) + 0.35, ex),
  // within min(|x|/10, 0.1) of x, |csch| grows by at most 1.12 and |csch′| = |csch·coth| ≤ |csch| + csch²
  csch: (x, y, ex) => near(Math.min(0, mag(x)), Math.max(top(y), 2 * top(y)) + 0.4, ex),
  // |coth′| = csch² ≤ coth², and |coth| grows by at most 1.12 across the same interval
  coth: (x, y, ex) => near(Math.min(0, mag(x)), 2 * top(y) + 0.1, ex),
  // inverse functions: 1/√(1 − x²) and kin blow up at ±1 (and at 0 for the reciprocal ones)
  asin: (x, _y, ex) => near(toOne(x), -toOne(x) / 2 + 1, ex),
  acos: (x, _y, ex) => near(toOne(x), -toOne(x) / 2 + 1, ex),
  atanh: (x, _y, ex) => near(toOne(x), -toOne(x) + 1, ex),
  acoth: (x, _y, ex) => near(toOne(x), -toOne(x) + 1, ex),
  acosh: (x, _y, ex) => near(toOne(x), -toOne(x) / 2 + 1, ex),
  asec: (x, _y, ex) => near(Math.min(toOne(x), mag(x)), -toOne(x) / 2 - mag(x) + 1, ex),
  acsc: (x, _y, ex) => near(Math.min(toOne(x), mag(x)), -toOne(x) / 2 - mag(x) + 1, ex),
  asech: (x, _y, ex) => near(Math.min(toOne(x), mag(x)), -toOne(x) / 2 - mag(x) + 1, ex),
  acsch: (x, _y, ex) => near(mag(x), -2 * mag(x) + 1, ex),
  // acot jumps at 0 (by π): its argument's sign must be certain; |acot′| = 1/(1 + x²)
  acot: (x, _y, ex) => near(mag(x), Math.min(0, -2 * mag(x) + 0.31), ex),
  // sign is exact where the argument's sign is certain, and has no bound where it is not
  sign: (x, _y, ex) => (x.isZero() && ex === EXACT ? EXACT : ex >= mag(x) - 1 ? UNKNOWN : EXACT),
});

/** Functions that are 0 at 0, and those that are 1 at 0: exact there. */
const ZERO_AT_ZERO: ReadonlySet<string> = new Set(['sin', 'tan', 'asin', 'atan', 'sinh', 'tanh', 'asinh', 'atanh', 'erf', 'cbrt', 'sqrt']);
const ONE_AT_ZERO: ReadonlySet<string> = new Set(['exp', 'cos', 'cosh', 'sech', 'erfc']);
/** Functions that are 0 at 1. */
const ZERO_AT_ONE: ReadonlySet<string> = new Set(['log', 'log10', 'acosh', 'asech']);

/** Whether f(x) = v holds exactly (x exact): the special values above, and roots of exact powers. */
function exactValue(fn: string, x: Decimal, v: Decimal): boolean {
  if (x.isZero()) return (ZERO_AT_ZERO.has(fn) && v.isZero()) || (ONE_AT_ZERO.has(fn) && v.eq(1));
  if (x.eq(1) && ZERO_AT_ONE.has(fn)) return v.isZero();
  if (fn === 'sqrt' || fn === 'cbrt') {
    const P = Decimal.clone({ precision: 3 * v.sd() + 2 });
    const back = fn === 'sqrt' ? new P(v).times(v) : new P(v).times(v).times(v);
    return back.eq(x);
  }
  return false;
}

/** Functions whose result is one of their arguments or a small integer: they add no rounding error. */
const EXACT_FUNCTIONS: ReadonlySet<string> = new Set(['sign', 'abs', 'min', 'max']);

function slopeOf(fn: string, x: Decimal, y: Decimal, errX: number): number {
  const known = SLOPE[fn];
  if (known) return known(x, y, errX);
  throw new InputError(`no error bound is known for ${fn}`);
}

/** The error a function's result carries from its argument's error. */
function propagated(fn: string, x: Val, y: Decimal): number {
  if (x.err === EXACT) return EXACT;
  const slope = slopeOf(fn, x.v, y, x.err);
  if (slope === EXACT) return EXACT; // sign of a certain argument
  return slope === UNKNOWN ? UNKNOWN : x.err + slope;
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
        const x = Object.hasOwn(env, name) ? env[name] : undefined;
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
        const infinite = overflowed(v);
        if (infinite) return infinite;
        return { v, err: plus(a.err, b.err, exactSum(D, a.v, b.v) ? EXACT : ulp(D, v)) };
      };
    }
    case 'mul': {
      const [l, r] = [compileNode(e.left, c), compileNode(e.right, c)];
      return (D, env, m) => {
        const a = l(D, env, m);
        const b = r(D, env, m);
        const v = D.mul(a.v, b.v);
        const infinite = overflowed(v);
        if (infinite) return infinite;
        if (underflowed(v, a.v, b.v)) return { v, err: UNDERFLOW };
        // |Δ(ab)| ≤ |a||Δb| + |b||Δa| + |Δa||Δb|
        return { v, err: plus(a.err + mag(b.v) + 1, b.err + mag(a.v) + 1, a.err + b.err, exactProduct(D, a.v, b.v) ? EXACT : ulp(D, v)) };
      };
    }
    case 'div': {
      const [l, r] = [compileNode(e.left, c), compileNode(e.right, c)];
      return (D, env, m) => {
        const den = r(D, env, m);
        if (den.v.isZero()) throw new DomainError('division by zero');
        const num = l(D, env, m);
        if (!den.v.isFinite()) {
          // a finite number over an overflowed one: below the smallest representable magnitude
          if (!num.v.isFinite()) throw new DomainError('an intermediate value overflows, and ∞/∞ is undefined');
          return { v: new D(0), err: num.v.isZero() && num.err === EXACT ? EXACT : UNDERFLOW };
        }
        if (!num.v.isFinite()) return { v: D.div(num.v, den.v), err: UNKNOWN };
        const v = D.div(num.v, den.v);
        // |Δ(a/b)| ≤ 2(|Δa|/|b| + |a||Δb|/b²) while |Δb| ≤ |b|/2; beyond that, no bound
        if (den.err >= mag(den.v) - 1) return { v, err: UNKNOWN };
        if (underflowed(v, num.v)) return { v, err: UNDERFLOW };
        return { v, err: plus(num.err - mag(den.v) + 1, den.err + mag(num.v) - 2 * mag(den.v) + 2, exactQuotient(num.v, den.v, v) ? EXACT : ulp(D, v)) };
      };
    }
    case 'pow': {
      const l = compileNode(e.left, c);
      if (e.left.kind === 'const' && e.left.name === 'e') {
        const r = compileNode(e.right, c);
        return (D, env, m) => {
          const x = r(D, env, m);
          const v = expOrInfinity(D, x.v);
          if (!v.isFinite()) return { v, err: UNKNOWN };
          if (v.isZero()) return { v, err: UNDERFLOW };
          return { v, err: plus(propagated('exp', x, v), x.err === EXACT && x.v.isZero() ? EXACT : ulp(D, v)) };
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
        if (!v.isFinite()) return { v, err: UNKNOWN };
        if (underflowed(v, b.v)) return { v, err: UNDERFLOW };
        // d(b^y) = y·b^(y−1)·db + b^y·ln|b|·dy
        // each bound holds while the perturbation stays small: |y|·|Δb|/|b| below 1/10 (then
        // b^(y−1) changes by a factor below 1.12 across the interval), and y's error times |ln b|
        // below 1/10 (then b^y changes by a factor below 1.11)
        let viaBase = EXACT;
        if (b.err !== EXACT) {
          const relative = b.err - mag(b.v) + Math.max(0, top(y.v));
          viaBase = b.v.isZero() || b.err >= mag(b.v) - 1 || relative >= -1 ? UNKNOWN : b.err + top(y.v) + top(v) - mag(b.v) + 0.1;
        }
        let viaExponent = EXACT;
        if (y.err !== EXACT && !b.v.isZero()) {
          // |ln b| ≤ (|e| + 1)·ln 10, where b = d.ddd × 10^e
          const logB = Math.log10(Math.abs(b.v.e) + 1) + 0.37;
          viaExponent = y.err + logB >= -1 ? UNKNOWN : y.err + top(v) + logB + 0.05;
        }
        // b^n with b and n exact, n a small non-negative integer, is exact when its digits fit
        const exactPower = b.err === EXACT && y.err === EXACT && isExactPower(D, b.v, y.v, v);
        return { v, err: plus(viaBase, viaExponent, exactPower ? EXACT : ulp(D, v)) };
      };
    }
    case 'call': {
      const catalogue = catalogueCall(e);
      if (catalogue) return compileCatalogueCall(catalogue, c);
      if (e.fn === CATALOGUE_CONSTANT) return compileConstant(e.args[0]!);
      if (e.fn === LOG1P) return log1p(compileNode(e.args[0]!, c));
      const fn = Object.hasOwn(REAL_FUNCTIONS, e.fn) ? REAL_FUNCTIONS[e.fn] : undefined;
      if (!fn) throw new InputError(`unknown function "${e.fn}"`);
      const name = e.fn;
      const args = e.args.map((a) => compileNode(a, c));
      if (args.length === 1) {
        const a = args[0]!;
        const exact = EXACT_FUNCTIONS.has(name);
        const mayUnderflow = name === 'exp' || name === 'erfc';
        // erf and erfc take the exact square of a short argument (GELU's erf(z/√2): z²/2)
        const square = name === 'erf' || name === 'erfc' ? exactSquare(e.args[0]!) : undefined;
        return (D, env, m) => {
          const x = a(D, env, m);
          const sq = square?.(env, D.precision);
          const v = name === 'exp' ? expOrInfinity(D, x.v) : fn.apply(D, [x.v], sq ? { square: sq } : undefined);
          if (!v.isFinite()) return { v, err: UNKNOWN };
          if (mayUnderflow && v.isZero()) return { v, err: UNDERFLOW };
          const rounding = exact || (x.err === EXACT && exactValue(name, x.v, v)) ? EXACT : ulp(D, v);
          return { v, err: plus(propagated(name, x, v), rounding) };
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

/** An exact decimal computed from the tree and the variables, or undefined (not exact, or too long to help). */
type ExactValue = (env: Env, precision: number) => Decimal | undefined;

/** Arithmetic that never rounds: sums and products of decimals are exact at this precision (their digits are checked first). */
const EXACT_ARITHMETIC = Decimal.clone({ precision: 1e9, rounding: Decimal.ROUND_HALF_EVEN, minE: -9e15, maxE: 9e15 });

/** x ∘ y exactly, or undefined (an inexact quotient, or a result longer than 4 times the precision). */
function exactOp(kind: 'add' | 'sub' | 'mul' | 'div', x: Decimal | undefined, y: Decimal | undefined, p: number): Decimal | undefined {
  if (x === undefined || y === undefined) return undefined;
  let v: Decimal;
  if (kind === 'add') v = EXACT_ARITHMETIC.add(x, y);
  else if (kind === 'sub') v = EXACT_ARITHMETIC.sub(x, y);
  else if (kind === 'mul') v = EXACT_ARITHMETIC.mul(x, y);
  else {
    if (y.isZero()) return undefined;
    // a quotient is exact when multiplying back gives the dividend
    const Q = Decimal.clone({ precision: x.sd() + 4 * y.sd() + 10, minE: -9e15, maxE: 9e15 });
    v = new Q(x).div(y);
    if (!EXACT_ARITHMETIC.mul(v, y).eq(x)) return undefined;
  }
  return v.sd() <= 4 * p + 20 ? v : undefined;
}

/**
 * The exact value of a subtree made of literals, variables, +, −, ×, exact quotients and
 * small integer powers, computed at run time; undefined where it is not such a tree or
 * the value is not a short decimal (longer than 4 times the working precision).
 */
function exactValueOf(e: Expr): ExactValue | undefined {
  const short = (v: Decimal | undefined, precision: number): Decimal | undefined => (v !== undefined && v.sd() <= 4 * precision + 20 ? v : undefined);
  switch (e.kind) {
    case 'num': {
      const v = new EXACT_ARITHMETIC(e.value);
      return (_env, p) => short(v, p);
    }
    case 'var': {
      const name = e.name;
      return (env, p) => short(Object.hasOwn(env, name) ? env[name] : undefined, p);
    }
    case 'neg': {
      const a = exactValueOf(e.arg);
      return a && ((env, p) => a(env, p)?.neg());
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const a = exactValueOf(e.left);
      const b = exactValueOf(e.right);
      if (!a || !b) return undefined;
      const kind = e.kind;
      return (env, p) => exactOp(kind, a(env, p), b(env, p), p);
    }
    case 'pow': {
      const n = e.right.kind === 'num' && /^\d{1,2}$/.test(e.right.value) ? Number(e.right.value) : undefined;
      const a = n === undefined ? undefined : exactValueOf(e.left);
      return a && ((env, p) => {
        const x = a(env, p);
        return x === undefined || x.sd() * n! > 4 * p + 20 ? undefined : short(EXACT_ARITHMETIC.pow(x, n!), p);
      });
    }
    default:
      return undefined;
  }
}

/** The exact square of a subtree: of an exact value, or of √a, a^(1/2), a^(−1/2) with a exact, and of products and quotients of these. */
function exactSquare(e: Expr): ExactValue | undefined {
  switch (e.kind) {
    case 'neg':
      return exactSquare(e.arg);
    case 'call':
      return e.fn === 'sqrt' && e.args.length === 1 ? exactValueOf(e.args[0]!) : undefined;
    case 'pow':
      if (e.right.kind === 'div' && e.right.left.kind === 'num' && e.right.right.kind === 'num' && e.right.left.value === '1' && e.right.right.value === '2') return exactValueOf(e.left);
      break;
    case 'mul':
    case 'div': {
      const a = exactSquare(e.left);
      const b = exactSquare(e.right);
      if (!a || !b) return undefined;
      const kind = e.kind;
      return (env, p) => exactOp(kind, a(env, p), b(env, p), p);
    }
    default:
      break;
  }
  const v = exactValueOf(e);
  return v && ((env, p) => {
    const x = v(env, p);
    return exactOp('mul', x, x, p);
  });
}

/**
 * ln(1 + u) without the cancellation of 1 + u for tiny u: 2·atanh(u/(2 + u)) while |u| < 1/2
 * (atanh is accurate to its last digit for tiny arguments), ln(1 + u) beyond. Slope 1/(1 + u).
 */
function log1p(arg: Inner): Inner {
  const { atanh, log } = REAL_FUNCTIONS;
  return (D, env, m) => {
    const u = arg(D, env, m);
    const onePlus = D.add(1, u.v);
    if (onePlus.lte(0)) throw new DomainError('log(x) needs x > 0');
    const v = u.v.abs().lt('0.5') ? D.mul(2, atanh!.apply(D, [D.div(u.v, D.add(2, u.v))])) : log!.apply(D, [onePlus]);
    // |d ln(1 + u)/du| = 1/(1 + u): a bound while u's error stays well below 1 + u
    const viaArg = u.err === EXACT ? EXACT : u.err >= mag(onePlus) - 1 ? UNKNOWN : u.err - mag(onePlus) + 1;
    // roundings: of u/(2 + u), atanh and the doubling (3 units of v), or of 1 + u, carried by
    // 1/(1 + u) ≤ 2 into an ln of at least |ln 1.5| (6 units of v)
    return { v, err: plus(viaArg, u.err === EXACT && u.v.isZero() ? EXACT : ulp(D, v) + 0.8) };
  };
}

// --- catalogue activations in expressions (symbolic/registry.ts) ----------------------

/** The compiler's name for a constant parameter of a catalogue call (only in trees made here). */
const CATALOGUE_CONSTANT = 'gp_catalogue_constant';
/** Constant parameters' values by text, precision and rounding: pure functions of the three. */
const constants = new Map<string, Val>();

/**
 * A constant subtree (no variables) evaluated once at 40 to 104 digits above the working
 * precision (a multiple of 64, so that nearby precisions share it), then rounded to it: its
 * error bound plus that rounding.
 */
function compileConstant(e: Expr): Inner {
  const inner = compileNode(e, { slots: new Map(), ids: new WeakMap(), shapes: new Map(), free: new WeakMap() });
  const text = JSON.stringify(e);
  return (D) => {
    const P = decimalContext(Math.ceil((D.precision + 40) / 64) * 64);
    const key = `${P.precision}:${text}`;
    let v = constants.get(key);
    if (!v) {
      v = inner(P, {}, { slots: [] });
      if (constants.size >= 256) constants.delete(constants.keys().next().value!);
      constants.set(key, v);
    }
    const r = new D(v.v).plus(0);
    return { v: r, err: plus(v.err, r.eq(v.v) ? EXACT : ulp(D, r)) };
  };
}

type End = { readonly f: Inner; readonly closed: boolean } | undefined;

/** Which side of an end the argument is on: its nominal side, and whether the errors leave it in doubt. */
function side(D: DecimalCtor, env: Env, m: Memo, x: Val, end: End, below: boolean): { inside: boolean; doubtful: boolean } {
  if (!end) return { inside: true, doubtful: false };
  const b = end.f(D, env, m);
  const cmp = x.v.cmp(b.v);
  const inside = below ? cmp > 0 || (cmp === 0 && end.closed) : cmp < 0 || (cmp === 0 && end.closed);
  if (x.err === EXACT && b.err === EXACT) return { inside, doubtful: false };
  return { inside, doubtful: mag(D.sub(x.v, b.v)) <= plus(x.err, b.err) + 1 };
}

/**
 * act⁽ᵏ⁾(u) for a catalogue activation: the catalogue's formula for the piece whose interval
 * holds u (its derived pieces and closed ends, as its own `closure(k)` picks them), with u
 * substituted, so the running error bound covers u's error. Where that error leaves the
 * piece in doubt, the bound also covers the neighbouring piece's value (no bound when that
 * piece is undefined there), and the evaluator raises the precision.
 */
function compileCatalogueCall(call: CatalogueCall, c: Compiler): Inner {
  // a default given by a closed form (SELU's α and λ) is computed once per precision, not per evaluation
  const params: Record<string, Expr> = Object.create(null);
  for (const [name, p] of Object.entries(call.params)) params[name] = p.kind === 'num' || (p.kind === 'neg' && p.arg.kind === 'num') ? p : { kind: 'call', fn: CATALOGUE_CONSTANT, args: [p] };
  const { intervals, pieces } = expandCatalogueCall({ ...call, params });
  const u = compileNode(call.arg, c);
  const bodies = pieces.map((p) => compileNode(stabilize(p), c));
  const end = (b: CatalogueBound | undefined): End => (b ? { f: compileNode(b.expr, c), closed: b.closed } : undefined);
  const ends = intervals.map((iv) => ({ lo: end(iv.lo), hi: end(iv.hi) }));
  const name = call.fn.name;
  return (D, env, m) => {
    const x = u(D, env, m);
    let chosen = -1;
    const doubtful: number[] = [];
    ends.forEach(({ lo, hi }, i) => {
      const a = side(D, env, m, x, lo, true);
      const b = side(D, env, m, x, hi, false);
      if (a.inside && b.inside && chosen < 0) chosen = i;
      else if ((a.inside || a.doubtful) && (b.inside || b.doubtful)) doubtful.push(i);
    });
    if (chosen < 0) throw new InputError(`${name}: no piece covers z = ${x.v.toString()}`);
    const y = bodies[chosen]!(D, env, m);
    let err = y.err;
    for (const i of doubtful) {
      try {
        const other = bodies[i]!(D, env, m);
        const gap = D.sub(other.v, y.v).abs();
        err = plus(err, other.err, gap.isZero() ? EXACT : mag(gap) + 1);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        err = UNKNOWN;
      }
    }
    return { v: y.v, err };
  };
}

/** Common subexpressions share one memo slot per evaluation: σ′ = e^(−z)/(1 + e^(−z))² computes e^(−z) once. */
interface Compiler {
  readonly slots: Map<number, { readonly index: number; readonly body: Inner }>;
  /** Structural identity of subtrees (hash-consing): equal subtrees get equal numbers, in time linear in the tree. */
  readonly ids: WeakMap<Expr, number>;
  readonly shapes: Map<string, number>;
  /** Whether each subtree has a variable in it. */
  readonly free: WeakMap<Expr, boolean>;
}

/** The structural number of a subtree: computed from its children's numbers, never from its text. */
function structuralId(e: Expr, c: Compiler): number {
  const known = c.ids.get(e);
  if (known !== undefined) return known;
  let shape: string;
  switch (e.kind) {
    case 'num':
      shape = `n${e.value}`;
      break;
    case 'const':
    case 'var':
      shape = `${e.kind[0]}${e.name}`;
      break;
    case 'neg':
      shape = `-${structuralId(e.arg, c)}`;
      break;
    case 'call':
      shape = `${e.fn}(${e.args.map((a) => structuralId(a, c)).join(',')})`;
      break;
    default:
      shape = `${e.kind}(${structuralId(e.left, c)},${structuralId(e.right, c)})`;
  }
  let id = c.shapes.get(shape);
  if (id === undefined) {
    id = c.shapes.size;
    c.shapes.set(shape, id);
  }
  c.ids.set(e, id);
  return id;
}

/** Whether a subtree has a variable in it (remembered per subtree: linear in the tree). */
function hasVariable(e: Expr, c: Compiler): boolean {
  const known = c.free.get(e);
  if (known !== undefined) return known;
  const r = e.kind === 'var' ? true : e.kind === 'num' || e.kind === 'const' ? false : e.kind === 'neg' ? hasVariable(e.arg, c) : e.kind === 'call' ? e.args.some((a) => hasVariable(a, c)) : hasVariable(e.left, c) || hasVariable(e.right, c);
  c.free.set(e, r);
  return r;
}

/** Per-evaluation state: the memo slots. */
interface Memo {
  readonly slots: (Val | undefined)[];
}

type Inner = (D: DecimalCtor, env: Env, memo: Memo) => Val;

function compileNode(e: Expr, c: Compiler): Inner {
  if (e.kind === 'var' || e.kind === 'num' || e.kind === 'const') return compileRaw(e, c);
  const key = structuralId(e, c);
  let slot = c.slots.get(key);
  if (!slot) {
    const compiled = compileRaw(e, c); // children first: they take the lower slot numbers
    slot = { index: c.slots.size, body: compiled };
    c.slots.set(key, slot);
  }
  const { index, body } = slot;
  // a subtree without variables (√π, 2/√(2π)) is a function of the context alone: kept per
  // context (one constructor per precision and rounding) across evaluations of this closure
  const constant = hasVariable(e, c) ? undefined : new WeakMap<DecimalCtor, Val>();
  return (D, env, m) => {
    const hit = m.slots[index];
    if (hit !== undefined) return hit;
    let value = constant?.get(D);
    if (value === undefined) {
      value = body(D, env, m);
      constant?.set(D, value);
    }
    m.slots[index] = value;
    return value;
  };
}

/**
 * Compiles a tree to a closure over decimal.js. The closure throws {@link DomainError}
 * where the expression is undefined over the reals, never returns NaN. Forms that cancel
 * (log(1 + u), 1 − tanh(u)², 1 ± erf(u), e^u − 1) are evaluated through exact rewrites
 * that do not (numeric/stabilize.ts).
 *
 * @example
 * ```ts
 * const f = compile(parse('x^2 + 1'));
 * const D = decimalContext(40);
 * f(D, { x: new D('0.5') }).toString(); // '1.25'
 * ```
 */
export function compile(e: Expr): Closure {
  const c: Compiler = { slots: new Map(), ids: new WeakMap(), shapes: new Map(), free: new WeakMap() };
  const root = compileNode(stabilize(e), c);
  const run = (D: DecimalCtor, env: Env): Val => {
    const out = root(D, env, { slots: [] });
    if (!out.v.isFinite()) throw new DomainError(`the value overflows (beyond 1e9000000000000000)`);
    return out;
  };
  const tracked = (D: DecimalCtor, env: Env): Tracked => {
    const { v, err } = run(D, env);
    return { value: v, lost: lostDigits(D, v, err), err };
  };
  const closure: Closure = Object.assign((D: DecimalCtor, env: Env) => run(D, env).v, { tracked });
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
