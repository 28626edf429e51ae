/**
 * The kind of a critical point. The second-derivative test reads the signs of the
 * Hessian's certified eigenvalues: all positive, a minimum; all negative, a maximum; both
 * signs, a saddle. When an eigenvalue may be 0 the test is inconclusive (degenerate) and,
 * at an exact point, the higher-order terms decide where they can:
 * - one variable: the first non-zero derivative f⁽ᵏ⁾(x*): k even, a minimum (> 0) or
 *   maximum (< 0); k odd, an inflection (x³ at 0);
 * - several variables: the exact Hessian H at the rational point (its entries evaluated
 *   as fractions). Regular H (the eigenvalue enclosure only reached 0): Sylvester's
 *   criterion decides. Singular H: the Taylor polynomial, to rising order, is reduced to
 *   ker H by the splitting lemma (`reduce.ts`), g(v) = f(x* + R·φ(v) + N·v) − f(x*), and
 *   the lowest-order non-zero term T_m of g decides. Odd m: T_m(−v) = −T_m(v) takes both
 *   signs, a (degenerate) saddle (x³ − 3xy², the monkey saddle). Even m: the sign of T_m
 *   on the unit sphere of ker H (`form.ts`, interval arithmetic and exact values): of the
 *   sign of H's non-zero part (or definite when H = 0), a strict minimum or maximum; of
 *   the opposite sign somewhere, a saddle (Peano's y² − 3x²y + 2x⁴, a minimum along every
 *   line through 0 and still a saddle); only semidefinite, undetermined, and said so.
 * Every Taylor coefficient is an exact rational: evaluated step by step in fractions, or a
 * small fraction the CAS proves it equal to (6·e·0 = 0); where one is not, the point is
 * left undetermined with that reason.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { GradproofError } from '../errors.js';
import { evaluate } from '../numeric/evaluate.js';
import { type Expr, substitute } from '../symbolic/tree.js';
import { exactValue } from '../verify/interval/exact.js';
import { checkEqual } from './adapter.js';
import type { EnclosedValue } from './enclosure.js';
import { formSign } from './form.js';
import type { EigenReport } from './hessian-values.js';
import type { PartialTable } from './partials.js';
import { homogeneous, type Poly, poly, polyText, Q, q, type Rational } from './polynomial.js';
import { nearRational } from './rational.js';
import { definiteness, reduceToNullSpace } from './reduce.js';

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

/** A value cut to about 10 digits for the evidence, its exponent kept (−1.2225…e-35 is not −1.2225…). */
function short(value: string): string {
  const [mantissa, exponent] = value.split(/(?=e)/i) as [string, string | undefined];
  return mantissa.length > 14 ? `${mantissa.slice(0, 12)}…${exponent ?? ''}` : value;
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

/**
 * The higher-order test at an exact point whose Hessian is singular (see the module
 * comment). `point` is the same point as `at`, as exact fractions.
 *
 * @example
 * ```ts
 * higherOrderTest(new PartialTable(parse('x^4'), ['x']), { x: num('0') }, [rational(0n)])?.kind; // 'minimum'
 * ```
 */
export function higherOrderTest(table: PartialTable, at: Readonly<Record<string, Expr>>, point: readonly Rational[]): Classification | undefined {
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
  return severalVariables(table, at, point);
}

/** Most Taylor coefficients (partial derivatives) the several-variable test derives. */
const MAX_COEFFICIENTS = 200;

/** The Taylor coefficient ∂ᵅf(x*)/α! exactly, or undefined when it is not a rational number. */
function coefficient(table: PartialTable, exponents: readonly number[], env: Readonly<Record<string, Rational>>, at: Readonly<Record<string, Expr>>): Rational | undefined {
  const path = exponents.flatMap((e, i) => Array<string>(e).fill(table.vars[i]!));
  const e = table.get(path).expr;
  let value = exactValue(e, env);
  if (!value) {
    // not rational step by step (6·e·0, √2·sin 0 …): the nearest small fraction to its value,
    // taken only when the CAS proves the equality
    const there = substitute(e, at);
    try {
      const near = nearRational(evaluate(there, {}, { digits: 30 }).decimal, new Decimal('1e-25'));
      if (near && checkEqual(there, near.expr, { digits: 30 }).status === 'proved') value = q(near.p, near.q);
    } catch (err) {
      // not defined there (a pole of a higher derivative): not a rational coefficient
      if (!(err instanceof GradproofError)) throw err;
    }
  }
  if (!value) return undefined;
  const factorial = exponents.reduce((p, k) => p * Array.from({ length: k }, (_, j) => BigInt(j + 1)).reduce((a, b) => a * b, 1n), 1n);
  return Q.div(value, { n: factorial, d: 1n });
}

const circleOrSphere = (n: number): string => (n === 2 ? 'unit circle' : 'unit sphere');

/**
 * Several variables at an exact point: the exact Hessian, then (when it is singular) the
 * Taylor polynomial to rising order reduced to the Hessian's null space (`reduce.ts`),
 * until its lowest-order term decides; see the module comment.
 */
function severalVariables(table: PartialTable, at: Readonly<Record<string, Expr>>, point: readonly Rational[]): Classification | undefined {
  const vars = table.vars;
  const n = vars.length;
  const env = Object.fromEntries(vars.map((x, i) => [x, point[i]!]));
  const undetermined = (why: string): Classification => ({ kind: 'undetermined', degenerate: true, test: 'none', evidence: why });
  const H: Rational[][] = [];
  for (let i = 0; i < n; i++) {
    H.push([]);
    for (let j = 0; j < n; j++) {
      const c = coefficient(table, vars.map((_, k) => (k === i ? 1 : 0) + (k === j ? 1 : 0)), env, at);
      if (!c) return undetermined('the Hessian’s entries at this point are not all rational numbers, so its null space cannot be found exactly and the higher-order terms are not examined');
      H[i]!.push(Q.mul(c, i === j ? { n: 2n, d: 1n } : Q.one));
    }
  }
  // the quadratic part ½·hᵀHh: H_ii/2 for h_i², H_ij for h_i·h_j (i < j)
  const terms: [number[], Rational][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) terms.push([vars.map((_, k) => (k === i ? 1 : 0) + (k === j ? 1 : 0)), i === j ? Q.div(H[i]![i]!, { n: 2n, d: 1n }) : H[i]![j]!]);
  }
  // a Hessian regular in exact arithmetic decides by itself, before any higher derivative
  if (!reduceToNullSpace(poly(n, terms), H, 2)) return regularHessian(H);
  let derived = 0;
  for (let order = 3; ; order++) {
    const next = monomials(n, order);
    derived += next.length;
    if (derived > MAX_COEFFICIENTS) return undetermined(`every term of the reduced function up to order ${order - 1} vanishes; higher orders are not examined (${n} variables: more than ${MAX_COEFFICIENTS} partial derivatives)`);
    for (const e of next) {
      const c = coefficient(table, e, env, at);
      if (!c) return undetermined(`the partial derivatives of order ${order} at this point are not all rational numbers, so the reduction cannot be carried out exactly`);
      terms.push([e, c]);
    }
    const P = poly(n, terms);
    const red = reduceToNullSpace(P, H, order);
    if (!red) return regularHessian(H);
    if (red.sign === 0) return { kind: 'saddle', degenerate: true, test: 'second-derivative', evidence: 'the Hessian is singular and takes both signs on its range (Sylvester’s criterion, exact): a saddle' };
    const k = red.nullBasis.length;
    const names = k === 1 ? ['t'] : Array.from({ length: k }, (_, i) => `t${i + 1}`);
    for (let m = 3; m <= order; m++) {
      const T = homogeneous(red.reduced, m);
      if (T.terms.size === 0) continue;
      return decide(T, m, red.sign, red.nullBasis, names, vars);
    }
  }
}

