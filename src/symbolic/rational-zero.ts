/**
 * An exact, deterministic test of `a ≡ b` for rational functions: both sides are written as
 * quotients of polynomials with exact rational coefficients, and a·d_b − b·d_a expanded must
 * be the zero polynomial. Every term that is not built of +, −, ·, / and integer powers
 * (sqrt(2), erf(x), e^(x²), π) is an independent symbol of its own, keyed by its text: an
 * identity of rational functions in independent symbols holds in particular for their
 * actual values, so a zero found here proves the question (the converse fails: sin² + cos²
 * is not 1 for independent symbols, and the caller asks the CAS next).
 *
 * A square root √u (and u^(p/2)) is a symbol R of its own with the one relation R² = u: the
 * difference, a polynomial in R, is reduced by it to A + B·R, and both A and B must be the
 * zero polynomial (then it is 0 for R = √u in particular). So √(2/π)·√(2/π) = 2/π and
 * (z² + b)^(−3/2)·(z² + b) = (z² + b)^(−1/2) are settled.
 *
 * The square root of a positive constant built of rationals, π and e by ·, / and integer
 * powers is first split into roots of primes and of π and e (√(ab) = √a·√b holds for
 * a, b > 0): √(2/π) = √2·(√π)⁻¹, √(2π) = √2·√π, √8 = 2·√2, √(1/2) = √2/2. Written either way
 * the same number is then the same product of symbols, and √(2/π)·√(2π) = 2 is settled.
 *
 * Applied to the identity form of symbolic/identity-form.ts, it settles the identities of
 * exponentials the CAS's `simplify` gives up on (a softmax Jacobian entry −pᵢpⱼ written two
 * ways: the CAS spent its step budget on each, twice).
 *
 * @module
 */
import * as Q from './readable/rational.js';
import { type Expr, format } from './tree.js';

/** A monomial's key: `index^power` factors sorted by index, joined by `*` ('' for 1). */
type Poly = Map<string, Q.Rational>;

/** A quotient of polynomials with a denominator that is not the zero polynomial. */
interface Fraction {
  readonly n: Poly;
  readonly d: Poly;
}

/** The most terms a polynomial may have before the test gives up (it is a fast first try, never a long one). */
const MAX_TERMS = 4000;
/** The largest integer power expanded. */
const MAX_POWER = 64n;

class GiveUp extends Error {}

const constant = (c: Q.Rational): Poly => (Q.isZero(c) ? new Map() : new Map([['', c]]));

function parseKey(key: string): Map<number, number> {
  const out = new Map<number, number>();
  if (key === '') return out;
  for (const f of key.split('*')) {
    const [i, p] = f.split('^');
    out.set(Number(i), Number(p));
  }
  return out;
}

function monomialProduct(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const m = parseKey(a);
  for (const [i, p] of parseKey(b)) m.set(i, (m.get(i) ?? 0) + p);
  return [...m]
    .filter(([, p]) => p !== 0)
    .sort(([x], [y]) => x - y)
    .map(([i, p]) => `${i}^${p}`)
    .join('*');
}

function checked(p: Poly): Poly {
  if (p.size > MAX_TERMS) throw new GiveUp();
  return p;
}

function plus(a: Poly, b: Poly, sign: 1 | -1 = 1): Poly {
  const out = new Map(a);
  for (const [k, c] of b) {
    const s = Q.add(out.get(k) ?? Q.ZERO, sign === 1 ? c : Q.neg(c));
    if (Q.isZero(s)) out.delete(k);
    else out.set(k, s);
  }
  return checked(out);
}

function times(a: Poly, b: Poly): Poly {
  if (a.size * b.size > MAX_TERMS * 4) throw new GiveUp();
  let out: Poly = new Map();
  for (const [ka, ca] of a) {
    const row: Poly = new Map();
    for (const [kb, cb] of b) row.set(monomialProduct(ka, kb), Q.mul(ca, cb));
    out = plus(out, row);
  }
  return out;
}

/**
 * The exact rational a constant stands for, if it is built of short literals and + − · /
 * (`3 - 1`, `-1/2 - 1`); undefined otherwise (a variable, a function, a division by 0).
 *
 * @example
 * ```ts
 * constantValue(parse('-1/2 - 1')); // { n: -3n, d: 2n }
 * ```
 */
export function constantValue(e: Expr): Q.Rational | undefined {
  switch (e.kind) {
    case 'num':
      return Q.smallDecimal(e.value);
    case 'neg': {
      const k = constantValue(e.arg);
      return k && Q.neg(k);
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const a = constantValue(e.left);
      const b = constantValue(e.right);
      if (!a || !b || (e.kind === 'div' && Q.isZero(b))) return undefined;
      return e.kind === 'add' ? Q.add(a, b) : e.kind === 'sub' ? Q.sub(a, b) : e.kind === 'mul' ? Q.mul(a, b) : Q.div(a, b);
    }
    default:
      return undefined;
  }
}

