/**
 * Rigorous enclosures and limits on a tail z ∈ [L, ∞) (or (−∞, −L], through z = −w).
 *
 * Plain interval arithmetic cannot bound σ′ = e^(−z)/(1 + e^(−z))² on (−∞, −L]: each
 * occurrence of z is enclosed separately and ∞/∞ leaves nothing. Here the expression is
 * first rewritten, exactly, as a quotient of sums of terms c·a·w^p·e^(E(w)) with
 * - c an exact constant (rational × powers of primes, π, e: see constant.ts),
 * - a a product of *atoms*: bounded functions of w with a proved enclosure on the tail and
 *   a known limit (below),
 * - w^p·e^(E(w)) a monomial, p rational and E a polynomial with exact coefficients.
 * Products and sums of such quotients are computed exactly, so cancellations happen in
 * the algebra (softsign′ = (1 + z)^(−1) − (1 + z)^(−2)·z becomes 1/(1 + z)²), never in
 * interval arithmetic.
 *
 * The enclosure of a sum over the tail factors out its dominant monomial m*:
 * S = m*·(Σ c_dom + Σ cⱼ·mⱼ/m*). A monomial μ = w^p·e^(E) is monotone on [L, ∞) when
 * μ′/μ = p/w + E′(w) has one sign there, which is checked by interval arithmetic in
 * t = 1/w ∈ (0, 1/L]; then μ lies between μ(L) and its limit (0 or ∞, approached and
 * never attained). Every factor is enclosed over the whole tail, so the product of the
 * enclosures contains every value (L too small for the monotonicity fails, and the caller
 * moves L out).
 *
 * Functions of such quotients follow their asymptotics, each with a mean-value remainder
 * that is itself an atom:
 * - exp(P + c + V) = e^P · e^c · (1 + V·G), P a polynomial, c a constant, V → 0, and
 *   G = (e^V − 1)/V = e^ξ with ξ between 0 and V;
 * - log(c·m·(1 + Q)) = log c + E(w) + Q·G with G = 1/(1 + ξ) (p = 0 only);
 * - (c·m·(1 + Q))^k = c^k·m^k·(1 + Q·G) with G = k(1 + ξ)^(k − 1);
 * - tanh, sech, cosh, sinh of S → ±∞ through T = e^(−|S|): tanh |S| = (1 − T²)/(1 + T²),
 *   sech = 2T/(1 + T²); tanh(log X) = (X² − 1)/(X² + 1) and sech(log X) = 2X/(X² + 1);
 * - erf(S) = ±(1 − e^(−S²)·J/|S|) for S → ±∞, J = |S|·e^(S²)·erfc(|S|) enclosed by the
 *   bounds of Abramowitz & Stegun 7.1.13, with limit 1/√π;
 * - atan(S) = ±π/2 − atan(1/S); odd functions of V → 0 as V·G with G = f(V)/V enclosed
 *   by its monotonicity in |V| (tanh, atan, erf, asinh decreasing; sinh, atanh, asin
 *   increasing);
 * - any other function of a bounded argument becomes an atom: enclosed by interval
 *   arithmetic over the argument's enclosure, its limit the function of the limit.
 *
 * Limits follow from the same form: the dominant monomials decide between 0, ±∞ and a
 * finite value, which is exact whenever the dominant coefficients and the limits of their
 * atoms are exact (every remainder atom G has an exact limit: 1, k, 2/√π, …).
 *
 * Anything outside these rules (log of a power of z, sin of an unbounded argument, a sign
 * that interval arithmetic cannot settle) throws {@link TailFailure}; the caller then
 * reports that the tail was not proved.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { Expr } from '../../symbolic/tree.js';
import {
  addConst,
  C0,
  C1,
  CE,
  type Const,
  CPI,
  constEquals,
  constFromDecimal,
  constOf,
  constRational,
  encloseConst,
  formKey,
  mulConst,
  negConst,
  powConst,
  Q,
} from './constant.js';
import { type Rational, rational } from './exact.js';
import { applyFunction, pointValue } from './functions.js';
import {
  abs as absInterval,
  add,
  div,
  hull,
  type Interval,
  type IntervalContext,
  IntervalDomainError,
  interval,
  mul,
  negate,
  point,
  powInt,
  sub,
} from './interval.js';

/**
 * The tail analysis could not conclude (an unsupported form, or L too small).
 *
 * @example
 * ```ts
 * throw new TailFailure('sin(z) has no limit');
 * ```
 */
export class TailFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TailFailure';
  }
}

/**
 * A limit at ±∞: infinite with a sign, or finite (exact when the algebra could keep it exact).
 *
 * @example
 * ```ts
 * const one: Limit = { kind: 'finite', exact: C1, enclosure: point('1') };
 * ```
 */
export type Limit = { readonly kind: 'inf'; readonly sign: 1 | -1 } | { readonly kind: 'finite'; readonly exact?: Const; readonly enclosure: Interval };

interface Atom {
  readonly label: string;
  /** Enclosure of the atom's values on the tail. */
  readonly enc: Interval;
  /** Its limit as w → ∞ (exact when known exactly), or undefined when it has none known. */
  readonly lim?: { readonly exact?: Const; readonly enc: Interval };
}

interface Coef {
  readonly k: Const;
  /** Atom indices with multiplicity, sorted. */
  readonly atoms: readonly (readonly [number, number])[];
}

interface Mono {
  readonly p: Rational;
  /** Exponent polynomial: [degree ≥ 1, coefficient], highest degree first, no zero coefficients. */
  readonly E: readonly (readonly [number, Const])[];
}

interface Term {
  readonly c: Coef;
  readonly m: Mono;
}

type Sum = readonly Term[];

