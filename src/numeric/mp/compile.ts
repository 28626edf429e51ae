/**
 * The compiler from expression trees to closures on the BigInt engine, the counterpart
 * of `numeric/compile.ts` for decimal.js. A closure takes a precision in significant
 * decimal digits and the variables as Decimals, and returns a Decimal; inside, every
 * operation rounds to a binary working precision of ⌈digits·log2 10⌉ + 10 bits and
 * carries a bound on its absolute error (the `tracked` form reports the digits that
 * bound does not cover, with the meaning of `numeric/compile.ts`'s `lost`).
 *
 * Values the tree gives exactly are also kept as short rationals (literals, variables,
 * and sums, products, quotients and integer powers of them), so that e^(−z²/2) gets an
 * exact argument and erf(z/√2) its exact square z²/2: their series then cost
 * multiplications by short integers only.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, InputError } from '../../errors.js';
import { type Expr, format, oddRootExponent } from '../../symbolic/tree.js';
import { type Approx, EXACT, errSum } from './approx.js';
import { eFixed, ln10Fixed, piFixed } from './constants.js';
import { decimalParts, pow5, pow10, type Rational, ratToFloat, toDecimal } from './convert.js';
import { expApprox } from './exp.js';
import {
  absF,
  add,
  type BigFloat,
  bitLength,
  EXP_LIMIT,
  fromFixed,
  fromInt,
  isInteger,
  mul,
  neg,
  ONE,
  round,
  toBigInt,
  top,
  ZERO,
} from './float.js';
import { MP_FUNCTIONS, type MpArg } from './functions.js';
import { lnApprox } from './log.js';
import { aAdd, aDiv, aMul, aSub, bottom, ulpOf } from './ops.js';
import { BeyondRange, ExponentRange, UnderflowError } from './range.js';
import { RATIONAL_CAP, ratAdd, ratDiv, ratInteger, ratMul, ratNeg, ratPow, ratReduce, ratSize } from './rational.js';
import { propagate } from './slopes.js';
import { LOG1P, stabilize } from '../stabilize.js';

/**
 * Variable values by name, as exact Decimals.
 *
 * @example
 * ```ts
 * const env: MpEnv = { z: new Decimal('0.7'), alpha: new Decimal('1.5') };
 * ```
 */
export type MpEnv = Readonly<Record<string, Decimal>>;

/**
 * The result of a tracked evaluation.
 *
 * @example
 * ```ts
 * const t: MpTracked = compileMp(parse('1 + x')).tracked(30, { x: new Decimal('1e-40') });
 * t.lost; // 0: the bound covers all 30 digits
 * ```
 */
export interface MpTracked {
  /** The value rounded to the digits asked for (nearest, ties to even). */
  readonly value: Decimal;
  /**
   * Digits of the precision asked for that the error bound does not cover: 0 when the
   * bound is within the last digit, ∞ when the value is 0 but not exactly (or unbounded).
   */
  readonly lost: number;
  /** True when the value is 0 only because a term fell below the engine's range (e^(−10^20)). */
  readonly underflow: boolean;
}

/**
 * A compiled expression on the BigInt engine. Called as `f(digits, env)` it returns the
 * value rounded to `digits` significant digits (throwing {@link UnderflowError} rather
 * than returning a 0 that is only an underflow).
 *
 * @example
 * ```ts
 * const f = compileMp(parse('e^x'));
 * f(30, { x: new Decimal(1) }).toString(); // '2.71828182845904523536028747135'
 * f.bounds(30, { x: new Decimal(1) });     // { lo: 2.718…134, hi: 2.718…136 }: e lies between
 * ```
 */
export type MpClosure = ((digits: number, env: MpEnv) => Decimal) & {
  /** The value with the digits its running error bound does not cover (see {@link MpTracked}). */
  readonly tracked: (digits: number, env: MpEnv) => MpTracked;
  /**
   * Decimal bounds lo ≤ f ≤ hi with `digits` significant digits each, rounded outward from
   * the running error bound (±Infinity when there is no bound).
   */
  readonly bounds: (digits: number, env: MpEnv) => { readonly lo: Decimal; readonly hi: Decimal };
  /** The binary value at `prec` bits of working precision and the log2 of its absolute error bound. */
  readonly approx: (prec: number, env: MpEnv) => Approx & { readonly underflow: boolean };
  /** True when the tree is the literal 0. */
  readonly constantZero?: boolean;
};

