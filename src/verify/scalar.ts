/**
 * The scalar functions the interval proofs work on: one expression in z over the whole
 * line, or pieces with their domains (`z <= 0`, `-3 < z < 3`, bounds may name parameters),
 * each with its derivatives (from `derive`, or from the caller, e.g. an activation's
 * CAS-derived and checked derivatives), and parameters fixed at exact decimal values.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { InputError } from '../errors.js';
import { derive } from '../verify/derive.js';
import { parse } from '../symbolic/parse.js';
import { containsCall, div, type Expr, format, neg, num, sub, substitute, variables } from '../symbolic/tree.js';
import { compileInterval, type IntervalClosure } from './interval/evaluate.js';
import { compareRational, exactValue, formatRational, parseRational, type Rational, toDecimal } from './interval/exact.js';

/**
 * One end of a piece's domain: expression text (may name parameters) and whether it belongs to the piece.
 *
 * @example
 * ```ts
 * const atMinusLambda: PieceEnd = { value: '-lambda', closed: false };
 * ```
 */
export interface PieceEnd {
  readonly value: string;
  readonly closed: boolean;
}

/**
 * One piece: its formula and where it applies (a missing end is ±∞).
 *
 * @example
 * ```ts
 * const positive: ScalarPiece = { expr: 'z', lo: { value: '0', closed: false } }; // z for z > 0
 * ```
 */
export interface ScalarPiece {
  readonly expr: Expr | string;
  readonly lo?: PieceEnd;
  readonly hi?: PieceEnd;
}

/**
 * A function of z: pieces covering the real line in order, and optionally where their
 * derivatives come from.
 *
 * @example
 * ```ts
 * const relu: ScalarFunction = { name: 'relu', pieces: [{ expr: '0', hi: { value: '0', closed: true } }, { expr: 'z', lo: { value: '0', closed: false } }] };
 * ```
 */
export interface ScalarFunction {
  /** How the function is named in verdicts (`sigmoid′`); default: its formula. */
  readonly name?: string;
  readonly pieces: readonly ScalarPiece[];
  /** The `order`-th derivative of piece `index` (default: `derive(expr, 'z', { order })`). */
  readonly derivative?: (index: number, order: number) => Expr;
}

/** A piece with its ends as exact decimals (for the parameters given) and compiled closures. */
export interface ResolvedPiece {
  readonly index: number;
  readonly expr: Expr;
  readonly text: string;
  /** Domain ends; undefined is −∞ / +∞. */
  readonly lo?: { readonly x: Decimal; readonly exact: Rational; readonly closed: boolean };
  readonly hi?: { readonly x: Decimal; readonly exact: Rational; readonly closed: boolean };
  readonly f: IntervalClosure;
  /** The k-th derivative (k ≥ 1), derived once on first use. */
  derivative(k: number): { readonly expr: Expr; readonly f: IntervalClosure };
}

/**
 * A scalar function from an expression (one piece over ℝ) or a piecewise description.
 *
 * @example
 * ```ts
 * scalarFunction('1/(1 + e^(-z))').pieces.length; // 1
 * ```
 */
export function scalarFunction(f: Expr | string | ScalarFunction): ScalarFunction {
  if (typeof f === 'string' || 'kind' in f) return { pieces: [{ expr: f }] };
  return f;
}

/** Whether z enters `u` only linearly (through +, −, and products or quotients with z-free factors). */
function linearInZ(u: Expr): boolean {
  if (!variables(u).includes('z')) return true;
  switch (u.kind) {
    case 'var':
      return true;
    case 'neg':
      return linearInZ(u.arg);
    case 'add':
    case 'sub':
      return linearInZ(u.left) && linearInZ(u.right);
    case 'mul':
      return (!variables(u.left).includes('z') && linearInZ(u.right)) || (!variables(u.right).includes('z') && linearInZ(u.left));
    case 'div':
      return !variables(u.right).includes('z') && linearInZ(u.left);
    default:
      return false;
  }
}

/** The calls sign(u) of `e` whose argument depends on z, each once (by its text). */
function signCalls(e: Expr, out = new Map<string, Expr>()): Map<string, Expr> {
  if (e.kind === 'call') {
    if (e.fn === 'sign' && e.args.length === 1 && variables(e.args[0]!).includes('z')) out.set(format(e), e);
    for (const a of e.args) signCalls(a, out);
  } else if (e.kind === 'neg') signCalls(e.arg, out);
  else if ('left' in e) {
    signCalls(e.left, out);
    signCalls(e.right, out);
  }
  return out;
}