interface Frac {
  readonly n: Sum;
  readonly d: Sum;
}

const R0 = rational(0n);
const ONE_MONO: Mono = { p: R0, E: [] };
const ONE_SUM: Sum = [{ c: { k: C1, atoms: [] }, m: ONE_MONO }];

// ---------------------------------------------------------------------------
// Keys and basic algebra of terms
// ---------------------------------------------------------------------------

const constKey = (c: Const): string => `${c.r.n}/${c.r.d}:${formKey(c)}`;
const monoKey = (m: Mono): string => `${m.p.n}/${m.p.d}|${m.E.map(([d, c]) => `${d}:${constKey(c)}`).join(',')}`;
const atomsKey = (a: Coef['atoms']): string => a.map(([i, n]) => `${i}^${n}`).join('*');
/** Terms with this key differ only in their rational factor, so they add exactly. */
const mergeKey = (t: Term): string => `${monoKey(t.m)}#${formKey(t.c.k)}#${atomsKey(t.c.atoms)}`;

function mergeAtoms(a: Coef['atoms'], b: Coef['atoms']): Coef['atoms'] {
  const m = new Map<number, number>(a.map(([i, n]) => [i, n]));
  for (const [i, n] of b) m.set(i, (m.get(i) ?? 0) + n);
  return [...m.entries()].filter(([, n]) => n !== 0).sort(([x], [y]) => x - y);
}

function addE(a: Mono['E'], b: Mono['E'], sign: 1 | -1): Mono['E'] {
  const m = new Map<number, Const>(a.map(([d, c]) => [d, c]));
  for (const [d, c] of b) {
    const cur = m.get(d) ?? C0;
    const next = addConst(cur, sign < 0 ? negConst(c) : c);
    if (!next) throw new TailFailure('exponents with incommensurable coefficients');
    m.set(d, next);
  }
  return [...m.entries()].filter(([, c]) => c.r.n !== 0n).sort(([x], [y]) => y - x);
}

const monoMul = (a: Mono, b: Mono): Mono => ({ p: Q.add(a.p, b.p), E: addE(a.E, b.E, 1) });
const monoInv = (a: Mono): Mono => ({ p: Q.neg(a.p), E: a.E.map(([d, c]) => [d, negConst(c)] as const) });
const monoPow = (a: Mono, k: Rational): Mono => ({ p: Q.mul(a.p, k), E: a.E.map(([d, c]) => [d, mulConst(c, constOf(k))] as const) });
const isOneMono = (m: Mono): boolean => m.p.n === 0n && m.E.length === 0;

function normalizeSum(terms: readonly Term[]): Sum {
  const groups = new Map<string, Term>();
  for (const t of terms) {
    if (t.c.k.r.n === 0n) continue;
    const key = mergeKey(t);
    const prev = groups.get(key);
    if (!prev) groups.set(key, t);
    else groups.set(key, { c: { k: { r: Q.add(prev.c.k.r, t.c.k.r), f: prev.c.k.f }, atoms: prev.c.atoms }, m: prev.m });
  }
  return [...groups.values()].filter((t) => t.c.k.r.n !== 0n);
}

const sumAdd = (a: Sum, b: Sum): Sum => normalizeSum([...a, ...b]);
const sumNeg = (a: Sum): Sum => a.map((t) => ({ c: { k: negConst(t.c.k), atoms: t.c.atoms }, m: t.m }));
const sumMul = (a: Sum, b: Sum): Sum =>
  normalizeSum(a.flatMap((x) => b.map((y) => ({ c: { k: mulConst(x.c.k, y.c.k), atoms: mergeAtoms(x.c.atoms, y.c.atoms) }, m: monoMul(x.m, y.m) }))));
const sameSum = (a: Sum, b: Sum): boolean => {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map((t) => `${mergeKey(t)}=${t.c.k.r.n}/${t.c.k.r.d}`));
  return b.every((t) => keys.has(`${mergeKey(t)}=${t.c.k.r.n}/${t.c.k.r.d}`));
};

const frac = (n: Sum, d: Sum = ONE_SUM): Frac => simplify({ n, d });
const constFrac = (c: Const): Frac => frac(c.r.n === 0n ? [] : [{ c: { k: c, atoms: [] }, m: ONE_MONO }]);
const monoFrac = (m: Mono, c: Const = C1): Frac => frac([{ c: { k: c, atoms: [] }, m }]);

/** A denominator that is one term without atoms is divided into the numerator. */
function simplify(f: Frac): Frac {
  if (f.d.length === 0) throw new TailFailure('division by zero');
  if (f.d.length === 1 && f.d[0]!.c.atoms.length === 0) {
    const t = f.d[0]!;
    if (isOneMono(t.m) && constEquals(t.c.k, C1)) return f;
    const inv = powConst(t.c.k, rational(-1n));
    if (!inv) throw new TailFailure('division by zero');
    const im = monoInv(t.m);
    return { n: normalizeSum(f.n.map((x) => ({ c: { k: mulConst(x.c.k, inv), atoms: x.c.atoms }, m: monoMul(x.m, im) }))), d: ONE_SUM };
  }
  return f;
}

const fAdd = (a: Frac, b: Frac): Frac => (sameSum(a.d, b.d) ? frac(sumAdd(a.n, b.n), a.d) : frac(sumAdd(sumMul(a.n, b.d), sumMul(b.n, a.d)), sumMul(a.d, b.d)));
const fNeg = (a: Frac): Frac => ({ n: sumNeg(a.n), d: a.d });
const fSub = (a: Frac, b: Frac): Frac => fAdd(a, fNeg(b));
const fMul = (a: Frac, b: Frac): Frac => frac(sumMul(a.n, b.n), sumMul(a.d, b.d));
function fInv(a: Frac): Frac {
  if (a.n.length === 0) throw new TailFailure('division by zero');
  return frac(a.d, a.n);
}
const fDiv = (a: Frac, b: Frac): Frac => fMul(a, fInv(b));
function fPowInt(a: Frac, n: bigint): Frac {
  if (n < 0n) return fInv(fPowInt(a, -n));
  let out = constFrac(C1);
  let base = a;
  let k = n;
  while (k > 0n) {
    if (k & 1n) out = fMul(out, base);
    k >>= 1n;
    if (k > 0n) base = fMul(base, base);
  }
  return out;
}

