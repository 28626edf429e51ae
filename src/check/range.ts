/**
 * Range statements `f(z) \in (a, b]`. Two readings, chosen by the prose: where the notes
 * call the set the range ("Range $\sigma(z) \in (0, 1)$", "range: $(-\infty, \infty)$"), the
 * claim is that the values of f fill the set exactly; otherwise that they lie in it. The
 * evidence, in order: values at special and spread points (a value outside refutes at
 * once, exactly where it can), then an interval-arithmetic proof for every z
 * ({@link proveRange} for the set, {@link proveBound} for each end), bounded by a budget of
 * interval evaluations. A catalogue activation (and its derivatives) is taken with its
 * pieces and the parameter values of the notes or its defaults.
 *
 * @module
 */
import { DEFAULTS } from '../defaults.js';
import { GradproofError } from '../errors.js';
import { NotUnderstood } from '../latex/mathjson.js';
import type { Term } from '../latex/term.js';
import { type Expr, format, substitute, v, variables } from '../symbolic/tree.js';
import { proveBound, proveRange, type RangeVerdict } from '../verify/bound.js';
import { activationFunction, type ScalarFunction } from '../verify/scalar.js';
import { exactValue, fractionText } from './exact.js';
import { type JudgeOptions, type LinkResult, notUnderstood, pointText } from './link.js';
import { compareNumbers } from './numbers.js';
import { PiecewiseMet } from './pieces.js';
import { activationParams, type Context, catalogueActivation, resolve, type ResolveOptions } from './resolve.js';

/** Interval evaluations one range proof may spend (a tenth of the library's default: a proofreader checks many). */
const RANGE_BUDGET = Math.round(DEFAULTS.intervalBudget / 10);

/** Proofs already made in this process, by function, set and reading. */
const proofs = new Map<string, RangeVerdict | undefined>();
const MAX_PROOFS = 500;

type Interval = Extract<Term, { t: 'interval' }>;

/** The subject as a function of one real variable for the interval prover. */
interface Subject {
  readonly fn: ScalarFunction | Expr;
  readonly key: string;
  readonly params: Record<string, string>;
  /** The variable the notes use. */
  readonly variable: string;
  /** The subject as one expression (for sampling), when it is not piecewise. */
  readonly expr?: Expr;
}

/** A catalogue activation (or a derivative) applied to a plain variable: its pieces and parameter values. */
function catalogueSubject(left: Term, ctx: Context, ro: ResolveOptions): Subject | undefined {
  if ((left.t !== 'juxt' && left.t !== 'apply') || ctx.functions.has(left.name)) return undefined;
  const a = catalogueActivation(left.name);
  const first = left.args[0];
  if (!a || first?.t !== 'sym' || ctx.quantities.has(first.name)) return undefined;
  const order = left.t === 'apply' ? left.primes : 0;
  const values = activationParams(
    a,
    left.args.slice(1).map((x) => resolve(x, ctx, ro)),
  );
  const params: Record<string, string> = {};
  for (const [k, e] of Object.entries(values)) {
    const x = exactValue(e);
    if (!x) throw new NotUnderstood(`${a.name}'s parameter ${k} is not a number here`);
    params[k] = fractionText(x).includes('/') ? format(e) : fractionText(x);
  }
  return { fn: activationFunction(a, order), key: `${a.name}:${order}:${JSON.stringify(params)}`, params, variable: first.name };
}

function endText(e: Expr | undefined, infinite: string): string {
  if (!e) return infinite;
  if (variables(e).length) throw new NotUnderstood(`an end of the interval depends on ${variables(e).join(', ')}`);
  return format(e);
}

/** Runs the interval proof (cached); undefined when the prover cannot take the function or the set. */
function prove(subject: Subject, set: string, lo: string | undefined, hi: string | undefined, interval: Interval, asSet: boolean): RangeVerdict | undefined {
  const key = `${subject.key}|${set}|${asSet}`;
  if (proofs.has(key)) return proofs.get(key);
  let verdict: RangeVerdict | undefined;
  const options = { params: subject.params, budget: RANGE_BUDGET };
  try {
    if (asSet) verdict = proveRange(subject.fn, set, options);
    else {
      const parts = [
        lo === undefined ? undefined : proveBound(subject.fn, { side: 'lower', value: lo, strict: interval.loOpen }, options),
        hi === undefined ? undefined : proveBound(subject.fn, { side: 'upper', value: hi, strict: interval.hiOpen }, options),
      ].filter((x): x is RangeVerdict => x !== undefined);
      verdict = parts.find((p) => p.status === 'refuted') ?? parts.find((p) => p.status !== 'proved') ?? parts[0];
      if (verdict && parts.length === 2 && verdict.status === 'proved') verdict = { ...verdict, summary: `${parts[0]!.summary}; ${parts[1]!.summary}` };
    }
  } catch (err) {
    if (!(err instanceof GradproofError)) throw err;
    verdict = undefined;
  }
  if (proofs.size >= MAX_PROOFS) proofs.delete(proofs.keys().next().value!);
  proofs.set(key, verdict);
  return verdict;
}