/** Bits of working precision for a precision in significant decimal digits. */
export function bitsForDigits(digits: number): number {
  return Math.ceil(digits * LOG2_10) + 10;
}

const LOG2_10 = 3.321928094887362;
const LOG10_2 = Math.LOG10E * Math.LN2;
/** The error bound of a term that underflowed: |true value| < 2^−2^52. */
const UNDERFLOW_ERR = -EXP_LIMIT;

/** A node's value: a float, its error bound, and what is known exactly. */
interface Val extends Approx {
  /** The value as an exact short rational, when known. */
  readonly q?: Rational;
  /** Its square as an exact short rational, when known and q is not. */
  readonly sq?: Rational;
  /** 0 only because a term underflowed. */
  readonly under?: boolean;
}

interface Ctx {
  readonly wp: number;
  readonly env: MpEnv;
  readonly slots: (Val | undefined)[];
  readonly vars: Map<string, Val>;
}

type Inner = (c: Ctx) => Val;

interface Compiler {
  readonly slots: Map<number, { readonly index: number; readonly body: Inner }>;
  readonly ids: WeakMap<Expr, number>;
  readonly shapes: Map<string, number>;
  readonly hasVars: Map<number, boolean>;
}

const sqOf = (x: Val): Rational | undefined => x.sq ?? (x.q && { num: x.q.num * x.q.num, den: x.q.den * x.q.den });

/** A rational rounded to wp bits, exact when its reduced denominator is a power of two that fits. */
function ratVal(q: Rational, wp: number): Val {
  const v = ratToFloat(q, wp);
  const exact = (q.den & (q.den - 1n)) === 0n && bitLength(q.num < 0n ? -q.num : q.num) <= wp;
  return { v, err: exact ? EXACT : ulpOf(v, wp), q };
}

/**
 * A value known as an exact rational (exact arithmetic on literals and variables, as the
 * decimal.js compiler's exactness tests see it): the float nearest to it, exact when it
 * is representable (x − x, 0.5 + 0.25), else within half a unit.
 */
function fromRational(q: Rational, wp: number): Val {
  if (q.num === 0n) return { v: ZERO, err: EXACT, q };
  const v = ratToFloat(q, wp);
  // exact when v·den = num: v = m·2^e, so m·den·2^e = num
  const lhs = v.man * q.den;
  const exactValue = v.exp >= 0 ? lhs << BigInt(v.exp) === q.num : lhs === q.num << BigInt(-v.exp);
  return { v, err: exactValue ? EXACT : ulpOf(v, wp), q };
}

/**
 * A Decimal as a float with its error bound and its exact rational, converted with at
 * least its own digits (so that 0.999…9 never rounds to 1).
 */
export function decimalToVal(x: Decimal, name: string, wp: number): Val {
  if (!x.isFinite()) throw new InputError(`the variable "${name}" must be a finite number, got ${x.toString()}`);
  const { int, exp10 } = decimalParts(x);
  if (int === 0n) return { v: ZERO, err: EXACT, q: { num: 0n, den: 1n } };
  if (Math.abs(exp10) > 100000) return hugeExponentVal(x, name, wp);
  const q: Rational = exp10 >= 0 ? { num: int * pow10(exp10), den: 1n } : { num: int, den: pow10(-exp10) };
  const p = Math.max(wp, Math.ceil(x.sd() * LOG2_10) + 16);
  const v = ratToFloat(q, p);
  const exact = exp10 >= 0 || int % pow5(-exp10) === 0n;
  return { v, err: exact ? EXACT : ulpOf(v, p), q: ratSize(q) <= RATIONAL_CAP ? q : undefined };
}

