/**
 * From a normal form to the tree a teacher would write: common factors taken out
 * (σ − σ² → σ(1 − σ)), terms grouped by what multiplies a chosen atom and each group's
 * polynomial in that atom factored by 1 − k², 1 − k, 1 + k and 1 − 2k where they divide
 * it (σ − 3σ² + 2σ³ → σ(1 − σ)(1 − 2σ)). Every step is exact polynomial arithmetic.
 *
 * @module
 */
import type { Expr } from '../tree.js';
import { atomize, combine, type Factor, joinTerms, monomialKey, mulTerms, positiveFirst, type Sum, type Term, termExpr } from './normal.js';
import * as Q from './rational.js';

type Rational = Q.Rational;

const ONE_TERM: Term = { coef: Q.ONE, factors: [], expo: [] };

const RARE = new Set(['sech', 'csch', 'coth', 'sec', 'csc', 'cot']);

/** Size of a tree, the measure of readability used to choose between forms. */
export function cost(e: Expr): number {
  switch (e.kind) {
    case 'num':
      return 1 + Math.floor(e.value.replace(/[^0-9]/g, '').length / 4);
    case 'const':
    case 'var':
      return 1;
    case 'neg':
      return cost(e.arg);
    case 'call':
      // teachers write 1 − tanh² rather than sech²
      return (RARE.has(e.fn) ? 3 : 1) + e.args.reduce((a, x) => a + cost(x), 0);
    default:
      return 1 + cost(e.left) + cost(e.right);
  }
}

/** The common part of all terms: coefficient, shared factors and a shared power of e. */
function commonPart(s: Sum): { common: Term; rest: Sum } {
  const coefs = s.map((t) => t.coef);
  const g = coefs.reduce((a, b) => Q.gcdRational(a, b));
  // the common coefficient that leaves the shortest numbers: ½(1 + 0.134145z²), 2(…), or none
  const first = coefs[0]!.n < 0n ? Q.neg(coefs[0]!) : coefs[0]!;
  const digits = (c: Q.Rational): number => Math.min(Q.key(c).length, Q.toDecimal(c)?.length ?? Number.POSITIVE_INFINITY);
  const size = (c: Q.Rational): number => digits(c) + coefs.reduce((a, x) => a + digits(Q.div(x, c)), 0);
  const choices = [Q.ONE, first, ...(Q.isInteger(g) || g.d <= 12n ? [g] : [])];
  let c = choices.reduce((best, x) => (size(x) < size(best) ? x : best));
  if (coefs.every((x) => x.n < 0n)) c = Q.neg(c);
  let common: Term = { coef: c, factors: [], expo: [] };
  const seen = new Map<string, Factor>();
  for (const t of s) for (const f of t.factors) if (!seen.has(f.key)) seen.set(f.key, f);
  for (const f of seen.values()) {
    const exps = s.map((t) => t.factors.find((x) => x.key === f.key)?.exp ?? Q.ZERO);
    if (exps.every(Q.isInteger)) {
      const positive = exps.every((e) => e.n > 0n);
      const lo = exps.reduce((a, b) => (Q.lt(b, a) ? b : a));
      if ((positive || lo.n < 0n) && !Q.isZero(lo)) common = mulTerms(common, { coef: Q.ONE, factors: [{ ...f, exp: lo }], expo: [] });
    } else if (exps.every((e) => Q.eq(e, exps[0]!))) {
      common = mulTerms(common, { coef: Q.ONE, factors: [{ ...f, exp: exps[0]! }], expo: [] });
    }
  }
  const e0 = s[0]!.expo;
  if (e0.length && s.every((t) => monomialKey({ ...ONE_TERM, expo: t.expo }) === monomialKey({ ...ONE_TERM, expo: e0 }))) {
    common = { ...common, expo: e0 };
  }
  const inverse: Term = {
    coef: Q.div(Q.ONE, common.coef),
    factors: common.factors.map((f) => ({ ...f, exp: Q.neg(f.exp) })),
    expo: common.expo.map((t) => ({ ...t, coef: Q.neg(t.coef) })),
  };
  return { common, rest: combine(s.map((t) => mulTerms(t, inverse))) };
}

// --- polynomials in one atom k, coefficients rational, index = power -----------------

type Poly = Rational[];

function trim(p: Poly): Poly {
  const out = [...p];
  while (out.length > 1 && Q.isZero(out[out.length - 1]!)) out.pop();
  return out;
}

/** p / d when d divides p exactly (d's constant term 1). */
function divide(p: Poly, d: Poly): Poly | undefined {
  const r = [...p];
  const n = r.length - d.length;
  if (n < 0) return undefined;
  const lead = d[d.length - 1]!;
  const q: Poly = new Array(n + 1).fill(Q.ZERO);
  for (let i = n; i >= 0; i--) {
    const c = Q.div(r[i + d.length - 1]!, lead);
    q[i] = c;
    for (let j = 0; j < d.length; j++) r[i + j] = Q.sub(r[i + j]!, Q.mul(c, d[j]!));
  }
  return r.every(Q.isZero) ? trim(q) : undefined;
}

