/**
 * The kind of a critical point. The second-derivative test reads the signs of the
 * Hessian's certified eigenvalues: all positive, a minimum; all negative, a maximum; both
 * signs, a saddle. When an eigenvalue may be 0 the test is inconclusive (degenerate) and,
 * at an exact point, the higher-order terms decide where they can:
 * - one variable: the first non-zero derivative f⁽ᵏ⁾(x*): k even, a minimum (> 0) or
 *   maximum (< 0); k odd, an inflection (x³ at 0);
 * - several variables with H = 0: the lowest-order non-zero Taylor term T_k(h) =
 *   Σ ∂ᵏf/∂x^α · h^α/α!. Odd k: T_k(−h) = −T_k(h) takes both signs, so the point is a
 *   (degenerate) saddle (x³ − 3xy², the monkey saddle). Even k, two variables: T_k on the
 *   unit circle is enclosed by interval arithmetic; positive everywhere, a strict minimum;
 *   negative, a maximum; both signs, a saddle.
 * Zeros are proved by the CAS (the point substituted, reduced to 0), non-zeros by
 * guaranteed-digit evaluation.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { evaluate } from '../numeric/evaluate.js';
import { add, call, type Expr, mul, neg, num, pow, substitute, v } from '../symbolic/tree.js';
import { checkEqual } from './adapter.js';
import type { EnclosedValue } from './enclosure.js';
import type { EigenReport } from './hessian-values.js';
import { enclose, IntervalFailure } from './box.js';
import type { PartialTable } from './partials.js';

/**
 * What a critical point is.
 *
 * @example
 * ```ts
 * const k: CriticalKind = 'saddle';
 * ```
 */
export type CriticalKind = 'minimum' | 'maximum' | 'saddle' | 'inflection' | 'undetermined';

/**
 * A classification and its evidence.
 *
 * @example
 * ```ts
 * const c: Classification = { kind: 'minimum', degenerate: true, test: 'higher-order', evidence: 'f⁽⁴⁾(0) = 24 > 0: even order, a minimum' };
 * ```
 */
export interface Classification {
  readonly kind: CriticalKind;
  /** True when the second-derivative test is inconclusive (an eigenvalue may be 0). */
  readonly degenerate: boolean;
  /** Which test settled it (`none`: not settled). */
  readonly test: 'second-derivative' | 'higher-order' | 'none';
  /** The evidence, in words and numbers. */
  readonly evidence: string;
}

const sign = (e: EnclosedValue): -1 | 0 | 1 => (e.value === '0' ? 0 : e.value.startsWith('-') ? -1 : 1);

/**
 * The second-derivative test from certified eigenvalues.
 *
 * @example
 * ```ts
 * secondDerivativeTest(eigen).kind; // 'saddle' for eigenvalues −2 and 2
 * ```
 */
export function secondDerivativeTest(eigen: EigenReport): Classification {
  const signs = eigen.values.map(sign);
  const list = eigen.values.map((e) => (e.value === '0' ? `0 (|λ| ≤ ${e.radius})` : short(e.value))).join(', ');
  const text = `Hessian eigenvalues ${list}`;
  if (signs.includes(1) && signs.includes(-1)) {
    const degenerate = signs.includes(0);
    return { kind: 'saddle', degenerate, test: 'second-derivative', evidence: `${text}: of both signs, a saddle${degenerate ? ' (the Hessian is also singular)' : ''}` };
  }
  if (signs.includes(0)) return { kind: 'undetermined', degenerate: true, test: 'none', evidence: `${text}: an eigenvalue may be 0, so the second-derivative test is inconclusive` };
  if (signs.every((s) => s === 1)) return { kind: 'minimum', degenerate: false, test: 'second-derivative', evidence: `${text}: all positive, a minimum` };
  return { kind: 'maximum', degenerate: false, test: 'second-derivative', evidence: `${text}: all negative, a maximum` };
}

function short(value: string): string {
  return value.length > 14 ? `${value.slice(0, 12)}…` : value;
}

