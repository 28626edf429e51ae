/**
 * A normal form for readable rewriting: a sum of terms, each an exact rational
 * coefficient times a product of atoms raised to rational powers times one power of e.
 * Sums that are multiplied by anything but a number stay factored (as atoms, with their
 * common content taken out), so `(1 + y²x⁻²)⁻¹x⁻¹` becomes `x·(x² + y²)⁻¹` and
 * `(…)·2/2^2` becomes `½(…)` without expanding what a teacher would keep together.
 *
 * Every rule here is an algebraic identity on the real domain of the input; rational
 * powers are split over a product only when the factors are known to be positive.
 * Whatever comes out is still checked against the input by the verify layer.
 *
 * @module
 */
import { type Expr, format } from '../tree.js';
import * as Q from './rational.js';
import type { Rational } from './rational.js';

/** An atom raised to a rational power. */
export interface Factor {
  /** Canonical key of the atom. */
  readonly key: string;
  /** The atom as a tree (for display). */
  readonly base: Expr;
  readonly exp: Rational;
  /** The atom is known to be > 0 (numbers, π, 1 + e^u, exp, cosh, σ …). */
  readonly positive: boolean;
  /** For an atom that is a sum: its normal form (content removed). */
  readonly sum?: Sum;
  /** For a numeric atom (√2 is the atom 2 to the power 1/2): its value. */
  readonly value?: Rational;
}

/** coef × Π factors × e^expo. */
export interface Term {
  readonly coef: Rational;
  readonly factors: readonly Factor[];
  /** The exponent of e (empty: e^0). */
  readonly expo: Sum;
}

/** A sum of terms (empty: zero). */
export type Sum = readonly Term[];

const POSITIVE_CALLS = new Set(['exp', 'cosh', 'sech', 'sigmoid', 'softplus']);

/** A constant term. */
export const constant = (q: Rational): Sum => (Q.isZero(q) ? [] : [{ coef: q, factors: [], expo: [] }]);

/** Whether the sum is a single number (or zero); returns it. */
export function asConstant(s: Sum): Rational | undefined {
  if (s.length === 0) return Q.ZERO;
  const [t] = s;
  return s.length === 1 && t!.factors.length === 0 && t!.expo.length === 0 ? t!.coef : undefined;
}

export function sumKey(s: Sum): string {
  return s.map(termKey).sort().join(' + ');
}

/** The key of a term without its coefficient (like terms share it). */
export function monomialKey(t: Term): string {
  const f = t.factors.map((x) => `${x.key}^${Q.key(x.exp)}`).sort();
  if (t.expo.length) f.push(`e^(${sumKey(t.expo)})`);
  return f.join('*');
}

function termKey(t: Term): string {
  return `${Q.key(t.coef)}*${monomialKey(t)}`;
}

/** Adds like terms; keeps the order of first appearance; drops zeros. */
export function combine(terms: readonly Term[]): Sum {
  const order: string[] = [];
  const byKey = new Map<string, Term>();
  for (const t of terms) {
    const k = monomialKey(t);
    const seen = byKey.get(k);
    if (seen) byKey.set(k, { ...seen, coef: Q.add(seen.coef, t.coef) });
    else {
      byKey.set(k, t);
      order.push(k);
    }
  }
  return order.map((k) => byKey.get(k)!).filter((t) => !Q.isZero(t.coef));
}

export const scale = (s: Sum, q: Rational): Sum => (Q.isZero(q) ? [] : s.map((t) => foldNumbers({ ...t, coef: Q.mul(t.coef, q) })));
export const negate = (s: Sum): Sum => scale(s, Q.rat(-1));
export const addSums = (a: Sum, b: Sum): Sum => combine([...a, ...b]);