/** The last conversions of each Decimal (a point is evaluated at several precisions, by several closures). */
const conversions = new WeakMap<Decimal, Map<number, Val>>();

function cachedConversion(x: Decimal, name: string, wp: number): Val {
  let byWp = conversions.get(x);
  if (byWp === undefined) {
    byWp = new Map();
    conversions.set(x, byWp);
  }
  let v = byWp.get(wp);
  if (v === undefined) {
    v = decimalToVal(x, name, wp);
    if (byWp.size > 8) byWp.clear();
    byWp.set(wp, v);
  }
  return v;
}

/** x = m·10^k with |k| > 10^5: 10^k = 2^(k·log2 10) through the engine's exp (not exact). */
function hugeExponentVal(x: Decimal, name: string, wp: number): Val {
  const { int, exp10 } = decimalParts(x);
  if (Math.abs(exp10) > 1.3e15) throw new BeyondRange(`the variable "${name}" = ${x.toSignificantDigits(6).toString()} is outside the BigInt engine's exponent range (about 1e±1.3e15)`);
  const p = wp + 16 + Math.ceil(Math.log2(Math.abs(exp10)));
  // 10^k = e^(k·ln 10), with the exact integer k: exp reduces it by ln 2 itself
  const ln10 = { v: fromFixed(ln10Fixed(p), p), err: 2 - p };
  const arg = mul(fromInt(exp10), ln10.v, p);
  const argErr = errSum(ln10.err + Math.log2(Math.abs(exp10)), ulpOf(arg, p));
  const E = expApprox(arg, p);
  const m = ratToFloat({ num: int, den: 1n }, p);
  const v = mul(m, E.v, p);
  return { v, err: errSum(top(v) + E.err - bottom(E.v) + 1, top(v) + argErr + 1, ulpOf(v, p)) };
}

function compileRaw(e: Expr, c: Compiler): Inner {
  switch (e.kind) {
    case 'num': {
      const q = ratReduce(ratFromText(e.value));
      const cache = new Map<number, Val>();
      return (ctx) => {
        let v = cache.get(ctx.wp);
        if (v === undefined) {
          v = ratVal(q, ctx.wp);
          if (cache.size > 32) cache.clear();
          cache.set(ctx.wp, v);
        }
        return v;
      };
    }
    case 'const': {
      const fixed = e.name === 'pi' ? piFixed : eFixed;
      const cache = new Map<number, Val>();
      return (ctx) => {
        let v = cache.get(ctx.wp);
        if (v === undefined) {
          const r = round(fromFixed(fixed(ctx.wp + 4), ctx.wp + 4), ctx.wp);
          v = { v: r, err: ulpOf(r, ctx.wp) };
          if (cache.size > 32) cache.clear();
          cache.set(ctx.wp, v);
        }
        return v;
      };
    }
    case 'var': {
      const name = e.name;
      return (ctx) => {
        let v = ctx.vars.get(name);
        if (v === undefined) {
          const x = ctx.env[name];
          if (x === undefined) throw new InputError(`no value given for the variable "${name}"`);
          v = cachedConversion(x, name, ctx.wp);
          ctx.vars.set(name, v);
        }
        return v;
      };
    }
    case 'neg': {
      const a = compileNode(e.arg, c);
      return (ctx) => {
        const x = a(ctx);
        return { v: neg(x.v), err: x.err, q: ratNeg(x.q), sq: x.sq, under: x.under };
      };
    }
    case 'add':
    case 'sub': {
      const [l, r] = [compileNode(e.left, c), compileNode(e.right, c)];
      const subtract = e.kind === 'sub';
      return (ctx) => {
        const a = l(ctx);
        const b = r(ctx);
        const s = subtract ? aSub(a, b, ctx.wp) : aAdd(a, b, ctx.wp);
        const q = ratAdd(a.q, subtract ? ratNeg(b.q) : b.q);
        if (q !== undefined && s.err !== EXACT) return fromRational(q, ctx.wp);
        const under = s.v.man === 0n && (a.under === true || b.under === true);
        return { v: s.v, err: s.err, q, sq: undefined, under };
      };
    }
    case 'mul': {
      const [l, r] = [compileNode(e.left, c), compileNode(e.right, c)];
      return (ctx) => {
        const a = l(ctx);
        const b = r(ctx);
        const p = aMul(a, b, ctx.wp);
        const q = ratMul(a.q, b.q);
        if (q !== undefined && p.err !== EXACT) return fromRational(q, ctx.wp);
        const sq = q === undefined ? ratMul(sqOf(a), sqOf(b)) : undefined;
        const under = p.v.man === 0n && (a.under === true || b.under === true);
        return { v: p.v, err: p.err, q, sq, under };
      };
    }
    case 'div': {
      const [l, r] = [compileNode(e.left, c), compileNode(e.right, c)];
      return (ctx) => {
        const den = r(ctx);
        if (den.v.man === 0n) throw new DomainError('division by zero');
        const num = l(ctx);
        const d = aDiv(num, den, ctx.wp);
        const q = ratDiv(num.q, den.q);
        if (q !== undefined && d.err !== EXACT) return fromRational(q, ctx.wp);
        const sq = q === undefined ? ratDiv(sqOf(num), sqOf(den)) : undefined;
        return { v: d.v, err: d.err, q, sq, under: d.v.man === 0n && num.under === true };
      };
    }
    case 'pow':
      return compilePow(e.left, e.right, c);
    case 'call':
      return compileCall(e.fn, e.args, c);
  }
}

