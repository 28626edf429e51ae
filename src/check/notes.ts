/**
 * `checkNotes`: reads Markdown notes, keeps their context (definitions, given values,
 * substitutions; cleared at every heading), and checks every link of every equation.
 *
 * @module
 */
import { DEFAULTS } from '../defaults.js';
import { splitTopLevel } from '../latex/braces.js';
import { type Chain, readLatex, type Term } from '../latex/index.js';
import type { Counterexample, Verdict } from '../verify/verdict.js';
import { initProse, judgeInit, mayStateInit } from './init.js';
import { judgeLink, type LinkResult } from './judge.js';
import { type Context, emptyContext, isFunctionName, resolve } from './resolve.js';
import { splitFormulas } from './rows.js';
import { scanMarkdown } from './scan.js';
import { termText } from './text.js';

/** Options of {@link checkNotes}. */
export interface CheckOptions {
  /** Digits compared (5…1000). Default `DEFAULTS.claimDigits` (30). */
  readonly digits?: number;
  /** Seeded points of an identity. Default 16. */
  readonly points?: number;
  /** Seed of the points. Default `DEFAULTS.seed`. */
  readonly seed?: number;
  /** Node budget of one link (a bound on the work per equation, not a timer). Default 4000. */
  readonly budget?: number;
}

/**
 * The verdict of one link of one equation of the notes.
 *
 * @example
 * ```ts
 * const e: EquationVerdict = checkNotes('$$3 - 0.1 \\times 4 = 2.6$$').equations[0]!;
 * e.status; // 'proved'
 * ```
 */
export interface EquationVerdict extends Verdict {
  /** Anchor of the equation in the HTML (`eq-12-1`). */
  readonly id: string;
  /** 1-based line of the notes. */
  readonly line: number;
  /** The TeX of the statement the link belongs to. */
  readonly tex: string;
  /** Which link of the chain (1-based) and how many links it has. */
  readonly link: number;
  readonly links: number;
  /** The corrected right-hand side (TeX or a number), where one can be derived. */
  readonly correction?: string;
  /** Reading rules that applied. */
  readonly readings: readonly string[];
}

/** A definition the checker took from the notes (not a claim, so not judged). */
export interface NotesDefinition {
  readonly line: number;
  readonly tex: string;
  readonly name: string;
  /** What the name now stands for (`1 + e^p`, `10`), or `update` for `w = w - η∇c`. */
  readonly meaning: string;
}

/** Counts of the statuses. */
export interface NotesSummary {
  readonly proved: number;
  readonly verified: number;
  readonly refuted: number;
  readonly notUnderstood: number;
}

/** The result of {@link checkNotes}. */
export interface NotesReport {
  readonly equations: readonly EquationVerdict[];
  readonly definitions: readonly NotesDefinition[];
  readonly summary: NotesSummary;
}

const RELATION_START = /^\s*(=|\\approx|<|>|\\le(?:q)?(?![A-Za-z])|\\ge(?:q)?(?![A-Za-z])|\\ne(?:q)?(?![A-Za-z])|\\in(?![A-Za-z]))/;
const HAS_RELATION = /=|\\approx|<|>|\\le|\\ge|\\ne|\\in(?![A-Za-z])|\\leq|\\geq/;

const lastSide = (tex: string): string => {
  const parts = splitTopLevel(tex, ['=', '\\approx', '<', '>', '\\le', '\\leq', '\\ge', '\\geq', '\\ne', '\\neq', '\\in']);
  return parts[parts.length - 1]!.trim();
};
const firstSide = (tex: string): string => splitTopLevel(tex, ['=', '\\approx', '\\in'])[0]!.trim();

/** Whether a term mentions a symbol. */
function mentions(t: Term, name: string): boolean {
  switch (t.t) {
    case 'sym':
      return t.name === name;
    case 'op':
    case 'fn':
    case 'apply':
    case 'juxt':
      return t.args.some((a) => mentions(a, name));
    case 'deriv':
      return mentions(t.body, name) || t.wrt === name;
    case 'at':
      return mentions(t.body, name) || Object.values(t.point).some((x) => mentions(x, name));
    default:
      return false;
  }
}