/**
 * A constant as q·π^a·e^b (q rational, a and b integers), if it is built of short literals,
 * π and e by + − · / and integer powers (a sum only of rationals); undefined otherwise.
 */
function constantProduct(e: Expr): { q: Q.Rational; atoms: Map<'pi' | 'e', bigint> } | undefined {
  const q = constantValue(e);
  if (q) return { q, atoms: new Map() };
  switch (e.kind) {
    case 'const':
      // π and e, both positive
      return { q: Q.ONE, atoms: new Map([[e.name, 1n]]) };
    case 'neg': {
      const a = constantProduct(e.arg);
      return a && { q: Q.neg(a.q), atoms: a.atoms };
    }
    case 'mul':
    case 'div': {
      const a = constantProduct(e.left);
      const b = constantProduct(e.right);
      if (!a || !b || (e.kind === 'div' && Q.isZero(b.q))) return undefined;
      const atoms = new Map(a.atoms);
      for (const [name, k] of b.atoms) atoms.set(name, (atoms.get(name) ?? 0n) + (e.kind === 'mul' ? k : -k));
      return { q: e.kind === 'mul' ? Q.mul(a.q, b.q) : Q.div(a.q, b.q), atoms };
    }
    case 'pow': {
      const k = constantValue(e.right);
      const a = constantProduct(e.left);
      if (!a || !k || !Q.isInteger(k) || k.n > MAX_POWER || k.n < -MAX_POWER || (k.n < 0n && Q.isZero(a.q))) return undefined;
      return { q: Q.powInt(a.q, k.n), atoms: new Map([...a.atoms].map(([name, j]) => [name, j * k.n])) };
    }
    default:
      return undefined;
  }
}

/** The largest number tried as a factor when a radicand's integer is split into primes. */
const TRIAL_LIMIT = 10_000n;

/**
 * m = s²·Π pᵢ with the pᵢ distinct (primes below TRIAL_LIMIT, and at most one last factor
 * that was not split further): the square part s and the factors left under the root.
 */
function squareFree(m: bigint): { s: bigint; under: bigint[] } {
  let s = 1n;
  const under: bigint[] = [];
  let rest = m;
  for (let p = 2n; p <= TRIAL_LIMIT && p * p <= rest; p += p === 2n ? 1n : 2n) {
    let k = 0;
    while (rest % p === 0n) {
      rest /= p;
      k++;
    }
    for (let j = 0; j < k >> 1; j++) s *= p;
    if (k % 2 === 1) under.push(p);
  }
  if (rest > 1n) under.push(rest);
  return { s, under };
}

/** base^k for an integer |k| ≤ MAX_POWER. */
function power(base: Fraction, k: bigint): Fraction {
  if (k < 0n && base.n.size === 0) throw new GiveUp();
  let n = constant(Q.ONE);
  let d = constant(Q.ONE);
  for (let j = 0n; j < (k < 0n ? -k : k); j++) {
    n = times(n, base.n);
    d = times(d, base.d);
  }
  return k < 0n ? { n: d, d: n } : { n, d };
}

class Reader {
  readonly #symbols = new Map<string, number>();
  /** The square-root symbols: index → the radicand u (R² = u). */
  readonly roots = new Map<number, Fraction>();

