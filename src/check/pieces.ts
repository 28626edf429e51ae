/**
 * Piecewise statements: a `cases` formula of the notes, or a piecewise activation of the
 * catalogue (ReLU, ELU, SELU, leaky ReLU …), compared piece by piece. The real line is cut
 * at every boundary either side names; on each open region between two cuts each side is
 * one formula (the piece whose condition covers the region), and the two formulas are
 * compared there: proved when their difference reduces to 0 symbolically, else at exact points
 * inside the region. The boundaries themselves are not compared: the value or the slope at
 * a kink is a convention (ReLU′(0) is 0 in PyTorch, 1 in some notes), not a fact.
 *
 * @module
 */
import type { ScalarActivation } from '../activations/_internals/activation.js';
import { NotUnderstood } from '../latex/mathjson.js';
import type { Chain, Term } from '../latex/term.js';
import { div, type Expr, neg, num, substitute } from '../symbolic/tree.js';
import { exactValue, type Fraction, fractionText } from './exact.js';

/** One end of a piece's interval: an exact value, closed or open. */
export interface SpanEnd {
  readonly x: Fraction;
  readonly closed: boolean;
}

/** The interval of a piece (a missing end is ±∞). */
export interface Span {
  readonly lo?: SpanEnd;
  readonly hi?: SpanEnd;
}

/**
 * Where a piecewise formula is resolved: an open region of one variable between two cuts,
 * or one point of it (a missing end is ±∞).
 */
export interface Region {
  readonly variable: string;
  readonly lo?: Fraction;
  readonly hi?: Fraction;
  /** A single point (then `lo` and `hi` are unused). */
  readonly at?: Fraction;
}

/** A side is not defined on the region (no piece of its `cases` covers it). */
export class OutsidePieces extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutsidePieces';
  }
}

/** A piecewise formula met where no region is set: the link is judged piece by piece. */
export class PiecewiseMet extends NotUnderstood {}

const cmp = (a: Fraction, b: Fraction): number => {
  const d = a.p * b.q - b.p * a.q;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};

/**
 * The exact value of a boundary, or a {@link NotUnderstood}.
 *
 * @example
 * ```ts
 * exactBound(parse('-2.5')); // { p: -5n, q: 2n }
 * ```
 */
export function exactBound(e: Expr, what: string): Fraction {
  const x = exactValue(e);
  if (!x) throw new NotUnderstood(`the boundary ${what} of a piece is not an exact number`);
  return x;
}

/**
 * The variable and interval of a `cases` condition: `z \geq 0`, `-2.5 \leq z \leq 2.5`,
 * `0 < z`. `value` turns a bound's term into an expression.
 *
 * @example
 * ```ts
 * conditionSpan({ terms: [{ t: 'sym', name: 'z' }, { t: 'num', value: '0' }], rels: ['≥'] }, termToExpr).span; // { lo: { x: 0, closed: true } }
 * ```
 */
export function conditionSpan(chain: Chain, value: (t: Term) => Expr): { variable: string; span: Span } {
  const { terms, rels } = chain;
  const at = terms.findIndex((t) => t.t === 'sym' && !(t.name === 'e' || t.name === 'pi'));
  const bad = (): never => {
    throw new NotUnderstood('a case whose condition is not "variable < a", "a ≤ variable" or "a < variable ≤ b"');
  };
  if (at < 0 || terms.filter((t) => t.t === 'sym' && t.name === (terms[at] as { name: string }).name).length !== 1) bad();
  const variable = (terms[at] as { name: string }).name;
  if (!(terms.length === 2 || (terms.length === 3 && at === 1))) bad();
  if (rels.some((r) => !['<', '≤', '>', '≥'].includes(r))) bad();
  const ends: { lo?: SpanEnd; hi?: SpanEnd } = {};
  const put = (side: 'lo' | 'hi', t: Term, closed: boolean): void => {
    const e = value(t);
    ends[side] = { x: exactBound(e, ''), closed };
  };
  for (let i = 0; i < rels.length; i++) {
    const rel = rels[i]!;
    const closed = rel === '≤' || rel === '≥';
    const less = rel === '<' || rel === '≤';
    if (i + 1 === at) put(less ? 'lo' : 'hi', terms[i]!, closed); // a < z, a > z
    else if (i === at) put(less ? 'hi' : 'lo', terms[i + 1]!, closed); // z < b, z > b
    else bad();
  }
  if (ends.lo && ends.hi && cmp(ends.lo.x, ends.hi.x) > 0) throw new NotUnderstood('a case whose condition holds nowhere');
  return { variable, span: ends };
}

/**
 * The interval of each piece of a catalogue activation, its boundaries evaluated with the
 * parameter values given.
 *
 * @example
 * ```ts
 * activationSpans(getScalarActivation('relu'), {}); // [{ hi: { x: 0, closed: true } }, { lo: { x: 0, closed: false } }]
 * ```
 */
export function activationSpans(a: ScalarActivation, params: Readonly<Record<string, Expr>>): Span[] {
  return a.pieces.map((p) => {
    const end = (b: { readonly expr: Expr; readonly text: string; readonly closed: boolean } | undefined): SpanEnd | undefined =>
      b ? { x: exactBound(substitute(b.expr, params), b.text), closed: b.closed } : undefined;
    const lo = end(p.interval.lo);
    const hi = end(p.interval.hi);
    return { ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) };
  });
}