const isUnit = (d: Sum): boolean => d.length === 1 && isOneMono(d[0]!.m) && d[0]!.c.atoms.length === 0 && constEquals(d[0]!.c.k, C1);

/** The constant value of a quotient without w and atoms, or undefined. */
function asConst(f: Frac): Const | undefined {
  const s = simplify(f);
  if (!isUnit(s.d)) return undefined;
  if (s.n.length === 0) return C0;
  if (s.n.length !== 1) return undefined;
  const t = s.n[0]!;
  return isOneMono(t.m) && t.c.atoms.length === 0 ? t.c.k : undefined;
}

// ---------------------------------------------------------------------------
// The analysis: enclosures and limits on [L, ∞)
// ---------------------------------------------------------------------------

class Tail {
  readonly atoms: Atom[] = [];
  /** w over the tail: [L, ∞). */
  readonly W: Interval;
  /** t = 1/w over the tail: (0, 1/L]. */
  readonly T: Interval;
  constructor(
    readonly ctx: IntervalContext,
    readonly L: Decimal,
    readonly side: 1 | -1,
    readonly params: Readonly<Record<string, Const>>,
  ) {
    this.W = interval(L, 'inf');
    this.T = { ...div(ctx, point(1), this.W), loOpen: true };
  }

  atom(label: string, enc: Interval, lim?: { exact?: Const; enc: Interval }): Frac {
    this.atoms.push({ label, enc, ...(lim ? { lim } : {}) });
    return frac([{ c: { k: C1, atoms: [[this.atoms.length - 1, 1]] }, m: ONE_MONO }]);
  }

  // --- enclosures ----------------------------------------------------------

  coefEnc(c: Coef): Interval {
    let out = encloseConst(this.ctx, c.k);
    for (const [i, n] of c.atoms) out = mul(this.ctx, out, powInt(this.ctx, this.atoms[i]!.enc, BigInt(n)));
    return out;
  }

  /** The exponent polynomial's coefficients as intervals. */
  eEnc(E: Mono['E']): [number, Interval][] {
    return E.map(([d, c]) => [d, encloseConst(this.ctx, c)]);
  }

  /** Sign (+1/−1) of μ′/μ = p/w + E′(w) on the whole tail, or a failure. */
  monoTrend(m: Mono): 1 | -1 {
    if (m.E.length === 0) {
      if (m.p.n === 0n) throw new TailFailure('constant monomial has no trend');
      return m.p.n > 0n ? 1 : -1;
    }
    const ctx = this.ctx;
    const E = this.eEnc(m.E);
    const dmax = E[0]![0];
    // w^(1−d)·(p/w + Σ k eₖ w^(k−1)) = d·e_d + Σ_{k<d} k·eₖ·t^(d−k) + p·t^d, t = 1/w
    let b = mul(ctx, point(dmax), E[0]![1]);
    for (const [k, e] of E.slice(1)) b = add(ctx, b, mul(ctx, mul(ctx, point(k), e), powInt(ctx, this.T, BigInt(dmax - k))));
    b = add(ctx, b, mul(ctx, this.ratInt(m.p), powInt(ctx, this.T, BigInt(dmax))));
    if (b.lo.gt(0) || (b.lo.isZero() && b.loOpen)) return 1;
    if (b.hi.lt(0) || (b.hi.isZero() && b.hiOpen)) return -1;
    throw new TailFailure(`a monomial is not monotone on [${this.L.toString()}, ∞)`);
  }

  ratInt(r: Rational): Interval {
    return div(this.ctx, point(new Decimal(r.n.toString())), point(new Decimal(r.d.toString())));
  }

  /** μ(L) = L^p·e^(E(L)). */
  monoAtL(m: Mono): Interval {
    const ctx = this.ctx;
    const Lp = point(this.L);
    if (m.p.d === 1n && m.E.length === 0) return powInt(ctx, Lp, m.p.n);
    let exponent = mul(ctx, this.ratInt(m.p), applyFunction(ctx, 'log', [Lp]));
    for (const [d, e] of this.eEnc(m.E)) exponent = add(ctx, exponent, mul(ctx, e, powInt(ctx, Lp, BigInt(d))));
    return applyFunction(ctx, 'exp', [exponent]);
  }

  monoEnc(m: Mono): Interval {
    if (isOneMono(m)) return point(1);
    const at = this.monoAtL(m);
    return this.monoTrend(m) > 0 ? { lo: at.lo, hi: new Decimal(Number.POSITIVE_INFINITY), loOpen: false, hiOpen: true } : { lo: new Decimal(0), hi: at.hi, loOpen: true, hiOpen: false };
  }

  /** Growth of a relative to b: 1 (a/b → ∞), −1 (→ 0), 0 (same monomial). */
  compare(a: Mono, b: Mono): -1 | 0 | 1 {
    const da = new Map(a.E.map(([d, c]) => [d, c]));
    const db = new Map(b.E.map(([d, c]) => [d, c]));
    const degrees = [...new Set([...da.keys(), ...db.keys()])].sort((x, y) => y - x);
    for (const d of degrees) {
      const ca = da.get(d) ?? C0;
      const cb = db.get(d) ?? C0;
      if (constEquals(ca, cb)) continue;
      const diff = sub(this.ctx, encloseConst(this.ctx, ca), encloseConst(this.ctx, cb));
      if (diff.lo.gt(0)) return 1;
      if (diff.hi.lt(0)) return -1;
      throw new TailFailure('two exponents cannot be ordered');
    }
    const c = Q.cmp(a.p, b.p);
    return c > 0 ? 1 : c < 0 ? -1 : 0;
  }