  #index(key: string): number {
    let i = this.#symbols.get(key);
    if (i === undefined) {
      i = this.#symbols.size;
      this.#symbols.set(key, i);
    }
    return i;
  }

  symbol(e: Expr): Fraction {
    return { n: new Map([[`${this.#index(format(e))}^1`, Q.ONE]]), d: constant(Q.ONE) };
  }

  /** √u as a symbol R with R² = u (u read first, so an inner root has a smaller index than an outer one). */
  root(u: Expr): Fraction {
    const split = this.#constantRoot(u);
    if (split) return split;
    const radicand = this.read(u);
    const i = this.#index(`sqrt ${format(u)}`);
    this.roots.set(i, radicand);
    return { n: new Map([[`${i}^1`, Q.ONE]]), d: constant(Q.ONE) };
  }

  /** A root symbol for √k, k a prime (or an unsplit factor), π or e, with R² = k. */
  #atomRoot(k: Expr): Fraction {
    const i = this.#index(`sqrt ${format(k)}`);
    this.roots.set(i, this.read(k));
    return { n: new Map([[`${i}^1`, Q.ONE]]), d: constant(Q.ONE) };
  }

  /**
   * √u for a positive constant u = (n/d)·π^a·e^b, as (s/d)·Π√pᵢ·(√π)^a·(√e)^b with n·d = s²·Π pᵢ
   * (every factor is positive, so the root of the product is the product of the roots);
   * undefined when u is not such a constant or not positive.
   */
  #constantRoot(u: Expr): Fraction | undefined {
    const c = constantProduct(u);
    if (!c || c.q.n <= 0n) return undefined;
    const { s, under } = squareFree(c.q.n * c.q.d);
    let out: Fraction = { n: constant(Q.rat(s, c.q.d)), d: constant(Q.ONE) };
    const multiply = (f: Fraction) => {
      out = { n: times(out.n, f.n), d: times(out.d, f.d) };
    };
    for (const p of under) multiply(this.#atomRoot({ kind: 'num', value: p.toString() }));
    for (const [name, k] of [...c.atoms].sort(([x], [y]) => (x < y ? -1 : 1))) if (k !== 0n) multiply(power(this.#atomRoot({ kind: 'const', name }), k));
    return out;
  }

  read(e: Expr): Fraction {
    switch (e.kind) {
      case 'num': {
        const c = Q.smallDecimal(e.value);
        if (!c) throw new GiveUp();
        return { n: constant(c), d: constant(Q.ONE) };
      }
      case 'neg': {
        const a = this.read(e.arg);
        return { n: plus(new Map(), a.n, -1), d: a.d };
      }
      case 'add':
      case 'sub': {
        const a = this.read(e.left);
        const b = this.read(e.right);
        return { n: plus(times(a.n, b.d), times(b.n, a.d), e.kind === 'add' ? 1 : -1), d: times(a.d, b.d) };
      }
      case 'mul': {
        const a = this.read(e.left);
        const b = this.read(e.right);
        return { n: times(a.n, b.n), d: times(a.d, b.d) };
      }
      case 'div': {
        const a = this.read(e.left);
        const b = this.read(e.right);
        // a denominator that is the zero polynomial: the question is undefined everywhere, nothing is proved
        if (b.n.size === 0) throw new GiveUp();
        return { n: times(a.n, b.d), d: times(a.d, b.n) };
      }
      case 'pow': {
        const k = constantValue(e.right);
        // u^(p/2) = (√u)^p
        const twice = k && Q.mul(k, Q.rat(2));
        if (!twice || !Q.isInteger(twice) || twice.n > 2n * MAX_POWER || twice.n < -2n * MAX_POWER) return this.symbol(e);
        if (Q.isInteger(k)) return power(this.read(e.left), k.n);
        return power(this.root(e.left), twice.n);
      }
      case 'call':
        if (e.fn === 'sqrt' && e.args.length === 1) return this.root(e.args[0]!);
        // ln e = 1 (the rules' chain rule writes e^u·ln e)
        if (e.fn === 'log' && e.args.length === 1 && e.args[0]!.kind === 'const' && e.args[0]!.name === 'e') return { n: constant(Q.ONE), d: constant(Q.ONE) };
        return this.symbol(e);
      default:
        return this.symbol(e);
    }
  }
}

/**
 * Whether the polynomial p is 0 once each root symbol R (outermost first) is reduced by
 * R² = u: p = Σ cₖ·Rᵏ becomes A + B·R with A = Σ c₂ₘ·uᵐ and B = Σ c₂ₘ₊₁·uᵐ (times the
 * M-th power of u's denominator, M the highest m), and both must reduce to 0.
 */
function reducesToZero(p: Poly, roots: readonly (readonly [number, Fraction])[]): boolean {
  if (p.size === 0) return true;
  if (roots.length === 0) return false;
  const [[r, u], ...inner] = roots as [readonly [number, Fraction], ...(readonly [number, Fraction])[]];
  // the coefficient polynomial of each power of R
  const byPower = new Map<number, Poly>();
  for (const [key, c] of p) {
    const m = parseKey(key);
    const k = m.get(r) ?? 0;
    m.delete(r);
    const rest = [...m].sort(([x], [y]) => x - y).map(([i, q]) => `${i}^${q}`).join('*');
    const row = byPower.get(k) ?? new Map<string, Q.Rational>();
    row.set(rest, c);
    byPower.set(k, row);
  }
  const top = Math.floor(Math.max(...byPower.keys()) / 2);
  if (top > Number(MAX_POWER)) throw new GiveUp();
  const parts: Poly[] = [new Map(), new Map()];
  for (const [k, c] of byPower) {
    const m = Math.floor(k / 2);
    parts[k % 2] = plus(parts[k % 2]!, times(c, times(power(u, BigInt(m)).n, power({ n: u.d, d: constant(Q.ONE) }, BigInt(top - m)).n)));
  }
  return parts.every((part) => reducesToZero(part, inner));
}

/**
 * Whether `a ≡ b` as rational functions of their variables and of every other term taken
 * as a symbol of its own (true is a proof; false means "not shown this way").
 *
 * @example
 * ```ts
 * rationalIdentity(parse('a/(a + b) * b/(a + b)'), parse('1/((1 + b/a)*(a/b + 1))')); // true
 * rationalIdentity(parse('sin(x)^2 + cos(x)^2'), parse('1'));                          // false
 * ```
 */
export function rationalIdentity(a: Expr, b: Expr): boolean {
  try {
    const reader = new Reader();
    const x = reader.read(a);
    const y = reader.read(b);
    return reducesToZero(plus(times(x.n, y.d), times(y.n, x.d), -1), [...reader.roots].sort(([i], [j]) => j - i));
  } catch (err) {
    if (err instanceof GiveUp || err instanceof RangeError) return false;
    throw err;
  }
}