function ratFromText(text: string): Rational {
  const { int, exp10 } = decimalParts(new Decimal(text));
  return exp10 >= 0 ? { num: int * 10n ** BigInt(exp10), den: 1n } : { num: int, den: 10n ** BigInt(-exp10) };
}

/** Integer exponents up to this size use binary powering; larger ones e^(y·ln|b|). */
const POWERING_LIMIT = 2 ** 20;

function compilePow(left: Expr, right: Expr, c: Compiler): Inner {
  const l = compileNode(left, c);
  if (left.kind === 'const' && left.name === 'e') {
    const r = compileNode(right, c);
    return (ctx) => callFunction('exp', [r(ctx)], ctx.wp);
  }
  const root = oddRootExponent(right);
  const r = root ? undefined : compileNode(right, c);
  return (ctx) => {
    const b = l(ctx);
    const y: Val = root ? { v: ZERO, err: EXACT, q: { num: root.p, den: root.q } } : r!(ctx);
    return power(b, y, ctx.wp, root !== undefined);
  };
}

/** b^y with the domain rules and messages of numeric/compile.ts. */
function power(b: Val, y: Val, wp: number, oddRoot: boolean): Val {
  const yIsZero = y.q !== undefined ? y.q.num === 0n : y.v.man === 0n && y.err === EXACT;
  if (b.v.man === 0n) {
    if (yIsZero) throw new DomainError('0^0 is undefined');
    if (y.q !== undefined ? y.q.num < 0n : y.v.man < 0n) throw new DomainError('0 raised to a negative power (division by zero)');
    // |B| ≤ 2^err(b) for the true base B: |B^n| ≤ 2^(n·err(b)) for an exact positive integer n
    const n = y.err === EXACT ? (y.q !== undefined ? ratInteger(y.q) : isInteger(y.v) ? toBigInt(y.v) : undefined) : undefined;
    const err = b.err === EXACT ? EXACT : n !== undefined && n > 0n && n <= BigInt(POWERING_LIMIT) && b.err < 0 ? Number(n) * b.err : Number.POSITIVE_INFINITY;
    return { v: ZERO, err, q: b.q && { num: 0n, den: 1n }, under: b.under };
  }
  const yInt = y.q !== undefined ? ratInteger(y.q) : isInteger(y.v) ? toBigInt(y.v) : undefined;
  if (b.v.man < 0n && yInt === undefined && !oddRoot) {
    throw new DomainError(
      `negative base ${toDecimal(b.v, 6).toString()} raised to the non-integer power ${y.q ? new Decimal(y.q.num.toString()).div(y.q.den.toString()).toSignificantDigits(6).toString() : toDecimal(y.v, 6).toString()}`,
    );
  }
  try {
    if (yInt !== undefined && (yInt < 0n ? -yInt : yInt) <= BigInt(POWERING_LIMIT)) return intPower(b, Number(yInt), y, wp);
    // b^(n/2) = (√b)^n and b^(n/3) = (∛b)^n: no logarithm needed
    const r = y.q && ratReduce(y.q);
    if (r && (r.den === 2n || r.den === 3n) && (r.num < 0n ? -r.num : r.num) <= BigInt(POWERING_LIMIT)) {
      const root = callFunction(r.den === 2n ? 'sqrt' : 'cbrt', [b], wp + 4);
      return intPower(root, Number(r.num), { v: ZERO, err: EXACT }, wp);
    }
    // a negative base here has an odd-root or an integer exponent: (−1)^numerator
    const negResult = b.v.man < 0n && (oddRoot ? y.q!.num % 2n !== 0n : yInt !== undefined && yInt % 2n !== 0n);
    const e = expOfProduct(b, y, wp, oddRoot);
    return negResult ? { v: neg(e.v), err: e.err } : e;
  } catch (err) {
    if (err instanceof ExponentRange) {
      if (err.kind === 'overflow') throw new BeyondRange();
      return { v: ZERO, err: UNDERFLOW_ERR, under: true };
    }
    throw err;
  }
}