/** f's partial along `path` at the exact point: 0 (proved), a non-zero value, or undefined (neither shown). */
function valueAt(table: PartialTable, path: readonly string[], at: Readonly<Record<string, Expr>>): { zero: true } | { zero: false; value: Decimal } | undefined {
  const there = substitute(table.get(path).expr, at);
  const ev = evaluate(there, {}, { digits: 20 });
  if (ev.value !== '0') return { zero: false, value: ev.decimal };
  return checkEqual(there, '0', { digits: 30 }).status === 'proved' ? { zero: true } : undefined;
}

const MAX_ORDER = 6;

/** f⁽ᵏ⁾ written with superscript digits. */
function nth(k: number): string {
  const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return `f⁽${[...String(k)].map((d) => sup[Number(d)]).join('')}⁾`;
}

function factorial(k: number): number {
  return k <= 1 ? 1 : k * factorial(k - 1);
}

/**
 * The higher-order test at an exact point whose Hessian is singular (see the module
 * comment). `zeroHessian` says whether every entry was proved 0.
 *
 * @example
 * ```ts
 * higherOrderTest(new PartialTable(parse('x^4'), ['x']), { x: num('0') }, true).kind; // 'minimum'
 * ```
 */
export function higherOrderTest(table: PartialTable, at: Readonly<Record<string, Expr>>, zeroHessian: boolean): Classification | undefined {
  const vars = table.vars;
  if (vars.length === 1) {
    const x = vars[0]!;
    // from f″ on: the Hessian's enclosure held 0, but f″ = 0 itself must be proved
    for (let k = 2; k <= MAX_ORDER + 2; k++) {
      const r = valueAt(table, Array(k).fill(x), at);
      if (!r) return undefined;
      if (r.zero) continue;
      const s = r.value.toSignificantDigits(6).toString();
      const lower = k === 2 ? 'f″ ≠ 0 there' : k === 3 ? 'f″ = 0 there (proved by the CAS)' : `f″, …, ${nth(k - 1)} are 0 there (proved by the CAS)`;
      if (k % 2 === 1) return { kind: 'inflection', degenerate: true, test: 'higher-order', evidence: `${lower}; ${nth(k)} = ${s} ≠ 0 is of odd order: an inflection, neither a minimum nor a maximum` };
      const kind = r.value.isPositive() ? 'minimum' : 'maximum';
      return { kind, degenerate: k > 2, test: 'higher-order', evidence: `${lower}; ${nth(k)} = ${s} is of even order and ${r.value.isPositive() ? '> 0: a minimum' : '< 0: a maximum'}` };
    }
    return undefined;
  }
  if (!zeroHessian) return undefined;
  for (let k = 3; k <= MAX_ORDER; k++) {
    const terms = monomials(vars.length, k);
    const coefficients: { exponents: number[]; value: Decimal }[] = [];
    for (const exponents of terms) {
      const path = exponents.flatMap((e, i) => Array<string>(e).fill(vars[i]!));
      const r = valueAt(table, path, at);
      if (!r) return undefined;
      if (!r.zero) coefficients.push({ exponents, value: r.value.div(exponents.reduce((p, e) => p * factorial(e), 1)) });
    }
    if (coefficients.length === 0) continue;
    const form = coefficients
      .map((c, i) => {
        const monomial = c.exponents.map((e, j) => (e ? `${vars[j]}${e > 1 ? `^${e}` : ''}` : '')).filter(Boolean).join('*');
        const size = c.value.abs().toSignificantDigits(6);
        const term = size.eq(1) ? monomial : `${size.toString()}*${monomial}`;
        return i === 0 ? `${c.value.isNegative() ? '-' : ''}${term}` : `${c.value.isNegative() ? ' - ' : ' + '}${term}`;
      })
      .join('');
    const lower = `the Hessian is 0 and every term of order below ${k} vanishes (proved by the CAS); the lowest-order term is T${k}(h) = ${form}`;
    if (k % 2 === 1) return { kind: 'saddle', degenerate: true, test: 'higher-order', evidence: `${lower}, of odd order: T${k}(−h) = −T${k}(h) takes both signs, a degenerate saddle` };
    if (vars.length !== 2) return { kind: 'undetermined', degenerate: true, test: 'none', evidence: `${lower}, of even order; its sign is decided for two variables only` };
    const definite = circleSign(coefficients);
    if (definite === undefined) return { kind: 'undetermined', degenerate: true, test: 'none', evidence: `${lower}, of even order; its sign on the unit circle was not settled` };
    if (definite === 0) return { kind: 'saddle', degenerate: true, test: 'higher-order', evidence: `${lower}: it takes both signs on the unit circle (interval arithmetic), a saddle` };
    return {
      kind: definite > 0 ? 'minimum' : 'maximum',
      degenerate: true,
      test: 'higher-order',
      evidence: `${lower}: ${definite > 0 ? 'positive' : 'negative'} on the whole unit circle (interval arithmetic), a strict ${definite > 0 ? 'minimum' : 'maximum'}`,
    };
  }
  return undefined;
}

