/**
 * Judges a link with a piecewise side (see {@link pieces.ts} for the method): a `cases`
 * formula of the notes, or a piecewise catalogue activation, against the other side,
 * region by region between the cuts either side names.
 *
 * @module
 */
import type { ScalarActivation } from '../activations/_internals/activation.js';
import { NotUnderstood } from '../latex/mathjson.js';
import type { Term } from '../latex/term.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, substitute, variables } from '../symbolic/tree.js';
import { casEqual, compareIdentity } from './adapter.js';
import { fractionText } from './exact.js';
import { type JudgeOptions, type LinkResult, notUnderstood, pointText } from './link.js';
import { compareNumbers } from './numbers.js';
import { activationSpans, conditionSpan, cutsOf, fractionExpr, OutsidePieces, type Region, regionPoints, regionsBetween, regionText, type Span } from './pieces.js';
import { activationParams, type Context, catalogueActivation, resolve, type ResolveOptions } from './resolve.js';

interface Site {
  readonly variable: string;
  readonly spans: readonly Span[];
}

/** The catalogue's piecewise activation a name stands for here (the notes' own definition wins). */
function piecewiseActivation(name: string, ctx: Context): ScalarActivation | undefined {
  if (ctx.functions.has(name) || ctx.quantities.has(name)) return undefined;
  const a = catalogueActivation(name);
  return a && (a.piecewise || a.pieces.length > 1) ? a : undefined;
}

/** The piecewise formulas of a term, each with its variable and the intervals of its pieces. */
function sites(term: Term, ctx: Context, ro: ResolveOptions, out: Site[] = [], bound: ReadonlySet<string> = ro.bound): Site[] {
  const plain = { ...ro, region: undefined };
  switch (term.t) {
    case 'cases': {
      const spans = term.pieces.map((p) => conditionSpan(p.when, (t) => resolve(t, ctx, plain)));
      const variable = spans[0]!.variable;
      if (spans.some((s) => s.variable !== variable)) throw new NotUnderstood('a piecewise formula whose conditions are on different variables');
      out.push({ variable, spans: spans.map((s) => s.span) });
      for (const p of term.pieces) sites(p.value, ctx, ro, out, bound);
      return out;
    }
    case 'juxt':
    case 'apply': {
      const a = piecewiseActivation(term.name, ctx);
      const first = term.args[0];
      if (a && first?.t === 'sym' && (!ctx.quantities.has(first.name) || bound.has(first.name))) {
        const params = activationParams(
          a,
          term.args.slice(1).map((x) => resolve(x, ctx, plain)),
        );
        out.push({ variable: first.name, spans: activationSpans(a, params) });
      }
      for (const x of term.args) sites(x, ctx, ro, out, bound);
      return out;
    }
    case 'op':
    case 'fn':
      for (const x of term.args) sites(x, ctx, ro, out, bound);
      return out;
    case 'deriv':
      return sites(term.body, ctx, ro, out, new Set([...bound, term.wrt]));
    default:
      // an evaluation at a point takes its piece there; numbers, symbols, intervals have none
      return out;
  }
}

/** A side that is only a catalogue name (`PReLU = \begin{cases}…`), applied to the variable. */
function applied(term: Term, variable: string, ctx: Context): Term {
  return term.t === 'sym' && piecewiseActivation(term.name, ctx) ? { t: 'juxt', name: term.name, args: [{ t: 'sym', name: variable }] } : term;
}

/** The catalogue's pieces as a `cases` formula in TeX (parameters by name), for a correction. */
function catalogueCases(term: Term, ctx: Context): string | undefined {
  if ((term.t !== 'juxt' && term.t !== 'apply') || term.args[0]?.t !== 'sym') return undefined;
  const a = piecewiseActivation(term.name, ctx);
  if (!a) return undefined;
  const variable = term.args[0].name;
  const primes = term.t === 'apply' ? term.primes : 0;
  const rename = (e: Expr): Expr => substitute(e, { z: { kind: 'var', name: variable } });
  const rows = a.pieces.map((p, i) => {
    const cond = p.when.replace(/<=/g, '\\le').replace(/>=/g, '\\ge').replace(/\bz\b/g, variable).replace(/\blambda\b/g, '\\lambda').replace(/\balpha\b/g, '\\alpha');
    return `${toTex(rename(a.pieceExprs(primes)[i]!))} & ${cond}`;
  });
  return `\\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`;
}

type RegionOutcome =
  | { readonly status: 'proved' | 'verified'; readonly points: number }
  | { readonly status: 'refuted'; readonly at: Record<string, string>; readonly left: string; readonly right: string; readonly digitsAgreed: number }
  | { readonly status: 'skipped'; readonly why: string };

