/**
 * Ranges as sets: a union of intervals (each end open or closed, finite or infinite) and
 * isolated points, with every end written as exact expression text (`1/4`,
 * `-lambda*alpha`, `inf`). Threshold's range is `{0} ∪ (1, ∞)`, hardshrink's
 * `(−∞, −λ) ∪ {0} ∪ (λ, ∞)`, ReLU′'s `{0, 1}`: printed as such, never as a hull.
 *
 * An end may also be `critical`: an interior extremum without a closed form, declared
 * with its value to a few digits (`approx`) and a starting guess for where it is (`at`).
 * A finite end may carry `at`: where a closed end is attained, or the finite point an open
 * end is approached next to.
 *
 * The spec form (what {@link parseRangeSet} reads and `formatRangeSet(s, { spec: true })`
 * writes) is the mathematical notation in ASCII or Unicode: `{0} U (1, inf)`,
 * `(-inf, -lambda) ∪ {0} ∪ (lambda, inf)`, `(0, 1/4 @ 0]`, `[~-0.27846 @ -1.28, inf)`.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { InputError } from '../errors.js';
import { parse } from '../symbolic/parse.js';
import { tidyForm } from '../symbolic/readable.js';
import { toTex } from '../symbolic/tex.js';
import { format } from '../symbolic/tree.js';
import { evaluateInterval } from './interval/evaluate.js';
import { compareRational, exactValue, parseRational, type Rational } from './interval/exact.js';
import { disjoint, type Interval, interval, isPoint, point } from './interval/interval.js';

/**
 * One end of an interval of a {@link RangeSet}.
 *
 * @example
 * ```ts
 * const quarter: RangeEnd = { value: '1/4', closed: true, at: '0' }; // σ′'s maximum, attained at z = 0
 * ```
 */
export interface RangeEnd {
  /** Exact expression text (`0`, `1/4`, `-lambda*alpha`), `inf`/`-inf`, or `critical` for an extremum without closed form. */
  readonly value: string;
  /** Whether the end belongs to the set. */
  readonly closed: boolean;
  /** Where a closed end is attained, the finite z an open end is approached next to, or a guess for a critical point. */
  readonly at?: string;
  /** For a `critical` end: its value to a few digits, checked against the computed extremum. */
  readonly approx?: string;
}

/**
 * An interval or an isolated point of a {@link RangeSet}.
 *
 * @example
 * ```ts
 * const zero: RangePart = { kind: 'point', value: '0' };
 * const above: RangePart = { kind: 'interval', lo: { value: '1', closed: false }, hi: { value: 'inf', closed: false } };
 * ```
 */
export type RangePart =
  | { readonly kind: 'interval'; readonly lo: RangeEnd; readonly hi: RangeEnd }
  | { readonly kind: 'point'; readonly value: string; readonly at?: string };

/**
 * A union of intervals and isolated points.
 *
 * @example
 * ```ts
 * const threshold: RangeSet = parseRangeSet('{0} U (1, inf)');
 * formatRangeSet(threshold); // '{0} ∪ (1, ∞)'
 * ```
 */
export interface RangeSet {
  readonly parts: readonly RangePart[];
}

/** The declaration form of a range in `src/activations/*.ts` (structurally the same as the catalogue's `RangeSpec`). */
export type RangeSpecLike =
  | { readonly lo: RangeEnd; readonly hi: RangeEnd }
  | { readonly values: readonly string[] };


// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

const OPEN = '[({';
const CLOSE = '])}';

/** Splits at `sep` characters (or words) that are outside every bracket. */
function splitTop(text: string, isSep: (s: string, i: number) => number): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth--;
    else if (depth === 0) {
      const n = isSep(text, i);
      if (n > 0) {
        out.push(text.slice(start, i));
        start = i + n;
        i += n - 1;
      }
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim());
}

const unionSep = (s: string, i: number): number => {
  if (s[i] === '∪') return 1;
  const m = /^\s(?:U|u|union)(?:\s|$)/.exec(s.slice(i));
  return m ? m[0].length : 0;
};

function checkExpr(text: string, where: string): string {
  const t = text.replace(/−/g, '-').trim();
  if (t === '') throw new InputError(`range ${where}: an end is empty`);
  try {
    return format(parse(t));
  } catch (err) {
    throw new InputError(`range ${where}: "${text.trim()}" is not an expression (${(err as Error).message})`);
  }
}

