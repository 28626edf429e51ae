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
import { type Context, resolve, type ResolveOptions } from './resolve.js';
import { exactValue, fractionText } from './exact.js';

/** What one link concluded. */
export interface LinkResult {
  readonly kind: 'identity' | 'derivative' | 'value' | 'inequality' | 'range' | 'claim';
  readonly status: 'proved' | 'verified' | 'refuted' | 'inconclusive';
  readonly method: 'exact' | 'numeric' | 'symbolic' | 'both' | null;
  readonly digits: number;
  readonly digitsAgreed: number;
  readonly points: number;
  readonly summary: string;
  readonly counterexample?: { readonly at: Readonly<Record<string, string>>; readonly claimed: string; readonly reference: string; readonly text: string };
  readonly correction?: string;
  readonly reason?: string;
  readonly readings: readonly string[];
}

/** Options of the judge. */
export interface JudgeOptions {
  readonly digits: number;
  readonly points: number;
  readonly seed: number;
  /** Node budget of one link's resolution. */
  readonly budget: number;
}

const notUnderstood = (reason: string, readings: readonly string[], kind: LinkResult['kind'] = 'claim'): LinkResult => ({
  kind,
  status: 'inconclusive',
  method: null,
  digits: 0,
  digitsAgreed: 0,
  points: 0,
  summary: `not understood: ${reason}`,
  reason,
  readings,
});

const pointText = (at: Readonly<Record<string, string>>): string => {
  const parts = Object.entries(at).map(([k, x]) => `${k} = ${x}`);
  return parts.length ? `at ${parts.join(', ')}` : '';
};

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
        const c = compareIdentity(a, b, { digits: o.digits, points: o.points, seed: o.seed });
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

/** Range of a term over its variables: sample and test membership. */
function judgeRange(a: Expr, interval: Extract<Term, { t: 'interval' }>, ctx: Context, o: JudgeOptions, readings: string[], ro: ResolveOptions): LinkResult {
  const lo = interval.lo ? resolve(interval.lo, ctx, ro) : undefined;
  const hi = interval.hi ? resolve(interval.hi, ctx, ro) : undefined;
  const vars = variables(a);
  const text = `(${interval.loOpen ? '(' : '['}${lo ? format(lo) : '-∞'}, ${hi ? format(hi) : '∞'}${interval.hiOpen ? ')' : ']'})`;
  if (vars.length > 1) return notUnderstood(`a range over several variables (${vars.join(', ')})`, readings, 'range');
  // special points first (where extremes of activations sit), then a seeded spread
  const candidates = ['0', '1', '-1', '0.5', '-0.5', '2', '-2', '3', '-3', '5', '-5', '10', '-10', '0.1', '-0.1', '20', '-20', '40', '-40'];
  let checked = 0;
  for (const c of vars.length ? candidates : ['0']) {
    const at = vars.length ? { [vars[0]!]: c } : {};
    const val = vars.length ? substitute(a, { [vars[0]!]: { kind: 'num', value: c.replace('-', '') } }) : a;
    const point = c.startsWith('-') && vars.length ? substitute(a, { [vars[0]!]: { kind: 'neg', arg: { kind: 'num', value: c.slice(1) } } }) : val;
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
  return {
    kind: 'range',
    status: 'verified',
    method: 'numeric',
    digits: o.digits,
    digitsAgreed: o.digits,
    points: checked,
    summary: `verified: inside ${text} at ${checked} points (points, not a proof for every value)`,
    readings,
  };
}

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
  const ro: ResolveOptions = { bound: new Set(), values: false, readings, budget: { steps: o.budget } };
  try {
    const names = placeholderNames(left, placeholderNames(right));
    const undefinedNames = [...names].filter((n) => !ctx.functions.has(n));
    if (undefinedNames.length && rel === '=') {
      // the other undefined symbols of a rule are placeholder functions too (v in (v − u′v)/v²)
      const wrt = derivativeVariable(left) ?? derivativeVariable(right);
      const others = [...termSymbols(left), ...termSymbols(right)].filter((n) => !ctx.quantities.has(n) && !ctx.functions.has(n) && n !== 'e' && n !== 'pi' && (n !== wrt || names.has(n)));
      return judgeRule(left, right, new Set([...undefinedNames, ...others]), ctx, o, readings);
    }
    const a = resolve(left, ctx, ro);
    if (rel === '∈') {
      if (right.t !== 'interval') return notUnderstood('membership in something that is not an interval', readings, 'range');
      return judgeRange(a, right, ctx, o, readings, ro);
    }
    const b = resolve(right, ctx, ro);
    const va = variables(a);
    const vb = variables(b);
    if (va.length === 0 && vb.length === 0) return judgeNumbers(a, rel, right, b, o, readings);
    const same = va.length === vb.length && va.every((x, i) => x === vb[i]);
    if (rel === '=' && same) {
      const isDerivative = left.t === 'deriv' && left.order === 1 && left.body.t !== 'sym' && !ctx.quantities.has(left.wrt);
      const c = isDerivative ? compareDerivative(resolveBody(left, ctx, o), left.wrt, b, o) : compareIdentity(a, b, o);
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
      const c = compareIdentity(a, b, o);
      if (c.status === 'verified' || c.status === 'proved') {
        return { kind: 'identity', status: c.status, method: c.method, digits: o.digits, digitsAgreed: c.digitsAgreed, points: c.points, summary: `verified: agrees numerically to ≥ ${c.digitsAgreed} of ${o.digits} digits at ${c.points} points`, readings };
      }
      return notUnderstood(`the two sides depend on different variables (${va.join(', ') || 'none'} | ${vb.join(', ') || 'none'}); no values are given for ${missing.join(', ') || all.join(', ')}`, readings);
    }
    return notUnderstood(`${rel === '≈' ? 'an approximation' : 'an inequality'} in ${all.join(', ')} with no values given for ${missing.join(', ') || all.join(', ')}`, readings, rel === '≈' ? 'value' : 'inequality');
  } catch (err) {
    if (err instanceof NotUnderstood) return notUnderstood(err.message, readings);
    throw err;
  }
}

/** The resolved body of a top-level derivative (its variable kept free). */
function resolveBody(left: Extract<Term, { t: 'deriv' }>, ctx: Context, o: JudgeOptions): Expr {
  return resolve(left.body, ctx, { bound: new Set([left.wrt]), values: false, readings: [], budget: { steps: o.budget } });
}

/** Whether a link's sides are exact numbers that agree (used for chains continued after `≈`). */
export function isExactNumber(e: Expr): boolean {
  return exactValue(e) !== undefined;
}