/** Values at special points (where the extremes of activations sit) and a spread: a value outside refutes. */
function sampled(a: Expr, lo: Expr | undefined, hi: Expr | undefined, interval: Interval, text: string, o: JudgeOptions, readings: string[]): LinkResult | { checked: number } {
  const vars = variables(a);
  const candidates = ['0', '1', '-1', '0.5', '-0.5', '2', '-2', '3', '-3', '5', '-5', '10', '-10', '0.1', '-0.1', '20', '-20', '40', '-40'];
  let checked = 0;
  for (const c of vars.length ? candidates : ['0']) {
    const at = vars.length ? { [vars[0]!]: c } : {};
    const value: Expr = c.startsWith('-') ? { kind: 'neg', arg: { kind: 'num', value: c.slice(1) } } : { kind: 'num', value: c };
    const point = vars.length ? substitute(a, { [vars[0]!]: value }) : a;
    for (const [bound, rel, open] of [
      [lo, '≥', interval.loOpen],
      [hi, '≤', interval.hiOpen],
    ] as const) {
      if (!bound) continue;
      const strict = open ? (rel === '≥' ? '>' : '<') : rel;
      const r = compareNumbers(point, strict, bound, o.digits);
      if (r.status === 'inconclusive') continue;
      if (r.status === 'refuted') {
        return {
          kind: 'range',
          status: 'refuted',
          method: r.method,
          digits: r.method === 'exact' ? 0 : o.digits,
          digitsAgreed: 0,
          points: checked + 1,
          summary: `refuted: ${pointText(at)} the value is ${r.left}, not inside ${text}${r.method === 'exact' ? ' (exact arithmetic)' : ''}`,
          counterexample: { at, claimed: text, reference: r.left ?? '', text: `${pointText(at)} the value is ${r.left}, outside ${text}` },
          readings,
        };
      }
    }
    checked++;
  }
  return { checked };
}

/**
 * Judges `left ∈ interval` (see the module comment).
 *
 * @example
 * ```ts
 * judgeRange(termOf("\\sigma'(z)"), intervalOf('(0, 0.25)'), emptyContext(), options, [], ro).status; // 'refuted' (0.25 is attained at 0)
 * ```
 */
export function judgeRange(left: Term, interval: Interval, ctx: Context, o: JudgeOptions, readings: string[], ro: ResolveOptions): LinkResult {
  const lo = interval.lo ? resolve(interval.lo, ctx, ro) : undefined;
  const hi = interval.hi ? resolve(interval.hi, ctx, ro) : undefined;
  const text = `${interval.loOpen ? '(' : '['}${lo ? format(lo) : '-∞'}, ${hi ? format(hi) : '∞'}${interval.hiOpen ? ')' : ']'}`;
  const asSet = o.rangeIsSet === true;
  const reading = asSet ? `"range": the values fill ${text} exactly` : `the values lie in ${text}`;
  readings.push(reading);
  let expr: Expr | undefined;
  try {
    expr = resolve(left, ctx, ro);
  } catch (err) {
    if (!(err instanceof PiecewiseMet)) throw err;
  }
  if (expr && variables(expr).length > 1) return notUnderstood(`a range over several variables (${variables(expr).join(', ')})`, readings, 'range');
  let checked = 0;
  if (expr) {
    const s = sampled(expr, lo, hi, interval, text, o, readings);
    if ('status' in s) return s;
    checked = s.checked;
  }
  const catalogue = catalogueSubject(left, ctx, ro);
  const variable = catalogue?.variable ?? (expr ? variables(expr)[0] : undefined);
  const subject: Subject | undefined =
    catalogue ?? (expr && variable ? { fn: substitute(expr, { [variable]: v('z') }), key: format(substitute(expr, { [variable]: v('z') })), params: {}, variable, expr } : undefined);
  const loText = lo ? endText(lo, '-inf') : undefined;
  const hiText = hi ? endText(hi, 'inf') : undefined;
  const set = `${interval.loOpen ? '(' : '['}${loText ?? '-inf'}, ${hiText ?? 'inf'}${interval.hiOpen ? ')' : ']'}`;
  const proof = subject ? prove(subject, set, loText, hiText, interval, asSet) : undefined;
  const rename = (s: string): string => (subject && subject.variable !== 'z' ? s.replace(/\bz\b/g, subject.variable) : s);
  if (proof?.status === 'proved') {
    return { kind: 'range', status: 'proved', method: 'interval', digits: 0, digitsAgreed: 0, points: checked, summary: rename(proof.summary), readings };
  }
  if (proof?.status === 'refuted' && proof.counterexample) {
    const ce = proof.counterexample;
    return {
      kind: 'range',
      status: 'refuted',
      method: 'interval',
      digits: 0,
      digitsAgreed: 0,
      points: checked,
      summary: rename(`refuted by interval arithmetic: ${ce.text}`),
      counterexample: { at: ce.at, claimed: text, reference: ce.reference, text: rename(ce.text) },
      readings,
    };
  }
  const open = proof ? ` (the interval proof did not close: ${rename(proof.summary)})` : '';
  // a set is all taken only by a proof: points never show it, so a range read as a set stays open
  if (asSet && proof?.status !== 'verified') {
    return { kind: 'range', status: 'inconclusive', method: 'interval', digits: 0, digitsAgreed: 0, points: checked, summary: `inside ${text} at ${checked} points, but not shown that every value of the set is taken${open}`, readings };
  }
  if (!expr) {
    if (proof?.status === 'verified') return { kind: 'range', status: 'verified', method: 'numeric', digits: o.digits, digitsAgreed: o.digits, points: proof.points, summary: rename(proof.summary), readings };
    return notUnderstood(`the range of a piecewise function that could not be shown${open}`, readings, 'range');
  }
  const filled = asSet ? `; every value of the set taken: ${proof?.summary}` : '';
  return {
    kind: 'range',
    status: 'verified',
    method: 'numeric',
    digits: o.digits,
    digitsAgreed: o.digits,
    points: checked,
    summary: `verified: inside ${text} at ${checked} points (points, not a proof for every value)${filled}${open}`,
    readings,
  };
}
