/**
 * Partial derivatives of one function, each derived once and shared by the gradient, the
 * Hessian, the critical-point search, the higher-order test and the descent. A partial is
 * named by the ordered list of variables it differentiates by: `['x', 'y']` is
 * ∂/∂y (∂f/∂x), derived from the cached `['x']`.
 *
 * @module
 */
import { compile, type Closure } from '../numeric/compile.js';
import { compile64, type Closure64 } from '../nn/compile64.js';
import { type Derivation, derive } from '../verify/derive.js';
import type { Expr } from '../symbolic/tree.js';

/**
 * One derived partial derivative.
 *
 * @example
 * ```ts
 * const d: Partial = new PartialTable(parse('x^2*y'), ['x', 'y']).get(['x']);
 * format(d.expr); // '2*x*y'
 * ```
 */
export interface Partial {
  /** The variables differentiated by, in order. */
  readonly path: readonly string[];
  readonly expr: Expr;
  /** `cas`: the CAS's answer confirmed by gradproof's rules; `rules`: gradproof's own. */
  readonly source: Derivation['source'];
  readonly casIssue?: string;
}

/**
 * The cache of a function's partial derivatives and of their compiled forms.
 *
 * @example
 * ```ts
 * const t = new PartialTable(parse('x^3*y'), ['x', 'y']);
 * t.get(['x', 'x']); // 6*x*y, derived from the cached ∂f/∂x
 * t.derivations;     // 2: ∂f/∂x once, then ∂²f/∂x² from it
 * ```
 */
export class PartialTable {
  readonly f: Expr;
  readonly vars: readonly string[];
  private readonly table = new Map<string, Partial>();
  private readonly closures = new Map<string, Closure>();
  private readonly closures64 = new Map<string, Closure64>();
  /** How many derivations were asked of {@link derive} (each partial once). */
  derivations = 0;

  constructor(f: Expr, vars: readonly string[]) {
    this.f = f;
    this.vars = vars;
  }

  /** The partial derivative along `path` (the empty path is f itself). */
  get(path: readonly string[]): Partial {
    const key = path.join(',');
    const hit = this.table.get(key);
    if (hit) return hit;
    if (path.length === 0) {
      const self: Partial = { path: [], expr: this.f, source: 'cas' };
      this.table.set(key, self);
      return self;
    }
    const parent = this.get(path.slice(0, -1));
    const d = derive(parent.expr, path[path.length - 1]!);
    this.derivations++;
    const issue = [parent.casIssue, d.casIssue].filter(Boolean).join('; ');
    const result: Partial = {
      path: [...path],
      expr: d.expr,
      source: parent.source === 'rules' || d.source === 'rules' ? 'rules' : 'cas',
      ...(issue ? { casIssue: issue } : {}),
    };
    this.table.set(key, result);
    return result;
  }

  /** The gradient's components, in the order of `vars`. */
  gradient(): Expr[] {
    return this.vars.map((x) => this.get([x]).expr);
  }

  /** The decimal closure of the partial along `path`. */
  closure(path: readonly string[]): Closure {
    const key = path.join(',');
    let c = this.closures.get(key);
    if (!c) {
      c = compile(this.get(path).expr);
      this.closures.set(key, c);
    }
    return c;
  }

  /** The float64 closure of the partial along `path` (for locating only, never for a reported digit). */
  closure64(path: readonly string[]): Closure64 {
    const key = path.join(',');
    let c = this.closures64.get(key);
    if (!c) {
      c = compile64(this.get(path).expr);
      this.closures64.set(key, c);
    }
    return c;
  }
}
