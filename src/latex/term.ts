/**
 * The statement tree that {@link readLatex} produces from LaTeX: richer than gradproof's
 * {@link Expr} because notes write things an expression cannot hold by itself —
 * derivatives (`\frac{d}{dx}…`, `f'(x)`), applications of functions the notes define
 * (`\sigma(z)`), evaluation at a point (`\left.…\right|_{z=10}`), piecewise definitions
 * (`cases`), intervals, and chains of relations (`a = b \approx c`). The checker
 * (src/check/) resolves a term to an {@link Expr} with the context of the notes.
 *
 * @module
 */

/** A relation between two neighbouring terms of a chain. */
export type RelOp = '=' | '≈' | '<' | '≤' | '>' | '≥' | '≠' | '∈';

/**
 * One node of a statement read from LaTeX.
 *
 * - `num`: an exact non-negative decimal literal as written (`"0.044715"`, `"1e-5"`).
 * - `sym`: a symbol (`x`, `w_1`, `alpha`, `e`, `pi`); `e` is Euler's number unless the notes define it.
 * - `op`: arithmetic (`neg` has one argument, the others two or more for `add`/`mul`).
 * - `fn`: a function gradproof knows by name (`tanh`, `log`, `max`, …), with its arguments.
 * - `apply`: a named function the notes or the activation catalogue may define
 *   (`\sigma(z)`, `f(x)`, `\text{ReLU}(z)`), with the number of primes written (`\sigma'(z)`: 1);
 *   `args` is empty for a bare `u'`.
 * - `juxt`: a symbol directly followed by a parenthesised group (`f(x)`, `q(1-q)`): an
 *   application or a product, decided by the checker from the context.
 * - `deriv`: `\frac{d}{dx} body` (or `\partial`), of the given order.
 * - `at`: `body` evaluated at a point (`\left. … \right|_{z=10}`, `\tanh(z=10)`).
 * - `cases`: a piecewise formula; each piece has a value and a condition (a chain).
 * - `interval`: an interval (`(0, 0.25]`, `(-\infty, \infty)`); `null` ends are infinite.
 * - `unknown`: a side of a chain that was not understood, with the reason (the other links
 *   of the chain are still read).
 *
 * @example
 * ```ts
 * const t: Term = { t: 'op', op: 'add', args: [{ t: 'sym', name: 'x' }, { t: 'num', value: '1' }] }; // x + 1
 * ```
 */
export type Term =
  | { readonly t: 'num'; readonly value: string }
  | { readonly t: 'sym'; readonly name: string }
  | { readonly t: 'op'; readonly op: 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'neg'; readonly args: readonly Term[] }
  | { readonly t: 'fn'; readonly fn: string; readonly args: readonly Term[] }
  | { readonly t: 'apply'; readonly name: string; readonly primes: number; readonly args: readonly Term[] }
  | { readonly t: 'juxt'; readonly name: string; readonly args: readonly Term[] }
  | { readonly t: 'deriv'; readonly body: Term; readonly wrt: string; readonly order: number; readonly partial: boolean }
  | { readonly t: 'at'; readonly body: Term; readonly point: Readonly<Record<string, Term>> }
  | { readonly t: 'cases'; readonly pieces: readonly { readonly value: Term; readonly when: Chain }[] }
  | { readonly t: 'interval'; readonly lo: Term | null; readonly hi: Term | null; readonly loOpen: boolean; readonly hiOpen: boolean }
  | { readonly t: 'unknown'; readonly reason: string };

/**
 * A chain of relations `terms[0] rels[0] terms[1] rels[1] terms[2] …` (a single term has
 * no relation). `a = b = c` is one chain with two links.
 *
 * @example
 * ```ts
 * const c: Chain = { terms: [{ t: 'sym', name: 'a' }, { t: 'num', value: '2' }], rels: ['='] }; // a = 2
 * ```
 */
export interface Chain {
  readonly terms: readonly Term[];
  readonly rels: readonly RelOp[];
}

/**
 * The symbols a term mentions (free symbols, function names of `apply`/`juxt` excluded;
 * the variable of a derivative and the coordinates of an `at` point are bound).
 *
 * @example
 * ```ts
 * termSymbols({ t: 'op', op: 'mul', args: [{ t: 'sym', name: 'w' }, { t: 'sym', name: 'x' }] }); // ['w', 'x']
 * ```
 */
export function termSymbols(term: Term): string[] {
  const out = new Set<string>();
  const walk = (n: Term, bound: ReadonlySet<string>): void => {
    switch (n.t) {
      case 'num':
        return;
      case 'sym':
        if (!bound.has(n.name)) out.add(n.name);
        return;
      case 'op':
      case 'fn':
      case 'apply':
      case 'juxt':
        for (const a of n.args) walk(a, bound);
        return;
      case 'deriv':
        walk(n.body, bound);
        if (!bound.has(n.wrt)) out.add(n.wrt);
        return;
      case 'at': {
        const inner = new Set([...bound, ...Object.keys(n.point)]);
        walk(n.body, inner);
        for (const v of Object.values(n.point)) walk(v, bound);
        return;
      }
      case 'cases':
        for (const p of n.pieces) {
          walk(p.value, bound);
          for (const c of p.when.terms) walk(c, bound);
        }
        return;
      case 'interval':
        if (n.lo) walk(n.lo, bound);
        if (n.hi) walk(n.hi, bound);
        return;
    }
  };
  walk(term, new Set());
  return [...out].sort();
}

/**
 * The number of nodes of a term (the checker bounds its work by it).
 *
 * @example
 * ```ts
 * termSize({ t: 'op', op: 'neg', args: [{ t: 'sym', name: 'x' }] }); // 2
 * ```
 */
export function termSize(term: Term): number {
  switch (term.t) {
    case 'num':
    case 'sym':
    case 'unknown':
      return 1;
    case 'op':
    case 'fn':
    case 'apply':
    case 'juxt':
      return 1 + term.args.reduce((s, a) => s + termSize(a), 0);
    case 'deriv':
      return 1 + termSize(term.body);
    case 'at':
      return 1 + termSize(term.body) + Object.values(term.point).reduce((s, a) => s + termSize(a), 0);
    case 'cases':
      return 1 + term.pieces.reduce((s, p) => s + termSize(p.value) + p.when.terms.reduce((u, c) => u + termSize(c), 0), 0);
    case 'interval':
      return 1 + (term.lo ? termSize(term.lo) : 0) + (term.hi ? termSize(term.hi) : 0);
  }
}