/** Folds numeric atoms with integer powers into the coefficient. */
function foldNumbers(t: Term): Term {
  let coef = t.coef;
  const factors: Factor[] = [];
  for (const f of t.factors) {
    if (f.value && Q.isInteger(f.exp)) coef = Q.mul(coef, Q.powInt(f.value, f.exp.n));
    else factors.push(f);
  }
  return { coef, factors, expo: t.expo };
}

/** For display only: ½·√2 reads 1/√2 and 2/√2 reads √2 (one power of the base moves between coefficient and root). */
function tidyRoots(t: Term): Term {
  let coef = t.coef;
  const factors = t.factors.map((f) => {
    if (!f.value || !Q.isInteger(f.value)) return f;
    const b = f.value.n;
    if (Q.eq(f.exp, Q.rat(1, 2)) && coef.d % b === 0n) {
      coef = Q.mul(coef, f.value);
      return { ...f, exp: Q.rat(-1, 2) };
    }
    if (Q.eq(f.exp, Q.rat(-1, 2)) && coef.n % b === 0n) {
      coef = Q.div(coef, f.value);
      return { ...f, exp: Q.rat(1, 2) };
    }
    return f;
  });
  return { coef, factors, expo: t.expo };
}

/** The product of two terms. */
export function mulTerms(a: Term, b: Term): Term {
  const factors: Factor[] = a.factors.map((f) => ({ ...f }));
  for (const f of b.factors) {
    const i = factors.findIndex((g) => g.key === f.key);
    if (i < 0) factors.push(f);
    else factors[i] = { ...factors[i]!, exp: Q.add(factors[i]!.exp, f.exp) };
  }
  return foldNumbers({
    coef: Q.mul(a.coef, b.coef),
    factors: factors.filter((f) => !Q.isZero(f.exp)),
    expo: addSums(a.expo, b.expo),
  });
}

/** Whether every term is positive (positive coefficient, positive factors or even integer powers). */
export function isPositiveSum(s: Sum): boolean {
  return (
    s.length > 0 &&
    s.every((t) => t.coef.n > 0n && t.factors.every((f) => f.positive || (Q.isInteger(f.exp) && f.exp.n % 2n === 0n)))
  );
}

/** A term made of one atom. */
export function atomTerm(base: Expr, positive: boolean, exp: Rational = Q.ONE, extra: Partial<Factor> = {}): Term {
  return { coef: Q.ONE, factors: [{ key: format(base), base, exp, positive, ...extra }], expo: [] };
}

/** A positive integer as an atom (for √2). */
function numberAtom(q: Rational, exp: Rational): Factor {
  const base: Expr = { kind: 'num', value: q.n.toString() };
  return { key: `#${Q.key(q)}`, base, exp, positive: true, value: q };
}

/**
 * A sum as a single term: its common coefficient and common factors are taken out and
 * the rest becomes one atom, written with a positive term first (`1 − z`, not `−z + 1`).
 */