  dominant(s: Sum): { m: Mono; dom: Term[]; rest: Term[] } {
    if (s.length === 0) throw new TailFailure('an identically zero sum has no dominant term');
    let m = s[0]!.m;
    for (const t of s.slice(1)) if (this.compare(t.m, m) > 0) m = t.m;
    const dom: Term[] = [];
    const rest: Term[] = [];
    for (const t of s) (this.compare(t.m, m) === 0 ? dom : rest).push(t);
    return { m, dom, rest };
  }

  /** Σ c_dom + Σ cⱼ·mⱼ/m* over the tail. */
  bracketEnc(d: { m: Mono; dom: Term[]; rest: Term[] }): Interval {
    const ctx = this.ctx;
    let out = d.dom.map((t) => this.coefEnc(t.c)).reduce((x, y) => add(ctx, x, y));
    for (const t of d.rest) out = add(ctx, out, mul(ctx, this.coefEnc(t.c), this.monoEnc(monoMul(t.m, monoInv(d.m)))));
    return out;
  }

  enc(f: Frac): Interval {
    const ctx = this.ctx;
    if (f.n.length === 0) return point(0);
    const dn = this.dominant(f.n);
    const dd = this.dominant(f.d);
    const den = this.bracketEnc(dd);
    try {
      return mul(ctx, this.monoEnc(monoMul(dn.m, monoInv(dd.m))), div(ctx, this.bracketEnc(dn), den));
    } catch (err) {
      if (err instanceof IntervalDomainError) throw new TailFailure('a denominator may vanish on the tail');
      throw err;
    }
  }

  // --- limits --------------------------------------------------------------

  coefLim(c: Coef): { exact?: Const; enc: Interval } {
    let exact: Const | undefined = c.k;
    let enc = encloseConst(this.ctx, c.k);
    for (const [i, n] of c.atoms) {
      const lim = this.atoms[i]!.lim;
      if (!lim) throw new TailFailure(`${this.atoms[i]!.label} has no known limit`);
      enc = mul(this.ctx, enc, powInt(this.ctx, lim.enc, BigInt(n)));
      if (exact && lim.exact) {
        const p = powConst(lim.exact, rational(BigInt(n)));
        exact = p ? mulConst(exact, p) : undefined;
      } else exact = undefined;
    }
    return exact ? { exact, enc } : { enc };
  }

  bracketLim(d: { dom: Term[] }): { exact?: Const; enc: Interval } {
    let exact: Const | undefined = C0;
    let enc = point(0);
    for (const t of d.dom) {
      const l = this.coefLim(t.c);
      enc = add(this.ctx, enc, l.enc);
      exact = exact && l.exact ? addConst(exact, l.exact) : undefined;
    }
    return exact ? { exact, enc } : { enc };
  }

  limit(f: Frac): Limit {
    if (f.n.length === 0) return { kind: 'finite', exact: C0, enclosure: point(0) };
    const dn = this.dominant(f.n);
    const dd = this.dominant(f.d);
    const growth = this.compare(dn.m, dd.m);
    if (growth < 0) return { kind: 'finite', exact: C0, enclosure: point(0) };
    const ln = this.bracketLim(dn);
    const ld = this.bracketLim(dd);
    if (growth > 0) {
      const ratio = safeDiv(this.ctx, ln.enc, ld.enc);
      if (ratio.lo.gt(0)) return { kind: 'inf', sign: 1 };
      if (ratio.hi.lt(0)) return { kind: 'inf', sign: -1 };
      throw new TailFailure('the sign of an infinite limit is not settled');
    }
    const enclosure = safeDiv(this.ctx, ln.enc, ld.enc);
    if (ln.exact && ld.exact) {
      const inv = powConst(ld.exact, rational(-1n));
      if (inv) {
        const exact = mulConst(ln.exact, inv);
        return { kind: 'finite', exact, enclosure: encloseConst(this.ctx, exact) };
      }
    }
    return { kind: 'finite', enclosure };
  }

  /** lim f as an enclosure (finite limits only). */
  limEnc(f: Frac): { exact?: Const; enc: Interval } | undefined {
    try {
      const l = this.limit(f);
      return l.kind === 'finite' ? (l.exact ? { exact: l.exact, enc: l.enclosure } : { enc: l.enclosure }) : undefined;
    } catch (err) {
      if (err instanceof TailFailure) return undefined;
      throw err;
    }
  }

  /** How f behaves: 'pos'/'neg' for ±∞, 'zero' for → 0, 'finite' otherwise. */
  behaviour(f: Frac): 'pos' | 'neg' | 'zero' | 'finite' {
    const l = this.limit(f);
    if (l.kind === 'inf') return l.sign > 0 ? 'pos' : 'neg';
    if (l.exact && l.exact.r.n === 0n) return 'zero';
    return 'finite';
  }

  // --- functions -----------------------------------------------------------

