/**
 * LaTeX math → gradproof. The parsing itself is `@cortex-js/compute-engine`'s LaTeX →
 * MathJSON parser (its standalone `latex-syntax` entry, no engine loaded); this module
 * normalizes the TeX that notes write before it ({@link normalizeTex}), converts the
 * MathJSON to gradproof's statement tree ({@link Term}, {@link Chain}) and, for a plain
 * expression, to an {@link Expr}. Whatever cannot be read faithfully comes back with a
 * reason, never a guess.
 *
 * Readings that are fixed rules (documented, always the same): `\log` is the natural
 * logarithm; `e` is Euler's number (unless the notes define it); `\{…\}` and `[…]` (outside
 * `\in`) group like parentheses; a number under `\underbrace{…}_{0.1}` stands for the term;
 * `\text{Name}(z)` and `\operatorname{Name}(z)` name a function; `\frac{d}{dx}(…)` applies to
 * the parenthesised group only.
 *
 * @example
 * ```ts
 * import { latexToExpr, format } from 'gradproof';
 * format(latexToExpr('\\frac{1}{1+e^{-z}}')); // '1/(1 + e^(-z))'
 * ```
 * @module
 */
import type { LatexSyntax } from '@cortex-js/compute-engine/latex-syntax';
import { latexSyntaxModule } from '#load/latex-syntax'; // the parser loads on first use (src/load/latex-syntax.node.ts)
import { ParseError } from '../errors.js';
import { type Expr, format } from '../symbolic/tree.js';
import { splitTopLevel } from './braces.js';
import { NotUnderstood, toChains } from './mathjson.js';
import { normalizeTex, splitStatements } from './normalize.js';
import type { Chain, Term } from './term.js';

export { NotUnderstood } from './mathjson.js';
export { normalizeTex, splitStatements, type Normalized } from './normalize.js';
export { type Chain, type RelOp, type Term, termSize, termSymbols } from './term.js';

/** Longest formula read (characters); longer ones are reported, not parsed. */
export const MAX_FORMULA_LENGTH = 4000;

let syntax: LatexSyntax | undefined;
const parser = (): LatexSyntax => {
  syntax ??= new (latexSyntaxModule().LatexSyntax)({ parseNumbers: 'decimal' });
  return syntax;
};

/**
 * One statement read from a formula: its relation chain, or why it was not understood.
 *
 * @example
 * ```ts
 * const s: LatexStatement = readLatex('a = 2')[0]!; // { tex: 'a = 2', chain: { … }, readings: [], isLet: false }
 * ```
 */
export interface LatexStatement {
  /** The TeX of this statement (a formula may hold several, split at `\quad`, `\Rightarrow`, …). */
  readonly tex: string;
  /** The chain read, when the statement was understood. */
  readonly chain?: Chain;
  /** Why the statement was not understood. */
  readonly reason?: string;
  /** Reading rules that applied (e.g. `log read as the natural logarithm`). */
  readonly readings: readonly string[];
  /** The statement began with "Let". */
  readonly isLet: boolean;
}

/** `(a, b]`, `[0, 1]`, `(-\infty, \infty)` → an interval term; throws {@link NotUnderstood}. */
function parseInterval(tex: string): Term {
  const m = /^\s*(?:\\left\s*)?([([])([\s\S]*),([\s\S]*?)(?:\\right\s*)?([)\]])\s*$/.exec(tex);
  if (!m) throw new NotUnderstood('a set that is not an interval');
  const end = (t: string): Term | null => {
    const s = t.trim().replace(/^\+/, '');
    if (/^-?\s*\\infty$/.test(s)) return null;
    const chains = parseNormalized(s);
    if (chains.length !== 1 || chains[0]!.rels.length) throw new NotUnderstood('an interval end that is not a value');
    return chains[0]!.terms[0]!;
  };
  return { t: 'interval', lo: end(m[2]!), hi: end(m[3]!), loOpen: m[1] === '(' || /\\infty/.test(m[2]!), hiOpen: m[4] === ')' || /\\infty/.test(m[3]!) };
}

/** Parses normalized TeX; `subject \in interval` is split here (the parser does not read every subject before \in). */
function parseWithMembership(tex: string): Chain[] {
  const parts = splitTopLevel(tex, ['\\in']);
  if (parts.length === 1) return parseNormalized(tex);
  if (parts.length !== 2) throw new NotUnderstood('more than one ∈');
  const subject = parseNormalized(parts[0]!);
  if (subject.length !== 1) throw new NotUnderstood('a membership whose subject is not one expression');
  const set = parseInterval(parts[1]!);
  const s = subject[0]!;
  return [{ terms: [...s.terms, set], rels: [...s.rels, '∈'] }];
}

