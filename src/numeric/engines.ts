/**
 * Which arithmetic engine does what. gradproof has two independent implementations of
 * every function it evaluates, so that a bug in one cannot vouch for itself:
 *
 * - the **BigInt engine** (`numeric/mp/`: binary floating point on JS BigInt, mpmath's
 *   algorithms) computes every printed value (`evaluate`, the activations' `evaluate`,
 *   `gradproof eval`, the values `gradproof diff` prints) and the finite differences of f
 *   that check a derivative, the values an identity check compares, and the sample points'
 *   domain tests — the bulk of a verification's evaluations;
 * - the **decimal.js engine** (`numeric/compile.ts`, `numeric/elementary.ts`) computes the
 *   values that are checked against those: the derivative formula's value at each point
 *   of `verifyDerivative` (held against the BigInt engine's finite difference of f), the
 *   interval bounds of the proofs (`verify/interval/`), the formula's value at a kink (held
 *   against one-sided slopes of f on the BigInt engine, in `verifyDerivative` and the
 *   activation verifier), and the values `gradproof diff --at` prints, evaluated again (both
 *   engines round correctly: the two must be equal, or diff exits 1).
 *
 * Not cross-checked at run time: the values `evaluate()`, an activation's `evaluate` and
 * `gradproof eval` print (one engine, checked against mpmath in the tests only).
 *
 * The two share no code. Both compute with JS BigInt integers somewhere (the BigInt engine
 * throughout, in binary floating point; the decimal.js engine in the series of expm1, the
 * versine and erf, in decimal fixed point), with different algorithms and error analyses.
 *
 * Both engines follow the same rules: the same real domains and `DomainError` messages,
 * a running error bound that must cover the digits asked for plus 6 guard digits, an
 * unsettled sign with no bound, a 0 reported only with an absolute bound below
 * 10^−digits. Where the BigInt engine cannot go — an exponent beyond about 2^(±2^52)
 * (1e±1.36e15; decimal.js reaches 1e±9e15 and lets an overflowed intermediate become 0
 * by division), or a function only the decimal.js compiler knows — a
 * {@link FastClosure} hands that one evaluation to the decimal.js engine.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { InputError } from '../errors.js';
import type { Expr } from '../symbolic/tree.js';
import { type Closure, compile, type Env } from './compile.js';
import { decimalContext } from './context.js';
import type { Evaluation } from './evaluate.js';
import { evaluateClosure } from './evaluate.js';
import type { PrecisionHint, RealFn } from './finite.js';
import { bitsForDigits, compileMp, type MpClosure } from './mp/compile.js';
import { toDecimal } from './mp/convert.js';
import { guaranteedMp, type MpApprox } from './mp/evaluate.js';
import { bottom } from './mp/ops.js';
import { BeyondRange, UnderflowError } from './mp/range.js';

/**
 * An expression compiled for the BigInt engine, with the decimal.js closure as the
 * fallback for what the BigInt engine cannot hold (see the module comment).
 *
 * @example
 * ```ts
 * const f = compileFast(parse('e^(-z)/(1+e^(-z))^2'));
 * f.at(60, { z: new Decimal('0.7') }); // σ′(0.7) at 60 significant digits
 * ```
 */
export interface FastClosure {
  /** The value at `precision` significant digits (no guarantee: a working value, as a decimal.js closure gives one). */
  readonly at: (precision: number, env: Env) => Decimal;
  /** The value at `precision` digits and the digits its running error bound does not cover (∞: none covered). */
  readonly tracked: (precision: number, env: Env) => { readonly value: Decimal; readonly lost: number };
  /** One evaluation at `bits` of binary precision with its error bound; absent when only decimal.js can evaluate the expression. */
  readonly approx?: MpApprox;
  /** The decimal.js closure of the same expression (compiled on first use). */
  readonly decimal: () => Closure;
  /** True when the tree is the literal 0. */
  readonly constantZero: boolean;
}

const LOG10_2 = Math.LOG10E * Math.LN2;

/** Whether an error means "beyond the BigInt engine's range": the decimal.js engine takes over. */
export function beyondFastRange(err: unknown): boolean {
  return err instanceof BeyondRange || err instanceof UnderflowError;
}

/**
 * A FastClosure from the parts of one: the BigInt engine's `approx` (or none) and the
 * decimal.js closure as a thunk. Piecewise activations build theirs this way.
 *
 * @example
 * ```ts
 * const f = fastClosure(compileMp(tree).approx, () => compile(tree));
 * ```
 */
