/**
 * The form in which an identity is put to the CAS: exponentials written as powers of new
 * symbols, so that an identity of exponentials becomes an identity of rational functions,
 * which the CAS settles reliably and fast; and a few exact rewritings the CAS misses.
 *
 * The CAS reduces `(e^x − e^(−x))/(e^x + e^(−x)) − tanh(x)` or
 * `e^a/(e^a + e^b) − 1/(1 + e^(b−a))` to 0 only rarely and slowly (it spends its whole step
 * budget and gives up), but it reduces the same questions in `t = e^x` at once. The
 * rewriting, each step exact where both sides are defined:
 * - hyperbolic functions in exponentials: tanh(u) = (e^(2u) − 1)/(e^(2u) + 1), and so on;
 * - an exponential of a linear form: e^(c₁x₁ + … + r) = T₁^(k₁)·…·e^r, where Tᵢ stands for
 *   e^(xᵢ/qᵢ), qᵢ the common denominator of every coefficient of xᵢ in the question, and
 *   kᵢ = cᵢqᵢ an integer (r, the non-linear rest, stays an exponential);
 * - integer powers distributed over products and quotients, and sqrt(u)^(2k) = u^k;
 * - tan(atan(u)), sinh(asinh(u)), tanh(atanh(u)) = u;
 * - quotients of a sum over one denominator (written the same way) as one quotient.
 *
 * Tᵢ is a new symbol, independent of xᵢ for the CAS: a rational function identity in
 * independent symbols holds in particular for Tᵢ = e^(xᵢ/qᵢ), so a 0 reached here is a proof
 * of the original question. (The converse fails: `log(e^x) − x` is not reduced this way, and
 * the caller keeps the original form as a second try.)
 *
 * @module
 */
import { catalogueCall, expandCatalogueCall } from './registry.js';
import * as Q from './readable/rational.js';
import { constantValue as rational, rationalIdentity } from './rational-zero.js';
import { add, call, div, type Expr, format, mul, neg, num, pow, sub, v, variables } from './tree.js';

/**
 * An exponent as a linear form: u = Σ cₖ·aₖ + rest, with rational cₖ. An atom aₖ is a
 * variable, log(w) (key `l …`), or any other term with a variable in it, taken whole
 * (`x^3`, `sqrt(2/pi)*(x + x^3)`); the rest is the constant part (no variable).
 */
interface Linear {
  readonly terms: ReadonlyMap<string, Q.Rational>;
  readonly atoms: ReadonlyMap<string, Expr>;
  readonly rest?: Expr;
}

const MINUS_ONE = Q.rat(-1);

function scaled(l: Linear, c: Q.Rational): Linear {
  const terms = new Map([...l.terms].map(([x, k]) => [x, Q.mul(k, c)] as const));
  if (!l.rest) return { terms, atoms: l.atoms };
  const size = c.n < 0n ? -c.n : c.n;
  const factor = c.d === 1n ? num(size.toString()) : div(num(size.toString()), num(c.d.toString()));
  const rest = size === 1n && c.d === 1n ? l.rest : mul(factor, l.rest);
  return { terms, atoms: l.atoms, rest: c.n < 0n ? neg(rest) : rest };
}

function summed(a: Linear, b: Linear): Linear {
  const terms = new Map(a.terms);
  for (const [x, k] of b.terms) terms.set(x, Q.add(terms.get(x) ?? Q.ZERO, k));
  const atoms = new Map([...a.atoms, ...b.atoms]);
  const rest = a.rest && b.rest ? add(a.rest, b.rest) : (a.rest ?? b.rest);
  return rest ? { terms, atoms, rest } : { terms, atoms };
}

/** A term taken whole: a constant goes to the rest, anything with a variable is an atom (named by `key`, default its text). */
function atom(e: Expr, key0?: string): Linear {
  if (variables(e).length === 0) return { terms: new Map(), atoms: new Map(), rest: e };
  const isLog = e.kind === 'call' && e.fn === 'log' && e.args.length === 1;
  const key = isLog ? `l ${format(e.args[0]!)}` : e.kind === 'var' ? `v ${e.name}` : `a ${key0 ?? format(e)}`;
  return { terms: new Map([[key, Q.ONE]]), atoms: new Map([[key, isLog ? (e as { args: readonly Expr[] }).args[0]! : e]]) };
}