/** 1 − k², 1 − k, 1 + k, 1 − 2k: the factors textbook derivatives are made of. */
const DIVISORS: readonly Poly[] = [
  [Q.ONE, Q.ZERO, Q.rat(-1)],
  [Q.ONE, Q.rat(-1)],
  [Q.ONE, Q.ONE],
  [Q.ONE, Q.rat(-2)],
];

function polySum(p: Poly, k: Factor): Sum {
  return combine(
    p.map((c, i) => ({ coef: c, factors: i ? [{ ...k, exp: Q.rat(i) }] : [], expo: [] })).filter((t) => !Q.isZero(t.coef)),
  );
}

/** A polynomial in k as one factored term: c·k^m·Π divisors·quotient. */
function factorPoly(p: Poly, k: Factor): { term: Term; progress: boolean } {
  let m = 0;
  while (m < p.length - 1 && Q.isZero(p[m]!)) m++;
  let rest = trim(p.slice(m));
  const found: Poly[] = [];
  for (const d of DIVISORS) {
    for (let q = divide(rest, d); q && rest.length > 1; q = divide(rest, d)) {
      found.push(d);
      rest = q;
    }
  }
  let term: Term = m ? { coef: Q.ONE, factors: [{ ...k, exp: Q.rat(m) }], expo: [] } : ONE_TERM;
  for (const d of found) term = mulTerms(term, atomize(polySum(d, k)));
  const quotient = polySum(rest, k);
  if (quotient.length === 1) term = mulTerms(term, quotient[0]!);
  else if (quotient.length > 1) term = mulTerms(term, atomize(quotient));
  // progress: at least two factors (k^m, divisors, a quotient sum); one alone is the polynomial itself
  const pieces = (m > 0 ? 1 : 0) + found.length + (quotient.length > 1 ? 1 : 0);
  // a sign taken out also counts: k² − 1 → −(1 − k²)
  const signed = pieces === 1 && found.length === 1 && quotient.length === 1 && quotient[0]!.coef.n < 0n;
  return { term, progress: pieces >= 2 || signed };
}

/** The rest grouped by atom k: Σ head·(factored polynomial in k). */
function groupBy(s: Sum, k: Factor): Term[] | undefined {
  const groups = new Map<string, { head: Term; poly: Poly }>();
  for (const t of s) {
    const f = t.factors.find((x) => x.key === k.key);
    const power = f ? f.exp : Q.ZERO;
    if (!Q.isInteger(power) || power.n < 0n || power.n > 12n) return undefined;
    const head: Term = { coef: Q.ONE, factors: t.factors.filter((x) => x.key !== k.key), expo: t.expo };
    const key = monomialKey(head);
    const g = groups.get(key) ?? { head, poly: [] };
    const i = Number(power.n);
    while (g.poly.length <= i) g.poly.push(Q.ZERO);
    g.poly[i] = Q.add(g.poly[i]!, t.coef);
    groups.set(key, g);
  }
  const factored = [...groups.values()].map((g) => ({ head: g.head, ...factorPoly(g.poly, k) }));
  // no progress (nothing merged, nothing factored) would only restate the sum
  if (!factored.some((f) => f.progress) && factored.length >= (groups.size === 1 ? 1 : s.length)) return undefined;
  if (factored.length === 1 && !factored[0]!.progress) return undefined;
  return factored.map((f) => mulTerms(f.head, f.term));
}

function renderTerms(terms: readonly Term[]): Expr {
  return joinTerms(positiveFirst(terms).map((t) => termExpr(t, displaySum)));
}

/**
 * The most readable tree for a sum: common part out, then the grouping (by any atom)
 * that gives the smallest tree.
 *
 * @example
 * ```ts
 * format(displaySum(toSum(parse('s - s^2')))); // 's*(1 - s)'
 * ```
 */
export function displaySum(s: Sum): Expr {
  if (!s.length) return { kind: 'num', value: '0' };
  if (s.length === 1) return termExpr(s[0]!, displaySum);
  const { common, rest } = commonPart(s);
  const options: Term[][] = [rest.map((t) => t)];
  const atoms = new Map<string, Factor>();
  for (const t of rest) for (const f of t.factors) if (!atoms.has(f.key)) atoms.set(f.key, f);
  for (const k of atoms.values()) {
    const grouped = groupBy(rest, k);
    if (grouped) options.push(grouped);
  }
  let best: Expr | undefined;
  for (const terms of options) {
    let e: Expr;
    if (terms.length === 1) e = termExpr(mulTerms(common, terms[0]!), displaySum);
    else {
      const inner = renderTerms(terms);
      const isTrivial = Q.isOne(common.coef) && !common.factors.length && !common.expo.length;
      if (isTrivial) e = inner;
      else {
        const group: Factor = { key: `[${monomialKey({ ...ONE_TERM, factors: [] })}${terms.length}]`, base: inner, exp: Q.ONE, positive: false };
        e = termExpr(mulTerms(common, { coef: Q.ONE, factors: [group], expo: [] }), displaySum);
      }
    }
    // on a tie the later, more factored option wins
    if (!best || cost(e) <= cost(best)) best = e;
  }
  return best!;
}