/** The classification from the lowest-order term T (of order m) of the reduced function. */
function decide(T: Poly, m: number, sign: 1 | -1 | undefined, basis: readonly (readonly Rational[])[], names: readonly string[], vars: readonly string[]): Classification {
  const n = vars.length;
  const k = names.length;
  const lead =
    sign === undefined
      ? `the Hessian is 0 and every term of order below ${m} vanishes (exact rational arithmetic); the lowest-order term is T${m}(h) = ${polyText(T, vars)}`
      : `the Hessian is ${sign > 0 ? 'positive' : 'negative'} semidefinite, singular along ${basis.map((b) => `(${b.map(Q.text).join(', ')})`).join(', ')}; reduced to that null space (the splitting lemma: ∂f = 0 solved along the range of H, exactly), f − f(x*) becomes g(${names.join(', ')}) = ${polyText(T, names)} + (terms of order > ${m})`;
  const where = sign === undefined ? circleOrSphere(n) : k === 1 ? 'null line' : `unit ${k === 2 ? 'circle' : 'sphere'} of the null space`;
  const undetermined = (why: string): Classification => ({ kind: 'undetermined', degenerate: true, test: 'none', evidence: `${lead}: ${why}` });
  if (m % 2 === 1) {
    return { kind: 'saddle', degenerate: true, test: 'higher-order', evidence: `${lead}, of odd order: it changes sign (T(−h) = −T(h)), a degenerate saddle` };
  }
  const s = formSign(T);
  if (sign === undefined) {
    if (s.definite) return { kind: s.definite > 0 ? 'minimum' : 'maximum', degenerate: true, test: 'higher-order', evidence: `${lead}: ${s.definite > 0 ? 'positive' : 'negative'} on the whole ${where} (interval arithmetic), a strict ${s.definite > 0 ? 'minimum' : 'maximum'}` };
    if (s.positive && s.negative) return { kind: 'saddle', degenerate: true, test: 'higher-order', evidence: `${lead}: it takes both signs on the ${where} (exact values), a saddle` };
    return undetermined(`it vanishes in some direction of the ${where} without changing sign, so terms of higher order would decide; not examined`);
  }
  if (s.definite === sign) {
    const kind = sign > 0 ? 'minimum' : 'maximum';
    return { kind, degenerate: true, test: 'higher-order', evidence: `${lead}: ${sign > 0 ? 'positive' : 'negative'} on the whole ${where} (${k === 1 ? 'exact' : 'interval arithmetic'}), so g has a strict ${kind} and so has f` };
  }
  if ((sign > 0 && s.negative) || (sign < 0 && s.positive)) {
    return { kind: 'saddle', degenerate: true, test: 'higher-order', evidence: `${lead}: g takes the sign opposite to the Hessian’s along the ${where} (exact values), a saddle` };
  }
  return undetermined(`its sign on the ${where} was not settled (it vanishes in some direction without changing sign), so terms of higher order would decide; not examined`);
}

/** A Hessian that is regular in exact arithmetic (its eigenvalue enclosure only reached 0): Sylvester's criterion decides. */
function regularHessian(H: readonly (readonly Rational[])[]): Classification {
  const d = definiteness(H);
  const evidence = `the eigenvalue enclosure reaches 0, but the Hessian is regular in exact rational arithmetic, and by Sylvester’s criterion (its leading principal minors) ${d > 0 ? 'positive definite: a minimum' : d < 0 ? 'negative definite: a maximum' : 'indefinite: a saddle'}`;
  return { kind: d > 0 ? 'minimum' : d < 0 ? 'maximum' : 'saddle', degenerate: false, test: 'second-derivative', evidence };
}
/** Exponent vectors of the monomials of degree k in n variables. */
function monomials(n: number, k: number): number[][] {
  if (n === 1) return [[k]];
  const out: number[][] = [];
  for (let e = k; e >= 0; e--) for (const rest of monomials(n - 1, k - e)) out.push([e, ...rest]);
  return out;
}