  /** A bounded function of a bounded argument as an atom. */
  boundedAtom(name: string, S: Frac, exactLim?: Const): Frac {
    const ctx = this.ctx;
    let enc: Interval;
    try {
      enc = applyFunction(ctx, name, [this.enc(S)]);
    } catch (err) {
      if (err instanceof IntervalDomainError) throw new TailFailure(`${name} may be undefined on the tail`);
      throw err;
    }
    if (!enc.lo.isFinite() || !enc.hi.isFinite()) throw new TailFailure(`${name} is unbounded on the tail`);
    const l = this.limEnc(S);
    let lim: { exact?: Const; enc: Interval } | undefined;
    if (exactLim) lim = { exact: exactLim, enc: encloseConst(ctx, exactLim) };
    else if (l) {
      try {
        lim = { enc: applyFunction(ctx, name, [l.enc]) };
      } catch {
        lim = undefined;
      }
    }
    return this.atom(`${name}(…)`, enc, lim);
  }

  /** V·G for f(V) with V → 0 and G = f(V)/V enclosed between f′(0) and f(s)/s (s = max |V|). */
  vanishing(name: string, V: Frac, slope: Const): Frac {
    // f(x)/x is monotone in |x| on [0, s] for the functions this is used with (tanh, atan,
    // erf, asinh and sin on |x| < π decreasing; sinh, atanh, asin increasing), so its
    // values lie between f′(0) and f(s)/s.
    const ctx = this.ctx;
    const s = absInterval(this.enc(V)).hi;
    if (s.isZero()) return constFrac(C0);
    if (!s.isFinite() || (name === 'sin' && s.gte(3))) return this.boundedAtom(name, V, C0);
    const ratio = div(ctx, pointValue(ctx, name, s), point(s));
    const f0 = encloseConst(ctx, slope);
    return fMul(V, this.atom(`${name}(V)/V`, hull(ratio, f0), { exact: slope, enc: f0 }));
  }

  exp(S: Frac): Frac {
    const ctx = this.ctx;
    const s = simplify(S);
    if (!(s.d.length === 1 && isOneMono(s.d[0]!.m))) {
      const l = this.limEnc(s);
      if (!l) throw new TailFailure('exp of an unbounded quotient');
      const exact = l.exact ? expConst(l.exact) : undefined;
      return this.boundedAtom('exp', s, exact);
    }
    const dScale = s.d[0]!.c;
    const terms = s.n.map((t) => ({ c: { k: mulConst(t.c.k, powConst(dScale.k, rational(-1n))!), atoms: mergeAtoms(t.c.atoms, dScale.atoms.map(([i, n]) => [i, -n] as const)) }, m: t.m }));
    let poly: Mono['E'] = [];
    let c0: Term[] = [];
    const vanish: Term[] = [];
    for (const t of terms) {
      const g = isOneMono(t.m) ? 0 : this.compare(t.m, ONE_MONO);
      if (g === 0) c0.push(t);
      else if (g < 0) vanish.push(t);
      else if (t.m.E.length === 0 && t.m.p.d === 1n && t.c.atoms.length === 0) poly = addE(poly, [[Number(t.m.p.n), t.c.k]], 1);
      else throw new TailFailure('exp of a growing term that is not a polynomial in z');
    }
    let out: Frac = monoFrac({ p: R0, E: poly });
    c0 = normalizeSum(c0) as Term[];
    if (c0.length > 0) {
      const cf = frac(c0);
      const exact = asConst(cf);
      if (exact) {
        const e = expConst(exact);
        out = e ? fMul(out, constFrac(e)) : fMul(out, this.atom('exp(c)', applyFunction(ctx, 'exp', [encloseConst(ctx, exact)]), { enc: applyFunction(ctx, 'exp', [encloseConst(ctx, exact)]) }));
      } else {
        const l = this.limEnc(cf);
        const lim = l ? { enc: applyFunction(ctx, 'exp', [l.enc]) } : undefined;
        out = fMul(out, this.atom('exp(c)', applyFunction(ctx, 'exp', [this.enc(cf)]), lim));
      }
    }
    if (vanish.length > 0) {
      const V = frac(normalizeSum(vanish));
      const G = this.atom('(e^V − 1)/V', applyFunction(ctx, 'exp', [hull(point(0), this.enc(V))]), { exact: C1, enc: point(1) });
      out = fMul(out, fAdd(constFrac(C1), fMul(V, G)));
    }
    return out;
  }

  /** log of a sum: log c* + E(w) + log(1 + Q). */
  logSum(s: Sum): Frac {
    const ctx = this.ctx;
    const d = this.dominant(s);
    if (d.m.p.n !== 0n) throw new TailFailure('log of a power of z');
    const cStar = frac(d.dom.map((t) => ({ c: t.c, m: ONE_MONO })));
    const cEnc = this.enc(cStar);
    if (!(cEnc.lo.gt(0) || (cEnc.lo.isZero() && cEnc.loOpen))) throw new TailFailure('log of a quantity not proved positive');
    let out: Frac = frac(d.m.E.map(([deg, c]) => ({ c: { k: c, atoms: [] }, m: { p: rational(BigInt(deg)), E: [] } })));
    const exact = asConst(cStar);
    if (!(exact && constEquals(exact, C1))) {
      const l = this.limEnc(cStar);
      out = fAdd(out, this.atom('log(c)', applyFunction(ctx, 'log', [cEnc]), l ? { enc: applyFunction(ctx, 'log', [l.enc]) } : undefined));
    }
    if (d.rest.length > 0) {
      const Qf = fDiv(frac(d.rest.map((t) => ({ c: t.c, m: monoMul(t.m, monoInv(d.m)) }))), cStar);
      const q = this.enc(Qf);
      const G = this.atom('log(1 + Q)/Q', div(ctx, point(1), add(ctx, point(1), hull(point(0), q))), { exact: C1, enc: point(1) });
      out = fAdd(out, fMul(Qf, G));
    }
    return out;
  }

  log(S: Frac): Frac {
    const s = simplify(S);
    const top = this.logSum(s.n);
    return isUnit(s.d) ? top : fSub(top, this.logSum(s.d));
  }

