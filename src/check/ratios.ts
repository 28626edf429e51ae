/**
 * Chain-rule statements written only with ratios of undefined names, such as
 * `∂e/∂w₁ = ∂e/∂a₂ · ∂a₂/∂z₂ · ∂z₂/∂a₁ · ∂a₁/∂z₁ · ∂z₁/∂w₁` in a section that defines none
 * of them. They are read as statements about a chain of one-variable functions (one neuron
 * per layer): each name is a function of the one before it, `∂X/∂Y` is the derivative of X
 * along the chain from Y. The order of the chain is what the ratios say (`∂X/∂Y`: X comes
 * after Y); every order they allow is tried, each with independent smooth functions for
 * the links. A statement that fails in every order is refuted; one that holds in an order
 * is verified (instances, not a proof).
 *
 * @module
 */
import type { Term } from '../latex/term.js';
import { parse } from '../symbolic/parse.js';
import { type Expr, format, mul, num, substitute, v } from '../symbolic/tree.js';
import { compareIdentity, derivativeOf } from './adapter.js';
import { type JudgeOptions, type LinkResult, notUnderstood } from './link.js';
import type { Context } from './resolve.js';

/** The functions that link one name of the chain to the next (smooth, growing at most linearly). */
const LINKS = ['sin(u) + u/2 + 1', 'u/3 + cos(u)', 'tanh(u) + u/4 + 2', 'u/2 + exp(-u^2)', 'atan(u) + u/5 - 1', 'u/6 + sin(2*u)/3 + 1/2'].map((s) => parse(s));
let slopes: readonly Expr[] | undefined;
/** Their derivatives, derived on first use (at import they would load the CAS into every `import('gradproof')`). */
const linkSlopes = (): readonly Expr[] => {
  slopes ??= LINKS.map((g) => derivativeOf(g, 'u', 1));
  return slopes;
};

/** Most orders of a chain tried before the statement is left not understood. */
const MAX_ORDERS = 24;

interface Ratio {
  readonly top: string;
  readonly bottom: string;
}

/** The ratios of a side, or undefined when it holds anything but ratios of names, numbers and arithmetic. */
function ratiosOf(t: Term, out: Ratio[]): boolean {
  switch (t.t) {
    case 'num':
      return true;
    case 'op':
      return t.args.every((a) => ratiosOf(a, out));
    case 'deriv':
      if (t.order !== 1 || t.body.t !== 'sym' || t.body.name === t.wrt) return false;
      out.push({ top: t.body.name, bottom: t.wrt });
      return true;
    default:
      return false;
  }
}

/**
 * The ratios of a link written only with ratios of names the notes do not define (at least
 * one on each side), or undefined.
 *
 * @example
 * ```ts
 * ratioStatement(termOf('\\frac{\\partial e}{\\partial w}'), termOf('\\frac{\\partial e}{\\partial a} \\frac{\\partial a}{\\partial w}'), emptyContext())?.length; // 3
 * ```
 */
export function ratioStatement(left: Term, right: Term, ctx: Context): readonly Ratio[] | undefined {
  const l: Ratio[] = [];
  const r: Ratio[] = [];
  if (!ratiosOf(left, l) || !ratiosOf(right, r) || l.length === 0 || r.length === 0) return undefined;
  const all = [...l, ...r];
  const defined = (n: string) => ctx.quantities.has(n) || ctx.functions.has(n) || ctx.unknownFunctions.has(n) || n === 'pi';
  if (all.some((x) => defined(x.top) || defined(x.bottom))) return undefined;
  return all;
}

/** Every order of the names in which each ratio's top comes after its bottom (at most `limit`). */
function orders(names: readonly string[], ratios: readonly Ratio[], limit: number): string[][] | undefined {
  const out: string[][] = [];
  const walk = (done: string[], left: string[]): boolean => {
    if (left.length === 0) {
      out.push(done);
      return out.length <= limit;
    }
    for (const n of left) {
      // n may come next when nothing still left must come before it
      if (ratios.some((x) => x.top === n && left.includes(x.bottom))) continue;
      if (!walk([...done, n], left.filter((m) => m !== n))) return false;
    }
    return true;
  };
  return walk([], [...names].sort()) ? out : undefined;
}