export function atomize(s: Sum): Term {
  if (s.length === 0) return { coef: Q.ZERO, factors: [], expo: [] };
  if (s.length === 1) return s[0]!;
  // the common coefficient comes out when it is an integer or shared by every term (½(…)), and
  // so does a common sign; 0.044715 stays inside (z + 0.044715z³), not 200000 + 8943z²
  const g = s.map((t) => t.coef).reduce((a, b) => Q.gcdRational(a, b));
  const same = s.every((t) => Q.eq(t.coef, s[0]!.coef) || Q.eq(t.coef, Q.neg(s[0]!.coef)));
  let c = same ? (s[0]!.coef.n < 0n ? Q.neg(s[0]!.coef) : s[0]!.coef) : Q.isInteger(g) || g.d <= 12n ? g : Q.ONE;
  if (s.every((t) => t.coef.n < 0n)) c = Q.neg(c);
  let common: Term = { coef: c, factors: [], expo: [] };
  const keys = [...new Map(s.flatMap((t) => t.factors.map((f) => [f.key, f] as const))).values()];
  for (const f of keys) {
    const exps = s.map((t) => t.factors.find((g) => g.key === f.key)?.exp ?? Q.ZERO);
    let lo: Rational | undefined;
    if (exps.every(Q.isInteger)) {
      const min = exps.reduce((a, b) => (Q.lt(b, a) ? b : a));
      // negative powers always come out (clearing denominators); positive ones only for constants
      if (Q.lt(min, Q.ZERO) || (Q.lt(Q.ZERO, min) && isConstantFactor(f))) lo = min;
    } else if (isConstantFactor(f) && exps.every((e) => Q.eq(e, exps[0]!))) lo = exps[0];
    if (lo && !Q.isZero(lo)) common = mulTerms(common, { coef: Q.ONE, factors: [{ ...f, exp: lo }], expo: [] });
  }
  const firstExpo = sumKey(s[0]!.expo);
  if (s[0]!.expo.length && s.every((t) => sumKey(t.expo) === firstExpo)) common = { ...common, expo: s[0]!.expo };
  const inverse: Term = {
    coef: Q.div(Q.ONE, common.coef),
    factors: common.factors.map((f) => ({ ...f, exp: Q.neg(f.exp) })),
    expo: negate(common.expo),
  };
  const rest = combine(s.map((t) => mulTerms(t, inverse)));
  if (rest.length <= 1) return rest.length ? mulTerms(common, rest[0]!) : { coef: Q.ZERO, factors: [], expo: [] };
  const ordered = positiveFirst(alphabetical(rest));
  const base = plainExpr(ordered);
  const atom: Factor = { key: `(${sumKey(ordered)})`, base, exp: Q.ONE, positive: isPositiveSum(ordered), sum: ordered };
  return mulTerms(common, { coef: Q.ONE, factors: [atom], expo: [] });
}

/** Total degree of a monomial in variables only (x²y → 3), or undefined for anything else. */
function pureDegree(t: Term): number | undefined {
  if (t.expo.length || !t.factors.length) return undefined;
  let d = 0;
  for (const f of t.factors) {
    if (f.base.kind !== 'var' || !Q.isInteger(f.exp) || f.exp.n < 1n) return undefined;
    d += Number(f.exp.n);
  }
  return d;
}

/** Monomials of the same degree in alphabetical order, each group keeping its places: y² + x² → x² + y². */
function alphabetical(s: Sum): Sum {
  const out = [...s];
  const byDegree = new Map<number, number[]>();
  s.forEach((t, i) => {
    const d = pureDegree(t);
    if (d !== undefined) byDegree.set(d, [...(byDegree.get(d) ?? []), i]);
  });
  const name = (t: Term): string => t.factors.map((f) => (f.base.kind === 'var' ? f.base.name : '')).sort().join(' ');
  for (const places of byDegree.values()) {
    const sorted = places.map((i) => s[i]!).sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
    places.forEach((p, k) => {
      out[p] = sorted[k]!;
    });
  }
  return out;
}

/** Numbers under roots and π. */
export const isConstantFactor = (f: Factor): boolean => f.value !== undefined || (f.base.kind === 'const' && f.base.name === 'pi');

/** Puts a term with a positive coefficient first, when there is one. */
export function positiveFirst(s: Sum): Sum {
  if (!s.length || s[0]!.coef.n > 0n) return s;
  const i = s.findIndex((t) => t.coef.n > 0n);
  return i < 0 ? s : [s[i]!, ...s.slice(0, i), ...s.slice(i + 1)];
}

/** The product of two sums: numbers and single terms multiply through; two sums stay factored. */
export function mulSums(a: Sum, b: Sum): Sum {
  if (!a.length || !b.length) return [];
  const ca = asConstant(a);
  if (ca) return scale(b, ca);
  const cb = asConstant(b);
  if (cb) return scale(a, cb);
  const ta = a.length === 1 ? a[0]! : atomize(a);
  const tb = b.length === 1 ? b[0]! : atomize(b);
  const t = mulTerms(ta, tb);
  return Q.isZero(t.coef) ? [] : [t];
}