function linear(e: Expr): Linear {
  switch (e.kind) {
    case 'neg':
      return scaled(linear(e.arg), MINUS_ONE);
    case 'add':
      return summed(linear(e.left), linear(e.right));
    case 'sub':
      return summed(linear(e.left), scaled(linear(e.right), MINUS_ONE));
    case 'mul': {
      // a product: its rational factors and signs are the coefficient; one other factor is
      // taken apart further, several are one atom named by their sorted texts (z·β = β·z)
      let c = Q.ONE;
      const others: Expr[] = [];
      const collect = (f: Expr): void => {
        if (f.kind === 'mul') {
          collect(f.left);
          collect(f.right);
        } else if (f.kind === 'neg') {
          c = Q.mul(c, MINUS_ONE);
          collect(f.arg);
        } else {
          const r = rational(f);
          if (r) c = Q.mul(c, r);
          else others.push(f);
        }
      };
      collect(e);
      if (others.length === 0) return atom(e);
      if (others.length === 1) return scaled(linear(others[0]!), c);
      const product = others.reduce((p, f) => mul(p, f));
      return scaled(atom(product, others.map(format).sort().join('*')), c);
    }
    case 'div': {
      const b = rational(e.right);
      if (b && !Q.isZero(b)) return scaled(linear(e.left), Q.div(Q.ONE, b));
      // u/w is the product u·w^(−1): z/α and α^(−1)·z are one atom
      return linear(mul(e.left, pow(e.right, neg(num('1')))));
    }
    default:
      return atom(e);
  }
}

const E: Expr = { kind: 'const', name: 'e' };
const expOf = (u: Expr): Expr => pow(E, u);
const HYPERBOLIC: Readonly<Record<string, (u: Expr) => Expr>> = Object.assign(Object.create(null), {
  tanh: (u: Expr) => div(sub(expOf(mul(num(2), u)), num(1)), add(expOf(mul(num(2), u)), num(1))),
  coth: (u: Expr) => div(add(expOf(mul(num(2), u)), num(1)), sub(expOf(mul(num(2), u)), num(1))),
  sinh: (u: Expr) => div(sub(expOf(u), expOf(neg(u))), num(2)),
  cosh: (u: Expr) => div(add(expOf(u), expOf(neg(u))), num(2)),
  sech: (u: Expr) => div(num(2), add(expOf(u), expOf(neg(u)))),
  csch: (u: Expr) => div(num(2), sub(expOf(u), expOf(neg(u)))),
});
const INVERSES: Readonly<Record<string, string>> = Object.assign(Object.create(null), { tan: 'atan', sinh: 'asinh', tanh: 'atanh' });

/** Step 1: hyperbolic functions and smooth catalogue calls in exponentials, integer powers distributed. */
function expanded(e: Expr): Expr {
  switch (e.kind) {
    case 'num':
    case 'const':
    case 'var':
      return e;
    case 'neg':
      return neg(expanded(e.arg));
    case 'call': {
      const inner = e.args[0];
      if (inner?.kind === 'call' && e.args.length === 1 && INVERSES[e.fn] === inner.fn && inner.args.length === 1) return expanded(inner.args[0]!);
      const c = catalogueCall(e);
      if (c && c.fn.intervals.length === 1) return expanded(expandCatalogueCall(c).pieces[0]!);
      const args = e.args.map(expanded);
      if (e.fn === 'exp' && args.length === 1) return expOf(args[0]!);
      const h = HYPERBOLIC[e.fn];
      return h && args.length === 1 ? h(args[0]!) : call(e.fn, ...args);
    }
    case 'pow': {
      const base = expanded(e.left);
      const exponent = expanded(e.right);
      const n = rational(exponent);
      if (n && Q.isInteger(n)) return distributed(base, n.n);
      return pow(base, exponent);
    }
    case 'add':
    case 'sub':
      return combined({ kind: e.kind, left: expanded(e.left), right: expanded(e.right) });
    default:
      return { kind: e.kind, left: expanded(e.left), right: expanded(e.right) };
  }
}

/** The signed terms of a sum. */
function termsOf(e: Expr, sign: 1 | -1, out: { sign: 1 | -1; e: Expr }[]): void {
  if (e.kind === 'add' || e.kind === 'sub') {
    termsOf(e.left, sign, out);
    termsOf(e.right, e.kind === 'add' ? sign : sign === 1 ? -1 : 1, out);
  } else if (e.kind === 'neg') termsOf(e.arg, sign === 1 ? -1 : 1, out);
  else out.push({ sign, e });
}

/**
 * A sum whose quotients share a denominator written the same way, with those quotients
 * over it as one: a/(a+b+c) + b/(a+b+c) + c/(a+b+c) = (a + b + c)/(a+b+c), which the CAS
 * reduces at once (the three quotients apart, it runs out of steps).
 */