  /** A sum to a rational non-integer power k. */
  powSum(s: Sum, k: Rational): Frac {
    const ctx = this.ctx;
    const d = this.dominant(s);
    const cStar = frac(d.dom.map((t) => ({ c: t.c, m: ONE_MONO })));
    const cEnc = this.enc(cStar);
    const oddRoot = k.d % 2n === 1n;
    const negative = cEnc.hi.lt(0) || (cEnc.hi.isZero() && cEnc.hiOpen);
    const positive = cEnc.lo.gt(0) || (cEnc.lo.isZero() && cEnc.loOpen);
    if (!positive && !(negative && oddRoot)) throw new TailFailure('a non-integer power of a quantity not proved positive');
    const kI = this.ratInt(k);
    const exact = asConst(cStar);
    let cPow: Frac;
    const exactPow = exact ? powConst(exact, k) : undefined;
    if (exactPow) cPow = constFrac(exactPow);
    else {
      const powerOf = (x: Interval): Interval => {
        const mag = applyFunction(ctx, 'exp', [mul(ctx, kI, applyFunction(ctx, 'log', [absInterval(x)]))]);
        return negative && k.n % 2n !== 0n ? negate(mag) : mag;
      };
      const l = this.limEnc(cStar);
      cPow = this.atom('c^k', powerOf(cEnc), l ? { enc: powerOf(l.enc) } : undefined);
    }
    let out = fMul(cPow, monoFrac(monoPow(d.m, k)));
    if (d.rest.length > 0) {
      const Qf = fDiv(frac(d.rest.map((t) => ({ c: t.c, m: monoMul(t.m, monoInv(d.m)) }))), cStar);
      const q = this.enc(Qf);
      // (1 + Q)^k − 1 = Q·k·(1 + ξ)^(k − 1), ξ between 0 and Q
      const base = add(ctx, point(1), hull(point(0), q));
      const G = mul(ctx, kI, applyFunction(ctx, 'exp', [mul(ctx, sub(ctx, kI, point(1)), applyFunction(ctx, 'log', [base]))]));
      out = fMul(out, fAdd(constFrac(C1), fMul(Qf, this.atom('((1 + Q)^k − 1)/Q', G, { exact: constOf(k), enc: kI }))));
    }
    return out;
  }

  powRational(S: Frac, k: Rational): Frac {
    if (k.d === 1n) return fPowInt(S, k.n);
    const s = simplify(S);
    const top = this.powSum(s.n, k);
    return isUnit(s.d) ? top : fDiv(top, this.powSum(s.d, k));
  }

  call(name: string, S: Frac): Frac {
    switch (name) {
      case 'exp':
        return this.exp(S);
      case 'log':
        return this.log(S);
      case 'log10': {
        const ln10 = applyFunction(this.ctx, 'log', [point(10)]);
        return fDiv(this.log(S), this.atom('log 10', ln10, { enc: ln10 }));
      }
      case 'sqrt':
        return this.powRational(S, rational(1n, 2n));
      case 'cbrt':
        return this.powRational(S, rational(1n, 3n));
      case 'abs':
      case 'sign': {
        const e = this.enc(S);
        const pos = e.lo.gt(0) || (e.lo.isZero() && e.loOpen);
        const neg = e.hi.lt(0) || (e.hi.isZero() && e.hiOpen);
        if (!pos && !neg) throw new TailFailure(`${name} of a quantity whose sign is not settled`);
        if (name === 'sign') return constFrac(constOf(rational(pos ? 1n : -1n)));
        return pos ? S : fNeg(S);
      }
      case 'tanh':
      case 'sech':
      case 'cosh':
      case 'sinh':
        return this.hyperbolic(name, S);
      case 'csch':
        return fInv(this.hyperbolic('sinh', S));
      case 'coth':
        return fDiv(this.hyperbolic('cosh', S), this.hyperbolic('sinh', S));
      case 'erf':
        return this.erf(S);
      case 'erfc':
        return fSub(constFrac(C1), this.erf(S));
      case 'atan':
        return this.atan(S);
      case 'acot':
        return this.atan(fInv(S));
      case 'asinh':
        return this.asinh(S);
      case 'acosh': {
        if (this.behaviour(S) !== 'pos') return this.boundedAtom('acosh', S);
        return this.log(fAdd(S, this.powRational(fSub(fMul(S, S), constFrac(C1)), rational(1n, 2n))));
      }
      case 'acsch':
        return this.asinh(fInv(S));
      case 'atanh':
      case 'asin': {
        if (this.behaviour(S) === 'zero') return this.vanishing(name, S, C1);
        return this.boundedAtom(name, S);
      }
      case 'acoth':
        return this.call('atanh', fInv(S));
      case 'asec':
        return this.boundedAtom('acos', fInv(S));
      case 'acsc':
        return this.call('asin', fInv(S));
      case 'sin': {
        if (this.behaviour(S) === 'zero') return this.vanishing('sin', S, C1);
        return this.boundedAtom(name, S);
      }
      default:
        return this.boundedAtom(name, S);
    }
  }

