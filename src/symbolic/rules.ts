/**
 * gradproof's own differentiation rules: sum, product, quotient, power and the chain
 * rule live here, once; the derivative of each elementary function comes from the table
 * {@link ELEMENTARY_DERIVATIVES} (checked by a test against finite differences and the
 * CAS). Pure tree rewriting: no numbers are computed here.
 *
 * Piecewise functions:
 * - |u|′ = sign(u)·u′ and sign′ = 0 away from 0;
 * - max(a, b)′ = a′ where a > b, b′ where b > a. At a tie (a = b) the derivative is a
 *   convention: gradproof takes the one-sided slope of least magnitude — 0 when a′ and b′
 *   have opposite signs (or one is 0), else the one closer to 0 — so that max(x, 0) and
 *   relu agree (relu′(0) = 0), max(x, 0.01x) gives leaky ReLU's 0.01 at 0, and |x| gives 0.
 *   Written with sign s = sign(a − b):
 *   max′ = |s|·((a′ + b′)/2 + s·(a′ − b′)/2) + (1 − |s|)·(sign(a′) + sign(b′))/2·min(|a′|, |b′|);
 *   min(a, b) = −max(−a, −b).
 * Whether a point IS a tie, a kink or a jump is the verify layer's to say.
 *
 * Catalogue activations (symbolic/registry.ts): act(u)′ = act′(u)·u′, where `act′` is the
 * catalogue's own derived derivative (with its convention at the kinks) — one more prime on
 * the name, the parameters unchanged.
 *
 * @module
 */
import { InputError } from '../errors.js';
import { ELEMENTARY_DERIVATIVES } from './functions.js';
import { parse } from './parse.js';
import { catalogueCall, MAX_PRIMES, primed } from './registry.js';
import { tidy } from './tidy.js';
import { add, call, div, type Expr, mul, neg, num, pow, sub, substitute, variables } from './tree.js';

const T = 't';
const elementaryCache = new Map<string, Expr>();

/**
 * d/dt f(t) for an elementary function `f`, from the table.
 *
 * @example
 * ```ts
 * format(elementaryDerivative('tanh')); // '1 - tanh(t)^2'
 * ```
 */
export function elementaryDerivative(fn: string): Expr {
  const cached = elementaryCache.get(fn);
  if (cached) return cached;
  const text = ELEMENTARY_DERIVATIVES[fn];
  if (text === undefined) throw new Error(`no derivative rule for ${fn}`);
  const tree = parse(text);
  elementaryCache.set(fn, tree);
  return tree;
}

const dependsOn = (e: Expr, wrt: string): boolean => variables(e).includes(wrt);

function ruleDiff(e: Expr, wrt: string): Expr {
  if (!dependsOn(e, wrt)) return num(0);
  switch (e.kind) {
    case 'var':
      return num(e.name === wrt ? 1 : 0);
    case 'num':
    case 'const':
      return num(0);
    case 'neg':
      return neg(ruleDiff(e.arg, wrt));
    case 'add':
      return add(ruleDiff(e.left, wrt), ruleDiff(e.right, wrt));
    case 'sub':
      return sub(ruleDiff(e.left, wrt), ruleDiff(e.right, wrt));
    case 'mul':
      return add(mul(ruleDiff(e.left, wrt), e.right), mul(e.left, ruleDiff(e.right, wrt)));
    case 'div':
      return div(sub(mul(ruleDiff(e.left, wrt), e.right), mul(e.left, ruleDiff(e.right, wrt))), pow(e.right, num(2)));
    case 'pow': {
      const [u, w] = [e.left, e.right];
      if (!dependsOn(w, wrt)) return mul(mul(w, pow(u, sub(w, num(1)))), ruleDiff(u, wrt));
      // (e^w)′ = e^w·w′: ln e is 1, not written
      if (u.kind === 'const' && u.name === 'e') return mul(e, ruleDiff(w, wrt));
      if (!dependsOn(u, wrt)) return mul(mul(e, call('log', u)), ruleDiff(w, wrt));
      return mul(e, add(mul(ruleDiff(w, wrt), call('log', u)), div(mul(w, ruleDiff(u, wrt)), u)));
    }
    case 'call':
      return callDiff(e.fn, e.args, wrt);
  }
}

/** max(a, b)′ with the least-magnitude convention at a tie (see the module comment). */
function maxDiff(a: Expr, b: Expr, wrt: string): Expr {
  const [da, db] = [ruleDiff(a, wrt), ruleDiff(b, wrt)];
  const s = call('sign', sub(a, b));
  const apart = add(div(add(da, db), num(2)), div(mul(s, sub(da, db)), num(2)));
  const tie = mul(div(add(call('sign', da), call('sign', db)), num(2)), call('min', call('abs', da), call('abs', db)));
  return add(mul(call('abs', s), apart), mul(sub(num(1), call('abs', s)), tie));
}

function callDiff(fn: string, args: readonly Expr[], wrt: string): Expr {
  if (fn === 'max' || fn === 'min') {
    if (args.length === 1) return ruleDiff(args[0]!, wrt);
    const [a, ...rest] = args as [Expr, ...Expr[]];
    const b = rest.length === 1 ? rest[0]! : call(fn, ...rest);
    // min(a, b) = −max(−a, −b)
    return fn === 'max' ? maxDiff(a, b, wrt) : neg(maxDiff(neg(a), neg(b), wrt));
  }
  const catalogue = catalogueCall(call(fn, ...args));
  if (catalogue) {
    const { fn: f, order } = catalogue;
    if (args.slice(1).some((p) => dependsOn(p, wrt))) throw new InputError(`${f.name}: derivatives with respect to its parameters are not available in expressions`);
    if (order >= MAX_PRIMES) throw new InputError(`${fn}: derivatives of ${f.name} go up to order ${MAX_PRIMES}`);
    return mul(call(primed(f.name, order + 1), ...args), ruleDiff(catalogue.arg, wrt));
  }
  const u = args[0]!;
  if (fn === 'sign') return num(0);
  if (fn === 'abs') return mul(call('sign', u), ruleDiff(u, wrt));
  const outer = substitute(elementaryDerivative(fn), { [T]: u });
  return mul(outer, ruleDiff(u, wrt));
}

/**
 * Differentiates by gradproof's own rules (see the module comment).
 *
 * @example
 * ```ts
 * format(ruleDerivative(parse('x*sqrt(x+1)'), 'x')); // 'sqrt(x + 1) + x*(1/(2*sqrt(x + 1)))' (up to form)
 * ```
 */
export function ruleDerivative(e: Expr, wrt: string): Expr {
  return tidy(ruleDiff(e, wrt));
}