/**
 * The index of the piece that covers a region (an open region inside its interval, or a
 * point strictly inside it), or -1 when none does. A point on a boundary between two pieces
 * is a {@link NotUnderstood}: what holds there is a convention.
 *
 * @example
 * ```ts
 * pieceFor([{ hi: { x: ZERO, closed: true } }, { lo: { x: ZERO, closed: false } }], { variable: 'z', lo: ZERO }); // 1
 * ```
 */
export function pieceFor(spans: readonly Span[], region: Region): number {
  if (region.at) {
    const p = region.at;
    for (const [i, s] of spans.entries()) {
      const onLo = s.lo && cmp(p, s.lo.x) === 0;
      const onHi = s.hi && cmp(p, s.hi.x) === 0;
      if (onLo || onHi) throw new NotUnderstood(`${region.variable} = ${fractionText(p)} is a boundary between pieces (what holds there is a convention)`);
      if ((!s.lo || cmp(p, s.lo.x) > 0) && (!s.hi || cmp(p, s.hi.x) < 0)) return i;
    }
    return -1;
  }
  return spans.findIndex((s) => (!s.lo || (region.lo !== undefined && cmp(region.lo, s.lo.x) >= 0)) && (!s.hi || (region.hi !== undefined && cmp(region.hi, s.hi.x) <= 0)));
}

/**
 * The open regions between the cuts (sorted, duplicates removed).
 *
 * @example
 * ```ts
 * regionsBetween('z', [ZERO]); // [{ variable: 'z', hi: 0 }, { variable: 'z', lo: 0 }]
 * ```
 */
export function regionsBetween(variable: string, cuts: readonly Fraction[]): Region[] {
  const sorted = [...cuts].sort(cmp).filter((x, i, all) => i === 0 || cmp(x, all[i - 1]!) !== 0);
  const out: Region[] = [];
  for (let i = 0; i <= sorted.length; i++) {
    const lo = sorted[i - 1];
    const hi = sorted[i];
    out.push({ variable, ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) });
  }
  return out;
}

/** The cuts of a list of spans. */
export function cutsOf(spans: readonly Span[]): Fraction[] {
  return spans.flatMap((s) => [s.lo?.x, s.hi?.x].filter((x): x is Fraction => x !== undefined));
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x || 1n;
};
const frac = (p: bigint, q: bigint): Fraction => {
  const g = gcd(p, q) * (q < 0n ? -1n : 1n);
  return { p: p / g, q: q / g };
};
const plus = (a: Fraction, b: Fraction): Fraction => frac(a.p * b.q + b.p * a.q, a.q * b.q);
const times = (a: Fraction, b: Fraction): Fraction => frac(a.p * b.p, a.q * b.q);
/** Offsets into an unbounded region: from just past the cut to far out. */
const OFFSETS = ['0.125', '0.5', '1', '2', '5', '10', '40'].map((s) => {
  const [i, f = ''] = s.split('.');
  return frac(BigInt(`${i}${f}`), 10n ** BigInt(f.length));
});

/**
 * Exact points inside a region: seven of them, spread from near each cut to far out.
 *
 * @example
 * ```ts
 * regionPoints({ variable: 'z', lo: ZERO }).map(fractionText); // ['0.125', '0.5', '1', '2', '5', '10', '40']
 * ```
 */
export function regionPoints(region: Region): Fraction[] {
  const { lo, hi } = region;
  if (lo && hi) return [1n, 2n, 3n, 4n, 5n, 6n, 7n].map((k) => plus(lo, times(frac(hi.p * lo.q - lo.p * hi.q, hi.q * lo.q), frac(k, 8n))));
  if (lo) return OFFSETS.map((d) => plus(lo, d));
  if (hi) return OFFSETS.map((d) => plus(hi, frac(-d.p, d.q)));
  return OFFSETS.flatMap((d) => [d, frac(-d.p, d.q)]).slice(0, 8);
}

/**
 * A fraction as an expression (a decimal where it terminates, else p/q).
 *
 * @example
 * ```ts
 * format(fractionExpr({ p: -1n, q: 8n })); // '-0.125'
 * ```
 */
export function fractionExpr(f: Fraction): Expr {
  const text = fractionText({ p: f.p < 0n ? -f.p : f.p, q: f.q });
  const body = text.includes('/') ? div(num(text.split('/')[0]!), num(text.split('/')[1]!)) : num(text);
  return f.p < 0n ? neg(body) : body;
}

/**
 * A region in words: `z < 0`, `0 < z < 2.5`, `z > -2.5`.
 *
 * @example
 * ```ts
 * regionText({ variable: 'z', lo: ZERO }); // 'z > 0'
 * ```
 */
export function regionText(r: Region): string {
  if (r.at) return `${r.variable} = ${fractionText(r.at)}`;
  if (r.lo && r.hi) return `${fractionText(r.lo)} < ${r.variable} < ${fractionText(r.hi)}`;
  if (r.lo) return `${r.variable} > ${fractionText(r.lo)}`;
  if (r.hi) return `${r.variable} < ${fractionText(r.hi)}`;
  return `every ${r.variable}`;
}
