/**
 * An exact, deterministic test of `a ≡ b` for rational functions: both sides are written as
 * quotients of polynomials with exact rational coefficients, and a·d_b − b·d_a expanded must
 * be the zero polynomial. Every term that is not built of +, −, ·, / and integer powers
 * (sqrt(2), erf(x), e^(x²), π) is an independent symbol of its own, keyed by its text: an
 * identity of rational functions in independent symbols holds in particular for their
 * actual values, so a zero found here proves the question (the converse fails: sin² + cos²
 * is not 1 for independent symbols, and the caller asks the CAS next).
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

/** The exact integer a tree stands for, if it is one built of literals and − (`3`, `-(2)`). */
function integer(e: Expr): bigint | undefined {
  if (e.kind === 'num' && /^\d+$/.test(e.value)) return BigInt(e.value);
  if (e.kind === 'neg') {
    const k = integer(e.arg);
    return k === undefined ? undefined : -k;
  }
  return undefined;
}

class Reader {
  readonly #symbols = new Map<string, number>();

  symbol(e: Expr): Fraction {
    const key = format(e);
    let i = this.#symbols.get(key);
    if (i === undefined) {
      i = this.#symbols.size;
      this.#symbols.set(key, i);
    }
    return { n: new Map([[`${i}^1`, Q.ONE]]), d: constant(Q.ONE) };
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
        const k = integer(e.right);
        if (k === undefined || k > MAX_POWER || k < -MAX_POWER) return this.symbol(e);
        const base = this.read(e.left);
        if (k < 0n && base.n.size === 0) throw new GiveUp();
        let n = constant(Q.ONE);
        let d = constant(Q.ONE);
        for (let j = 0n; j < (k < 0n ? -k : k); j++) {
          n = times(n, base.n);
          d = times(d, base.d);
        }
        return k < 0n ? { n: d, d: n } : { n, d };
      }
      default:
        return this.symbol(e);
    }
  }
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
    return plus(times(x.n, y.d), times(y.n, x.d), -1).size === 0;
  } catch (err) {
    if (err instanceof GiveUp || err instanceof RangeError) return false;
    throw err;
  }
}
