/**
 * Readable forms: the derivative a teacher would write. In terms of the function itself
 * where it can be (σ(1 − σ), 1 − tanh², softplus′ = σ), otherwise a tidy rational form
 * (x/(x² + y²), not (1 + y²x⁻²)⁻¹x⁻¹; no `2/2^2`, no `3*z^(3-1)`). Pure tree rewriting:
 * the rewriter proposes, and the verify layer proves each form equal to the derived one
 * (see `derivation/readable.ts`). Forms may use two display functions, `sigmoid(u)` and
 * `softplus(u)`, and a variable for φ; {@link expandReadable} turns them back into
 * ordinary expressions.
 *
 * @module
 */
import { cost, displaySum } from './readable/display.js';
import { nameCalls, type SelfReference, sigmaForms, withSelf, withTanh } from './readable/kernels.js';
import { combine, expandProduct, expandTerm, powTerm, type Sum, toSum } from './readable/normal.js';
import * as Q from './readable/rational.js';
import type { Expr } from './tree.js';

export type { SelfReference } from './readable/kernels.js';

/**
 * One readable form.
 *
 * @example
 * ```ts
 * const f: ReadableForm = readable(parse('(1 + e^(-z))^(-2)*e^(-z)'));
 * format(f.expr); // 'sigmoid(z)*(1 - sigmoid(z))'
 * ```
 */
export interface ReadableForm {
  /** The form, possibly with `sigmoid(u)`, `softplus(u)` and the self variable. */
  readonly expr: Expr;
  /** How it was obtained: `self` (in terms of φ), `named` (σ, tanh, softplus), `rational` (tidied only). */
  readonly kind: 'self' | 'named' | 'rational';
  /** Size of the tree (smaller reads better). */
  readonly cost: number;
}

/**
 * Options of {@link readableForms}.
 *
 * @example
 * ```ts
 * const o: ReadableOptions = { self: { name: 'varphi', expr: parse('tanh(z)') } };
 * ```
 */
export interface ReadableOptions {
  /** The function the expression is the derivative of, to write it in terms of φ. */
  readonly self?: SelfReference;
}

const DISPLAY_ONLY = new Set(['sigmoid', 'softplus']);

function uses(e: Expr, test: (n: Expr) => boolean): boolean {
  if (test(e)) return true;
  switch (e.kind) {
    case 'neg':
      return uses(e.arg, test);
    case 'call':
      return e.args.some((a) => uses(a, test));
    case 'num':
    case 'const':
    case 'var':
      return false;
    default:
      return uses(e.left, test) || uses(e.right, test);
  }
}

/** The sum over one common denominator, numerator multiplied out. */
function overCommonDenominator(s: Sum): Sum | undefined {
  const lows = new Map<string, Q.Rational>();
  for (const t of s) {
    for (const f of t.factors) {
      if (f.exp.n >= 0n) continue;
      const cur = lows.get(f.key);
      if (!cur || Q.lt(f.exp, cur)) lows.set(f.key, f.exp);
    }
  }
  if (!lows.size || s.length < 2) return undefined;
  const factors = s.flatMap((t) => t.factors).filter((f, i, all) => lows.has(f.key) && all.findIndex((g) => g.key === f.key) === i);
  const denominator = { coef: Q.ONE, factors: factors.map((f) => ({ ...f, exp: Q.neg(lows.get(f.key)!) })), expo: [] as Sum };
  const numerator = expandProduct(s, [denominator]);
  if (numerator.length > 12) return undefined;
  return expandProduct(numerator, powTerm(denominator, Q.rat(-1)));
}

/**
 * Readable forms of an expression, best first (smallest, with forms in terms of φ and of
 * named functions preferred).
 *
 * @example
 * ```ts
 * readableForms(parse('(1 + e^z)^(-1)*e^z')).map((f) => format(f.expr))[0]; // 'sigmoid(z)'
 * ```
 */
