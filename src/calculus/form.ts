/**
 * The sign of a homogeneous form T of even degree m in k variables with exact rational
 * coefficients, on the unit sphere: T is positive definite exactly when T > 0 on the
 * boundary of the cube [−1, 1]ᵏ (every v ≠ 0 is a positive multiple of v/‖v‖∞ there), and
 * since T(−v) = T(v) the faces vᵢ = 1 (i = 1 … k) suffice. Each face is covered by a
 * branch-and-bound: a box where the interval enclosure of T (`verify/interval`) is > 0 or
 * < 0 is settled; elsewhere T's exact value at the box's centre (a rational point) shows a
 * sign T certainly takes; the rest is bisected. A form that is only semidefinite (zero in
 * some direction) leaves boxes that never settle: then the answer says so.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { add as addExpr, div, type Expr, mul, neg, num, pow, v as variable } from '../symbolic/tree.js';
import { enclose, IntervalFailure, type Span } from './box.js';
import { evaluateAt, type Poly, Q, type Rational, termsOf } from './polynomial.js';

/**
 * What is known of T's sign on the sphere.
 *
 * @example
 * ```ts
 * const s: FormSign = formSign(T); // { positive: true, negative: false, definite: 1 } for x⁴ + y⁴
 * ```
 */
export interface FormSign {
  /** T > 0 somewhere (certain). */
  readonly positive: boolean;
  /** T < 0 somewhere (certain). */
  readonly negative: boolean;
  /** 1: T > 0 on the whole sphere; −1: T < 0 on it (proved); undefined: not shown. */
  readonly definite?: 1 | -1;
}

const BUDGET = 4000;
const DIGITS = 30;

function literal(r: Rational): Expr {
  const a = r.n < 0n ? -r.n : r.n;
  const body = r.d === 1n ? num(a.toString()) : div(num(a.toString()), num(r.d.toString()));
  return r.n < 0n ? neg(body) : body;
}

/** T as an expression in v0, v1, … (for interval enclosures). */
function formExpr(T: Poly): Expr {
  const terms = termsOf(T).map(([e, c]) => e.reduce<Expr>((acc, k, j) => (k === 0 ? acc : mul(acc, k === 1 ? variable(`v${j}`) : pow(variable(`v${j}`), num(String(k))))), literal(c)));
  return terms.reduce((a, b) => addExpr(a, b));
}

/**
 * The sign of the form T (homogeneous of even degree, exact coefficients) on the unit
 * sphere; see the module comment.
 *
 * @example
 * ```ts
 * formSign(poly(2, [[[4, 0], q(1n)], [[0, 4], q(-1n)]])); // { positive: true, negative: true } (x⁴ − y⁴)
 * ```
 */
export function formSign(T: Poly): FormSign {
  const k = T.n;
  if (T.terms.size === 0) return { positive: false, negative: false };
  const e = formExpr(T);
  let positive = false;
  let negative = false;
  let unsettled = false;
  let boxes = 0;
  const pointSign = (x: readonly Rational[]): void => {
    const s = Q.sign(evaluateAt(T, x));
    if (s > 0) positive = true;
    if (s < 0) negative = true;
  };
  for (let face = 0; face < k; face++) {
    // the other k − 1 coordinates range over [−1, 1], as exact rationals lo/hi
    const stack: [Rational, Rational][][] = [Array.from({ length: k - 1 }, (): [Rational, Rational] => [Q.neg(Q.one), Q.one])];
    while (stack.length) {
      if (positive && negative) return { positive, negative };
      const box = stack.pop()!;
      if (++boxes > BUDGET) return { positive, negative };
      const full = (pick: (s: [Rational, Rational]) => Rational): Rational[] => {
        const out: Rational[] = [];
        let j = 0;
        for (let i = 0; i < k; i++) out.push(i === face ? Q.one : pick(box[j++]!));
        return out;
      };
      const centre = full(([a, b]) => Q.div(Q.add(a, b), { n: 2n, d: 1n }));
      pointSign(centre);
      let r: { lo: Decimal; hi: Decimal };
      try {
        const env: Record<string, Span> = {};
        const lo = full(([a]) => a);
        const hi = full(([, b]) => b);
        for (let i = 0; i < k; i++) env[`v${i}`] = { lo: toDecimal(lo[i]!, -1), hi: toDecimal(hi[i]!, 1) };
        r = enclose(e, env, DIGITS);
      } catch (err) {
        if (!(err instanceof IntervalFailure)) throw err;
        return { positive, negative };
      }
      if (r.lo.gt(0) || r.hi.lt(0)) {
        if (r.lo.gt(0)) positive = true;
        else negative = true;
        continue;
      }
      // bisect the widest side; a box this small that still straddles 0 means a zero of T on the sphere
      let axis = 0;
      let width = Q.zero;
      box.forEach(([a, b], i) => {
        const w = Q.sub(b, a);
        if (Q.sign(Q.sub(w, width)) > 0) {
          width = w;
          axis = i;
        }
      });
      if (box.length === 0 || Q.sign(Q.sub(width, { n: 1n, d: 1_000_000_000n })) < 0) {
        unsettled = true;
        continue;
      }
      const [a, b] = box[axis]!;
      const m = Q.div(Q.add(a, b), { n: 2n, d: 1n });
      stack.push(
        box.map((s, i): [Rational, Rational] => (i === axis ? [m, b] : s)),
        box.map((s, i): [Rational, Rational] => (i === axis ? [a, m] : s)),
      );
    }
  }
  if (positive && negative) return { positive, negative };
  if (unsettled) return { positive, negative };
  return { positive, negative, ...(positive ? { definite: 1 as const } : negative ? { definite: -1 as const } : {}) };
}

/** r rounded outward to a decimal (down for −1, up for 1): the box only grows. */
function toDecimal(r: Rational, dir: 1 | -1): Decimal {
  const D = Decimal.clone({ precision: DIGITS + 10, rounding: dir < 0 ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL });
  return new D(r.n.toString()).div(r.d.toString());
}
