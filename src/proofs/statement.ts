/**
 * A claim's statement, read: the formulas of its TeX (`$…$`, `$$…$$`, the rows of an
 * `aligned` block), each read by gradproof's LaTeX reader (`readLatex`, src/latex/) into
 * chains of relations, and every term resolved to an expression with the notes' context
 * (the functions they define, symbols standing for expressions, values of a worked
 * example). The checks of `proofs/` are built from these terms, so that editing a
 * statement changes its verdict: "3 − 0.1 × 4 = 2.6" is checked from those digits, and
 * "= 2.7" is refuted.
 *
 * Readings that are fixed rules (always the same):
 * - a row of `aligned` that starts with a relation continues the chain of the row above;
 *   `&` between two equations of one row separates them;
 * - `\frac{∂A}{∂B}` of symbols the context defines is the chain rule's partial derivative:
 *   A is written in terms of B (every other definition substituted), differentiated, and
 *   everything then written in the base variables (∂e/∂a₂ with e = (y − a₂)² is −2(y − a₂));
 * - `f'(x)` of a function the context defines is its derivative in its first argument; a
 *   bare `u'` (no argument) is the variable `du`, the derivative of u (a rule's template);
 * - a symbol directly before a parenthesised group (`q(1 − q)`) is a product unless the
 *   context defines a function of that name;
 * - `cases` are read piece by piece, each piece owning the points its condition names.
 *
 * A link whose two sides are the same expression after substitution is REJECTED (it checks
 * nothing), and so is a check that never reads the statement it claims to check.
 *
 * @module
 */
import { splitTopLevel } from '../latex/braces.js';
import { type Chain, type LatexStatement, NotUnderstood, type RelOp, readLatex, type Term } from '../latex/index.js';
import { InputError } from '../errors.js';
import { parse } from '../symbolic/parse.js';
import { call, type Expr, format, num, substitute, v, variables } from '../symbolic/tree.js';
import { type Comparison, derivative, identity, type IdentityCheckOptions, inequality, value } from '../verify/checks.js';
import { derive } from '../verify/derive.js';
import { type Point, piecewise, toTree } from '../verify/formula.js';
import { formatRangeSet, type RangeEnd, type RangeSet } from '../verify/range-set.js';
import { range } from '../verify/range.js';
import type { ScalarFunction, ScalarPiece } from '../verify/scalar.js';
import { allOf } from '../verify/checks.js';
import type { Verdict } from '../verify/verdict.js';

/**
 * A function the notes define: its parameters and its body (gradproof expression text).
 *
 * @example
 * ```ts
 * const sigma: FunctionDef = { args: ['t'], body: '1/(1 + e^(-t))' };
 * ```
 */
export interface FunctionDef {
  readonly args: readonly string[];
  readonly body: string;
}

/**
 * What the statement's symbols mean.
 *
 * @example
 * ```ts
 * const c: StatementContext = { define: { e: '(y - a)^2', a: 'sigma(z)', z: 'w*x' }, names: { fanin: 'fi' } };
 * ```
 */
export interface StatementContext {
  /** Symbols standing for expressions (in other symbols; `sigma(…)` and the other functions may be used). */
  readonly define?: Readonly<Record<string, string>>;
  /** Functions the statement applies, besides {@link NOTES_FUNCTIONS}. */
  readonly functions?: Readonly<Record<string, FunctionDef>>;
  /** Values of the variables of a worked example, substituted last. */
  readonly at?: Point;
  /** Symbols renamed as read (`fanin` → `fi`, `theta` → `t`). */
  readonly names?: Readonly<Record<string, string>>;
  /**
   * TeX the LaTeX reader does not read, replaced verbatim before reading, each a stated
   * reading of notation (`'\\theta^T x': 't'`, `'p(y=1|x)': 'p_1'`); the rest of the statement
   * is read as written.
   */
  readonly rewrite?: Readonly<Record<string, string>>;
}

/**
 * The functions the notes use without defining them again, by the names the LaTeX reader
 * gives them (`\sigma` → `sigma`, `\text{ReLU}` → `ReLU`).
 *
 * @example
 * ```ts
 * NOTES_FUNCTIONS.sigma.body; // '1/(1 + e^(-t))'
 * ```
 */