/** Exponent vectors of the monomials of degree k in n variables. */
function monomials(n: number, k: number): number[][] {
  if (n === 1) return [[k]];
  const out: number[][] = [];
  for (let e = k; e >= 0; e--) for (const rest of monomials(n - 1, k - e)) out.push([e, ...rest]);
  return out;
}

/**
 * The sign of the form Σ c·cos(t)^a·sin(t)^b on t ∈ [0, π] (an even form repeats on [π, 2π]):
 * 1 or −1 when certified of one sign everywhere, 0 when certified of both signs somewhere,
 * undefined when not settled within the budget. The coefficients carry 20 digits; their
 * rounding is added to every enclosure (|cos^a sin^b| ≤ 1).
 */
function circleSign(coefficients: readonly { exponents: number[]; value: Decimal }[]): -1 | 0 | 1 | undefined {
  const t = v('t');
  const terms = coefficients.map((c) => {
    const [a, b] = c.exponents as [number, number];
    const literal = c.value.toSignificantDigits(20);
    const coefficient = literal.isNegative() ? neg(num(literal.abs().toString())) : num(literal.toString());
    // x⁰ is left out (0⁰ is undefined to the interval arithmetic, and sin t reaches 0)
    const factors = [a ? pow(call('cos', t), num(String(a))) : undefined, b ? pow(call('sin', t), num(String(b))) : undefined].filter((x): x is Expr => x !== undefined);
    return factors.reduce((p, x) => mul(p, x), coefficient);
  });
  const form = terms.reduce((x, y) => add(x, y));
  const slack = coefficients.reduce((s, c) => s.plus(c.value.abs().times('1e-19')), new Decimal(0));
  // π rounded up: the cover [0, π⁺] holds a whole period of the even form
  const pi = new Decimal('3.14159265358979323846264338327950288419716939937510582097495');
  const stack: [Decimal, Decimal][] = [[new Decimal(0), pi]];
  let positive = false;
  let negative = false;
  let undecided = false;
  for (let boxes = 0; stack.length; boxes++) {
    const [lo, hi] = stack.pop()!;
    if (boxes > 4000) return undefined;
    let r: { lo: Decimal; hi: Decimal };
    try {
      r = enclose(form, { t: { lo, hi } }, 30);
    } catch (err) {
      if (err instanceof IntervalFailure) return undefined;
      throw err;
    }
    if (r.lo.gt(slack)) positive = true;
    else if (r.hi.lt(slack.neg())) negative = true;
    else if (hi.minus(lo).lt('1e-12')) undecided = true;
    else {
      const mid = lo.plus(hi).div(2);
      stack.push([mid, hi], [lo, mid]);
    }
    if (positive && negative) return 0;
  }
  if (undecided) return undefined;
  return positive ? 1 : negative ? -1 : undefined;
}