/** The full product of two sums, every sum atom with a positive integer power expanded. */
export function expandProduct(a: Sum, b: Sum): Sum {
  const out: Term[] = [];
  for (const x of a) for (const y of b) out.push(...expandTerm(mulTerms(x, y)));
  return combine(out);
}

/** A term with its sum atoms of positive integer power multiplied out (bounded: at most 64 terms). */
export function expandTerm(t: Term): Sum {
  let acc: Sum = [{ ...t, factors: t.factors.filter((f) => !(f.sum && Q.isInteger(f.exp) && f.exp.n > 0n)) }];
  for (const f of t.factors) {
    if (!(f.sum && Q.isInteger(f.exp) && f.exp.n > 0n)) continue;
    for (let k = 0n; k < f.exp.n; k++) {
      const next: Term[] = [];
      for (const x of acc) for (const y of f.sum) next.push(mulTerms(x, y));
      acc = combine(next);
      if (acc.length > 64) return [t];
    }
  }
  return acc;
}

/** A term to a rational power. */
export function powTerm(t: Term, q: Rational): Sum {
  if (Q.isZero(t.coef)) return Q.lt(Q.ZERO, q) ? [] : constant(Q.ONE);
  if (Q.isInteger(q)) {
    return [
      foldNumbers({
        coef: Q.powInt(t.coef, q.n),
        factors: t.factors.map((f) => ({ ...f, exp: Q.mul(f.exp, q) })),
        expo: scale(t.expo, q),
      }),
    ];
  }
  const single = Q.isOne(t.coef) && t.factors.length === 1 && Q.isOne(t.factors[0]!.exp) && !t.expo.length;
  if (single) return [{ ...t, factors: [{ ...t.factors[0]!, exp: q }] }];
  const splittable = t.coef.n > 0n && t.factors.every((f) => f.positive);
  if (!splittable) {
    const base = termExpr(t);
    return [atomTerm(base, false, q)];
  }
  const factors: Factor[] = t.factors.map((f) => ({ ...f, exp: Q.mul(f.exp, q) }));
  let coef = Q.ONE;
  const root = Q.powRational(t.coef, q);
  if (root) coef = root;
  else {
    if (t.coef.n !== 1n) factors.unshift(numberAtom(Q.rat(t.coef.n), q));
    if (t.coef.d !== 1n) factors.unshift(numberAtom(Q.rat(t.coef.d), Q.neg(q)));
  }
  return [foldNumbers({ coef, factors, expo: scale(t.expo, q) })];
}

/** A sum to a rational power (a sum with more than one term is factored first). */
export function powSum(s: Sum, q: Rational): Sum {
  if (!s.length) return Q.lt(Q.ZERO, q) ? [] : constant(Q.ONE);
  if (s.length === 1) return powTerm(s[0]!, q);
  if (Q.isInteger(q) && q.n === 1n) return s;
  return powTerm(atomize(s), q);
}

const CALL_SQRT = 'sqrt';

/**
 * The normal form of a tree. `calls` rewrites the arguments of calls (the caller passes
 * its own normaliser so arguments are tidied too).
 */