/** `e` with each sign call of the table replaced by its value (1, −1 or 0). */
function withSigns(e: Expr, values: ReadonlyMap<string, -1 | 0 | 1>): Expr {
  if (e.kind === 'call') {
    const s = values.get(format(e));
    if (s !== undefined) return s < 0 ? neg(num(1)) : num(s);
    return { ...e, args: e.args.map((a) => withSigns(a, values)) };
  }
  if (e.kind === 'neg') return neg(withSigns(e.arg, values));
  if ('left' in e) return { kind: e.kind, left: withSigns(e.left, values), right: withSigns(e.right, values) };
  return e;
}

/**
 * A formula written with sign(m·z + b) (as `piecewise` writes a definition by cases) split
 * into its pieces: the line is cut at the roots −b/m, each sign is replaced by its constant
 * value between them, and each root goes to the neighbouring piece whose formula gives
 * there exactly the value the formula has (sign = 0). The interval proofs then see pieces
 * without jumps: continuity at a root is shown exactly, not given up because `sign` may jump.
 * Left as it is when a sign's argument is not linear in z, a root is not an exact decimal,
 * or a root's value belongs to neither neighbour (a jump with an isolated value).
 *
 * @example
 * ```ts
 * splitAtSigns(scalarFunction(piecewise([['z', 'z > 0'], ['0', 'z <= 0']])), {}).pieces.length; // 2
 * ```
 */
export function splitAtSigns(fn: ScalarFunction, params: Readonly<Record<string, string>>): ScalarFunction {
  const only = fn.pieces[0];
  if (fn.pieces.length !== 1 || !only || only.lo || only.hi || fn.derivative) return fn;
  const expr = typeof only.expr === 'string' ? parse(only.expr) : only.expr;
  if (!containsCall(expr, new Set(['sign']))) return fn;
  const exact = paramRationals(params);
  const calls = signCalls(expr);
  if (calls.size === 0) return fn;
  const signs: { key: string; slope: Rational; root: Rational }[] = [];
  for (const [key, c] of calls) {
    const u = (c as { args: readonly Expr[] }).args[0]!;
    if (!linearInZ(u)) return fn;
    const at0 = substitute(u, { z: num(0) });
    const slope = exactValue(sub(substitute(u, { z: num(1) }), at0), exact);
    if (!slope || slope.n === 0n) return fn;
    const root = exactValue(div(neg(at0), sub(substitute(u, { z: num(1) }), at0)), exact);
    if (!root || !toDecimal(root)) return fn;
    signs.push({ key, slope, root });
  }
  const roots = [...new Map(signs.map((x) => [formatRational(x.root), x.root])).values()].sort(compareRational);
  // between roots (and beyond them) every sign is constant; at a root the signs vanishing there are 0
  const sideOf = (x: { slope: Rational; root: Rational }, at: Rational, between: -1 | 0 | 1): -1 | 0 | 1 => {
    const c = compareRational(at, x.root);
    const d = c !== 0 ? c : between;
    if (d === 0) return 0;
    return (d > 0) === (x.slope.n > 0n) ? 1 : -1;
  };
  const formulaAt = (at: Rational, between: -1 | 0 | 1): Expr => withSigns(expr, new Map(signs.map((x) => [x.key, sideOf(x, at, between)])));
  const pieces: ScalarPiece[] = [];
  let lo: PieceEnd | undefined;
  for (const [i, r] of roots.entries()) {
    const text = formatRational(r);
    const left = formulaAt(r, -1);
    const right = formulaAt(r, 1);
    const value = exactValue(formulaAt(r, 0), { ...exact, z: r });
    const fromLeft = exactValue(left, { ...exact, z: r });
    const fromRight = exactValue(right, { ...exact, z: r });
    if (!value) return fn;
    const closedLeft = fromLeft !== undefined && compareRational(fromLeft, value) === 0;
    if (!closedLeft && !(fromRight !== undefined && compareRational(fromRight, value) === 0)) return fn;
    pieces.push({ expr: left, ...(lo ? { lo } : {}), hi: { value: text, closed: closedLeft } });
    lo = { value: text, closed: !closedLeft };
    if (i === roots.length - 1) pieces.push({ expr: right, lo });
  }
  return { ...(fn.name ? { name: fn.name } : {}), pieces };
}