function combined(sum: Expr): Expr {
  const terms: { sign: 1 | -1; e: Expr }[] = [];
  termsOf(sum, 1, terms);
  const groups = new Map<string, { sign: 1 | -1; e: Expr }[]>();
  for (const t of terms) {
    if (t.e.kind !== 'div') continue;
    const key = format(t.e.right);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  if (![...groups.values()].some((g) => g.length > 1)) return sum;
  const signed = (acc: Expr | undefined, t: { sign: 1 | -1; e: Expr }): Expr => (acc ? (t.sign === 1 ? add(acc, t.e) : sub(acc, t.e)) : t.sign === 1 ? t.e : neg(t.e));
  let out: Expr | undefined;
  const done = new Set<string>();
  for (const t of terms) {
    const key = t.e.kind === 'div' ? format(t.e.right) : undefined;
    const group = key === undefined ? undefined : groups.get(key);
    if (!group || group.length < 2) {
      out = signed(out, t);
      continue;
    }
    if (done.has(key!)) continue;
    done.add(key!);
    const numerator = group.reduce<Expr | undefined>((acc, g) => signed(acc, { sign: g.sign, e: (g.e as { left: Expr }).left }), undefined)!;
    out = signed(out, { sign: 1, e: div(numerator, (t.e as { right: Expr }).right) });
  }
  return out!;
}

/** base^n for an integer n, distributed over products and quotients; sqrt(u)^(2k) = u^k. */
function distributed(base: Expr, n: bigint): Expr {
  const exponent = n < 0n ? neg(num((-n).toString())) : num(n.toString());
  if (base.kind === 'mul' || base.kind === 'div') return { kind: base.kind, left: distributed(base.left, n), right: distributed(base.right, n) };
  if (base.kind === 'neg' && n % 2n === 0n) return distributed(base.arg, n);
  if (base.kind === 'call' && base.fn === 'sqrt' && base.args.length === 1 && n % 2n === 0n) {
    const k = n / 2n;
    return k === 1n ? base.args[0]! : pow(base.args[0]!, k < 0n ? neg(num((-k).toString())) : num(k.toString()));
  }
  return pow(base, exponent);
}

/** The largest power of a new symbol written (larger ones leave the exponentials as they are). */
const MAX_POWER = 64n;

/** Every exponential's linear form, in order of the walk. */
function exponents(e: Expr, out: Linear[]): void {
  if (e.kind === 'pow' && e.left.kind === 'const' && e.left.name === 'e') out.push(linear(e.right));
  if (e.kind === 'neg') exponents(e.arg, out);
  else if (e.kind === 'call') for (const a of e.args) exponents(a, out);
  else if ('left' in e) {
    exponents(e.left, out);
    exponents(e.right, out);
  }
}

/** A rational exponent as a tree (−3, 1/2, −3/4). */
function exponent(c: Q.Rational): Expr {
  const size = num((c.n < 0n ? -c.n : c.n).toString());
  const e = c.d === 1n ? size : div(size, num(c.d.toString()));
  return c.n < 0n ? neg(e) : e;
}

/** How the exponentials of a question are written: each atom's denominator and new symbol. */
interface Substitution {
  readonly denominators: ReadonlyMap<string, bigint>;
  readonly symbols: ReadonlyMap<string, string>;
  readonly aliases: ReadonlyMap<string, Alias>;
}

/** An atom found equal to another one (`rep`), or to its negative (`sign` −1). */
interface Alias {
  readonly rep: string;
  readonly sign: 1 | -1;
}

/** The most distinct atoms compared with one another (each comparison is an identity question of its own). */
const MAX_COMPARED_ATOMS = 12;

/** Whether two atoms are equal, by the same exact test (their own exponentials in identity form). */
function sameAtom(a: Expr, b: Expr): boolean {
  const [x, y] = identityForm(a, b) ?? [a, b];
  return rationalIdentity(x, y);
}

/**
 * Atoms written differently that are equal, or each other's negative, are one atom: the
 * backprop chain's e^(−w₂·σ(w₁a₀)) is written with w2*(1/(1 + e^(-(w1*a0)))) on one side and
 * (1 + e^(-w1*a0))^(-1)*w2 on the other; (t_B − t_A)·x is −((t_A − t_B)·x).
 */
function aliasesOf(linears: readonly Linear[]): Map<string, Alias> {
  const reps: [string, Expr][] = [];
  const out = new Map<string, Alias>();
  for (const l of linears) {
    for (const [key, e] of l.atoms) {
      if (!key.startsWith('a ') || out.has(key)) continue;
      let found: Alias | undefined;
      if (reps.length < MAX_COMPARED_ATOMS) {
        for (const [rep, r] of reps) {
          if (sameAtom(e, r)) found = { rep, sign: 1 };
          else if (sameAtom(e, neg(r))) found = { rep, sign: -1 };
          if (found) break;
        }
      }
      if (!found) reps.push([key, e]);
      out.set(key, found ?? { rep: key, sign: 1 });
    }
  }
  return out;
}

/** A term's atom and coefficient after aliasing. */
function aliased(key: string, c: Q.Rational, aliases: ReadonlyMap<string, Alias>): [string, Q.Rational] {
  const a = aliases.get(key);
  return a ? [a.rep, a.sign === 1 ? c : Q.neg(c)] : [key, c];
}

/**
 * Step 2: e^(Σ cₖaₖ + r) = Π Sₖ^(cₖqₖ) · Π wⱼ^(dⱼ) · e^r, with Sₖ the new symbol standing for
 * e^(aₖ/qₖ) and e^(d·log(w)) = w^d (where log(w) is defined, w > 0).
 */
function substituted(e: Expr, s: Substitution): Expr {
  if (e.kind === 'pow' && e.left.kind === 'const' && e.left.name === 'e') {
    const l = linear(e.right);
    let out: Expr | undefined;
    for (const [written, c0] of [...l.terms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (Q.isZero(c0)) continue;
      let factor: Expr;
      if (written.startsWith('l ')) factor = Q.isOne(c0) ? substituted(l.atoms.get(written)!, s) : pow(substituted(l.atoms.get(written)!, s), exponent(c0));
      else {
        const [key, c] = aliased(written, c0, s.aliases);
        const k = (c.n * s.denominators.get(key)!) / c.d;
        factor = k === 1n ? v(s.symbols.get(key)!) : pow(v(s.symbols.get(key)!), exponent(Q.rat(k)));
      }
      out = out ? mul(out, factor) : factor;
    }
    if (l.rest) out = out ? mul(out, expOf(l.rest)) : expOf(l.rest);
    return out ?? num(1);
  }
  if (e.kind === 'neg') return neg(substituted(e.arg, s));
  if (e.kind === 'call') return call(e.fn, ...e.args.map((a) => substituted(a, s)));
  if ('left' in e) return { kind: e.kind, left: substituted(e.left, s), right: substituted(e.right, s) };
  return e;
}

/**
 * The two sides of an identity question in exponential-rational form (see the module's
 * comment), or undefined when the rewriting changes neither side.
 *
 * @example
 * ```ts
 * const [a, b] = identityForm(parse('tanh(x)'), parse('(e^x - e^(-x))/(e^x + e^(-x))'))!;
 * format(a); // '(T^2 - 1)/(T^2 + 1)' with T the new symbol for e^x
 * ```
 */
export function identityForm(a: Expr, b: Expr): [Expr, Expr] | undefined {
  const sides = [expanded(a), expanded(b)] as const;
  const linears: Linear[] = [];
  for (const s of sides) exponents(s, linears);
  const aliases = aliasesOf(linears);
  const denominators = new Map<string, bigint>();
  for (const l of linears) {
    for (const [written, c0] of l.terms) {
      if (written.startsWith('l ')) continue;
      const [key, c] = aliased(written, c0, aliases);
      const d = denominators.get(key) ?? 1n;
      // the least common multiple of the denominators met so far and this one
      denominators.set(key, (d * c.d) / Q.gcdRational(Q.rat(d), Q.rat(c.d)).n);
    }
  }
  // a power beyond MAX_POWER (e^(x/7919) next to e^(x/7907) is T^7907 + …) would make the CAS expand for ever
  const power = (written: string, c0: Q.Rational): bigint => {
    if (written.startsWith('l ')) return 0n;
    const [key, c] = aliased(written, c0, aliases);
    return (c.n * denominators.get(key)!) / c.d;
  };
  const large = linears.some((l) => [...l.terms].some(([key, c]) => power(key, c) > MAX_POWER || power(key, c) < -MAX_POWER));
  if (large) return format(sides[0]) === format(a) && format(sides[1]) === format(b) ? undefined : [sides[0], sides[1]];
  const names = new Set(sides.flatMap((x) => variables(x)));
  // new names no variable of the question has: e^x is "exp_x", the other atoms "exp_1", "exp_2", …
  // (each with "_" appended until none is taken)
  const base = new Map<string, string>();
  for (const key of denominators.keys()) base.set(key, key.startsWith('v ') ? `exp_${key.slice(2)}` : `exp_${base.size + 1}`);
  let suffix = '';
  while ([...base.values()].some((n) => names.has(`${n}${suffix}`))) suffix += '_';
  const symbols = new Map([...base].map(([key, n]) => [key, `${n}${suffix}`]));
  const out: [Expr, Expr] = [substituted(sides[0], { denominators, symbols, aliases }), substituted(sides[1], { denominators, symbols, aliases })];
  return format(out[0]) === format(a) && format(out[1]) === format(b) ? undefined : out;
}