export function toSum(e: Expr): Sum {
  switch (e.kind) {
    case 'num':
      return constant(Q.fromDecimal(e.value));
    case 'const':
      return e.name === 'e' ? [{ coef: Q.ONE, factors: [], expo: constant(Q.ONE) }] : [atomTerm(e, true)];
    case 'var':
      return [atomTerm(e, false)];
    case 'neg':
      return negate(toSum(e.arg));
    case 'add':
      return addSums(toSum(e.left), toSum(e.right));
    case 'sub':
      return addSums(toSum(e.left), negate(toSum(e.right)));
    case 'mul':
      return mulSums(toSum(e.left), toSum(e.right));
    case 'div': {
      const den = toSum(e.right);
      if (!den.length) return [atomTerm(e, false)];
      return mulSums(toSum(e.left), powSum(den, Q.rat(-1)));
    }
    case 'pow': {
      const exponent = toSum(e.right);
      if (e.left.kind === 'const' && e.left.name === 'e') return [{ coef: Q.ONE, factors: [], expo: exponent }];
      const k = asConstant(exponent);
      const base = toSum(e.left);
      if (k && !(base.length === 0 && !Q.lt(Q.ZERO, k))) return powSum(base, k);
      return [atomTerm({ kind: 'pow', left: plainExpr(base), right: plainExpr(exponent) }, false)];
    }
    case 'call': {
      if (e.fn === CALL_SQRT && e.args.length === 1) {
        const inner = toSum(e.args[0]!);
        if (inner.length) return powSum(inner, Q.rat(1, 2));
      }
      if (e.fn === 'exp' && e.args.length === 1) return [{ coef: Q.ONE, factors: [], expo: toSum(e.args[0]!) }];
      const args = e.args.map((a) => plainExpr(toSum(a)));
      const call: Expr = { kind: 'call', fn: e.fn, args };
      return [atomTerm(call, POSITIVE_CALLS.has(e.fn))];
    }
  }
}

// ---------------------------------------------------------------------------------------
// back to trees

const num = (q: bigint): Expr => ({ kind: 'num', value: Q.compactNumber(q.toString()) });


/** A non-negative rational as a tree (`3`, `1/2`, or a short decimal for large denominators). */
export function rationalExpr(q: Rational): Expr {
  const a = q.n < 0n ? Q.neg(q) : q;
  let out: Expr;
  if (a.d === 1n) out = num(a.n);
  else {
    const dec = a.d > 12n || a.d % 5n === 0n ? Q.toDecimal(a) : undefined;
    out = dec ? { kind: 'num', value: dec } : { kind: 'div', left: num(a.n), right: num(a.d) };
  }
  return q.n < 0n ? { kind: 'neg', arg: out } : out;
}

function product(list: readonly Expr[]): Expr | undefined {
  return list.length ? list.reduce((l, r) => ({ kind: 'mul', left: l, right: r })) : undefined;
}

const factorRank = (f: Factor): number => {
  if (isConstantFactor(f)) return 0;
  if (f.base.kind === 'var') return 1;
  if (f.sum || f.base.kind === 'add' || f.base.kind === 'sub') return 3;
  return 2;
};

/** Rank of a variable in a product: parameters (α, β, λ …) before the variable itself. */
export const VARIABLE_LAST = new Set(['z', 'x', 'y', 'w', 't']);

function orderFactors(fs: readonly Factor[]): Factor[] {
  return fs
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const r = factorRank(a.f) - factorRank(b.f);
      if (r) return r;
      if (a.f.base.kind === 'var' && b.f.base.kind === 'var') {
        const va = VARIABLE_LAST.has(a.f.base.name) ? 1 : 0;
        const vb = VARIABLE_LAST.has(b.f.base.name) ? 1 : 0;
        if (va !== vb) return va - vb;
      }
      return a.i - b.i;
    })
    .map((x) => x.f);
}

function powerExpr(base: Expr, exp: Rational): Expr {
  if (Q.isOne(exp)) return base;
  if (Q.eq(exp, Q.rat(1, 2))) return { kind: 'call', fn: 'sqrt', args: [base] };
  return { kind: 'pow', left: base, right: rationalExpr(exp) };
}

/** Positive constants under square roots, multiplied into one root: √2·√π → √(2π). */
function radicals(fs: readonly Factor[]): { roots: Expr[]; rest: Factor[] } {
  const half = fs.filter((f) => isConstantFactor(f) && Q.eq(f.exp, Q.rat(1, 2)));
  const rest = fs.filter((f) => !half.includes(f));
  if (!half.length) return { roots: [], rest };
  return { roots: [{ kind: 'call', fn: 'sqrt', args: [product(half.map((f) => f.base))!] }], rest };
}