/** Compares two formulas on one open region. */
function compareOnRegion(a: Expr, b: Expr, region: Region, o: JudgeOptions): RegionOutcome {
  const varsA = variables(a).filter((x) => x !== region.variable);
  const varsB = variables(b).filter((x) => x !== region.variable);
  const same = varsA.length === varsB.length && varsA.every((x, i) => x === varsB[i]);
  if (same && casEqual(a, b)) return { status: 'proved', points: 0 };
  let compared = 0;
  for (const p of regionPoints(region)) {
    const x = { [region.variable]: fractionExpr(p) };
    const pa = substitute(a, x);
    const pb = substitute(b, x);
    const at = { [region.variable]: fractionText(p) };
    if (varsA.length === 0 && varsB.length === 0) {
      const r = compareNumbers(pa, '=', pb, o.digits);
      if (r.status === 'refuted') return { status: 'refuted', at, left: r.left ?? '', right: r.right ?? '', digitsAgreed: r.digitsAgreed };
      if (r.status !== 'inconclusive') compared++;
      continue;
    }
    const c = compareIdentity(pa, pb, { digits: o.digits, points: Math.min(o.points, 8), seed: o.seed, numericOnly: true });
    if (c.status === 'refuted') {
      if (!same) return { status: 'skipped', why: `the two sides depend on different variables (${varsA.join(', ') || 'none'} | ${varsB.join(', ') || 'none'})` };
      const ce = c.counterexample!;
      return { status: 'refuted', at: { ...at, ...ce.at }, left: ce.left, right: ce.right, digitsAgreed: ce.digitsAgreed };
    }
    if (c.status !== 'inconclusive') compared++;
  }
  if (compared === 0) return { status: 'skipped', why: 'no point of it could be compared' };
  return { status: 'verified', points: compared };
}

/**
 * Judges `left = right` where a side is piecewise: region by region, the boundaries not
 * compared.
 *
 * @example
 * ```ts
 * judgePiecewise(termOf('\\text{ReLU}(z)'), termOf('\\max(z, 0)'), emptyContext(), options, [], ro).status; // 'verified'
 * ```
 */
export function judgePiecewise(leftTerm: Term, rightTerm: Term, ctx: Context, o: JudgeOptions, readings: string[], ro: ResolveOptions): LinkResult {
  try {
    const found = [...sites(leftTerm, ctx, ro), ...sites(rightTerm, ctx, ro)];
    if (found.length === 0) return notUnderstood('a piecewise formula in an expression', readings);
    const variable = found[0]!.variable;
    if (found.some((s) => s.variable !== variable)) return notUnderstood(`piecewise formulas in different variables (${[...new Set(found.map((s) => s.variable))].join(', ')})`, readings);
    const left = applied(leftTerm, variable, ctx);
    const right = applied(rightTerm, variable, ctx);
    const regions = regionsBetween(
      variable,
      found.flatMap((s) => cutsOf(s.spans)),
    );
    const cuts = [...new Set(regions.flatMap((r) => [r.lo, r.hi]).filter((x) => x !== undefined).map((x) => fractionText(x!)))];
    const done: string[] = [];
    const skipped: string[] = [];
    let proved = true;
    let points = 0;
    for (const region of regions) {
      let a: Expr;
      let b: Expr;
      try {
        a = resolve(left, ctx, { ...ro, region });
        b = resolve(right, ctx, { ...ro, region });
      } catch (err) {
        if (err instanceof OutsidePieces) {
          skipped.push(`${regionText(region)} (${err.message})`);
          continue;
        }
        throw err;
      }
      const r = compareOnRegion(a, b, region, o);
      if (r.status === 'refuted') {
        const where = `${pointText(r.at)} (on ${regionText(region)})`;
        const correction = catalogueCases(left, ctx) ?? catalogueCases(right, ctx);
        return {
          kind: 'identity',
          status: 'refuted',
          method: 'numeric',
          digits: o.digits,
          digitsAgreed: r.digitsAgreed,
          points: points + 1,
          summary: `refuted piece by piece: ${where}: the left side is ${r.left}, the right side ${r.right}`,
          counterexample: { at: r.at, claimed: r.right, reference: r.left, text: `${where}: the left side is ${r.left}, the right side ${r.right}` },
          ...(correction && (leftTerm.t === 'cases' || rightTerm.t === 'cases') ? { correction } : {}),
          readings,
        };
      }
      if (r.status === 'skipped') {
        const held = done.length ? ` (${done.join('; ')})` : '';
        return notUnderstood(`on ${regionText(region)} ${r.why}${held}`, readings);
      }
      if (r.status === 'verified') proved = false;
      points += r.points;
      done.push(`${regionText(region)} ${r.status === 'proved' ? 'proved symbolically' : `verified at ${r.points} exact points`}`);
    }
    if (done.length === 0) return notUnderstood(`no piece could be compared (${skipped.join('; ')})`, readings);
    const boundary = cuts.length ? `; at ${variable} = ${cuts.join(', ')} (the boundaries, where the value or slope is a convention) not compared` : '';
    const missing = skipped.length ? `; not compared on ${skipped.join('; ')}` : '';
    return {
      kind: 'identity',
      status: proved ? 'proved' : 'verified',
      method: proved ? 'symbolic' : 'numeric',
      digits: o.digits,
      digitsAgreed: o.digits,
      points,
      summary: `${proved ? 'proved' : 'verified'} piece by piece: ${done.join('; ')}${boundary}${missing}`,
      readings,
    };
  } catch (err) {
    if (err instanceof NotUnderstood) return notUnderstood(err.message, readings);
    throw err;
  }
}