const INFINITIES: Readonly<Record<string, string>> = { inf: 'inf', '+inf': 'inf', '∞': 'inf', '+∞': 'inf', '-inf': '-inf', '-∞': '-inf', '−∞': '-inf', '−inf': '-inf' };

function parseEnd(text: string, closed: boolean, where: string): RangeEnd {
  const [valueText, atText, extra] = text.split('@').map((s) => s.trim());
  if (extra !== undefined) throw new InputError(`range ${where}: "${text}" has more than one @`);
  const at = atText === undefined ? undefined : checkExpr(atText, where);
  const inf = INFINITIES[valueText ?? ''];
  if (inf) {
    if (closed) throw new InputError(`range ${where}: the end ${inf === 'inf' ? '∞' : '−∞'} must be open`);
    if (at !== undefined) throw new InputError(`range ${where}: an infinite end has no point (@)`);
    return { value: inf, closed: false };
  }
  const critical = /^(?:~|≈)\s*(.*)$/.exec(valueText ?? '');
  if (critical) {
    const approx = critical[1]!.replace(/−/g, '-');
    if (!parseRational(approx)) throw new InputError(`range ${where}: "${critical[1]}" after ≈ must be a decimal number`);
    if (at === undefined) throw new InputError(`range ${where}: a critical end ≈${approx} needs a guess of where it is (@ z)`);
    if (!closed) throw new InputError(`range ${where}: a critical end ≈${approx} is an attained extremum, so its bracket must be closed`);
    return { value: 'critical', closed: true, at, approx };
  }
  return { value: checkExpr(valueText ?? '', where), closed, ...(at !== undefined ? { at } : {}) };
}

function parsePart(text: string): RangePart[] {
  const where = `"${text}"`;
  const first = text[0];
  const last = text[text.length - 1];
  if (first === '{' && last === '}') {
    const items = splitTop(text.slice(1, -1), (s, i) => (s[i] === ',' ? 1 : 0));
    if (items.length === 1 && items[0] === '') throw new InputError(`range ${where}: an empty set of values`);
    return items.map((item) => {
      const [v, at, extra] = item.split('@').map((s) => s.trim());
      if (extra !== undefined) throw new InputError(`range ${where}: "${item}" has more than one @`);
      return { kind: 'point', value: checkExpr(v ?? '', where), ...(at !== undefined ? { at: checkExpr(at, where) } : {}) };
    });
  }
  if ((first === '[' || first === '(') && (last === ']' || last === ')')) {
    const ends = splitTop(text.slice(1, -1), (s, i) => (s[i] === ',' ? 1 : 0));
    if (ends.length !== 2) throw new InputError(`range ${where}: an interval needs exactly two ends separated by a comma`);
    return [{ kind: 'interval', lo: parseEnd(ends[0]!, first === '[', where), hi: parseEnd(ends[1]!, last === ']', where) }];
  }
  throw new InputError(`range ${where}: each part must be an interval like [a, b) or a set of values like {0, 1}`);
}

/**
 * Reads a range from its spec form: parts joined by `∪` (or ` U `, ` union `), each an
 * interval with `[`/`(` and `]`/`)` ends or a set of values `{a, b}`; an end may carry
 * `@ z` (where it is attained or approached), and `~v @ z` (or `≈v @ z`) is an interior
 * extremum known only to the digits of v.
 *
 * @example
 * ```ts
 * parseRangeSet('(-inf, -lambda) U {0} U (lambda, inf)').parts.length; // 3
 * parseRangeSet('(0, 1/4 @ 0]').parts[0]; // { kind: 'interval', lo: { value: '0', closed: false }, hi: { value: '1/4', closed: true, at: '0' } }
 * parseRangeSet('[0, 1');                  // throws InputError: range "[0, 1": each part must be …
 * ```
 */
export function parseRangeSet(text: string): RangeSet {
  const trimmed = text.trim();
  if (trimmed === '') throw new InputError('range: empty text');
  const parts = splitTop(trimmed, unionSep).flatMap((p) => {
    if (p === '') throw new InputError(`range "${trimmed}": an empty part next to ∪`);
    return parsePart(p);
  });
  return { parts };
}