/**
 * One term as a tree: coefficient, factors in the numerator, negative powers in one
 * denominator, e^u last.
 */
export function termExpr(term: Term, render: (s: Sum) => Expr = plainExpr): Expr {
  const t = tidyRoots(term);
  const ordered = orderFactors(t.factors);
  const upAll = ordered.filter((f) => f.exp.n > 0n);
  const downAll = ordered.filter((f) => f.exp.n < 0n).map((f) => ({ ...f, exp: Q.neg(f.exp) }));
  let up = radicals(upAll);
  let down = radicals(downAll);
  if (up.roots.length && down.roots.length) {
    // √2/√π → √(2/π)
    const rootArg = (r: Expr): Expr => (r.kind === 'call' ? r.args[0]! : r);
    const inner: Expr = { kind: 'div', left: rootArg(up.roots[0]!), right: rootArg(down.roots[0]!) };
    up = { roots: [{ kind: 'call', fn: 'sqrt', args: [inner] }], rest: up.rest };
    down = { roots: [], rest: down.rest };
  }
  const sumBase = (f: Factor): Expr => (f.sum ? render(f.sum) : f.base);
  const top: Expr[] = [...up.roots, ...up.rest.map((f) => powerExpr(sumBase(f), f.exp))];
  if (t.expo.length) {
    const ex = render(t.expo);
    top.push(ex.kind === 'num' && ex.value === '1' ? { kind: 'const', name: 'e' } : { kind: 'pow', left: { kind: 'const', name: 'e' }, right: ex });
  }
  const bottom: Expr[] = [...down.roots, ...down.rest.map((f) => powerExpr(sumBase(f), f.exp))];
  let a = t.coef.n < 0n ? -t.coef.n : t.coef.n;
  let coefTop = a !== 1n || (!top.length && !bottom.length) ? [num(a)] : [];
  let coefBottom = t.coef.d !== 1n ? [num(t.coef.d)] : [];
  const decimal = t.coef.d > 12n || t.coef.d % 5n === 0n ? Q.toDecimal(Q.rat(a, t.coef.d)) : undefined;
  if (decimal) {
    // 0.134145·z², as the literal was written, rather than 26829z²/200000
    coefTop = [{ kind: 'num', value: decimal }];
    coefBottom = [];
    a = 2n;
  }
  let out: Expr;
  const numerator = product([...coefTop, ...top]);
  const denominator = product([...coefBottom, ...bottom]);
  const grouped = top.some((x) => x.kind === 'add' || x.kind === 'sub');
  if (!bottom.length && coefBottom.length && grouped) {
    // ½(1 + …) rather than a fraction with a sum on top
    const c: Expr = { kind: 'div', left: num(a), right: num(t.coef.d) };
    out = { kind: 'mul', left: c, right: product(top)! };
  } else if (!denominator) out = numerator ?? num(1n);
  else if (!bottom.length && !coefTop.length && top.length && t.coef.d !== 1n && a === 1n) {
    // ½·x reads better as x/2
    out = { kind: 'div', left: numerator!, right: denominator };
  } else out = { kind: 'div', left: numerator ?? num(1n), right: denominator };
  return t.coef.n < 0n ? { kind: 'neg', arg: out } : out;
}

/** Terms joined with + and −. */
export function joinTerms(parts: readonly Expr[]): Expr {
  if (!parts.length) return num(0n);
  let acc = parts[0]!;
  for (const p of parts.slice(1)) acc = p.kind === 'neg' ? { kind: 'sub', left: acc, right: p.arg } : { kind: 'add', left: acc, right: p };
  return acc;
}

/** A sum as a tree, terms in order, a positive term first. */
export function plainExpr(s: Sum): Expr {
  return joinTerms(positiveFirst(s).map((t) => termExpr(t)));
}
