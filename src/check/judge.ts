/**
 * Judges one link `A rel B` of a chain. The order of evidence:
 * 1. both sides are numbers → exact arithmetic, else guaranteed digits (`≈` at the precision written);
 * 2. both sides depend on the same variables → an identity for all values (numeric, seeded points);
 *    if it fails and the notes gave values to all its variables, it is judged at those values;
 * 3. a rule with placeholder functions (`u'`, `v'`) → instantiated with several independent
 *    function pairs, under each reading of the notation; refuted only when every reading fails;
 * 4. otherwise → not understood, with the reason.
 *
 * @module
 */
import { parse } from '../symbolic/parse.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, format, substitute, v, variables } from '../symbolic/tree.js';
import { NotUnderstood } from '../latex/mathjson.js';
import { type RelOp, type Term, termSymbols } from '../latex/term.js';
import { compareDerivative, compareIdentity } from './adapter.js';
import { compareApprox, compareNumbers, writtenPrecision } from './numbers.js';
import { judgePiecewise } from './piecewise.js';
import { PiecewiseMet } from './pieces.js';
import { judgeRange } from './range.js';
import { judgeRatios, ratioStatement } from './ratios.js';
import { activationParams, type Context, catalogueActivation, resolve, type ResolveOptions, UnknownFunctionMet } from './resolve.js';
import { exactValue, fractionText } from './exact.js';
import { type JudgeOptions, type LinkResult, notUnderstood, pointText } from './link.js';

export type { JudgeOptions, LinkResult } from './link.js';

/** Function pairs that instantiate placeholder functions of a rule (independent, smooth near the points). */
const INSTANCES: readonly (readonly string[])[] = [
  ['t^2 + 1', 'sin(t) + 2', 'exp(t/3)'],
  ['exp(t)', 't^3 + 2', 'cos(t) + 3'],
  ['log(t^2 + 1) + 1', 'cosh(t)', 't + 5'],
  ['t + 1/2', 'exp(t/2) + 1', 't^2 + 2'],
];

/** The given values of the notes for the variables of an expression (when all have one). */
function givenValues(names: readonly string[], ctx: Context, o: ResolveOptions): Record<string, Expr> | undefined {
  const out: Record<string, Expr> = {};
  for (const n of names) {
    const def = ctx.quantities.get(n);
    if (!def) return undefined;
    try {
      const val = resolve(def.term, ctx, { ...o, values: true, bound: new Set([n]) });
      if (variables(val).length) return undefined;
      out[n] = val;
    } catch {
      return undefined;
    }
  }
  return out;
}

/** Literal on the right of `≈`: `{ literal, negative }`, or undefined. */
function approxLiteral(t: Term): { literal: string; negative: boolean } | undefined {
  if (t.t === 'num') return { literal: t.value, negative: false };
  if (t.t === 'op' && t.op === 'neg' && t.args[0]?.t === 'num') return { literal: t.args[0].value, negative: true };
  return undefined;
}

function fromNumeric(kind: LinkResult['kind'], rel: string, r: ReturnType<typeof compareNumbers>, digits: number, readings: readonly string[], at: Readonly<Record<string, string>> = {}): LinkResult {
  const where = pointText(at);
  const how = r.method === 'exact' ? 'exact arithmetic' : `evaluation to ${digits} digits`;
  if (r.status === 'inconclusive') return { ...notUnderstood(r.reason ?? 'could not decide', readings, kind), method: r.method };
  const summary =
    r.status === 'refuted'
      ? `refuted by ${how}${where ? ` ${where}` : ''}: the left side is ${r.left}, the right side ${r.right}`
      : `${r.status === 'proved' ? 'proved' : 'verified'} by ${how}${where ? ` ${where} (the values given in the notes)` : ''}`;
  return {
    kind,
    status: r.status,
    method: r.method,
    digits: r.method === 'exact' ? 0 : digits,
    digitsAgreed: r.digitsAgreed,
    points: 1,
    summary,
    readings,
    ...(r.status === 'refuted'
      ? {
          counterexample: { at, claimed: r.right ?? '', reference: r.left ?? '', text: `${where ? `${where}: ` : ''}the left side is ${r.left}, the right side ${r.right} (${rel} fails)` },
          ...(r.correct && rel !== '<' && rel !== '>' && rel !== '≤' && rel !== '≥' ? { correction: r.correct } : {}),
        }
      : {}),
  };
}

