/**
 * Exact rewrites that keep evaluation from cancelling where the written form would: the
 * value is the same real number (same domain, same value everywhere), only the order of
 * the arithmetic changes. Without them, log(1 + e^x) at x = −1e6 (softplus, mish) needs
 * 434,000 digits to see that 1 + e^x is not 1, and 1 − tanh(x)² at x = 2400 some 2,100.
 *
 * - log(1 + u), log(u + 1)   → log1p(u), an internal function of the compiler (2·atanh(u/(2 + u))
 *                              for small u, where atanh keeps every digit; ln(1 + u) beyond)
 * - 1 − tanh(u)²             → sech(u)²
 * - 1 + erf(u), erf(u) + 1   → erfc(−u)
 * - 1 − erf(u)               → erfc(u)
 * - 1 + tanh(u), tanh(u) + 1 → 2/(1 + e^(−2u))
 * - 1 − tanh(u)              → 2/(1 + e^(2u))
 * - e^u − 1, exp(u) − 1      → 2·sinh(u/2)·e^(u/2)   (expm1)
 *
 * @module
 */
import { add, call, div, type Expr, mul, neg, num, pow } from '../symbolic/tree.js';

/**
 * The name of the compiler's internal ln(1 + u) (not a function of the parser: it only
 * appears in trees this module makes).
 */
export const LOG1P = 'gp_log1p';

const isOne = (e: Expr): boolean => e.kind === 'num' && /^1(?:\.0*)?$/.test(e.value);
const isTwo = (e: Expr): boolean => e.kind === 'num' && /^2(?:\.0*)?$/.test(e.value);
const callOf = (e: Expr, fn: string): Expr | undefined => (e.kind === 'call' && e.fn === fn && e.args.length === 1 ? e.args[0] : undefined);
/** u for e^u or exp(u). */
const expArg = (e: Expr): Expr | undefined => (e.kind === 'pow' && e.left.kind === 'const' && e.left.name === 'e' ? e.right : callOf(e, 'exp'));

function rewrite(e: Expr): Expr {
  switch (e.kind) {
    case 'call': {
      const args = e.args.map(rewrite);
      if (e.fn === 'log' && args.length === 1) {
        const a = args[0]!;
        if (a.kind === 'add' && (isOne(a.left) || isOne(a.right))) return call(LOG1P, isOne(a.left) ? a.right : a.left);
      }
      return { kind: 'call', fn: e.fn, args };
    }
    case 'neg':
      return neg(rewrite(e.arg));
    case 'num':
    case 'const':
    case 'var':
      return e;
    default: {
      const l = rewrite(e.left);
      const r = rewrite(e.right);
      if (e.kind === 'sub' && isOne(l)) {
        const t = r.kind === 'pow' && isTwo(r.right) ? callOf(r.left, 'tanh') : undefined;
        if (t) return pow(call('sech', t), num(2));
        const erf = callOf(r, 'erf');
        if (erf) return call('erfc', erf);
        const tanh = callOf(r, 'tanh');
        if (tanh) return div(num(2), add(num(1), call('exp', mul(num(2), tanh))));
      }
      if (e.kind === 'add' && (isOne(l) || isOne(r))) {
        const other = isOne(l) ? r : l;
        const erf = callOf(other, 'erf');
        if (erf) return call('erfc', neg(erf));
        const tanh = callOf(other, 'tanh');
        if (tanh) return div(num(2), add(num(1), call('exp', neg(mul(num(2), tanh)))));
      }
      if (e.kind === 'sub' && isOne(r)) {
        const u = expArg(l);
        if (u) {
          const half = div(u, num(2));
          return mul(mul(num(2), call('sinh', half)), call('exp', half));
        }
      }
      return { kind: e.kind, left: l, right: r };
    }
  }
}

/**
 * The expression with the rewrites of the module comment applied (bottom-up).
 *
 * @example
 * ```ts
 * format(stabilize(parse('log(1 + e^x)'))); // 'gp_log1p(e^x)'
 * ```
 */
export function stabilize(e: Expr): Expr {
  return rewrite(e);
}