/**
 * The set a catalogue declaration describes: `{ lo, hi }` is one interval, `{ values }` a
 * set of points, and text in the spec form any union (`'{value} U (threshold, inf)'`).
 *
 * @example
 * ```ts
 * formatRangeSet(rangeSetFromSpec({ values: ['0', '1'] }));          // '{0, 1}'
 * formatRangeSet(rangeSetFromSpec('{value} U (threshold, inf)'));    // '{value} ∪ (threshold, ∞)'
 * ```
 */
export function rangeSetFromSpec(spec: RangeSpecLike | string): RangeSet {
  if (typeof spec === 'string') return parseRangeSet(spec);
  if ('values' in spec) return { parts: spec.values.map((v) => ({ kind: 'point' as const, value: v })) };
  return { parts: [{ kind: 'interval', lo: spec.lo, hi: spec.hi }] };
}

// ---------------------------------------------------------------------------
// Values of ends
// ---------------------------------------------------------------------------

/** Digits of the enclosures used to order ends and decide membership. */
const END_DIGITS = 40;

/**
 * The value of an end as an exact rational when it is one, and always as an enclosure.
 * `critical` ends are enclosed by their declared digits (±½ unit of the last one).
 *
 * @example
 * ```ts
 * endValue({ value: '-lambda', closed: false }, { lambda: '0.5' }).exact; // { n: -1n, d: 2n }
 * ```
 */
export function endValue(end: RangeEnd | string, params: Readonly<Record<string, string>> = {}): { exact?: Rational; enclosure: Interval } {
  const value = typeof end === 'string' ? end : end.value;
  if (value === 'inf') return { enclosure: interval('inf', 'inf') };
  if (value === '-inf') return { enclosure: interval('-inf', '-inf') };
  if (value === 'critical') {
    const approx = typeof end === 'string' ? undefined : end.approx;
    if (approx === undefined) throw new InputError('a critical end needs its approximate value');
    const a = new Decimal(approx);
    const half = new Decimal(`5e${a.e - a.sd()}`);
    return { enclosure: interval(a.minus(half), a.plus(half)) };
  }
  const tree = parse(value);
  const env: Record<string, Rational> = {};
  for (const [k, v] of Object.entries(params)) {
    const r = parseRational(v);
    if (r) env[k] = r;
  }
  const exact = exactValue(tree, env);
  const enclosure = evaluateInterval(tree, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, point(v)])), { digits: END_DIGITS });
  return exact ? { exact, enclosure } : { enclosure };
}

/**
 * Compares two end values: −1, 0, 1, or undefined when they cannot be told apart (equal
 * to every digit computed but not provably equal).
 *
 * @example
 * ```ts
 * compareEnds('1/4', '0.25'); // 0
 * compareEnds('pi', '22/7');  // -1
 * ```
 */
export function compareEnds(a: RangeEnd | string, b: RangeEnd | string, params: Readonly<Record<string, string>> = {}): -1 | 0 | 1 | undefined {
  const ta = typeof a === 'string' ? a : a.value;
  const tb = typeof b === 'string' ? b : b.value;
  if (ta === tb && ta !== 'critical') return 0;
  const inf = (t: string): number => (t === 'inf' ? 1 : t === '-inf' ? -1 : 0);
  if (inf(ta) || inf(tb)) return Math.sign(inf(ta) - inf(tb)) as -1 | 0 | 1;
  const va = endValue(a, params);
  const vb = endValue(b, params);
  if (va.exact && vb.exact) return compareRational(va.exact, vb.exact) as -1 | 0 | 1;
  if (disjoint(va.enclosure, vb.enclosure)) return va.enclosure.hi.lt(vb.enclosure.lo) ? -1 : 1;
  if (isPoint(va.enclosure) && isPoint(vb.enclosure) && va.enclosure.lo.eq(vb.enclosure.lo)) return 0;
  return undefined;
}

// ---------------------------------------------------------------------------
// Normalisation and membership
// ---------------------------------------------------------------------------

type Item = { lo: RangeEnd; hi: RangeEnd; point?: string | undefined };