export const NOTES_FUNCTIONS: Readonly<Record<string, FunctionDef>> = {
  sigma: { args: ['t'], body: '1/(1 + e^(-t))' },
  tanh: { args: ['t'], body: 'tanh(t)' },
  ReLU: { args: ['t'], body: 'max(t, 0)' },
  Relu: { args: ['t'], body: 'max(t, 0)' },
  softplus: { args: ['t'], body: 'log(1 + e^t)' },
};

/**
 * One link `left rel right` of a chain of the statement.
 *
 * @example
 * ```ts
 * const l: Link = new StatementReader('$$3 - 0.1 \\times 4 = 2.6$$').links()[0]!; // { index: 0, rel: '=', … }
 * ```
 */
export interface Link {
  /** Position among all links of the statement, from 0. */
  readonly index: number;
  /** The TeX of the chain the link belongs to. */
  readonly tex: string;
  readonly left: Term;
  readonly rel: RelOp;
  readonly right: Term;
}

/**
 * Options of one link's check (see {@link StatementReader.check}).
 *
 * @example
 * ```ts
 * const o: LinkOptions = { relation: '≈', places: 3 }; // "= 0" read as ≈ 0 at 3 decimal places
 * ```
 */
export interface LinkOptions {
  /** Restricts the variables of an identity to a half-line (`{ z: 'positive' }`). */
  readonly where?: IdentityCheckOptions['where'];
  /** How many seeded points an identity is compared at. */
  readonly points?: number;
  /** The interval the seeded points are drawn from (`['-3', '3']`). */
  readonly interval?: IdentityCheckOptions['interval'];
  /** Whether the CAS is asked to reduce the difference of the two sides to 0. */
  readonly symbolic?: boolean;
  /** Check `=` as `≈` (a value the notes rounded). */
  readonly relation?: '=' | '≈';
  /** For `≈ 0`: the decimal place it is judged at. */
  readonly places?: number;
  /** Points an identity or inequality is compared at first (or only, for an inequality). */
  readonly at?: readonly Point[];
  /** For `∈`: the function whose values are meant, when the left side does not say (`range ∈ (0, 1)`). */
  readonly subject?: string | ScalarFunction;
  /** For `∈`: the variable of the subject (default z). */
  readonly wrt?: string;
  /** Parameters fixed to exact decimals for this link. */
  readonly params?: Point;
  /** For `∈`: where closed ends are attained, end text → z (`{ '1': '0' }`). */
  readonly attained?: Readonly<Record<string, string>>;
}

/** The `$$…$$` and `$…$` formulas of a statement, in order; a statement with TeX commands and no `$` is one formula. */
export function formulasOf(statement: string): string[] {
  const out: string[] = [];
  const re = /\$\$([\s\S]+?)\$\$|\$([^$]+?)\$/g;
  for (let m = re.exec(statement); m; m = re.exec(statement)) out.push((m[1] ?? m[2])!.trim());
  if (out.length === 0 && /\\[A-Za-z]|&=/.test(statement)) out.push(statement.trim());
  return out;
}

const ALIGN = /\\begin\{(aligned|align\*?|gathered|split)\}([\s\S]*?)\\end\{\1\}/g;
const RELATION = /^\s*(=|\\approx|<|>|\\le(?:q)?(?![A-Za-z])|\\ge(?:q)?(?![A-Za-z]))/;
const OPERATOR = /^\s*(\\times|\\cdot|[-+*/])/;

/** The last side of a chain in TeX (after its last relation outside every group). */
function lastSide(tex: string): string {
  let depth = 0;
  let last = 0;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i]!;
    if (ch === '\\') {
      const cmd = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[0] ?? '\\';
      if (cmd === '\\left') depth++;
      else if (cmd === '\\right') depth--;
      else if (depth === 0 && /^\\(approx|leq?|geq?)$/.test(cmd)) last = i + cmd.length;
      i += cmd.length - 1;
    } else if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if (ch === '}' || ch === ')' || ch === ']') depth--;
    else if (depth === 0 && (ch === '=' || ch === '<' || ch === '>')) last = i + 1;
  }
  return tex.slice(last).trim();
}

/**
 * The equations of one formula: the rows of an `aligned` block (a row that starts with a
 * relation continues the row above; `&` between two equations of a row separates them),
 * or the formula itself. Text around the block (`] leads gradient ascent`) is dropped.
 */