/** Replaces each ratio of a term by its value along the chain, as a function of t. */
function along(t: Term, slope: (top: string, bottom: string) => Expr): Expr {
  switch (t.t) {
    case 'num':
      return num(t.value);
    case 'deriv':
      return slope((t.body as { name: string }).name, t.wrt);
    case 'op': {
      const args = t.args.map((a) => along(a, slope));
      if (t.op === 'neg') return { kind: 'neg', arg: args[0]! };
      return args.slice(1).reduce((l, r) => ({ kind: t.op as 'add', left: l, right: r }), args[0]!);
    }
    default:
      throw new Error('unreachable: ratiosOf accepts only numbers, ratios and arithmetic');
  }
}

/**
 * Judges a statement of ratios (see the module comment).
 *
 * @example
 * ```ts
 * judgeRatios(left, right, ratioStatement(left, right, ctx)!, options).status; // 'refuted' for a sum written for a product
 * ```
 */
export function judgeRatios(left: Term, right: Term, ratios: readonly Ratio[], o: JudgeOptions): LinkResult {
  const names = [...new Set(ratios.flatMap((x) => [x.top, x.bottom]))];
  const list = orders(names, ratios, MAX_ORDERS);
  const reading = 'each name a function of the one before it (a chain of one-variable functions, one neuron per layer)';
  if (!list) return notUnderstood(`a chain of ratios whose names can be ordered in more than ${MAX_ORDERS} ways`, [reading]);
  if (list.length === 0) return notUnderstood('ratios whose names cannot be put in one chain (a cycle)', [reading]);
  if (names.length > LINKS.length + 1) return notUnderstood(`a chain of more than ${LINKS.length + 1} names`, [reading]);
  const results: { order: string[]; status: string; at?: Record<string, string>; left?: string; right?: string; points: number }[] = [];
  for (const order of list) {
    // node i as a function of t: n₀ = t, nᵢ = gᵢ(nᵢ₋₁); ∂nⱼ/∂nᵢ = Π gₘ′(nₘ₋₁) for m = i+1 … j
    const node: Expr[] = [v('t')];
    for (let i = 1; i < order.length; i++) node.push(substitute(LINKS[i - 1]!, { u: node[i - 1]! }));
    const slope = (top: string, bottom: string): Expr => {
      const j = order.indexOf(top);
      const i = order.indexOf(bottom);
      let product: Expr = num('1');
      const gPrime = linkSlopes();
      for (let m = i + 1; m <= j; m++) product = m === i + 1 ? substitute(gPrime[m - 1]!, { u: node[m - 1]! }) : mul(product, substitute(gPrime[m - 1]!, { u: node[m - 1]! }));
      return product;
    };
    const c = compareIdentity(along(left, slope), along(right, slope), { digits: o.digits, points: Math.min(o.points, 12), seed: o.seed, numericOnly: true });
    results.push({ order, status: c.status, points: c.points, ...(c.counterexample ? { at: c.counterexample.at, left: c.counterexample.left, right: c.counterexample.right } : {}) });
    if (c.status === 'verified' || c.status === 'proved') break;
  }
  const chainText = (order: readonly string[]) => order.join(' → ');
  const links = (order: readonly string[]) => order.slice(1).map((n, i) => `${n} = ${format(substitute(LINKS[i]!, { u: v(order[i]!) }))}`).join(', ');
  const holding = results.find((r) => r.status === 'verified' || r.status === 'proved');
  if (holding) {
    return {
      kind: 'identity',
      status: 'verified',
      method: 'numeric',
      digits: o.digits,
      digitsAgreed: o.digits,
      points: holding.points,
      summary: `verified for the chain ${chainText(holding.order)} with ${links(holding.order)} (instances of ${reading}; not a proof)`,
      readings: [`ratios read with ${reading}`],
    };
  }
  if (results.every((r) => r.status === 'refuted')) {
    const first = results[0]!;
    const where = `at t = ${first.at?.t ?? '?'} (${first.order[0]} = t)`;
    return {
      kind: 'identity',
      status: 'refuted',
      method: 'numeric',
      digits: o.digits,
      digitsAgreed: 0,
      points: first.points,
      summary: `refuted: fails in every order the ratios allow (${results.length}: ${results.map((r) => chainText(r.order)).join('; ')}); for ${chainText(first.order)} with ${links(first.order)}, ${where} the left side is ${first.left}, the right side ${first.right}`,
      counterexample: { at: first.at ?? {}, claimed: first.right ?? '', reference: first.left ?? '', text: `for the chain ${chainText(first.order)} with ${links(first.order)}, ${where}: the left side is ${first.left}, the right side ${first.right}` },
      readings: [`ratios read with ${reading}`],
    };
  }
  return notUnderstood(`a chain of ratios that could not be compared in every order (${results.map((r) => r.status).join(', ')})`, [`ratios read with ${reading}`]);
}
