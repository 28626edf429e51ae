/**
 * The BigFloat backend: the network engine on gradproof's BigInt engine
 * (`numeric/mp`), binary floating point at a precision stated in significant decimal
 * digits. Every operation rounds once, to nearest, to the working precision of
 * `digits + GUARD_DIGITS` digits (in bits); functions (tanh, exp, log …) go through the
 * BigInt engine's compiler and kernels, with their error bounds: a compiled value whose
 * bound takes more than half of the guard digits' bits (a cancellation inside the
 * expression) is evaluated again with the bits it lost, so every result keeps at least
 * half of its guard digits. Values leave as decimal strings rounded to `digits` significant digits, in
 * decimal.js's notation (as the decimal backend prints them), so that the guard digits
 * absorb the rounding errors a training run accumulates. That holds while a run
 * amplifies its rounding errors by less than about 10^10 (the iris run and an XOR network
 * do, as the tests check against decimal.js at 40 more digits); a chaotic or diverging run can
 * still lose printed digits, as it would at any fixed precision.
 *
 * It trains `--precision <digits>` networks (`trainClassifier`): the decimal backend
 * (decimal.js) stays for the gradient check and the notes, an independent engine that
 * the tests hold this one against.
 *
 * @module
 */
import { DomainError, InputError } from '../errors.js';
import { decimalContext } from '../numeric/context.js';
import { toDecimal as checkedDecimal } from '../numeric/evaluate.js';
import { compileMpFloat, decimalToVal } from '../numeric/mp/compile.js';
import { toDecimal } from '../numeric/mp/convert.js';
import { add, type BigFloat, cmp, div, mul, neg, round, sqrt, sub } from '../numeric/mp/float.js';
import { toDouble } from '../numeric/mp/log.js';
import { bottom } from '../numeric/mp/ops.js';
import type { Expr } from '../symbolic/tree.js';
import type { Backend, Compiled } from './backend.js';
import { hyperbolicPair } from './bigfloat-hyperbolic.js';
import { transcendentalCount } from './decimal-backend.js';

/** Decimal digits the arithmetic carries beyond the digits asked for. */
export const GUARD_DIGITS = 10;

const LOG2_10 = 3.321928094887362;
/** The guard digits in bits, rounded down. */
const GUARD_BITS = Math.floor(GUARD_DIGITS * LOG2_10);

/**
 * The BigFloat backend, with its working precision and a counter of the transcendental
 * functions it evaluated.
 *
 * @example
 * ```ts
 * const B = bigfloatBackend(50);
 * B.bits; // 200: ⌈(50 + 10)·log2 10⌉
 * ```
 */
export interface BigFloatBackend extends Backend<BigFloat> {
  /** Significant digits of the values given out. */
  readonly precision: number;
  /** Working precision in bits (the digits asked for and {@link GUARD_DIGITS}). */
  readonly bits: number;
  /** Transcendental function evaluations so far (exp, log, tanh, erf, non-integer powers …). */
  readonly calls: { transcendental: number };
}

const backends = new Map<number, BigFloatBackend>();

/**
 * Binary floating point on BigInt, rounded to nearest at the working precision of
 * `precision` + {@link GUARD_DIGITS} digits after every operation (one backend per
 * precision, cached). Division by zero, the square root of a negative number and a
 * function outside its domain or beyond the engine's range throw `DomainError`; values
 * are never NaN or infinite.
 *
 * @example
 * ```ts
 * const B = bigfloatBackend(50);
 * B.toString(B.sqrt(B.fromString('2'))); // '1.4142135623730950488016887242096980785696718753769'
 * ```
 */
export function bigfloatBackend(precision: number): BigFloatBackend {
  if (!Number.isInteger(precision) || precision < 5 || precision > 1000) {
    throw new InputError(`the BigFloat backend needs a precision of 5…1000 digits, got ${precision}`);
  }
  const cached = backends.get(precision);
  if (cached) return cached;
  const wp = Math.ceil((precision + GUARD_DIGITS) * LOG2_10);
  const D = decimalContext(precision);
  const calls = { transcendental: 0 };
  const hyperbolic = hyperbolicPair(wp);
  const parsed = new Map<string, BigFloat>();
  const B: BigFloatBackend = {
    kind: 'bigfloat',
    // the name says the precision in decimal digits, as the decimal backend's does
    name: `decimal(${precision})`,
    digits: precision,
    precision,
    bits: wp,
    calls,
    fromString(text) {
      // the constants a network reads again and again ('0', '1', the hyper-parameters)
      let x = parsed.get(text);
      if (x === undefined) {
        x = round(decimalToVal(checkedDecimal(text.trim(), 'value'), 'value', wp).v, wp);
        if (text.length <= 40 && parsed.size < 1024) parsed.set(text, x);
      }
      return x;
    },
    toString: (x) => toDecimal(x, precision, 'nearest', D).toString(),
    toNumber: (x) => toDouble(x),
    add: (a, b) => add(a, b, wp),
    sub: (a, b) => sub(a, b, wp),
    mul: (a, b) => mul(a, b, wp),
    div(a, b) {
      if (b.man === 0n) throw new DomainError('division by zero');
      return div(a, b, wp);
    },
    neg,
    sqrt(a) {
      if (a.man < 0n) throw new DomainError(`sqrt(x) needs x ≥ 0, got ${toDecimal(a, 6).toString()}`);
      return sqrt(a, wp);
    },
    isFinite: () => true,
    compare: cmp,
    compile(e: Expr) {
      const f = compileMpFloat(e);
      const general: Compiled<BigFloat> = (env) => {
        let r = f(wp, env);
        // a value whose error bound takes more than half of the guard digits' bits (a
        // cancellation inside the expression) is evaluated again with the bits it lost,
        // twice at most; the kernels' own bounds stay below 2^8 units
        for (let retry = 0; retry < 2 && r.v.man !== 0n && r.err > bottom(r.v) - wp + GUARD_BITS / 2; retry++) {
          if (!Number.isFinite(r.err)) break;
          r = f(wp + Math.ceil(r.err - bottom(r.v) + wp) + 16, env);
        }
        return round(r.v, wp);
      };
      const cost = transcendentalCount(e);
      const shared = sharedHyperbolic(e, hyperbolic, general);
      return (env) => {
        calls.transcendental += cost;
        return shared ? shared(env) : general(env);
      };
    },
  };
  backends.set(precision, B);
  return B;
}

/**
 * tanh(z) and sech(z)^2 of a variable z (a tanh layer's value and slope) through the
 * shared evaluation of {@link hyperbolicPair}; undefined for any other tree.
 */
function sharedHyperbolic(e: Expr, h: ReturnType<typeof hyperbolicPair>, general: Compiled<BigFloat>): Compiled<BigFloat> | undefined {
  const squared = e.kind === 'pow' && e.right.kind === 'num' && e.right.value === '2';
  const c = squared ? e.left : e;
  if (c.kind !== 'call' || c.args.length !== 1 || c.args[0]!.kind !== 'var') return undefined;
  const fn = c.fn === 'tanh' && !squared ? 'tanh' : c.fn === 'sech' && squared ? 'sech2' : undefined;
  if (fn === undefined) return undefined;
  const name = (c.args[0] as { name: string }).name;
  return (env) => {
    const z = env[name];
    return (z === undefined ? undefined : h(fn, z)) ?? general(env);
  };
}
