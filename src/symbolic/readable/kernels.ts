/**
 * Rewrites a normal form in terms of the functions a teacher names: σ, tanh, softplus,
 * and the activation φ itself.
 *
 * - `1 + e^u` with powers of `e^u` beside it becomes a polynomial in σ: with
 *   s = σ(−u) = 1/(1 + e^u), `(1 + e^u)^k = s^(−k)` and `e^u = (1 − s)/s`
 *   (or, with t = σ(u), `(1 + e^u)^k = (1 − t)^(−k)` and `e^u = t/(1 − t)`);
 *   `e^(−z)/(1 + e^(−z))²` becomes σ(z)(1 − σ(z)).
 * - `sech(u)^(2k)` becomes `(1 − tanh(u)²)^k`.
 * - `log(1 + e^u)` becomes `softplus(u)`.
 * - the activation's own formula φ is divided out of each term where it divides it, or
 *   subtracted when the derivative is φ plus something simpler (ELU: αe^z = φ + α).
 *
 * Each rewrite is an identity; the result is still checked by the verify layer.
 *
 * @module
 */
import type { Expr } from '../tree.js';
import {
  addSums,
  atomTerm,
  combine,
  type Factor,
  monomialKey,
  mulTerms,
  negate,
  plainExpr,
  powTerm,
  scale,
  type Sum,
  sumKey,
  type Term,
  toSum,
} from './normal.js';
import * as Q from './rational.js';

/** `log(1 + e^u)` → `softplus(u)` everywhere in a tree (display functions only). */
export function nameCalls(e: Expr): Expr {
  switch (e.kind) {
    case 'num':
    case 'const':
    case 'var':
      return e;
    case 'neg':
      return { kind: 'neg', arg: nameCalls(e.arg) };
    case 'call': {
      const args = e.args.map(nameCalls);
      if (e.fn === 'log' && args.length === 1) {
        const u = onePlusExp(toSum(args[0]!));
        if (u) return { kind: 'call', fn: 'softplus', args: [plainExpr(u)] };
      }
      return { kind: 'call', fn: e.fn, args };
    }
    default:
      return { kind: e.kind, left: nameCalls(e.left), right: nameCalls(e.right) };
  }
}

/** u when the sum is exactly 1 + e^u. */
function onePlusExp(s: Sum): Sum | undefined {
  if (s.length !== 2) return undefined;
  const one = s.find((t) => t.factors.length === 0 && t.expo.length === 0 && Q.isOne(t.coef));
  const ex = s.find((t) => t !== one && t.factors.length === 0 && Q.isOne(t.coef) && t.expo.length > 0);
  return one && ex ? ex.expo : undefined;
}

/** j with expo = j·u + rest (rest free of u's monomials), when there is one. */
function multipleOf(expo: Sum, u: Sum): { j: Rational; rest: Sum } | undefined {
  const keys = new Set(u.map(monomialKey));
  const first = expo.find((t) => keys.has(monomialKey(t)));
  if (!first) return { j: Q.ZERO, rest: expo };
  const uFirst = u.find((t) => monomialKey(t) === monomialKey(first))!;
  const j = Q.div(first.coef, uFirst.coef);
  if (!Q.isInteger(j)) return undefined;
  const rest = addSums(expo, negate(scale(u, j)));
  return rest.some((t) => keys.has(monomialKey(t))) ? undefined : { j, rest };
}

type Rational = Q.Rational;

/** The atom σ(v) as a factor. */
function sigmaFactor(v: Sum, exp: Rational): Factor {
  const base: Expr = { kind: 'call', fn: 'sigmoid', args: [plainExpr(v)] };
  return atomTerm(base, true, exp).factors[0]!;
}

/** (1 − k)^n expanded, k a factor, as a sum of terms. */
function oneMinusPower(k: Factor, n: bigint): Sum {
  let acc: Sum = [{ coef: Q.ONE, factors: [], expo: [] }];
  const oneMinus: Sum = [
    { coef: Q.ONE, factors: [], expo: [] },
    { coef: Q.rat(-1), factors: [{ ...k, exp: Q.ONE }], expo: [] },
  ];
  for (let i = 0n; i < n; i++) acc = combine(acc.flatMap((a) => oneMinus.map((b) => mulTerms(a, b))));
  return acc;
}

/**
 * Rewrites with σ for one atom A = 1 + e^u. `flip`: use t = σ(u) instead of s = σ(−u).
 * Returns undefined when the result is not a polynomial in σ (a negative power remains).
 */