const asItem = (p: RangePart): Item =>
  p.kind === 'point'
    ? { lo: { value: p.value, closed: true, ...(p.at ? { at: p.at } : {}) }, hi: { value: p.value, closed: true, ...(p.at ? { at: p.at } : {}) }, point: p.value }
    : { lo: p.lo, hi: p.hi };

function must(c: -1 | 0 | 1 | undefined, a: string, b: string): -1 | 0 | 1 {
  if (c === undefined) throw new InputError(`range: cannot order the ends ${a} and ${b} (equal to 40 digits but not provably equal)`);
  return c;
}

/**
 * Sorts the parts, checks that none is empty, and merges parts that overlap or touch:
 * `(0, 1) ∪ {1}` is `(0, 1]`, `[0, 1) ∪ [1, 2]` is `[0, 2]`, `{0} ∪ [0, 1]` is `[0, 1]`.
 * Throws {@link InputError} for an empty interval (`(1, 1)`, `[2, 1]`) or ends that cannot
 * be ordered.
 *
 * @example
 * ```ts
 * formatRangeSet(normalizeRangeSet(parseRangeSet('(0, 1) U {1} U {-1}'))); // '{−1} ∪ (0, 1]'
 * ```
 */
export function normalizeRangeSet(set: RangeSet, params: Readonly<Record<string, string>> = {}): RangeSet {
  const items = set.parts.map(asItem);
  for (const it of items) {
    const c = must(compareEnds(it.lo, it.hi, params), it.lo.value, it.hi.value);
    if (c > 0 || (c === 0 && !(it.lo.closed && it.hi.closed))) {
      throw new InputError(`range: the interval ${formatPart({ kind: 'interval', lo: it.lo, hi: it.hi })} is empty`);
    }
  }
  items.sort((a, b) => {
    const c = must(compareEnds(a.lo, b.lo, params), a.lo.value, b.lo.value);
    if (c !== 0) return c;
    return (a.lo.closed ? 0 : 1) - (b.lo.closed ? 0 : 1);
  });
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    if (prev) {
      const c = must(compareEnds(prev.hi, it.lo, params), prev.hi.value, it.lo.value);
      const touches = c > 0 || (c === 0 && (prev.hi.closed || it.lo.closed));
      if (touches) {
        const h = must(compareEnds(prev.hi, it.hi, params), prev.hi.value, it.hi.value);
        const hi = h > 0 ? prev.hi : h < 0 ? it.hi : { ...prev.hi, closed: prev.hi.closed || it.hi.closed };
        out[out.length - 1] = { lo: prev.lo, hi };
        continue;
      }
    }
    out.push({ ...it });
  }
  return {
    parts: out.map((it) =>
      it.point !== undefined ? { kind: 'point' as const, value: it.point, ...(it.lo.at ? { at: it.lo.at } : {}) } : { kind: 'interval' as const, lo: it.lo, hi: it.hi },
    ),
  };
}

/**
 * Whether x belongs to the set: true, false, or undefined when x cannot be told apart
 * from an end that is not exact (e.g. x = 3.14159 against an end `pi`, to 40 digits).
 *
 * @example
 * ```ts
 * const s = parseRangeSet('{0} U (1, inf)');
 * rangeSetContains(s, '0');   // true
 * rangeSetContains(s, '0.5'); // false
 * rangeSetContains(s, '1');   // false
 * ```
 */