export function readableForms(expr: Expr, options: ReadableOptions = {}): ReadableForm[] {
  const base = toSum(nameCalls(expr));
  const named = withTanh(base);
  const variants: Sum[] = [named, ...sigmaForms(named)];
  const out: ReadableForm[] = [];
  const push = (e: Expr, kind: ReadableForm['kind']) => {
    const c = cost(e);
    if (!out.some((f) => sameTree(f.expr, e))) out.push({ expr: e, kind, cost: c });
  };
  push(displaySum(base), 'rational');
  const common = overCommonDenominator(base);
  if (common) push(displaySum(common), 'rational');
  for (const v of variants) push(displaySum(v), 'named');
  if (options.self) {
    const selfBase = withTanh(toSum(nameCalls(options.self.expr)));
    // φ = α(e^z − 1) is also tried multiplied out: αe^z − α
    const expanded = combine(selfBase.flatMap(expandTerm));
    for (const sf of [selfBase, expanded, ...sigmaForms(selfBase)]) {
      for (const v of variants) {
        const w = withSelf(v, sf, options.self.name);
        if (w) push(displaySum(w), 'self');
      }
    }
  }
  // a form in terms of φ wins whenever it is no larger than every other form
  const others = out.filter((f) => f.kind !== 'self').map((f) => f.cost);
  const bestOther = Math.min(...others);
  const score = (f: ReadableForm): number => {
    if (f.kind === 'self') return f.cost <= bestOther ? f.cost - 1000 : f.cost + 1;
    const neat = uses(f.expr, (n) => n.kind === 'call' && DISPLAY_ONLY.has(n.fn)) ? 2 : 0;
    // σ(z)(1 − σ(z)) reads better than σ(−z)(1 − σ(−z))
    const negated = uses(f.expr, (n) => n.kind === 'call' && n.fn === 'sigmoid' && n.args[0]!.kind === 'neg') ? 1 : 0;
    return f.cost + negated - neat - (f.kind === 'named' && f.cost < others[0]! ? 1 : 0);
  };
  return out
    .map((f, i) => ({ f, i, s: score(f) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map((x) => x.f);
}

/**
 * The tidy rational form only (no σ, tanh or φ): coefficients folded, factors collected,
 * common factors taken out.
 *
 * @example
 * ```ts
 * format(tidyForm(parse('3*z^(3-1)*2/2^2'))); // '3/2*z^2'
 * ```
 */
export function tidyForm(expr: Expr): Expr {
  return displaySum(toSum(expr));
}

/**
 * The best readable form.
 *
 * @example
 * ```ts
 * format(readable(parse('sech(z)^2')).expr); // '1 - tanh(z)^2'
 * ```
 */
export function readable(expr: Expr, options: ReadableOptions = {}): ReadableForm {
  return readableForms(expr, options)[0]!;
}

function sameTree(a: Expr, b: Expr): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A readable form as an ordinary expression: `sigmoid(u)` → `1/(1 + e^(-u))`,
 * `softplus(u)` → `log(1 + e^u)`, the self variable → φ's formula.
 *
 * @example
 * ```ts
 * format(expandReadable(parse('x'), { name: 'x', expr: parse('tanh(z)') })); // 'tanh(z)'
 * ```
 */
export function expandReadable(expr: Expr, self?: SelfReference): Expr {
  const walk = (e: Expr): Expr => {
    switch (e.kind) {
      case 'num':
      case 'const':
        return e;
      case 'var':
        return self && e.name === self.name ? self.expr : e;
      case 'neg':
        return { kind: 'neg', arg: walk(e.arg) };
      case 'call': {
        const args = e.args.map(walk);
        const u = args[0]!;
        if (e.fn === 'sigmoid') return { kind: 'div', left: { kind: 'num', value: '1' }, right: { kind: 'add', left: { kind: 'num', value: '1' }, right: { kind: 'pow', left: { kind: 'const', name: 'e' }, right: { kind: 'neg', arg: u } } } };
        if (e.fn === 'softplus') return { kind: 'call', fn: 'log', args: [{ kind: 'add', left: { kind: 'num', value: '1' }, right: { kind: 'pow', left: { kind: 'const', name: 'e' }, right: u } }] };
        return { kind: 'call', fn: e.fn, args };
      }
      default:
        return { kind: e.kind, left: walk(e.left), right: walk(e.right) };
    }
  };
  return walk(expr);
}

/** Whether a form still holds display-only names (sigmoid, softplus, the self variable). */
export function hasDisplayNames(expr: Expr, self?: SelfReference): boolean {
  return uses(expr, (n) => (n.kind === 'call' && DISPLAY_ONLY.has(n.fn)) || (self !== undefined && n.kind === 'var' && n.name === self.name));
}