/** Parameter values as exact rationals (they must be decimals). */
export function paramRationals(params: Readonly<Record<string, string>>): Record<string, Rational> {
  const out: Record<string, Rational> = {};
  for (const [k, v] of Object.entries(params)) {
    const r = parseRational(v);
    if (!r) throw new InputError(`parameter ${k} must be a decimal number, got "${v}"`);
    out[k] = r;
  }
  return out;
}

function resolveEnd(end: PieceEnd | undefined, params: Readonly<Record<string, Rational>>, where: string): ResolvedPiece['lo'] {
  if (!end) return undefined;
  const r = exactValue(parse(end.value), params);
  const x = r ? toDecimal(r) : undefined;
  if (!r || !x) throw new InputError(`${where}: the piece boundary ${end.value} is not an exact decimal for these parameter values`);
  return { x, exact: r, closed: end.closed };
}

/**
 * The pieces with their boundaries evaluated exactly and checked: in order along z, each
 * starting where the previous one ends, the shared boundary in exactly one of them, the
 * first unbounded below and the last unbounded above. Throws {@link InputError} otherwise,
 * or when an expression uses a variable other than z and the parameters.
 *
 * @example
 * ```ts
 * resolvePieces(scalarFunction('tanh(z)'), {})[0]!.lo; // undefined (−∞)
 * ```
 */
export function resolvePieces(fn: ScalarFunction, params: Readonly<Record<string, string>>): ResolvedPiece[] {
  const exact = paramRationals(params);
  const name = fn.name ?? 'the function';
  if (fn.pieces.length === 0) throw new InputError(`${name} has no pieces`);
  const pieces = fn.pieces.map((p, index): ResolvedPiece => {
    const expr = typeof p.expr === 'string' ? parse(p.expr) : p.expr;
    const unknown = variables(expr).filter((v) => v !== 'z' && !(v in params));
    if (unknown.length) throw new InputError(`${name}: no value for ${unknown.join(', ')} in ${format(expr)}`);
    const cache = new Map<number, { expr: Expr; f: IntervalClosure }>();
    return {
      index,
      expr,
      text: format(expr),
      lo: resolveEnd(p.lo, exact, name),
      hi: resolveEnd(p.hi, exact, name),
      f: compileInterval(expr),
      derivative(k: number) {
        let d = cache.get(k);
        if (!d) {
          const e = fn.derivative ? fn.derivative(index, k) : derive(expr, 'z', { order: k }).expr;
          d = { expr: e, f: compileInterval(e) };
          cache.set(k, d);
        }
        return d;
      },
    };
  });
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (first.lo) throw new InputError(`${name}: the first piece must extend to −∞`);
  if (last.hi) throw new InputError(`${name}: the last piece must extend to +∞`);
  for (let i = 1; i < pieces.length; i++) {
    const a = pieces[i - 1]!.hi;
    const b = pieces[i]!.lo;
    if (!a || !b || compareRational(a.exact, b.exact) !== 0 || a.closed === b.closed) {
      throw new InputError(`${name}: pieces ${i} and ${i + 1} must meet at one boundary that belongs to exactly one of them`);
    }
  }
  return pieces;
}

/**
 * The function of an activation of the catalogue (order 0) or one of its derivatives,
 * with the pieces' domains and the catalogue's derived derivatives.
 *
 * @example
 * ```ts
 * import { getScalarActivation } from 'gradproof';
 * const d = activationFunction(getScalarActivation('sigmoid'), 1);
 * d.name; // 'sigmoid′'
 * ```
 */
export function activationFunction(
  activation: {
    readonly name: string;
    readonly pieces: readonly { readonly interval: { readonly lo?: { readonly text: string; readonly closed: boolean }; readonly hi?: { readonly text: string; readonly closed: boolean } } }[];
    pieceExprs(order?: number): readonly Expr[];
  },
  order = 0,
): ScalarFunction {
  const exprs = activation.pieceExprs(order);
  const primes = order === 0 ? '' : order <= 3 ? '′'.repeat(order) : `^(${order})`;
  return {
    name: `${activation.name}${primes}`,
    pieces: activation.pieces.map((p, i) => ({
      expr: exprs[i]!,
      ...(p.interval.lo ? { lo: { value: p.interval.lo.text, closed: p.interval.lo.closed } } : {}),
      ...(p.interval.hi ? { hi: { value: p.interval.hi.text, closed: p.interval.hi.closed } } : {}),
    })),
    derivative: (index, k) => activation.pieceExprs(order + k)[index]!,
  };
}