/** b^n by binary powering at wp + log2|n| + 8 bits, with the propagated error of b (and of y). */
function intPower(b: Val, n: number, y: Val, wp: number): Val {
  const an = Math.abs(n);
  const p = wp + 8 + Math.ceil(Math.log2(an + 1));
  let acc = ONE;
  let base = b.v;
  for (let m = an; m > 0; m = Math.floor(m / 2)) {
    if (m % 2 === 1) acc = mul(acc, base, p);
    if (m > 1) base = mul(base, base, p);
    if (Math.abs(top(acc)) > EXP_LIMIT || Math.abs(top(base)) > EXP_LIMIT) throw new ExponentRange(top(base) > 0 === n > 0 ? 'overflow' : 'underflow');
  }
  let v = acc;
  // each product rounds once: relative error ≤ 2·log2|n|·2^−p; a quotient adds one rounding
  let rel = Math.log2(2 * Math.log2(an + 1) + 2) - p;
  if (n < 0) {
    v = aDiv({ v: ONE, err: EXACT }, { v: acc, err: EXACT }, p).v;
    rel = errSum(rel, -p + 1);
  }
  if (an === 0) return { v: ONE, err: EXACT, q: { num: 1n, den: 1n } };
  const exactPower = b.err === EXACT && b.v.bits * an <= p && n > 0;
  let err = exactPower ? EXACT : top(v) + rel;
  if (b.err !== EXACT) {
    // |Δ(b^n)| ≤ 2|n|·|b^n|·|Δb|/|b| while |n|·|Δb|/|b| ≤ 1/4
    const relB = b.err - bottom(b.v);
    // otherwise (b about as small as its error, sin(π) at any precision) and n > 0:
    // |B^n − b^n| ≤ |B|^n + |b|^n ≤ 2·2^(n·(max(top b, err b) + 1)), small when both are
    const small = n > 0 && Math.max(top(b.v), b.err) < 0 ? an * (Math.max(top(b.v), b.err) + 1) + 1 : Number.POSITIVE_INFINITY;
    err = errSum(err, Math.log2(an) + relB <= -2 ? top(v) + Math.log2(an) + relB + 1 : small);
  }
  if (y.err !== EXACT) err = errSum(err, y.err + top(v) + logLogBound(b.v) + 1);
  const q = ratPow(b.q, n);
  const sq = q === undefined ? ratPow(sqOf(b), n) : undefined;
  return { v, err, q, sq, under: b.under };
}

/** A bound on log2 |ln |b||. */
function logLogBound(b: BigFloat): number {
  return Math.log2(Math.max(Math.abs(top(b)), Math.abs(bottom(b))) + 1);
}

