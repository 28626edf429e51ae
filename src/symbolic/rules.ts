/**
 * gradproof's own differentiation rules: sum, product, quotient, power and the chain
 * rule live here, once. The derivative of each elementary function f is asked of the
 * CAS once (as d/dt f(t)), checked against a finite difference, and cached; the CAS
 * never sees a composite expression on this route. Piecewise functions are handled
 * here: |u|′ = sign(u)·u′, sign′ = 0, and max/min through
 * max(a, b) = (a + b)/2 + |a − b|/2, so max′ = (a′ + b′)/2 + sign(a − b)(a′ − b′)/2
 * (the mean of the one-sided slopes at a tie: kinks are the caller's to treat).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, GradproofError } from '../errors.js';
import { compile } from '../numeric/compile.js';
import { decimalContext } from '../numeric/context.js';
import { digitsAgreed, finiteDifference } from '../numeric/finite.js';
import { casDiff } from './cas.js';
import { add, call, div, type Expr, mul, neg, num, pow, sub, substitute, v, variables } from './tree.js';
import { tidy } from './tidy.js';

const T = 'gp_t';
const elementaryCache = new Map<string, Expr>();

/** Probe points (inside every elementary function's domain somewhere) for the one-time check. */
const PROBES = ['0.3', '0.7', '1.6', '2.9', '-0.4', '-2.2'];

function elementaryDerivative(fn: string): Expr {
  const cached = elementaryCache.get(fn);
  if (cached) return cached;
  const f = call(fn, v(T));
  const { tree, raw } = casDiff(f, T);
  const fc = compile(f);
  const dc = compile(tree);
  let checked = 0;
  for (const p of PROBES) {
    const x = new Decimal(p);
    let expected: Decimal;
    let got: Decimal;
    try {
      got = dc(decimalContext(40), { [T]: x });
      expected = finiteDifference((t, D) => fc(D, { [T]: t }), x, 30).value;
    } catch (err) {
      if (err instanceof DomainError) continue;
      throw err;
    }
    if (digitsAgreed(got, expected, 30) < 25) {
      throw new GradproofError('cas', `the CAS's derivative of ${fn} (${raw}) disagrees with a finite difference at ${p}`);
    }
    checked++;
  }
  if (checked < 2) throw new GradproofError('cas', `could not check the CAS's derivative of ${fn}`);
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
      if (!dependsOn(u, wrt)) return mul(mul(e, call('log', u)), ruleDiff(w, wrt));
      return mul(e, add(mul(ruleDiff(w, wrt), call('log', u)), div(mul(w, ruleDiff(u, wrt)), u)));
    }
    case 'call':
      return callDiff(e.fn, e.args, wrt);
  }
}

function callDiff(fn: string, args: readonly Expr[], wrt: string): Expr {
  if (fn === 'max' || fn === 'min') {
    if (args.length === 1) return ruleDiff(args[0]!, wrt);
    const [a, ...rest] = args as [Expr, ...Expr[]];
    const b = rest.length === 1 ? rest[0]! : call(fn, ...rest);
    const [da, db] = [ruleDiff(a, wrt), ruleDiff(b, wrt)];
    const mean = div(add(da, db), num(2));
    const half = div(mul(call('sign', sub(a, b)), sub(da, db)), num(2));
    return fn === 'max' ? add(mean, half) : sub(mean, half);
  }
  const u = args[0]!;
  if (fn === 'sign') return num(0);
  if (fn === 'abs') return mul(call('sign', u), ruleDiff(u, wrt));
  const outer = substitute(elementaryDerivative(fn), { [T]: u });
  return mul(outer, ruleDiff(u, wrt));
}

/**
 * Differentiates by gradproof's own rules (see the module comment): the CAS supplies
 * only the derivative of each elementary function, checked once.
 *
 * @example
 * ```ts
 * format(ruleDerivative(parse('x*sqrt(x+1)'), 'x')); // 'sqrt(x + 1) + x*(1/2*(x + 1)^(-1/2))' (up to form)
 * ```
 */
export function ruleDerivative(e: Expr, wrt: string): Expr {
  return tidy(ruleDiff(e, wrt));
}