function withSigma(s: Sum, atomKey: string, u: Sum, flip: boolean): Sum | undefined {
  const out: Term[] = [];
  const K = sigmaFactor(flip ? u : negate(u), Q.ONE);
  for (const t of s) {
    let k = Q.ZERO; // power of A
    const others: Factor[] = [];
    for (const f of t.factors) {
      if (f.key === atomKey) k = f.exp;
      else others.push(f);
    }
    const m = multipleOf(t.expo, u);
    if (!m || !Q.isInteger(k)) return undefined;
    const j = m.j; // power of e^u
    if (Q.isZero(k) && Q.isZero(j)) {
      out.push(t);
      continue;
    }
    // s-form: A^k e^(ju) = s^(−k−j) (1 − s)^j; t-form: A^k e^(ju) = t^j (1 − t)^(−k−j)
    const sPower = flip ? j : Q.neg(Q.add(k, j));
    const oneMinus = flip ? Q.neg(Q.add(k, j)) : j;
    if (sPower.n < 0n || oneMinus.n < 0n) return undefined;
    const head: Term = { coef: t.coef, factors: others, expo: m.rest };
    const withK = Q.isZero(sPower) ? head : mulTerms(head, { coef: Q.ONE, factors: [{ ...K, exp: sPower }], expo: [] });
    for (const p of oneMinusPower(K, oneMinus.n)) out.push(mulTerms(withK, p));
  }
  return combine(out);
}

/** Every way of writing the sum with σ (one per atom 1 + e^u and orientation). */
export function sigmaForms(s: Sum): Sum[] {
  const atoms = new Map<string, Sum>();
  for (const t of s) {
    for (const f of t.factors) {
      const u = f.sum ? onePlusExp(f.sum) : undefined;
      if (u) atoms.set(f.key, u);
    }
  }
  const forms: Sum[] = [];
  for (const [key, u] of atoms) {
    for (const flip of [false, true]) {
      const form = withSigma(s, key, u, flip);
      if (form) forms.push(form);
    }
  }
  return forms;
}

/** `sech(u)^(2k)` → `(1 − tanh(u)²)^k`, expanded. */
export function withTanh(s: Sum): Sum {
  let changed = false;
  const out: Term[] = [];
  for (const t of s) {
    const sech = t.factors.find((f) => f.base.kind === 'call' && f.base.fn === 'sech' && Q.isInteger(f.exp) && f.exp.n > 0n && f.exp.n % 2n === 0n);
    if (sech?.base.kind !== 'call') {
      out.push(t);
      continue;
    }
    changed = true;
    const tanh = atomTerm({ kind: 'call', fn: 'tanh', args: (sech.base as { args: readonly Expr[] }).args }, false).factors[0]!;
    const head: Term = { ...t, factors: t.factors.filter((f) => f !== sech) };
    // 1 − tanh² = (1 − tanh)(1 + tanh) is kept as 1 − tanh², a polynomial in tanh
    let acc: Sum = [head];
    const oneMinusSquare: Sum = [
      { coef: Q.ONE, factors: [], expo: [] },
      { coef: Q.rat(-1), factors: [{ ...tanh, exp: Q.rat(2) }], expo: [] },
    ];
    for (let i = 0n; i < sech.exp.n / 2n; i++) acc = combine(acc.flatMap((a) => oneMinusSquare.map((b) => mulTerms(a, b))));
    out.push(...acc);
  }
  return changed ? combine(out) : s;
}

/**
 * The activation itself, for rewriting in terms of φ.
 *
 * @example
 * ```ts
 * const self: SelfReference = { name: 'varphi', expr: parse('1/(1 + e^(-z))') };
 * ```
 */
export interface SelfReference {
  /** Variable name standing for φ in the result (e.g. `phi`). */
  readonly name: string;
  /** φ's formula (on the piece the derivative belongs to). */
  readonly expr: Expr;
}

function divides(d: Term, t: Term): boolean {
  if (d.expo.length && sumKey(d.expo) !== sumKey(t.expo)) return false;
  return d.factors.every((f) => {
    const g = t.factors.find((x) => x.key === f.key);
    return g !== undefined && Q.isInteger(f.exp) && Q.isInteger(g.exp) && f.exp.n > 0n && !Q.lt(g.exp, f.exp);
  });
}

/**
 * The sum in terms of φ: each term φ divides is written as φ^k times the rest; or, when
 * φ has several terms, as c·φ + (the rest) if that has fewer terms.
 */
export function withSelf(s: Sum, self: Sum, name: string): Sum | undefined {
  const phi = atomTerm({ kind: 'var', name }, false).factors[0]!;
  if (self.length === 1 && (self[0]!.factors.length > 0 || self[0]!.expo.length > 0)) {
    const d = self[0]!;
    const inverse = powTerm({ ...d, coef: Q.ONE }, Q.rat(-1))[0]!;
    let used = false;
    const out = s.map((t) => {
      let cur = t;
      let k = 0n;
      while (divides(d, cur)) {
        cur = mulTerms(cur, inverse);
        cur = { ...cur, coef: Q.div(cur.coef, d.coef) };
        k++;
      }
      if (!k) return t;
      used = true;
      return mulTerms(cur, { coef: Q.ONE, factors: [{ ...phi, exp: Q.rat(k) }], expo: [] });
    });
    return used ? combine(out) : undefined;
  }
  if (self.length > 1) {
    for (const ts of self) {
      const match = s.find((t) => monomialKey(t) === monomialKey(ts));
      if (!match) continue;
      const c = Q.div(match.coef, ts.coef);
      const rest = addSums(s, negate(scale(self, c)));
      if (rest.length <= s.length) return combine([{ coef: c, factors: [phi], expo: [] }, ...rest]);
    }
  }
  return undefined;
}