const RANGE_WORD = /\brange\b/i;
const BARE_INTERVAL = /^\s*(\\left\s*)?[[(][^=<>]*,[^=<>]*(\\right\s*)?[\])]\s*$/;
/** Names read as functions the notes do not define, when written before parentheses in a definition. */
const UNKNOWN_FUNCTION_NAMES = new Set(['f', 'g', 'h', 'phi', 'varphi', 'psi']);

/** The names of a definition's body written as functions that are not defined (`f` in `z_2 = f(w_2 q_1)`). */
function unknownFunctionsIn(t: Term, ctx: Context, params: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (x: Term): void => {
    if (x.t === 'juxt' && UNKNOWN_FUNCTION_NAMES.has(x.name) && !params.includes(x.name) && !ctx.quantities.has(x.name) && !isFunctionName(x.name, ctx)) out.push(x.name);
    if (x.t === 'op' || x.t === 'fn' || x.t === 'juxt' || x.t === 'apply') x.args.forEach(walk);
    else if (x.t === 'deriv' || x.t === 'at') walk(x.body);
  };
  walk(t);
  return out;
}

const isNumber = (t: Term): boolean => t.t === 'num' || (t.t === 'op' && t.op === 'neg' && t.args[0]?.t === 'num');

/** The name a definition defines: `x = …` or `f(x, y) = …` (distinct plain arguments). */
function definedName(left: Term, rel: string, right: Term, ctx: Context): { name: string; params?: string[] } | undefined {
  // e and π are numbers: `e ≈ 2.73` is a claim; only `e = (y − ŷ)²` (not a number) redefines e
  if (left.t === 'sym' && (left.name === 'e' || left.name === 'pi') && (rel !== '=' || left.name === 'pi' || isNumber(right))) return undefined;
  if (left.t === 'sym' && !isFunctionName(left.name, ctx)) return { name: left.name };
  if (left.t === 'sym' && ctx.functions.has(left.name)) return { name: left.name };
  if (left.t === 'juxt' && left.args.every((a) => a.t === 'sym') && new Set(left.args.map((a) => (a as { name: string }).name)).size === left.args.length) {
    if (!isFunctionName(left.name, ctx) || ctx.functions.has(left.name)) return { name: left.name, params: left.args.map((a) => (a as { name: string }).name) };
  }
  return undefined;
}