/** Judges a link between two numbers (no free variables left). */
function judgeNumbers(a: Expr, rel: RelOp, right: Term, b: Expr, o: JudgeOptions, readings: string[], at: Readonly<Record<string, string>> = {}): LinkResult {
  if (rel === '≈') {
    const lit = approxLiteral(right);
    if (!lit) return notUnderstood('≈ to an expression, not to a written number', readings, 'value');
    const r = compareApprox(a, lit.literal, lit.negative, o.digits);
    return fromNumeric('value', '≈', r, o.digits, readings, at);
  }
  if (rel === '=') {
    const ea = exactValue(a);
    const eb = exactValue(b);
    if ((ea === undefined) !== (eb === undefined)) {
      // one side exact, the other not: judged at the precision of the numbers written on the exact side
      const [inexact, exact, exactExpr, exactTerm] = ea ? [b, ea, a, undefined] : [a, eb!, b, right];
      const text = fractionText(exact);
      if (/^-?\d+(\.\d+)?$/.test(text)) {
        const literal = exactTerm ? approxLiteral(exactTerm) : undefined;
        if (literal && !/[1-9]/.test(literal.literal)) return notUnderstood('"= 0" against a value that is not exact states no precision', readings, 'value');
        const place = Math.min(literal ? (writtenPrecision(literal.literal) ?? 0) : finestPlace(exactExpr), -(text.split('.')[1]?.length ?? 0));
        const r = compareApprox(inexact, text.replace('-', ''), text.startsWith('-'), o.digits, place);
        readings.push(`${text} judged at the precision written (${place < 0 ? `${-place} decimal place${place < -1 ? 's' : ''}` : 'units'})`);
        return fromNumeric('value', '=', r, o.digits, readings, at);
      }
    }
  }
  return fromNumeric(rel === '=' ? 'value' : 'inequality', rel, compareNumbers(a, rel, b, o.digits), o.digits, readings, at);
}