export function equationsOf(tex: string): string[] {
  const formula = dropHeldFixed(tex);
  const blocks = [...formula.matchAll(ALIGN)];
  if (blocks.length === 0) {
    // a bare aligned row (an excerpt of a block): cells joined, equations separated
    // (the `&` of an environment such as `cases` separates a value from its condition, not two equations)
    return /&/.test(formula.replace(/\\begin\{(\w+\*?)\}[\s\S]*?\\end\{\1\}/g, '')) ? rowEquations(formula, '') : [formula];
  }
  const out: string[] = [];
  for (const b of blocks) {
    let previous = '';
    for (const row of splitTopLevel(b[2]!, ['\\\\']).filter((r) => r.trim() !== '')) {
      for (const eq of rowEquations(row, previous)) {
        out.push(eq);
        previous = eq;
      }
    }
  }
  return out;
}

/**
 * A bar subscripted by a variable alone (`\\right|_{w_L}`, `\\Big|_{q_1}`) names what is held
 * fixed, not a point: it is dropped (with the `\\left.` it closes). A bar at a point
 * (`\\right|_{z=10}`) is kept: it is an evaluation.
 */
function dropHeldFixed(tex: string): string {
  const bar = /\\(?:right|Big|big|Bigg)\s*\|\s*_\s*(\{[^{}=<>\\]*\}|[A-Za-z])/g;
  if (!bar.test(tex)) return tex;
  const kept = /\\right\s*\|\s*_\s*\{[^{}]*=[^{}]*\}/.test(tex);
  const out = tex.replace(bar, ' ');
  return kept ? out : out.replace(/\\left\s*\./g, ' ');
}

function rowEquations(row: string, previous: string): string[] {
  const cells = row.split('&');
  const eqs: string[] = [];
  for (const cell of cells) {
    const current = eqs[eqs.length - 1];
    const startsNew = current !== undefined && /\S/.test(cell) && !RELATION.test(cell) && !OPERATOR.test(cell) && /(=|\\approx)/.test(current);
    if (current === undefined || startsNew) eqs.push(cell);
    else eqs[eqs.length - 1] = `${current} ${cell}`;
  }
  return eqs
    .map((e) => e.replace(/\s+/g, ' ').trim())
    .filter((e) => e !== '')
    .map((e) => (RELATION.test(e) && previous !== '' ? `${lastSide(previous)} ${e}` : e));
}

const REL_TEXT: Readonly<Record<string, Comparison>> = { '<': '<', '>': '>', '≤': '<=', '≥': '>=' };

/**
 * A statement read for checking. Every method that reads it marks it read: a check of a
 * statement with formulas that never reads it is rejected by the runner.
 *
 * @example
 * ```ts
 * const s = new StatementReader('$$w = w - \\eta \\nabla c = 3 - 0.1 \\times 4 = 2.6$$');
 * s.check(2).status;  // 'proved': 3 − 0.1·4 = 2.6 by exact arithmetic
 * ```
 */
export class StatementReader {
  readonly statement: string;
  readonly context: StatementContext;
  #read = false;
  #chains?: readonly LatexStatement[];

  constructor(statement: string, context: StatementContext = {}) {
    this.statement = statement;
    this.context = context;
  }

  /** Whether the statement has formulas. */
  get hasFormulas(): boolean {
    return formulasOf(this.statement).length > 0;
  }