/** |b|^y = e^(y·ln|b|), with the errors of b and y carried through ln, the product and exp. */
function expOfProduct(b: Val, y: Val, wp: number, oddRoot: boolean): Approx {
  const ab = absF(b.v);
  const yv = oddRoot ? ratToFloat(y.q!, wp + 8) : y.v;
  const yErr = oddRoot ? ulpOf(yv, wp + 8) : y.err;
  // e^u turns an absolute error of u into a relative one: u needs wp + log2|u| bits
  const guess = top(yv) + logLogBound(ab);
  const p = wp + 8 + Math.max(0, Math.ceil(guess));
  const L = lnApprox(ab, p);
  const Lerr = errSum(L.err, propagate('log', ab, L.v, b.err));
  const u = aMul({ v: yv, err: yErr }, { v: L.v, err: Lerr }, p);
  const E = expApprox(u.v, p);
  return { v: E.v, err: errSum(E.err, propagate('exp', u.v, E.v, u.err)) };
}

function callFunction(name: string, args: readonly Val[], wp: number): Val {
  const fn = MP_FUNCTIONS[name]!;
  const mpArgs: MpArg[] = args.map((a) => ({ v: a.v, q: a.q, sq: a.sq }));
  let r: Approx;
  try {
    r = fn.approx(mpArgs, wp);
  } catch (err) {
    if (err instanceof ExponentRange) {
      if (err.kind === 'overflow') throw new BeyondRange();
      return { v: ZERO, err: UNDERFLOW_ERR, under: true };
    }
    throw err;
  }
  let carried: number;
  if (r.fromExact) {
    carried = EXACT;
  } else if (args.length === 1 && name !== 'min' && name !== 'max') {
    carried = propagate(name, args[0]!.v, r.v, args[0]!.err);
  } else {
    // min and max (of one argument too): |max(a, b) − max(â, b̂)| ≤ max(|Δa|, |Δb|); when the
    // chosen argument is apart from every other by more than both errors, the order is certain
    // and only its own error carries (max(z, 0) at z < 0 is then the exact 0)
    carried = Math.max(...args.map((a) => a.err));
    const chosen = args.filter((a) => a.v.man === r.v.man && a.v.exp === r.v.exp);
    if (chosen.length === 1) {
      const c = chosen[0]!;
      const apart = args.every((a) => a === c || top(add(a.v, neg(c.v))) - 1 > Math.max(a.err, c.err) + 1);
      if (apart) carried = c.err;
    }
  }
  const x = args[0]!;
  const under = r.v.man === 0n && args.some((a) => a.under === true);
  const out: Val = { v: r.v, err: errSum(r.err, carried), under };
  if (name === 'abs' && x.q) return { ...out, q: { num: x.q.num < 0n ? -x.q.num : x.q.num, den: x.q.den } };
  if (name === 'sign' && out.err === EXACT) return { ...out, q: { num: BigInt(r.v.man === 0n ? 0 : r.v.man < 0n ? -1 : 1), den: 1n } };
  if (name === 'sqrt' && x.q && x.q.num >= 0n) return { ...out, sq: x.q };
  return out;
}

function compileCall(name: string, argExprs: readonly Expr[], c: Compiler): Inner {
  if (name === LOG1P && argExprs.length === 1) {
    const u = compileNode(argExprs[0]!, c);
    return (ctx) => log1p(u(ctx), ctx.wp);
  }
  if (!MP_FUNCTIONS[name]) throw new InputError(`unknown function "${name}"`);
  const args = argExprs.map((a) => compileNode(a, c));
  return (ctx) =>
    callFunction(
      name,
      args.map((a) => a(ctx)),
      ctx.wp,
    );
}