  hyperbolic(name: 'tanh' | 'sech' | 'cosh' | 'sinh', S: Frac): Frac {
    const b = this.behaviour(S);
    if (b === 'pos' || b === 'neg') {
      const sign = b === 'pos' ? 1 : -1;
      let T: Frac;
      try {
        T = this.exp(b === 'pos' ? fNeg(S) : S); // e^(−|S|) → 0
      } catch (err) {
        if (!(err instanceof TailFailure) || name === 'cosh' || name === 'sinh') throw err;
        const lim = name === 'tanh' ? constOf(rational(BigInt(sign))) : C0;
        return this.boundedAtom(name, S, lim);
      }
      const one = constFrac(C1);
      switch (name) {
        case 'tanh': {
          // tanh |S| = (1 − T²)/(1 + T²) with T = e^(−|S|)
          const t = fDiv(fSub(one, fMul(T, T)), fAdd(one, fMul(T, T)));
          return sign > 0 ? t : fNeg(t);
        }
        case 'sech':
          return fDiv(fMul(constFrac(constOf(rational(2n))), T), fAdd(one, fMul(T, T)));
        case 'cosh':
          return fDiv(fAdd(one, fMul(T, T)), fMul(constFrac(constOf(rational(2n))), T));
        case 'sinh': {
          const t = fDiv(fSub(one, fMul(T, T)), fMul(constFrac(constOf(rational(2n))), T));
          return sign > 0 ? t : fNeg(t);
        }
      }
    }
    if (b === 'zero') {
      if (name === 'tanh') return this.vanishing('tanh', S, C1);
      if (name === 'sinh') return this.vanishing('sinh', S, C1);
      return this.boundedAtom(name, S, C1);
    }
    return this.boundedAtom(name, S);
  }

  erf(S: Frac): Frac {
    const ctx = this.ctx;
    const b = this.behaviour(S);
    if (b === 'pos' || b === 'neg') {
      const sign = b === 'pos' ? 1 : -1;
      const gauss = this.exp(fNeg(fMul(S, S)));
      // erfc x = e^(−x²)·J(x)/x with J(x) = x·e^(x²)·erfc x. By Abramowitz & Stegun 7.1.13,
      // 2x/(√π(x + √(x² + 2))) < J(x) ≤ 2x/(√π(x + √(x² + 4/π))) < 1/√π for x > 0, and the
      // lower bound increases with x: on the tail, J ∈ (lower(m), 1/√π) with m = min |S|.
      const m = absInterval(this.enc(S)).lo;
      if (!m.gt(0)) throw new TailFailure('erf of a quantity not proved away from 0');
      const M = point(m);
      const sqrtPi = applyFunction(ctx, 'sqrt', [encloseConst(ctx, CPI)]);
      const lower = div(ctx, mul(ctx, point(2), M), mul(ctx, sqrtPi, add(ctx, M, applyFunction(ctx, 'sqrt', [add(ctx, mul(ctx, M, M), point(2))]))));
      const invSqrtPi = powConst(CPI, rational(-1n, 2n))!;
      const upper = encloseConst(ctx, invSqrtPi);
      const J = this.atom('|S|·e^(S²)·erfc(|S|)', { lo: lower.lo, hi: upper.hi, loOpen: true, hiOpen: true }, { exact: invSqrtPi, enc: upper });
      const K = fMul(fInv(sign > 0 ? S : fNeg(S)), J);
      const t = fSub(constFrac(C1), fMul(gauss, K));
      return sign > 0 ? t : fNeg(t);
    }
    if (b === 'zero') return this.vanishing('erf', S, mulConst(constOf(rational(2n)), powConst(CPI, rational(-1n, 2n))!));
    return this.boundedAtom('erf', S);
  }

  atan(S: Frac): Frac {
    const b = this.behaviour(S);
    if (b === 'pos' || b === 'neg') {
      const halfPi = mulConst(CPI, constOf(rational(b === 'pos' ? 1n : -1n, 2n)));
      return fSub(constFrac(halfPi), this.vanishing('atan', fInv(S), C1));
    }
    if (b === 'zero') return this.vanishing('atan', S, C1);
    return this.boundedAtom('atan', S);
  }

  asinh(S: Frac): Frac {
    const b = this.behaviour(S);
    if (b === 'pos') return this.log(fAdd(S, this.powRational(fAdd(fMul(S, S), constFrac(C1)), rational(1n, 2n))));
    if (b === 'neg') return fNeg(this.asinh(fNeg(S)));
    if (b === 'zero') return this.vanishing('asinh', S, C1);
    return this.boundedAtom('asinh', S);
  }

  // --- trees ---------------------------------------------------------------

  build(e: Expr): Frac {
    switch (e.kind) {
      case 'num': {
        const c = constFromDecimal(e.value);
        if (!c) throw new TailFailure(`the number ${e.value} is not a decimal`);
        return constFrac(c);
      }
      case 'const':
        return constFrac(e.name === 'pi' ? CPI : CE);
      case 'var': {
        if (e.name === 'z') return monoFrac({ p: rational(1n), E: [] }, constOf(rational(BigInt(this.side))));
        const c = this.params[e.name];
        if (!c) throw new TailFailure(`no value for the parameter ${e.name}`);
        return constFrac(c);
      }
      case 'neg':
        return fNeg(this.build(e.arg));
      case 'add':
        return fAdd(this.build(e.left), this.build(e.right));
      case 'sub':
        return fSub(this.build(e.left), this.build(e.right));
      case 'mul':
        return fMul(this.build(e.left), this.build(e.right));
      case 'div':
        return fDiv(this.build(e.left), this.build(e.right));
      case 'pow': {
        if (e.left.kind === 'const' && e.left.name === 'e') {
          const viaLog = logPower(e.right);
          if (viaLog) return this.powAny(this.build(viaLog.arg), this.build(viaLog.k));
          return this.exp(this.build(e.right));
        }
        const base = this.build(e.left);
        const k = asConst(this.build(e.right));
        const kr = k ? constRational(k) : undefined;
        if (kr) return this.powRational(base, kr);
        return this.exp(fMul(this.build(e.right), this.log(base)));
      }
      case 'call': {
        const arg = e.args[0];
        if (e.args.length !== 1 || !arg) throw new TailFailure(`${e.fn} of several arguments on a tail`);
        if (arg.kind === 'call' && arg.fn === 'log' && arg.args.length === 1 && HYPERBOLIC_OF_LOG[e.fn]) {
          return HYPERBOLIC_OF_LOG[e.fn]!(this.build(arg.args[0]!));
        }
        return this.call(e.fn, this.build(arg));
      }
    }
  }