/** Parses normalized TeX with the MathJSON parser; throws {@link NotUnderstood}. */
function parseNormalized(tex: string): Chain[] {
  let json: unknown;
  try {
    json = parser().parse(tex);
  } catch (err) {
    throw new NotUnderstood(`the LaTeX parser failed (${(err as Error).message})`);
  }
  if (json === null || json === undefined) throw new NotUnderstood('empty formula');
  return toChains(json);
}

/**
 * Reads one formula (TeX without `$` delimiters) into its statements.
 *
 * @example
 * ```ts
 * readLatex('\\sigma(z=0) = \\frac{1}{1+e^0} = 0.5')[0]!.chain!.rels; // ['=', '=']
 * readLatex('\\nabla c')[0]!.reason;                                   // 'unknown command \\nabla'
 * ```
 */
export function readLatex(tex: string): LatexStatement[] {
  if (tex.length > MAX_FORMULA_LENGTH) return [{ tex: tex.slice(0, 80), reason: `formula longer than ${MAX_FORMULA_LENGTH} characters`, readings: [], isLet: false }];
  const out: LatexStatement[] = [];
  for (const part of splitStatements(tex)) {
    const n = normalizeTex(part);
    const base = { tex: part.trim(), readings: n.readings, isLet: n.isLet };
    if (n.tex === '') continue;
    if (n.problems.length) {
      out.push({ ...base, reason: n.problems.join('; ') });
      continue;
    }
    try {
      for (const chain of parseWithMembership(n.tex)) out.push({ ...base, chain });
    } catch (err) {
      if (err instanceof NotUnderstood) out.push({ ...base, reason: err.message });
      else if (err instanceof RangeError) out.push({ ...base, reason: 'the formula is nested too deeply' });
      else throw err;
    }
  }
  return out;
}

/**
 * Converts a term without notes-specific parts (numbers, symbols, arithmetic, known
 * functions) to an {@link Expr}; throws {@link NotUnderstood} for anything else
 * (derivatives, applications of undefined functions, relations, intervals).
 *
 * @example
 * ```ts
 * format(termToExpr({ t: 'fn', fn: 'tanh', args: [{ t: 'sym', name: 'z' }] })); // 'tanh(z)'
 * ```
 */
export function termToExpr(term: Term): Expr {
  switch (term.t) {
    case 'num':
      return { kind: 'num', value: term.value };
    case 'sym':
      if (term.name === 'pi') return { kind: 'const', name: 'pi' };
      if (term.name === 'e') return { kind: 'const', name: 'e' };
      return { kind: 'var', name: term.name };
    case 'op': {
      const args = term.args.map(termToExpr);
      if (term.op === 'neg') return { kind: 'neg', arg: args[0]! };
      if (args.length < 2) throw new NotUnderstood(`an operator ${term.op} with ${args.length} operand`);
      return args.slice(1).reduce((l, r) => ({ kind: term.op as 'add', left: l, right: r }), args[0]!);
    }
    case 'fn':
      return { kind: 'call', fn: term.fn, args: term.args.map(termToExpr) };
    case 'juxt':
      throw new NotUnderstood(`${term.name}(…): a function the expression does not define`);
    case 'apply':
      throw new NotUnderstood(`${term.name}${"'".repeat(term.primes)}(…): a function the expression does not define`);
    case 'deriv':
      throw new NotUnderstood('a derivative (use derive)');
    case 'at':
      throw new NotUnderstood('an evaluation at a point');
    case 'cases':
      throw new NotUnderstood('a piecewise formula');
    case 'interval':
      throw new NotUnderstood('an interval');
    case 'unknown':
      throw new NotUnderstood(term.reason);
  }
}

/**
 * Parses a LaTeX expression (no relation) to a gradproof {@link Expr}. Throws a
 * {@link ParseError} naming what was not understood.
 *
 * @example
 * ```ts
 * format(latexToExpr('\\tanh^2(z) + \\frac{x}{2}')); // 'tanh(z)^2 + x/2'
 * latexToExpr('\\sigma(z)'); // throws: sigma(…): a function the expression does not define
 * ```
 */
export function latexToExpr(tex: string): Expr {
  const statements = readLatex(tex);
  const s = statements[0];
  if (statements.length !== 1 || !s) throw new ParseError(`expected one expression, found ${statements.length} statements`, 0, tex);
  if (s.reason) throw new ParseError(`not understood: ${s.reason}`, 0, tex);
  if (s.chain!.rels.length) throw new ParseError('expected an expression, found a relation', 0, tex);
  try {
    const e = termToExpr(s.chain!.terms[0]!);
    format(e);
    return e;
  } catch (err) {
    if (err instanceof NotUnderstood) throw new ParseError(`not understood: ${err.message}`, 0, tex);
    throw err;
  }
}