function compileNode(e: Expr, c: Compiler): Inner {
  if (e.kind === 'var' || e.kind === 'num' || e.kind === 'const') return compileRaw(e, c);
  const key = structuralId(e, c);
  let slot = c.slots.get(key);
  if (!slot) {
    let compiled = compileRaw(e, c); // children first: they take the lower slot numbers
    if (!c.hasVars.get(key)) compiled = constantPerPrecision(compiled);
    slot = { index: c.slots.size, body: compiled };
    c.slots.set(key, slot);
  }
  const { index, body } = slot;
  return (ctx) => {
    const hit = ctx.slots[index];
    if (hit !== undefined) return hit;
    const value = body(ctx);
    ctx.slots[index] = value;
    return value;
  };
}

/**
 * The structural number of a subtree (hash-consing, as in numeric/compile.ts): equal
 * subtrees get equal numbers, computed from the children's numbers in time linear in the
 * tree, never from its text. Also records whether the subtree has variables.
 */
function structuralId(e: Expr, c: Compiler): number {
  const known = c.ids.get(e);
  if (known !== undefined) return known;
  let shape: string;
  let vars = false;
  switch (e.kind) {
    case 'num':
      shape = `n${e.value}`;
      break;
    case 'const':
      shape = `c${e.name}`;
      break;
    case 'var':
      shape = `v${e.name}`;
      vars = true;
      break;
    case 'neg': {
      const a = structuralId(e.arg, c);
      shape = `-${a}`;
      vars = c.hasVars.get(a)!;
      break;
    }
    case 'call': {
      const ids = e.args.map((a) => structuralId(a, c));
      shape = `${e.fn}(${ids.join(',')})`;
      vars = ids.some((i) => c.hasVars.get(i));
      break;
    }
    default: {
      const l = structuralId(e.left, c);
      const r = structuralId(e.right, c);
      shape = `${e.kind}(${l},${r})`;
      vars = c.hasVars.get(l)! || c.hasVars.get(r)!;
    }
  }
  let id = c.shapes.get(shape);
  if (id === undefined) {
    id = c.shapes.size;
    c.shapes.set(shape, id);
    c.hasVars.set(id, vars);
  }
  c.ids.set(e, id);
  return id;
}

/**
 * ln(1 + u) without the cancellation of 1 + u (stabilize.ts writes log(1 + u) so): for
 * |u| below 2^(−wp−4), u itself (|ln(1 + u) − u| ≤ u²); otherwise ln of the exact sum
 * 1 + u, whose logarithm keeps its relative precision near 1. Slope 1/(1 + u).
 */
function log1p(u: Val, wp: number): Val {
  if (u.v.man === 0n && u.err === EXACT) return { v: ZERO, err: EXACT, q: { num: 0n, den: 1n } };
  let r: Approx;
  let onePlus: BigFloat;
  if (u.v.man !== 0n && top(u.v) < -wp - 4) {
    onePlus = ONE;
    r = { v: u.v, err: 2 * top(u.v) };
  } else {
    onePlus = add(ONE, u.v);
    if (onePlus.man <= 0n) throw new DomainError('log(x) needs x > 0');
    r = lnApprox(onePlus, wp);
  }
  // |d ln(1 + u)/du| = 1/(1 + u) ≤ 2/(1 + û) while |Δu| ≤ (1 + û)/2
  const lb = bottom(onePlus);
  const carried = u.err === EXACT ? EXACT : u.err < lb - 1 ? u.err + 1 - lb : Number.POSITIVE_INFINITY;
  return { v: r.v, err: errSum(r.err, carried), under: r.v.man === 0n && u.under === true };
}

/** A subtree without variables (√(2π), 1/√2) depends only on the precision: computed once per precision. */
function constantPerPrecision(body: Inner): Inner {
  const cache = new Map<number, Val>();
  return (ctx) => {
    let v = cache.get(ctx.wp);
    if (v === undefined) {
      v = body(ctx);
      if (cache.size > 32) cache.clear();
      cache.set(ctx.wp, v);
    }
    return v;
  };
}

/** Digits of `digits` that an error of 2^err does not cover next to the value v. */
function lostDigits(v: BigFloat, err: number, digits: number): number {
  if (err === EXACT) return 0;
  if (v.man === 0n || !Number.isFinite(err)) return Number.POSITIVE_INFINITY;
  return Math.max(0, digits - (bottom(v) - err) * LOG10_2);
}