/** The finest decimal place of the literals of an expression (0: units). */
function finestPlace(e: Expr): number {
  let place = 0;
  const walk = (n: Expr): void => {
    if (n.kind === 'num') place = Math.min(place, writtenPrecision(n.value.replace(/^0+(?=\d)/, '')) ?? 0, -(n.value.split('.')[1]?.length ?? 0));
    else if (n.kind === 'neg') walk(n.arg);
    else if (n.kind === 'call') n.args.forEach(walk);
    else if (n.kind !== 'var' && n.kind !== 'const') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(e);
  return Math.min(place, 0);
}

/** The names a term writes with a prime and no argument (`u'`): the placeholders of a rule. */
function placeholderNames(t: Term, out = new Set<string>()): Set<string> {
  switch (t.t) {
    case 'apply':
      if (t.args.length === 0) out.add(t.name);
      for (const a of t.args) placeholderNames(a, out);
      break;
    case 'op':
    case 'fn':
    case 'juxt':
      for (const a of t.args) placeholderNames(a, out);
      break;
    case 'deriv':
      placeholderNames(t.body, out);
      break;
    case 'at':
      placeholderNames(t.body, out);
      break;
    default:
      break;
  }
  return out;
}

/** The variable of the outermost derivative of a term, if it is one. */
const derivativeVariable = (t: Term): string | undefined => (t.t === 'deriv' ? t.wrt : undefined);

/** A rule with placeholder functions, checked on instances under each reading of its notation. */
function judgeRule(left: Term, right: Term, names: Set<string>, ctx: Context, o: JudgeOptions, readings: string[]): LinkResult {
  const list = [...names].sort();
  const wrt = derivativeVariable(left) ?? derivativeVariable(right);
  const others = (ph: Set<string>) => [...ph].sort();
  // reading A: every placeholder is a function of t; a derivative "by u" is the derivative along t
  // reading B (only for d/du with u a placeholder): u is the variable itself, the others functions of it
  const readingsToTry: { label: string; make: (k: number) => Map<string, Expr>; rename: Map<string, string> }[] = [];
  const all = new Set([...list, ...(wrt && names.has(wrt) ? [wrt] : [])]);
  readingsToTry.push({
    label: `${others(all).join(', ')} as functions of one variable${wrt && all.has(wrt) ? `, d/d${wrt} read as the derivative along it` : ''}`,
    make: (k) => new Map(others(all).map((n, i) => [n, parseInstance(INSTANCES[k]![i % 3]!)])),
    rename: new Map(wrt ? [[wrt, 't']] : []),
  });
  if (wrt && all.has(wrt)) {
    readingsToTry.push({
      label: `${wrt} as the variable, ${others(all).filter((n) => n !== wrt).join(', ') || 'nothing else'} as functions of it`,
      make: (k) => new Map(others(all).map((n, i) => [n, n === wrt ? v('t') : parseInstance(INSTANCES[k]![i % 3]!)])),
      rename: new Map([[wrt, 't']]),
    });
  }
  const outcomes: { label: string; status: 'holds' | 'fails' | 'unknown'; detail?: string; at?: Record<string, string>; left?: string; right?: string }[] = [];
  for (const reading of readingsToTry) {
    let status: 'holds' | 'fails' | 'unknown' = 'holds';
    let detail: string | undefined;
    let at: Record<string, string> | undefined;
    let l: string | undefined;
    let r: string | undefined;
    for (let k = 0; k < INSTANCES.length && status === 'holds'; k++) {
      const placeholders = reading.make(k);
      const ro: ResolveOptions = { bound: new Set(['t']), values: false, placeholders, renameWrt: reading.rename, readings: [], budget: { steps: o.budget } };
      try {
        const a = resolve(left, ctx, ro);
        const b = resolve(right, ctx, ro);
        const extra = [...variables(a), ...variables(b)].filter((x) => x !== 't');
        if (extra.length) {
          status = 'unknown';
          detail = `${extra.join(', ')} left over`;
          break;
        }
        const c = compareIdentity(a, b, { digits: o.digits, points: o.points, seed: o.seed, numericOnly: true });
        if (c.status === 'refuted') {
          status = 'fails';
          const inst = [...placeholders].filter(([n]) => n !== reading.rename.get(n)).map(([n, e]) => `${n} = ${format(e)}`).join(', ');
          detail = `with ${inst}`;
          at = { ...c.counterexample!.at };
          l = c.counterexample!.left;
          r = c.counterexample!.right;
        } else if (c.status === 'inconclusive') {
          status = 'unknown';
          detail = c.reason;
        }
      } catch (err) {
        if (!(err instanceof NotUnderstood)) throw err;
        status = 'unknown';
        detail = err.message;
      }
    }
    outcomes.push({ label: reading.label, status, ...(detail ? { detail } : {}), ...(at ? { at } : {}), ...(l ? { left: l } : {}), ...(r ? { right: r } : {}) });
  }
  const read = outcomes.map((x) => x.label);
  readings.push(...read.map((x) => `rule read with ${x}`));
  if (outcomes.every((x) => x.status === 'fails')) {
    const first = outcomes[0]!;
    return {
      kind: 'identity',
      status: 'refuted',
      method: 'numeric',
      digits: o.digits,
      digitsAgreed: 0,
      points: INSTANCES.length,
      summary: `refuted: the rule fails under every reading (${outcomes.map((x) => `${x.label}: fails ${x.detail}`).join('; ')})`,
      counterexample: { at: first.at ?? {}, claimed: first.right ?? '', reference: first.left ?? '', text: `${first.detail} ${pointText(first.at ?? {})}: the left side is ${first.left}, the right side ${first.right}` },
      readings,
    };
  }
  const holding = outcomes.find((x) => x.status === 'holds');
  if (holding) {
    return {
      kind: 'identity',
      status: 'verified',
      method: 'numeric',
      digits: o.digits,
      digitsAgreed: o.digits,
      points: INSTANCES.length,
      summary: `verified on ${INSTANCES.length} instantiations (${holding.label}); a rule checked on examples, not proved`,
      readings,
    };
  }
  return notUnderstood(`a rule with placeholder functions that could not be instantiated (${outcomes.map((x) => x.detail).join('; ')})`, readings);
}

function parseInstance(text: string): Expr {
  // the instance functions are fixed strings of gradproof's own syntax
  return INSTANCE_CACHE.get(text)!;
}

const INSTANCE_CACHE = new Map(INSTANCES.flat().map((s) => [s, parse(s)]));

/**
 * Judges one link `left rel right` of a chain, with the context of the notes.
 *
 * @example
 * ```ts
 * judgeLink(termOf('3 - 0.1 \\times 4'), '=', termOf('2.6'), emptyContext(), options).status; // 'proved'
 * ```
 */
export function judgeLink(left: Term, rel: RelOp, right: Term, ctx: Context, o: JudgeOptions): LinkResult {
  const readings: string[] = [];
  const paramValues = catalogueParams(left, right, ctx);
  const ro: ResolveOptions = {
    bound: new Set(),
    values: false,
    readings,
    budget: { steps: o.budget },
    ...(o.placeholders ? { placeholders: o.placeholders } : {}),
    ...(paramValues.size ? { paramValues } : {}),
  };
  try {
    const names = placeholderNames(left, placeholderNames(right));
    const undefinedNames = [...names].filter((n) => !ctx.functions.has(n));
    if (undefinedNames.length && rel === '=') {
      // the other undefined symbols of a rule are placeholder functions too (v in (v − u′v)/v²)
      const wrt = derivativeVariable(left) ?? derivativeVariable(right);
      const others = [...termSymbols(left), ...termSymbols(right)].filter((n) => !ctx.quantities.has(n) && !ctx.functions.has(n) && n !== 'e' && n !== 'pi' && (n !== wrt || names.has(n)));
      return judgeRule(left, right, new Set([...undefinedNames, ...others]), ctx, o, readings);
    }
    const ratios = rel === '=' ? ratioStatement(left, right, ctx) : undefined;
    if (ratios) return judgeRatios(left, right, ratios, o);
    if (rel === '∈') {
      if (right.t !== 'interval') return notUnderstood('membership in something that is not an interval', readings, 'range');
      return judgeRange(left, right, ctx, o, readings, ro);
    }
    return judgeResolved(left, rel, right, ctx, o, readings, ro);
  } catch (err) {
    if (err instanceof PiecewiseMet && rel === '=') return judgePiecewise(left, right, ctx, o, readings, { ...ro, budget: { steps: o.budget } });
    if (err instanceof UnknownFunctionMet) return judgeInstances(left, rel, right, ctx, o, err.fn);
    if (err instanceof NotUnderstood) return notUnderstood(err.message, readings);
    throw err;
  }
}

/**
 * The notes' free symbols named like a parameter of a catalogue activation the link
 * mentions (ELU's α, swish's β), with the catalogue's default values.
 */
function catalogueParams(left: Term, right: Term, ctx: Context): Map<string, Expr> {
  const out = new Map<string, Expr>();
  const free = new Set([...termSymbols(left), ...termSymbols(right)].filter((n) => !ctx.quantities.has(n)));
  const walk = (t: Term): void => {
    if ((t.t === 'juxt' || t.t === 'apply' || t.t === 'sym') && !ctx.functions.has(t.name) && !ctx.quantities.has(t.name)) {
      const a = catalogueActivation(t.name);
      if (a) for (const [k, e] of Object.entries(activationParams(a, []))) if (free.has(k) && !out.has(k)) out.set(k, e);
    }
    if (t.t === 'op' || t.t === 'fn' || t.t === 'juxt' || t.t === 'apply') t.args.forEach(walk);
    else if (t.t === 'deriv' || t.t === 'at') walk(t.body);
    else if (t.t === 'cases') for (const p of t.pieces) walk(p.value);
  };
  walk(left);
  walk(right);
  return out;
}

/** Functions tried for a function the notes name without defining it (the identity first: `z = f(u)` read as z = u). */
const UNKNOWN_INSTANCES = ['t', 't^2 + 1', 'exp(t/2)', 'sin(t) + 2'].map((s) => parse(s));

/**
 * A link that uses a function the notes do not define (`f` of `z_2 = f(w_2 q_1)`): judged
 * for several instances of it; refuted only when every instance refutes it.
 */
function judgeInstances(left: Term, rel: RelOp, right: Term, ctx: Context, o: JudgeOptions, fn: string): LinkResult {
  if ((o.placeholders?.size ?? 0) >= 2) return notUnderstood(`more than two functions the notes do not define (${[...o.placeholders!.keys(), fn].join(', ')})`, []);
  const label = (k: number) => `${fn}(u) = ${format(substitute(UNKNOWN_INSTANCES[k]!, { t: v('u') }))}`;
  const results = UNKNOWN_INSTANCES.map((instance) => judgeLink(left, rel, right, ctx, { ...o, placeholders: new Map([...(o.placeholders ?? []), [fn, instance]]) }));
  const all = UNKNOWN_INSTANCES.map((_, k) => label(k)).join(', ');
  const reading = `${fn} is a function the notes do not define: judged for ${fn}(u) = ${UNKNOWN_INSTANCES.map((e) => format(substitute(e, { t: v('u') }))).join(', ')}`;
  const first = results[0]!;
  if (results.every((r) => r.status === 'refuted')) {
    return { ...first, summary: `refuted for every instance of ${fn} tried (${all}); with ${label(0)}: ${first.summary}`, readings: [reading, ...first.readings] };
  }
  if (results.every((r) => r.status === 'proved' || r.status === 'verified')) {
    return { ...first, status: 'verified', method: 'numeric', summary: `verified for every instance of ${fn} tried (${all}); with ${label(0)}: ${first.summary}`, readings: [reading, ...first.readings] };
  }
  const reasons = results.map((r, k) => `${label(k)}: ${r.status === 'inconclusive' ? (r.reason ?? 'not understood') : r.status}`);
  return notUnderstood(`it depends on ${fn}, which the notes do not define (${reasons.join('; ')})`, [reading]);
}

/** Judges a link whose sides resolve to expressions (not a rule, a chain of ratios or a range). */
function judgeResolved(left: Term, rel: RelOp, right: Term, ctx: Context, o: JudgeOptions, readings: string[], ro: ResolveOptions): LinkResult {
  {
    const a = resolve(left, ctx, ro);
    const b = resolve(right, ctx, ro);
    const va = variables(a);
    const vb = variables(b);
    if (va.length === 0 && vb.length === 0) return judgeNumbers(a, rel, right, b, o, readings);
    const same = va.length === vb.length && va.every((x, i) => x === vb[i]);
    if (rel === '=' && same) {
      const isDerivative = left.t === 'deriv' && left.order === 1 && left.body.t !== 'sym' && !ctx.quantities.has(left.wrt);
      const c = isDerivative ? compareDerivative(resolveBody(left, ctx, o, ro), left.wrt, b, o) : compareIdentity(a, b, { ...o, numericOnly: o.placeholders !== undefined });
      if (c.status === 'refuted') {
        const given = givenValues([...new Set([...va, ...vb])], ctx, ro);
        if (given) {
          const at = Object.fromEntries(Object.entries(given).map(([k, x]) => [k, format(x)]));
          const r = judgeNumbers(substitute(a, given), rel, right, substitute(b, given), o, readings, at);
          if (r.status !== 'refuted') return { ...r, summary: `${r.summary}; not an identity for all ${Object.keys(given).join(', ')}` };
          return r;
        }
        const ce = c.counterexample!;
        const where = pointText(ce.at);
        return {
          kind: isDerivative || left.t === 'apply' ? 'derivative' : 'identity',
          status: 'refuted',
          method: 'numeric',
          digits: o.digits,
          digitsAgreed: c.digitsAgreed,
          points: c.points,
          summary: `refuted: ${where}: the left side is ${ce.left}, the right side ${ce.right}`,
          counterexample: { at: ce.at, claimed: ce.right, reference: ce.left, text: `${where}: the left side is ${ce.left}, the right side ${ce.right}` },
          ...(left.t === 'deriv' || left.t === 'apply' || left.t === 'juxt' ? { correction: toTex(a) } : {}),
          readings,
        };
      }
      if (c.status === 'inconclusive') return notUnderstood(c.reason ?? 'nothing could be compared', readings, 'identity');
      return {
        kind: isDerivative ? 'derivative' : 'identity',
        status: c.status,
        method: c.method,
        digits: o.digits,
        digitsAgreed: c.digitsAgreed,
        points: c.points,
        summary:
          c.status === 'proved'
            ? `proved symbolically (and agrees to ${c.digitsAgreed} digits at ${c.points} points)`
            : isDerivative
              ? `verified: the finite differences agree to ≥ ${c.digitsAgreed} of ${o.digits} digits at ${c.points} points`
              : `verified: agrees numerically to ≥ ${c.digitsAgreed} of ${o.digits} digits at ${c.points} points`,
        readings,
      };
    }
    // the sides depend on different variables, or the relation is an inequality: the notes' given values decide
    const all = [...new Set([...va, ...vb])];
    const given = givenValues(all, ctx, ro);
    if (given) {
      const at = Object.fromEntries(Object.entries(given).map(([k, x]) => [k, format(x)]));
      return judgeNumbers(substitute(a, given), rel, right, substitute(b, given), o, readings, at);
    }
    const missing = all.filter((n) => !ctx.quantities.has(n));
    if (rel === '=' && !same) {
      // one side may simply not depend on a variable (… = 1): an identity that holds is reported, a failure is not
      const c = compareIdentity(a, b, { ...o, numericOnly: o.placeholders !== undefined });
      if (c.status === 'verified' || c.status === 'proved') {
        return { kind: 'identity', status: c.status, method: c.method, digits: o.digits, digitsAgreed: c.digitsAgreed, points: c.points, summary: `verified: agrees numerically to ≥ ${c.digitsAgreed} of ${o.digits} digits at ${c.points} points`, readings };
      }
      return notUnderstood(`the two sides depend on different variables (${va.join(', ') || 'none'} | ${vb.join(', ') || 'none'}); no values are given for ${missing.join(', ') || all.join(', ')}`, readings);
    }
    return notUnderstood(`${rel === '≈' ? 'an approximation' : 'an inequality'} in ${all.join(', ')} with no values given for ${missing.join(', ') || all.join(', ')}`, readings, rel === '≈' ? 'value' : 'inequality');
  }
}

/** The resolved body of a top-level derivative (its variable kept free). */
function resolveBody(left: Extract<Term, { t: 'deriv' }>, ctx: Context, o: JudgeOptions, ro: ResolveOptions): Expr {
  return resolve(left.body, ctx, { ...ro, bound: new Set([left.wrt]), readings: [], budget: { steps: o.budget } });
}

/** Whether a link's sides are exact numbers that agree (used for chains continued after `≈`). */
export function isExactNumber(e: Expr): boolean {
  return exactValue(e) !== undefined;
}
