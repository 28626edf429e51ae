/**
 * The decimal backend: decimal.js at a chosen number of significant digits, compiling
 * expression trees with gradproof's decimal compiler (`numeric/compile.ts`), which
 * throws {@link DomainError} where a value is undefined instead of returning NaN.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { InputError } from '../errors.js';
import { compile } from '../numeric/compile.js';
import { decimalContext } from '../numeric/context.js';
import { toDecimal } from '../numeric/evaluate.js';
import type { Expr } from '../symbolic/tree.js';
import type { Backend } from './backend.js';

/** Functions whose evaluation is transcendental (counted by {@link DecimalBackend.calls}). */
const TRANSCENDENTAL = new Set(['exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'asin', 'acos', 'atan', 'asec', 'acsc', 'acot', 'sinh', 'cosh', 'tanh', 'sech', 'csch', 'coth', 'asinh', 'acosh', 'atanh', 'asech', 'acsch', 'acoth', 'erf', 'erfc']);

/**
 * Number of transcendental evaluations one evaluation of `e` costs: the distinct
 * subtrees (the compiler evaluates a repeated subtree once) that are a transcendental
 * call or a power that is not an integer power (`e^x`, `x^0.5`).
 *
 * @example
 * ```ts
 * transcendentalCount(parse('tanh(z) + e^z')); // 2
 * ```
 */
export function transcendentalCount(e: Expr, seen = new Set<string>()): number {
  const key = JSON.stringify(e);
  if (seen.has(key)) return 0;
  seen.add(key);
  switch (e.kind) {
    case 'num':
    case 'const':
    case 'var':
      return 0;
    case 'neg':
      return transcendentalCount(e.arg, seen);
    case 'call':
      return (TRANSCENDENTAL.has(e.fn) ? 1 : 0) + e.args.reduce((s, a) => s + transcendentalCount(a, seen), 0);
    case 'pow': {
      const integerPower = e.right.kind === 'num' && /^\d+$/.test(e.right.value) || (e.right.kind === 'neg' && e.right.arg.kind === 'num' && /^\d+$/.test(e.right.arg.value));
      return (integerPower ? 0 : 1) + transcendentalCount(e.left, seen) + transcendentalCount(e.right, seen);
    }
    default:
      return transcendentalCount(e.left, seen) + transcendentalCount(e.right, seen);
  }
}

/**
 * The decimal backend, with a counter of the transcendental functions it evaluated.
 *
 * @example
 * ```ts
 * const B = decimalBackend(50);
 * B.calls.transcendental; // evaluations of exp, log, tanh … so far
 * ```
 */
export interface DecimalBackend extends Backend<Decimal> {
  /** Working precision in significant digits. */
  readonly precision: number;
  /** Transcendental function evaluations so far (exp, log, tanh, erf, non-integer powers …). */
  readonly calls: { transcendental: number };
}

const backends = new Map<number, DecimalBackend>();

/** Highest working precision of the decimal backend (the gradient check at 1000 digits works 40 above). */
const MAX_BACKEND_PRECISION = 1100;

/**
 * decimal.js arithmetic rounded to `precision` significant digits after every operation
 * (one backend per precision, cached). Values are never NaN or infinite.
 *
 * @example
 * ```ts
 * const B = decimalBackend(50);
 * B.toString(B.sqrt(B.fromString('2'))); // '1.4142135623730950488016887242096980785696718753769'
 * ```
 */
export function decimalBackend(precision: number): DecimalBackend {
  // training takes 5…1000 digits (checked by its options); the gradient check works
  // up to 1000 + 40 digits to vouch for 1000
  if (!Number.isInteger(precision) || precision < 5 || precision > MAX_BACKEND_PRECISION) {
    throw new InputError(`the decimal backend needs a precision of 5…${MAX_BACKEND_PRECISION} digits, got ${precision}`);
  }
  const cached = backends.get(precision);
  if (cached) return cached;
  const D = decimalContext(precision);
  const calls = { transcendental: 0 };
  const B: DecimalBackend = {
    kind: 'decimal',
    name: `decimal(${precision})`,
    digits: precision,
    precision,
    calls,
    fromString: (text) => toDecimal(text.trim(), 'value'),
    toString: (x) => x.toString(),
    toNumber: (x) => x.toNumber(),
    add: (a, b) => D.add(a, b),
    sub: (a, b) => D.sub(a, b),
    mul: (a, b) => D.mul(a, b),
    div: (a, b) => D.div(a, b),
    neg: (a) => a.neg(),
    sqrt: (a) => D.sqrt(a),
    isFinite: (a) => a.isFinite(),
    compare: (a, b) => a.comparedTo(b),
    compile(e) {
      const f = compile(e);
      const cost = transcendentalCount(e);
      return (env) => {
        calls.transcendental += cost;
        return f(D, env);
      };
    },
  };
  backends.set(precision, B);
  return B;
}