export function fastClosure(approx: MpApprox | undefined, decimal: () => Closure, constantZero = false): FastClosure {
  let dec: Closure | undefined;
  const lazy = (): Closure => (dec ??= decimal());
  if (approx === undefined) {
    return {
      at: (p, env) => lazy()(decimalContext(p), env),
      tracked: (p, env) => {
        const d = lazy();
        if (!d.tracked) return { value: d(decimalContext(p), env), lost: Number.POSITIVE_INFINITY };
        const t = d.tracked(decimalContext(p), env);
        return { value: t.value, lost: t.lost };
      },
      decimal: lazy,
      constantZero,
    };
  }
  const at = (p: number, env: Env): Decimal => {
    try {
      const r = approx(bitsForDigits(p), env);
      if (!r.underflow) return toDecimal(r.v, p, 'nearest', decimalContext(p));
    } catch (err) {
      if (!beyondFastRange(err)) throw err;
    }
    return lazy()(decimalContext(p), env);
  };
  const tracked = (p: number, env: Env): { value: Decimal; lost: number } => {
    try {
      const r = approx(bitsForDigits(p), env);
      if (!r.underflow) {
        const value = toDecimal(r.v, p, 'nearest', decimalContext(p));
        if (r.err === Number.NEGATIVE_INFINITY) return { value, lost: 0 };
        if (r.v.man === 0n || !Number.isFinite(r.err)) return { value, lost: Number.POSITIVE_INFINITY };
        return { value, lost: Math.max(0, p - (bottom(r.v) - r.err) * LOG10_2) };
      }
    } catch (err) {
      if (!beyondFastRange(err)) throw err;
    }
    const t = lazy().tracked?.(decimalContext(p), env);
    return t ? { value: t.value, lost: t.lost } : { value: lazy()(decimalContext(p), env), lost: Number.POSITIVE_INFINITY };
  };
  return { at, tracked, approx, decimal: lazy, constantZero };
}

/**
 * Compiles a tree for the BigInt engine (with the decimal.js closure as its fallback).
 * An expression with a function only the decimal.js compiler knows (an extension
 * function) is evaluated by decimal.js throughout.
 *
 * @example
 * ```ts
 * compileFast(parse('x^2 + 1')).at(40, { x: new Decimal('0.5') }).toString(); // '1.25'
 * ```
 */
export function compileFast(tree: Expr): FastClosure {
  let mp: MpClosure | undefined;
  try {
    mp = compileMp(tree);
  } catch (err) {
    if (!(err instanceof InputError) || !/^unknown function/.test(err.message)) throw err;
    // not a function of the BigInt engine: the decimal.js compiler either knows it or says so
    compile(tree);
  }
  return fastClosure(mp?.approx, () => compile(tree), mp?.constantZero === true);
}

/**
 * Guaranteed digits of a {@link FastClosure} (the rules of `evaluateClosure`, on the BigInt
 * engine; beyond its range, by the decimal.js engine).
 *
 * @example
 * ```ts
 * evaluateFast(compileFast(parse('pi')), {}, 30).value; // '3.14159265358979323846264338328'
 * ```
 */
export function evaluateFast(f: FastClosure, env: Env, digits: number, maxPrecision = digits + 1000): Evaluation {
  if (f.constantZero) return { value: '0', decimal: new Decimal(0), digits, workingPrecision: 0 };
  if (f.approx) {
    try {
      const r = guaranteedMp(f.approx, env, digits, maxPrecision);
      // a Decimal of the working precision's context, as evaluateClosure returns one (arithmetic on it keeps its digits)
      const decimal = new (decimalContext(r.workingPrecision))(r.decimal);
      return { value: r.value, decimal, digits, workingPrecision: r.workingPrecision, ...(r.zeroBound ? { zeroBound: r.zeroBound } : {}) };
    } catch (err) {
      if (!beyondFastRange(err)) throw err;
    }
  }
  return evaluateClosure(f.decimal(), env, digits, maxPrecision);
}

/**
 * f along one variable, as finite differences take it: `(x, D) ↦ f(…, wrt = x)` at the
 * precision of D, on the BigInt engine.
 *
 * @example
 * ```ts
 * numericDerivative(along(compileFast(parse('sin(x)*y')), { y: new Decimal(2) }, 'x'), new Decimal(1), 50);
 * ```
 */
export function along(f: FastClosure, env: Env, wrt: string): RealFn {
  return (x, D) => f.at(D.precision, { ...env, [wrt]: x });
}

/**
 * How much precision cancellation inside f costs at a point: one evaluation with the
 * running error bound at 60 digits; `undefined` when the bound does not cover 20 digits
 * there (the caller then measures it).
 *
 * @example
 * ```ts
 * precisionHintAt(compileFast(parse('1 + tanh(z) - 1')), { z: new Decimal(-200) }); // undefined: it cancels
 * ```
 */
export function precisionHintAt(f: FastClosure, env: Env): PrecisionHint | undefined {
  const probe = 60;
  const { value, lost } = f.tracked(probe, env);
  if (Number.isFinite(lost) && probe - lost >= 20) return { loss: Math.ceil(lost), value };
  return undefined;
}