const verdictOf = (r: LinkResult, base: { id: string; line: number; tex: string; link: number; links: number; subject: string }): EquationVerdict => {
  const counterexample: Counterexample | undefined = r.counterexample
    ? { at: r.counterexample.at, claimed: r.counterexample.claimed, reference: r.counterexample.reference, referenceLabel: 'left side', text: r.counterexample.text }
    : undefined;
  return {
    ...base,
    kind: r.kind,
    status: r.status,
    holds: r.status === 'proved' || r.status === 'verified',
    method: r.method ?? 'numeric',
    digitsRequested: r.digits,
    digitsAgreed: r.digitsAgreed,
    points: r.points,
    summary: r.summary,
    ...(counterexample ? { counterexample } : {}),
    ...(r.correction ? { correction: r.correction } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
    readings: [...new Set(r.readings)],
  };
};

const notUnderstood = (reason: string): LinkResult => ({ kind: 'claim', status: 'inconclusive', method: null, digits: 0, digitsAgreed: 0, points: 0, summary: `not understood: ${reason}`, reason, readings: [] });

/**
 * Checks every equation of Markdown notes: finds the math, reads it, keeps the notes'
 * definitions, and judges each link of each chain (proved, verified, refuted with a
 * counterexample, or not understood with the reason).
 *
 * @example
 * ```ts
 * const report = checkNotes('$$\\frac{d}{dx} x^3 = 3x^2$$\n\n$$e \\approx 2.73$$');
 * report.equations.map((e) => e.status); // ['verified', 'refuted']
 * report.summary.refuted;                // 1
 * ```
 */
export function checkNotes(markdown: string, options: CheckOptions = {}): NotesReport {
  const o = { digits: options.digits ?? DEFAULTS.claimDigits, points: options.points ?? 16, seed: options.seed ?? DEFAULTS.seed, budget: options.budget ?? 4000 };
  const scan = scanMarkdown(markdown);
  const sourceLines = markdown.split('\n');
  const equations: EquationVerdict[] = [];
  const definitions: NotesDefinition[] = [];
  let ctx = emptyContext();
  let headingIndex = 0;
  let previous: { tex: string; endsApprox: boolean; subject: string; line: number } | undefined;
  for (const problem of scan.problems) {
    equations.push(verdictOf(notUnderstood(problem.message), { id: `eq-${problem.line}-0`, line: problem.line, tex: problem.text, link: 1, links: 1, subject: problem.text }));
  }
  const items: { line: number; tex: string; display: boolean; before: string; after: string }[] = [
    ...scan.segments.map((s) => ({ line: s.line, tex: s.tex, display: s.display, before: s.before, after: s.after })),
    ...scan.claims.flatMap((c) =>
      c.body
        .split('\n')
        .map((text, i) => ({ line: c.line + 1 + i, tex: text.trim(), display: true, before: '', after: '' }))
        .filter((x) => x.tex !== '' && !x.tex.startsWith('#')),
    ),
  ].sort((a, b) => a.line - b.line);
  for (const item of items) {
    while (headingIndex < scan.headings.length && scan.headings[headingIndex]! <= item.line) {
      ctx = emptyContext();
      previous = undefined;
      headingIndex++;
    }
    // the prose calls the set the range ("Range $\\sigma(z) \\in (0,1)$", "$\\tanh(z) \\in (-1, 1)$ Range")
    const rangeIsSet = RANGE_WORD.test(item.before) || /^[\s:.,-]*range\b/i.test(item.after);
    for (const formula of splitFormulas(item.tex)) {
      let tex = formula.tex;
      let continuesApprox = false;
      if (previous?.subject && /\brange\s*:?\s*$/i.test(item.before) && BARE_INTERVAL.test(tex)) {
        // "range: $(-\infty, \infty)$": the range of the function the notes are about
        tex = `${previous.subject} \\in ${tex}`;
      } else if (RELATION_START.test(tex)) {
        if (/\\in(?![A-Za-z])/.test(tex.slice(0, 8)) && previous?.subject && RANGE_WORD.test(item.before)) {
          tex = `${previous.subject} ${tex}`;
        } else if (item.display && previous && !/\\in/.test(tex.slice(0, 5))) {
          continuesApprox = previous.endsApprox;
          tex = `${lastSide(previous.tex)} ${tex}`;
        } else continue;
      }
      for (const st of readLatex(tex)) {
        const chain = st.chain;
        if (!chain) {
          if (HAS_RELATION.test(st.tex)) {
            equations.push(verdictOf(notUnderstood(st.reason ?? 'not understood'), { id: `eq-${item.line}-${equations.length}`, line: item.line, tex: st.tex, link: 1, links: 1, subject: st.tex }));
          }
          continue;
        }
        if (chain.rels.length === 0) continue;
        // the subject (of a later "range …") is the left side of the last equation about a function
        const first = chain.terms[0]!;
        const subject = chain.rels[0] === '=' && first.t !== 'sym' && first.t !== 'unknown' ? firstSide(st.tex) : previous?.subject;
        // a later line that starts with "=" continues the last equation, not a membership or a remark
        const continues = !chain.rels.includes('∈') && first.t !== 'unknown';
        previous = continues
          ? { tex: st.tex, endsApprox: chain.rels[chain.rels.length - 1] === '≈', subject: subject ?? '', line: item.line }
          : previous && { ...previous, subject: subject ?? '' };
        judgeChain(chain, st.tex, item.line, continuesApprox, rangeIsSet);
      }
    }
  }

  function judgeChain(chain: Chain, tex: string, line: number, continuesApprox: boolean, rangeIsSet: boolean): void {
    const links = chain.rels.length;
    const first = chain.terms[0]!;
    const def = (chain.rels[0] === '=' || chain.rels[0] === '≈') && !continuesApprox ? definedName(first, chain.rels[0]!, chain.terms[1]!, ctx) : undefined;
    // an assumption such as `w < 0` or `\alpha > 0`, or a domain `z \in (-\infty, \infty)`: not a claim
    if (links === 1 && first.t === 'sym' && ['<', '≤', '>', '≥', '≠', '∈'].includes(chain.rels[0]!) && (isNumber(chain.terms[1]!) || chain.rels[0] === '∈')) {
      if (chain.rels[0] !== '∈') ctx.quantities.delete(first.name);
      definitions.push({ line, tex, name: first.name, meaning: chain.rels[0] === '∈' ? 'domain' : `assumption ${chain.rels[0]} ${termText(chain.terms[1]!)}` });
      return;
    }
    if (def) for (const name of unknownFunctionsIn(chain.terms[links]!, ctx, def.params ?? [])) ctx.unknownFunctions.add(name);
    const results: (LinkResult | undefined)[] = [];
    // σ, σ² or r of an initialiser the prose names (`σ = 1/fan_avg` "for sigmoid … Normal distribution")
    const prose = links === 1 && chain.rels[0] === '=' && mayStateInit(first) ? initProse(sourceLines, line) : undefined;
    const init = prose ? judgeInit(first, chain.terms[1]!, prose, ctx, o) : undefined;
    if (init) {
      results[0] = init;
      equations.push(verdictOf(init, { id: `eq-${line}-${equations.length}`, line, tex, link: 1, links, subject: `${termText(first)} = ${termText(chain.terms[1]!)}` }));
    }
    for (let i = def ? 1 : 0; i < links && !init; i++) {
      const left = chain.terms[i]!;
      const right = chain.terms[i + 1]!;
      const r = i === 0 && continuesApprox ? notUnderstood('this line continues from an approximate value (≈) of the line above') : judgeLink(left, chain.rels[i]!, right, ctx, rangeIsSet ? { ...o, rangeIsSet } : o);
      results[i] = r;
      equations.push(verdictOf(r, { id: `eq-${line}-${equations.length}`, line, tex, link: i + 1, links, subject: `${termText(left)} ${chain.rels[i]} ${termText(right)}` }));
    }
    if (def) {
      const refuted = results.some((r) => r?.status === 'refuted');
      const body = refuted ? chain.terms[1]! : chain.terms[links]!;
      if (def.params) {
        ctx.functions.set(def.name, { params: def.params, body, line });
        ctx.quantities.delete(def.name);
        definitions.push({ line, tex, name: `${def.name}(${def.params.join(', ')})`, meaning: termText(body) });
      } else if (mentions(chain.terms[1]!, def.name)) {
        // an update such as w = w − η∇c: the new value, when the notes give every value in it
        let meaning = 'update';
        try {
          const value = resolve(chain.terms[links]!, ctx, { bound: new Set(), values: true, readings: [], budget: { steps: o.budget } });
          if (value.kind === 'num' || value.kind === 'neg') {
            ctx.quantities.set(def.name, { term: chain.terms[links]!, line });
            meaning = termText(chain.terms[links]!);
          } else ctx.quantities.delete(def.name);
        } catch {
          ctx.quantities.delete(def.name);
        }
        definitions.push({ line, tex, name: def.name, meaning });
      } else {
        ctx.quantities.set(def.name, { term: body, line });
        ctx.functions.delete(def.name);
        definitions.push({ line, tex, name: def.name, meaning: termText(body) });
      }
    }
  }

  const count = (s: string) => equations.filter((e) => e.status === s).length;
  return { equations, definitions, summary: { proved: count('proved'), verified: count('verified'), refuted: count('refuted'), notUnderstood: count('inconclusive') } };
}