/**
 * Compiles a tree to a closure on the BigInt engine. The closure throws
 * {@link DomainError} where the expression is undefined over the reals (with the
 * messages of `numeric/compile.ts`), never returns NaN.
 *
 * @example
 * ```ts
 * const f = compileMp(parse('x^2 + 1'));
 * f(40, { x: new Decimal('0.5') }).toString(); // '1.25'
 * ```
 */
export function compileMp(e: Expr): MpClosure {
  const c: Compiler = { slots: new Map(), ids: new WeakMap(), shapes: new Map(), hasVars: new Map() };
  const root = compileNode(stabilize(e), c);
  const run = (wp: number, env: MpEnv): Val => root({ wp, env, slots: [], vars: new Map() });
  const approx = (prec: number, env: MpEnv) => {
    const r = run(prec, env);
    return { v: r.v, err: r.err, underflow: r.under === true };
  };
  const tracked = (digits: number, env: MpEnv): MpTracked => {
    const r = run(bitsForDigits(digits), env);
    return { value: toDecimal(r.v, digits), lost: lostDigits(r.v, r.err, digits), underflow: r.under === true };
  };
  const bounds = (digits: number, env: MpEnv) => {
    const r = run(bitsForDigits(digits), env);
    if (!Number.isFinite(r.err)) {
      if (r.err === EXACT) {
        const v = toDecimal(r.v, digits, 'down');
        return { lo: v, hi: toDecimal(r.v, digits, 'up') };
      }
      return { lo: new Decimal(Number.NEGATIVE_INFINITY), hi: new Decimal(Number.POSITIVE_INFINITY) };
    }
    const p = bitsForDigits(digits) + 8;
    const step = { man: 1n, exp: Math.ceil(r.err), bits: 1 };
    const lo = add(r.v, neg(step), p, 'down');
    const hi = add(r.v, step, p, 'up');
    return { lo: toDecimal(lo, digits, 'down'), hi: toDecimal(hi, digits, 'up') };
  };
  const closure = Object.assign(
    (digits: number, env: MpEnv): Decimal => {
      const t = tracked(digits, env);
      if (t.underflow) throw new UnderflowError(format(e));
      return t.value;
    },
    { tracked, bounds, approx },
  );
  if (e.kind === 'num' && /^[0.]+(?:[eE][+-]?\d+)?$/.test(e.value)) return Object.assign(closure, { constantZero: true as const });
  return closure;
}

/**
 * A compiled expression over binary values: `f(wp, env)` evaluates at `wp` bits with the
 * variables given as exact {@link BigFloat}s (no decimal conversion), and returns the
 * value with the log2 of its absolute error bound, as {@link MpClosure.approx} does.
 *
 * @example
 * ```ts
 * const f: MpFloatClosure = compileMpFloat(parse('tanh(z)'));
 * f(200, { z: fromInt(1) }).v; // tanh 1 to ~200 bits
 * ```
 */
export type MpFloatClosure = (wp: number, env: Readonly<Record<string, BigFloat>>) => Approx & { readonly underflow: boolean };

/**
 * Compiles a tree to a closure over BigFloat variables (the network engine's backend,
 * whose numbers are BigFloats already): the same compiler, domain errors and error
 * bounds as {@link compileMp}, without a Decimal at either end.
 *
 * @example
 * ```ts
 * compileMpFloat(parse('x^2 + 1'))(100, { x: make(1n, -1) }).v; // 1.25
 * ```
 */
export function compileMpFloat(e: Expr): MpFloatClosure {
  const c: Compiler = { slots: new Map(), ids: new WeakMap(), shapes: new Map(), hasVars: new Map() };
  const root = compileNode(stabilize(e), c);
  const none: MpEnv = {};
  return (wp, env) => {
    const vars = new Map<string, Val>();
    for (const k in env) vars.set(k, { v: env[k]!, err: EXACT });
    const r = root({ wp, env: none, slots: [], vars });
    return { v: r.v, err: r.err, underflow: r.under === true };
  };
}