  /** X^k for a constant k (exact rational, or through exp(k·log X)). */
  powAny(X: Frac, k: Frac): Frac {
    const c = asConst(k);
    const r = c ? constRational(c) : undefined;
    if (r) return this.powRational(X, r);
    return this.exp(fMul(k, this.log(X)));
  }
}

/** e^c exactly when c is rational (as the constant e^c), else undefined. */
function expConst(c: Const): Const | undefined {
  const r = constRational(c);
  if (!r) return undefined;
  return r.n === 0n ? C1 : { r: rational(1n), f: new Map([['e', r]]) };
}

function safeDiv(ctx: IntervalContext, a: Interval, b: Interval): Interval {
  try {
    return div(ctx, a, b);
  } catch (err) {
    if (err instanceof IntervalDomainError) throw new TailFailure('a limit divides by a quantity whose limit may be 0');
    throw err;
  }
}

/** `log X`, `k*log X`, `log X*k`, `-log X` as (X, k). */
function logPower(e: Expr): { arg: Expr; k: Expr } | undefined {
  const isLog = (x: Expr): x is Extract<Expr, { kind: 'call' }> => x.kind === 'call' && x.fn === 'log' && x.args.length === 1;
  if (isLog(e)) return { arg: e.args[0]!, k: { kind: 'num', value: '1' } };
  if (e.kind === 'neg' && isLog(e.arg)) return { arg: e.arg.args[0]!, k: { kind: 'neg', arg: { kind: 'num', value: '1' } } };
  if (e.kind === 'mul') {
    if (isLog(e.right) && e.left.kind !== 'var') return { arg: e.right.args[0]!, k: e.left };
    if (isLog(e.left) && e.right.kind !== 'var') return { arg: e.left.args[0]!, k: e.right };
  }
  return undefined;
}

const two = (): Frac => constFrac(constOf(rational(2n)));
const oneF = (): Frac => constFrac(C1);
/** tanh, sech, cosh, sinh of log X as rational functions of X (X > 0 wherever log X is defined). */
const HYPERBOLIC_OF_LOG: Readonly<Record<string, (X: Frac) => Frac>> = {
  tanh: (X) => fDiv(fSub(fMul(X, X), oneF()), fAdd(fMul(X, X), oneF())),
  sech: (X) => fDiv(fMul(two(), X), fAdd(fMul(X, X), oneF())),
  cosh: (X) => fDiv(fAdd(fMul(X, X), oneF()), fMul(two(), X)),
  sinh: (X) => fDiv(fSub(fMul(X, X), oneF()), fMul(two(), X)),
};

// ---------------------------------------------------------------------------
// Public entry
// ---------------------------------------------------------------------------

/**
 * What is proved about f on a tail.
 *
 * @example
 * ```ts
 * const t: TailAnalysis = analyseTail(parse('1/(1 + e^(-z))'), 1, new Decimal(32), {}, intervalContext(24));
 * t.limit; // { kind: 'finite', exact: 1, … }
 * ```
 */
export interface TailAnalysis {
  /** Encloses f(z) for every z on the tail: z ≥ L (side 1) or z ≤ −L (side −1). */
  readonly enclosure: Interval;
  /** The limit of f as z → ±∞. */
  readonly limit: Limit;
}

/**
 * Encloses f on the tail z ≥ L (side 1) or z ≤ −L (side −1) and finds its limit there,
 * with the parameters fixed at exact decimal values. Throws {@link TailFailure} when the
 * expression is outside the rules of this module or L is too small for them.
 *
 * @example
 * ```ts
 * const ctx = intervalContext(24);
 * const s = analyseTail(parse('(1 + e^(-z))^(-2)*e^(-z)'), -1, new Decimal(32), {}, ctx); // σ′ on (−∞, −32]
 * formatInterval(s.enclosure, 3); // '(0, 1.27e-14)'
 * s.limit.kind;                   // 'finite' (exactly 0)
 * ```
 */
export function analyseTail(e: Expr, side: 1 | -1, L: Decimal, params: Readonly<Record<string, string>>, ctx: IntervalContext): TailAnalysis {
  if (!L.isFinite() || L.lte(0)) throw new RangeError('the tail starts at a positive L');
  const consts: Record<string, Const> = {};
  for (const [k, v] of Object.entries(params)) {
    const c = constFromDecimal(v);
    if (!c) throw new TailFailure(`the parameter ${k} = ${v} is not a decimal`);
    consts[k] = c;
  }
  const tail = new Tail(ctx, L, side, consts);
  try {
    const f = tail.build(e);
    return { enclosure: tail.enc(f), limit: tail.limit(f) };
  } catch (err) {
    // an enclosure that interval arithmetic refuses (a possible pole, an overflow) is a failure of the rules, not an error
    if (err instanceof IntervalDomainError) throw new TailFailure(err.message);
    throw err;
  }
}

/** Exposed for tests: the exact constant of a constant expression (no z). */
export function constantOf(e: Expr, params: Readonly<Record<string, string>>, ctx: IntervalContext): Const | undefined {
  const consts: Record<string, Const> = {};
  for (const [k, v] of Object.entries(params)) {
    const c = constFromDecimal(v);
    if (c) consts[k] = c;
  }
  try {
    return asConst(new Tail(ctx, new Decimal(1), 1, consts).build(e));
  } catch (err) {
    if (err instanceof TailFailure) return undefined;
    throw err;
  }
}