  /** The formulas with the context's rewrites applied (a rewrite that matches nothing is an error: the statement changed). */
  #formulas(): string[] {
    const rewrite = Object.entries(this.context.rewrite ?? {});
    let formulas = formulasOf(this.statement);
    for (const [from, to] of rewrite) {
      if (!formulas.some((f) => f.includes(from))) throw new InputError(`the rewrite of "${from}" matches nothing in the statement`);
      formulas = formulas.map((f) => f.split(from).join(to));
    }
    return formulas;
  }

  /** Whether a check read the statement. */
  get read(): boolean {
    return this.#read;
  }

  /** The formulas of the statement (`$…$`, `$$…$$`), as written. */
  formulas(): readonly string[] {
    this.#read = true;
    return this.#formulas();
  }

  /** The decimal numbers written in formula `i` (or in every formula), in order: for statements in words (`$(0 \leftrightarrow 1)$`). */
  numbers(i?: number): string[] {
    const formulas = this.formulas();
    if (i !== undefined && formulas[i] === undefined) throw new InputError(`the statement has no formula ${i} (it has ${formulas.length})`);
    const texts = i === undefined ? formulas : [formulas[i]!];
    // a minus sign belongs to a number only where it is not a subtraction (`0-1` is 0 and 1)
    return texts.flatMap((t) => [...t.replace(/\\[A-Za-z]+/g, ' ').matchAll(/(?:(?<![\w.)}\]]\s*)-\s*)?\d+(?:\.\d+)?/g)].map((m) => m[0].replace(/\s+/g, '')));
  }

  /**
   * The statements read from the formulas, in order (each a chain, or the reason it was not
   * understood). A formula that starts with a relation continues the last side of the one
   * before (`$$c = (y - φ(z))^2$$ $$= (y - φ(wx + b))^2$$`).
   */
  statements(): readonly LatexStatement[] {
    this.#read = true;
    if (!this.#chains) {
      const equations: string[] = [];
      for (const f of this.#formulas()) {
        for (const eq of equationsOf(f)) {
          const previous = equations[equations.length - 1];
          equations.push(RELATION.test(eq) && previous !== undefined ? `${lastSide(previous)} ${eq.trim()}` : eq);
        }
      }
      this.#chains = equations.flatMap((eq) => readLatex(eq));
    }
    return this.#chains;
  }

  /** Every understood chain. */
  chains(): readonly Chain[] {
    return this.statements().flatMap((s) => (s.chain ? [s.chain] : []));
  }

  /** Every term of every understood chain, in order. */
  terms(): readonly Term[] {
    return this.chains().flatMap((c) => c.terms);
  }

  /** Every link of every understood chain, in order. */
  links(): readonly Link[] {
    const out: Link[] = [];
    for (const s of this.statements()) {
      if (!s.chain) continue;
      s.chain.rels.forEach((rel, i) => {
        out.push({ index: out.length, tex: s.tex, left: s.chain!.terms[i]!, rel, right: s.chain!.terms[i + 1]! });
      });
    }
    return out;
  }

  /** Link i, or an InputError saying what the statement holds. */
  link(i: number): Link {
    const l = this.links()[i];
    if (!l) throw new InputError(`the statement has no link ${i} (it has ${this.links().length}: ${this.describe()})`);
    return l;
  }

  /** Term i (counted over all chains). */
  term(i: number): Term {
    const t = this.terms()[i];
    if (!t) throw new InputError(`the statement has no term ${i} (it has ${this.terms().length}: ${this.describe()})`);
    return t;
  }

  /** The statement's chains, for messages. */
  describe(): string {
    return this.statements()
      .map((s) => (s.chain ? s.tex : `${s.tex} (not understood: ${s.reason})`))
      .join('; ');
  }

  /** Term i (or a term) as an expression in the base variables, the context's values substituted. */
  expr(t: number | Term): Expr {
    const term = typeof t === 'number' ? this.term(t) : t;
    return this.#finish(this.#resolve(term));
  }

  /** Term i as expression text. */
  text(t: number | Term): string {
    return format(this.expr(t));
  }

  /** A number written in the statement (term i must be a decimal literal, possibly negated). */
  number(t: number | Term): string {
    const term = typeof t === 'number' ? this.term(t) : t;
    if (term.t === 'num') return term.value;
    if (term.t === 'op' && term.op === 'neg' && term.args[0]?.t === 'num') return `-${term.args[0].value}`;
    throw new InputError(`expected a number written in the statement, found ${this.#show(term)}`);
  }

  /** An interval term as a range set (its ends resolved to expression text). */
  set(t: number | Term, attained: Readonly<Record<string, string>> = {}): RangeSet {
    const term = typeof t === 'number' ? this.term(t) : t;
    if (term.t !== 'interval') throw new InputError(`expected an interval, found ${this.#show(term)}`);
    const end = (x: Term | null, closed: boolean, inf: string): RangeEnd => {
      if (x === null) return { value: inf, closed: false };
      const text = this.text(x);
      return { value: text, closed, ...(attained[text] !== undefined ? { at: attained[text]! } : {}) };
    };
    return { parts: [{ kind: 'interval', lo: end(term.lo, !term.loOpen, '-inf'), hi: end(term.hi, !term.hiOpen, 'inf') }] };
  }

  /**
   * A set written as a formula of its own (`$(-\\infty, \\infty)$`, `$(-\\infty, 0) \\cup (0, \\infty)$`):
   * formula `i`, each interval of the union read as the right side of `x ∈ …`.
   */
  setOf(i: number): RangeSet {
    const formula = this.formulas()[i];
    if (formula === undefined) throw new InputError(`the statement has no formula ${i} (it has ${this.formulas().length})`);
    return this.#readSet(formula.replace(/^\s*\\(?:rightarrow|Rightarrow|to)\s*/, ''));
  }

  /** A set written in words after `marker` (`b/w (0,1)`): the first bracketed pair after it, read as an interval. */
  setAfter(marker: string): RangeSet {
    this.#read = true;
    const at = this.statement.indexOf(marker);
    const m = at < 0 ? null : /[[(][^[\]()]*,[^[\]()]*[\])]/.exec(this.statement.slice(at + marker.length));
    if (!m) throw new InputError(`the statement writes no interval after "${marker}"`);
    return this.#readSet(m[0]);
  }

  #readSet(tex: string): RangeSet {
    const parts = splitTopLevel(tex, ['\\cup']).flatMap((part) => {
      const read = readLatex(`x \\in ${part.trim()}`)[0];
      const term = read?.chain?.terms[1];
      if (term?.t !== 'interval') throw new InputError(`"${part.trim()}" is not an interval (${read?.reason ?? 'not read'})`);
      return this.set(term).parts;
    });
    return { parts };
  }

  /** A `cases` term as a function of `wrt` with its pieces in order along the line. */
  cases(t: number | Term, wrt = 'z'): ScalarFunction {
    const term = typeof t === 'number' ? this.term(t) : t;
    if (term.t !== 'cases') throw new InputError(`expected a piecewise formula, found ${this.#show(term)}`);
    return casesFunction(term, (x) => this.expr(x), wrt);
  }

  /**
   * Checks link i: `=` between numbers by exact arithmetic (or to every working digit),
   * between expressions as an identity (or, with a derivative on the left, against finite
   * differences); `≈` by the rounding rule of `value` (src/verify/checks.ts); `<`, `>`, `≤`, `≥` by the sign
   * of the difference; `∈` an interval by the interval proof of the range.
   */
  check(i: number, options: LinkOptions = {}): Verdict {
    const l = this.link(i);
    if (l.rel === '∈') return this.#membership(l, options);
    if (l.rel === '≠') throw new InputError(`link ${i} (${l.tex}): ≠ is not checked`);
    const relation = l.rel === '≈' ? '≈' : l.rel === '=' ? (options.relation ?? '=') : undefined;
    // a derivative written on the left is checked against finite differences of its function (not derived here)
    const d = relation === '=' ? this.#derivativeOf(l.left) : undefined;
    if (d) {
      const right = this.#withParams(this.#expandExcept(this.#resolve(l.right)), options.params);
      const f = this.#withParams(d.f, options.params);
      const at = this.context.at ? [{ ...this.context.at }] : options.at;
      const opts = { ...(options.where ? { where: options.where } : {}), ...(options.interval ? { interval: options.interval } : {}), ...(options.points !== undefined ? { points: options.points } : {}) };
      return derivative(f, d.wrt, right, { ...opts, order: d.order, ...(at ? { at } : {}), ...(this.context.at ? { points: 0 } : {}) });
    }
    const right = this.#withParams(this.expr(l.right), options.params);
    const left = this.#withParams(this.expr(l.left), options.params);
    if (format(left) === format(right) && !hasDerivative(l.left) && !hasDerivative(l.right)) {
      throw new InputError(`link ${i} of "${l.tex}" compares ${format(left)} with itself: it checks nothing`);
    }
    const free = [...new Set([...variables(left), ...variables(right)])];
    if (relation === '≈') {
      if (free.length) throw new InputError(`link ${i} (${l.tex}): "≈" between expressions in ${free.join(', ')} is not a number`);
      const claimed = l.rel === '≈' ? this.number(l.right) : exactNumber(right, l.tex);
      return value(left, claimed, { relation: '≈', ...(options.places !== undefined ? { places: options.places } : {}) });
    }
    if (relation === '=') {
      if (free.length === 0) return value(left, format(right), { ...(options.symbolic !== undefined ? { symbolic: options.symbolic } : {}) });
      const opts = { ...(options.where ? { where: options.where } : {}), ...(options.interval ? { interval: options.interval } : {}), ...(options.points !== undefined ? { points: options.points } : {}) };
      return identity(left, right, { ...opts, ...(options.symbolic !== undefined ? { symbolic: options.symbolic } : {}), ...(options.at ? { at: options.at } : {}) });
    }
    const op = REL_TEXT[l.rel];
    if (!op) throw new InputError(`link ${i} (${l.tex}): the relation ${l.rel} is not checked`);
    return inequality(left, op, right, { ...(options.at ? { at: options.at } : {}), ...(options.points !== undefined ? { points: options.points } : {}) });
  }

  /** Every link (or the ones listed), all of which must hold. */
  checkAll(links?: readonly number[], options: LinkOptions = {}): Verdict {
    const chosen = links ?? this.links().map((l) => l.index);
    if (chosen.length === 0) throw new InputError(`the statement has no link to check (${this.describe()})`);
    return allOf(...chosen.map((i) => this.check(i, options)));
  }

  #membership(l: Link, options: LinkOptions): Verdict {
    const set = this.set(l.right, options.attained);
    let subject: string | ScalarFunction | Expr | undefined = options.subject;
    if (subject === undefined) {
      if (l.left.t === 'sym' && !(l.left.name in (this.context.define ?? {}))) throw new InputError(`"${l.tex}": the set's function is not written; give it (subject)`);
      subject = l.left.t === 'cases' ? this.cases(l.left, options.wrt ?? 'z') : this.expr(l.left);
    }
    return range(subject, options.wrt ?? 'z', set, { ...(options.params ? { params: options.params } : {}) });
  }

  /** The function and variable of a derivative written on the left (`\frac{d}{dx} x^n`, `\frac{∂z}{∂x}`), when it is one. */
  #derivativeOf(t: Term): { f: Expr; wrt: string; order: number } | undefined {
    if (t.t === 'apply' && t.primes >= 1 && t.args.length >= 1 && t.args[0]!.t === 'sym') {
      // f′(x) of a function the claim defines: f(x) differentiated by finite differences
      const wrt = this.#name(t.args[0]!.name);
      return { f: this.#expandExcept(this.#apply(this.#name(t.name), 0, t.args.map((a) => this.#resolve(a)))), wrt, order: t.primes };
    }
    if (t.t !== 'deriv') return undefined;
    const wrt = this.#name(t.wrt);
    if (t.body.t === 'sym' && this.#functions()[this.#name(t.body.name)]) return undefined;
    // a partial in a defined symbol (∂e/∂a₂) is the chain rule's, derived layer by layer: not a finite difference
    if (wrt in (this.context.define ?? {})) return undefined;
    const body = this.#expandExcept(this.#resolve(t.body));
    if (!variables(body).includes(wrt)) return undefined;
    return { f: body, wrt, order: t.order };
  }

  /** A reader of the same statement with more context (the worked example of one reading); reading it marks this one read. */
  with(context: StatementContext): StatementReader {
    this.#read = true;
    return new StatementReader(this.statement, { ...this.context, ...context, define: { ...this.context.define, ...context.define } });
  }

  #withParams(e: Expr, params?: Point): Expr {
    return params ? toTree(e, params) : e;
  }

  #show(t: Term): string {
    return JSON.stringify(t).slice(0, 80);
  }

  #name(n: string): string {
    return this.context.names?.[n] ?? n;
  }

  #functions(): Readonly<Record<string, FunctionDef>> {
    return { ...NOTES_FUNCTIONS, ...this.context.functions };
  }

  /** Applies a function the context (or the notes) defines, differentiated `primes` times in its first argument. */
  #apply(name: string, primes: number, args: readonly Expr[]): Expr {
    const def = this.#functions()[name];
    if (!def) throw new NotUnderstood(`${name}(…): a function the claim does not define`);
    if (args.length !== def.args.length) throw new NotUnderstood(`${name} takes ${def.args.length} argument(s), ${args.length} given`);
    let body = toTree(def.body);
    if (primes > 0) body = derive(body, def.args[0]!, { order: primes }).expr;
    return substitute(body, Object.fromEntries(def.args.map((a, i) => [a, args[i]!])));
  }

  /** A term as an expression, defined symbols kept as variables. */
  #resolve(t: Term): Expr {
    switch (t.t) {
      case 'num':
        return num(t.value);
      case 'sym': {
        const name = this.#name(t.name);
        if (name === 'pi') return { kind: 'const', name: 'pi' };
        if (name === 'e' && !(name in (this.context.define ?? {}))) return { kind: 'const', name: 'e' };
        return v(name);
      }
      case 'op': {
        const args = t.args.map((a) => this.#resolve(a));
        if (t.op === 'neg') return { kind: 'neg', arg: args[0]! };
        return args.slice(1).reduce((l, r) => ({ kind: t.op as 'add', left: l, right: r }), args[0]!);
      }
      case 'fn':
        return call(t.fn, ...t.args.map((a) => this.#resolve(a)));
      case 'apply':
        // a bare u′ (no argument) is the derivative of u, written du (du′ for u″ …)
        if (t.args.length === 0) return v(`d${'d'.repeat(t.primes - 1)}${this.#name(t.name)}`);
        return this.#apply(this.#name(t.name), t.primes, t.args.map((a) => this.#resolve(a)));
      case 'juxt': {
        const name = this.#name(t.name);
        if (this.#functions()[name]) return this.#apply(name, 0, t.args.map((a) => this.#resolve(a)));
        if (t.args.length !== 1) throw new NotUnderstood(`${name}(…) with ${t.args.length} arguments: a function the claim does not define`);
        return { kind: 'mul', left: this.#resolve({ t: 'sym', name: t.name }), right: this.#resolve(t.args[0]!) };
      }
      case 'deriv': {
        const wrt = this.#name(t.wrt);
        if (t.body.t === 'sym') {
          const name = this.#name(t.body.name);
          if (this.#functions()[name]) return this.#apply(name, t.order, [v(wrt)]);
        }
        const body = this.#expandExcept(this.#resolve(t.body), wrt);
        if (!variables(body).includes(wrt)) {
          throw new NotUnderstood(`∂/∂${wrt} of ${format(body)}, which does not depend on ${wrt}`);
        }
        return derive(body, wrt, { order: t.order }).expr;
      }
      case 'at': {
        const body = this.#resolve(t.body);
        const point = Object.fromEntries(Object.entries(t.point).map(([k, x]) => [this.#name(k), this.#resolve(x)]));
        return substitute(this.#expandExcept(body, ...Object.keys(point)), point);
      }
      case 'cases':
        return toTree(piecewise(t.pieces.map((p) => [format(this.#resolve(p.value)), conditionText(p.when, (x) => format(this.#resolve(x)))])));
      case 'interval':
        throw new NotUnderstood('an interval where a value is expected');
      case 'unknown':
        throw new NotUnderstood(t.reason);
    }
  }

  /** Substitutes the context's definitions for every symbol but `keep`, until none is left. */
  #expandExcept(e: Expr, ...keep: string[]): Expr {
    const define = this.context.define ?? {};
    let out = e;
    for (let depth = 0; depth < 20; depth++) {
      const names = variables(out).filter((n) => n in define && !keep.includes(n));
      if (names.length === 0) return out;
      out = substitute(out, Object.fromEntries(names.map((n) => [n, this.#resolveText(define[n]!)])));
    }
    throw new InputError('the claim’s definitions refer to each other in a cycle');
  }

  /** Definition text (gradproof syntax, the notes' functions allowed: `sigma(z_2)`) as an expression. */
  #resolveText(text: string): Expr {
    return parse(expandCalls(text, this.#functions()));
  }

  /** Every definition substituted, then the worked example's values. */
  #finish(e: Expr): Expr {
    const out = this.#expandExcept(e);
    return this.context.at ? toTree(out, this.context.at) : out;
  }
}

/** Whether a term writes a derivative (∂, d/dx, f′). */
function hasDerivative(t: Term): boolean {
  switch (t.t) {
    case 'deriv':
      return true;
    case 'apply':
      return t.primes > 0 || t.args.some(hasDerivative);
    case 'op':
    case 'fn':
    case 'juxt':
      return t.args.some(hasDerivative);
    case 'at':
      return hasDerivative(t.body);
    default:
      return false;
  }
}

/**
 * Replaces, in expression text, every call of a function the claim defines (`sigma(z_2)`)
 * by its body with the arguments substituted, innermost first; the parser knows only
 * gradproof's own functions.
 */
function expandCalls(text: string, functions: Readonly<Record<string, FunctionDef>>): string {
  const names = Object.keys(functions).filter((n) => !['tanh'].includes(n));
  if (names.length === 0) return text;
  const call = new RegExp(`\\b(${names.join('|')})\\(`);
  for (let guard = 0; guard < 1000; guard++) {
    const m = call.exec(text);
    if (!m) return text;
    const open = m.index + m[0].length - 1;
    let depth = 0;
    let close = -1;
    const commas: number[] = [];
    for (let i = open; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) {
        close = i;
        break;
      } else if (text[i] === ',' && depth === 1) commas.push(i);
    }
    if (close < 0) throw new InputError(`unbalanced parentheses in "${text}"`);
    const cuts = [open, ...commas, close];
    const args = cuts.slice(1).map((c, i) => expandCalls(text.slice(cuts[i]! + 1, c), functions));
    const def = functions[m[1]!]!;
    if (args.length !== def.args.length) throw new InputError(`${m[1]} takes ${def.args.length} argument(s), ${args.length} given in "${text}"`);
    const body = format(substitute(parse(def.body), Object.fromEntries(def.args.map((a, i) => [a, parse(args[i]!)]))));
    text = `${text.slice(0, m.index)}(${body})${text.slice(close + 1)}`;
  }
  throw new InputError(`the definitions of "${text}" do not end`);
}

/** A number an expression equals exactly, as a decimal literal (for `= v` read as `≈ v`). */
function exactNumber(e: Expr, tex: string): string {
  const text = format(e);
  if (/^-?\d+(\.\d+)?$/.test(text)) return text;
  throw new InputError(`"${tex}": the right side ${text} is not a number written as a decimal`);
}

/** A condition chain (`z < 0`, `-2.5 \leq z \leq 2.5`) as the text piecewise() reads. */
function conditionText(c: Chain, show: (t: Term) => string): string {
  const ops: Readonly<Record<string, string>> = { '<': '<', '>': '>', '≤': '<=', '≥': '>=' };
  const parts: string[] = [show(c.terms[0]!)];
  c.rels.forEach((r, i) => {
    const op = ops[r];
    if (!op) throw new NotUnderstood(`a condition with ${r}`);
    parts.push(op, show(c.terms[i + 1]!));
  });
  return parts.join(' ');
}

/** The pieces of a `cases` term, ordered along the line, each with the ends its condition gives. */
function casesFunction(term: Extract<Term, { t: 'cases' }>, show: (t: Term) => Expr, wrt: string): ScalarFunction {
  type Bound = { value: string; closed: boolean };
  const pieces = term.pieces.map((p) => {
    const c = p.when;
    let lo: Bound | undefined;
    let hi: Bound | undefined;
    const isVar = (t: Term) => t.t === 'sym' && t.name === wrt;
    c.rels.forEach((r, i) => {
      const a = c.terms[i]!;
      const b = c.terms[i + 1]!;
      const strict = r === '<' || r === '>';
      if (r !== '<' && r !== '>' && r !== '≤' && r !== '≥') throw new NotUnderstood(`a condition with ${r}`);
      const less = r === '<' || r === '≤';
      if (isVar(a)) {
        const bound = { value: format(show(b)), closed: !strict };
        if (less) hi = bound;
        else lo = bound;
      } else if (isVar(b)) {
        const bound = { value: format(show(a)), closed: !strict };
        if (less) lo = bound;
        else hi = bound;
      } else throw new NotUnderstood(`a condition that does not bound ${wrt}`);
    });
    const expr = show(p.value);
    const renamed = wrt === 'z' ? expr : substitute(expr, { [wrt]: v('z') });
    return { expr: renamed, ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) } as ScalarPiece & { lo?: Bound; hi?: Bound };
  });
  const key = (p: { lo?: Bound }) => (p.lo ? Number(p.lo.value) : Number.NEGATIVE_INFINITY);
  return { pieces: [...pieces].sort((a, b) => key(a) - key(b)) };
}

/**
 * The statement's set of a membership link as text (for messages and the sheet).
 *
 * @example
 * ```ts
 * setText(new StatementReader('$\\tanh(z) \\in (-1, 1)$'), 1); // '(−1, 1)'
 * ```
 */
export function setText(s: StatementReader, term: number): string {
  return formatRangeSet(s.set(term));
}