export function rangeSetContains(set: RangeSet, x: Decimal | string, params: Readonly<Record<string, string>> = {}): boolean | undefined {
  const text = typeof x === 'string' ? x : x.toString();
  let unknown = false;
  for (const part of set.parts) {
    const it = asItem(part);
    const lo = compareEnds(it.lo, text, params);
    const hi = compareEnds(text, it.hi, params);
    if (lo === undefined || hi === undefined) {
      unknown = true;
      continue;
    }
    const aboveLo = lo < 0 || (lo === 0 && it.lo.closed);
    const belowHi = hi < 0 || (hi === 0 && it.hi.closed);
    if (aboveLo && belowHi) return true;
  }
  return unknown ? undefined : false;
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

/** Options of {@link formatRangeSet}. */
export interface RangeFormatOptions {
  /** Write the spec form that {@link parseRangeSet} reads back (ASCII, with `@ at` and `~approx`). */
  readonly spec?: boolean;
}

function endText(e: RangeEnd, spec: boolean): string {
  if (spec) {
    if (e.value === 'critical') return `~${e.approx} @ ${e.at}`;
    return e.at !== undefined ? `${e.value} @ ${e.at}` : e.value;
  }
  if (e.value === 'inf') return '∞';
  if (e.value === '-inf') return '−∞';
  if (e.value === 'critical') return `≈ ${(e.approx ?? '?').replace(/^-/, '−')}`;
  return e.value.replace(/^-/, '−');
}

function formatPart(p: RangePart, spec = false): string {
  if (p.kind === 'point') return spec ? (p.at !== undefined ? `${p.value} @ ${p.at}` : p.value) : endText({ value: p.value, closed: true }, false);
  return `${p.lo.closed ? '[' : '('}${endText(p.lo, spec)}, ${endText(p.hi, spec)}${p.hi.closed ? ']' : ')'}`;
}

/** Consecutive points are written as one set `{0, 1}`. */
function groups(set: RangeSet): (RangePart | RangePart[])[] {
  const out: (RangePart | RangePart[])[] = [];
  for (const p of set.parts) {
    const last = out[out.length - 1];
    if (p.kind === 'point' && Array.isArray(last)) last.push(p);
    else out.push(p.kind === 'point' ? [p] : p);
  }
  return out;
}

/**
 * Prints a range set: `{0} ∪ (1, ∞)`, `(−∞, −lambda) ∪ {0} ∪ (lambda, ∞)`, `(0, 1/4]`,
 * `{0, 1}`, `[≈ −0.27846, ∞)`. With `{ spec: true }`, the ASCII form that
 * {@link parseRangeSet} reads back, ends' points included.
 *
 * @example
 * ```ts
 * formatRangeSet(parseRangeSet('(0, 1/4 @ 0]'));                 // '(0, 1/4]'
 * formatRangeSet(parseRangeSet('(0, 1/4 @ 0]'), { spec: true }); // '(0, 1/4 @ 0]'
 * ```
 */
export function formatRangeSet(set: RangeSet, options: RangeFormatOptions = {}): string {
  const spec = options.spec === true;
  return groups(set)
    .map((g) => (Array.isArray(g) ? `{${g.map((p) => formatPart(p, spec)).join(', ')}}` : formatPart(g, spec)))
    .join(spec ? ' U ' : ' ∪ ');
}

/**
 * A value of a range (expression text in the parameters) as TeX: a number stays as written
 * (−2.5, not −5/2), anything else in its tidy form: `-lambda*alpha` → `-\lambda \alpha`,
 * `1/4` → `\frac{1}{4}`.
 *
 * @example
 * ```ts
 * rangeValueTex('-2.5');           // '-2.5'
 * rangeValueTex('-lambda*alpha');  // '-\\lambda \\alpha'
 * ```
 */
export function rangeValueTex(text: string): string {
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return text.trim();
  return toTex(tidyForm(parse(text)));
}

function endTex(e: RangeEnd): string {
  if (e.value === 'inf') return '\\infty';
  if (e.value === '-inf') return '-\\infty';
  if (e.value === 'critical') return `\\approx ${e.approx}`;
  return rangeValueTex(e.value);
}

/**
 * The set in TeX: `\{0\} \cup \left(1, \infty\right)`, `\left(0, \frac{1}{4}\right]`.
 *
 * @example
 * ```ts
 * rangeSetToTex(parseRangeSet('{0, 1}'));          // '\\{0, 1\\}'
 * rangeSetToTex(parseRangeSet('{0} U (1, inf)'));  // '\\{0\\} \\cup \\left(1, \\infty\\right)'
 * ```
 */
export function rangeSetToTex(set: RangeSet): string {
  return groups(set)
    .map((g) => {
      if (Array.isArray(g)) return `\\{${g.map((p) => rangeValueTex((p as { value: string }).value)).join(', ')}\\}`;
      const p = g as Extract<RangePart, { kind: 'interval' }>;
      return `\\left${p.lo.closed ? '[' : '('}${endTex(p.lo)}, ${endTex(p.hi)}\\right${p.hi.closed ? ']' : ')'}`;
    })
    .join(' \\cup ');
}
