/**
 * The one shared verifier of the catalogue: every entry's test is a call to
 * {@link verifyActivation}. It proves, for a scalar activation,
 * - each piece's CAS derivative against finite differences (far tails included),
 * - the second derivative for smooth functions, and ∂/∂param for learnable parameters,
 * - the textbook derivative(s) as identities against the derived ones,
 * - the range and the derivative range, proved for every z by interval arithmetic
 *   (`declared-range.ts`: the sets declared, ends attained exactly or approached),
 * - declared kinks (left ≠ right derivative) and jumps, and no undeclared kink on a
 *   dense grid; at a kink it reports both one-sided derivatives and the convention's value;
 * and for a vector activation the Jacobian entry by entry, the textbook Jacobian and the
 * outputs' invariant.
 *
 * @module
 */
import { DEFAULTS } from '../defaults.js';
import { Decimal } from 'decimal.js';
import { DomainError } from '../errors.js';
import type { Env } from '../numeric/compile.js';
import { decimalContext } from '../numeric/context.js';
import { evaluate } from '../numeric/evaluate.js';
import { along as alongFast } from '../numeric/engines.js';
import { detectKink } from '../numeric/finite.js';
import { PIECEWISE_FUNCTIONS } from '../symbolic/functions.js';
import { containsCall, type Expr, format, substitute } from '../symbolic/tree.js';
import { parse } from '../symbolic/parse.js';
import { type DerivativeVerdict, verifyDerivative } from './derivative.js';
import { checkIdentity } from './identity.js';
import type { Activation, ParamValues, ScalarActivation, VectorActivation } from '../activations/_internals/activation.js';
import { proveDeclaredRange } from './declared-range.js';
import { type Verdict, type VerdictMethod, verdictOf } from './verdict.js';

/**
 * One check of an activation: a {@link Verdict} with the name of what was checked
 * (`derivative (z > 0)`, `textbook derivative`, `range`, `kink at z = 0` …).
 *
 * @example
 * ```ts
 * verifyActivation(getActivation('relu')).checks.map((c) => `${c.name}: ${c.status}`);
 * ```
 */
export interface ActivationCheck extends Verdict {
  /** What was checked. */
  readonly name: string;
}

/** The parts of a check written in this file: whether it held, how, and what it showed. */
interface CheckParts {
  readonly name: string;
  readonly ok: boolean;
  readonly method: VerdictMethod;
  readonly detail: string;
  readonly counterexample?: string;
  readonly digits?: number;
  readonly points?: number;
}

function check(p: CheckParts): ActivationCheck {
  const v = verdictOf({
    holds: p.ok,
    method: p.method,
    digits: p.digits ?? 0,
    details: p.detail,
    ...(p.counterexample ? { counterexample: p.counterexample } : {}),
    ...(p.points !== undefined ? { points: p.points } : {}),
    subject: p.name,
  });
  // the detail stays the summary also when the check fails: the counterexample carries the failure
  return { ...v, summary: p.detail, name: p.name };
}

/** A kink: where, the one-sided derivatives, and the value the convention uses. */
export interface KinkInfo {
  readonly at: string;
  readonly left: string;
  readonly right: string;
  /** The derivative gradproof (like PyTorch, JAX and TF) uses at the kink. */
  readonly convention: string;
}

/** The verdict on one activation: it holds when every check does. */
export interface ActivationVerdict extends Verdict {
  readonly name: string;
  readonly checks: readonly ActivationCheck[];
  readonly kinks: readonly KinkInfo[];
  /** Fewest digits agreed by the first-derivative checks (requested: `digits`; the second derivative is checked at ≤ 40). */
  readonly digitsAgreed: number;
  /** Derivative checks' points in all. */
  readonly points: number;
  /** Computed interior extrema of the range / derivative range. */
  readonly extrema: Readonly<Record<string, string>>;
  readonly milliseconds: number;
}

/** Options of {@link verifyActivation}. */
export interface VerifyActivationOptions {
  /** Digits requested of the derivative checks. Default 50. */
  readonly digits?: number;
  /** Random points per derivative check. Default 6 (plus the tail points). */
  readonly points?: number;
  /** Points per identity check. Default 64. */
  readonly identityPoints?: number;
  /** Parameter values (defaults otherwise). */
  readonly params?: Readonly<Record<string, string>>;
  /** Input size for vector activations. Default 3 (GLU: 4). */
  readonly size?: number;
  /** Skip the dense no-undeclared-kink scan (it is the slowest part). */
  readonly skipKinkScan?: boolean;
}

const TAILS = ['30', '-30', '37.5', '-37.5'];

/**
 * Textbook identities are sampled on [−12, 12] (inside each piece): the derivative checks
 * already reach the far tails, where one evaluation of GELU's tanh form needs ~900 digits.
 */
const IDENTITY_WINDOW = 12;

/** Bound of the CAS's attempt at each textbook identity, in ms. */
const IDENTITY_CAS_STEPS = 6_000;

function fromVerdict(name: string, v: DerivativeVerdict): ActivationCheck {
  const how = `${v.source === 'cas' ? 'CAS' : 'rules'}${v.casIssue ? `; ${v.casIssue}` : ''}`;
  return { ...v, name, summary: `d/d${v.wrt} ${v.expr} = ${v.derivative} (${how}): ${v.summary}` };
}

function identityCheck(name: string, a: Expr, b: Expr, points: number, interval?: readonly [string, string], fixed?: ParamValues): ActivationCheck {
  // the CAS gets a short budget: a textbook identity it cannot settle quickly is settled numerically
  const v = checkIdentity(a, b, { digits: 30, points, casSteps: IDENTITY_CAS_STEPS, ...(interval ? { interval } : {}), ...(fixed ? { fixed } : {}) });
  return { ...v, name, summary: `${v.left} ≡ ${v.right}: ${v.summary}` };
}

/** A numeric interval for sampling a piece: its bounds clamped to [−40, 40]. */
function pieceWindow(a: ScalarActivation, index: number, values: ParamValues, reach = 40): { interval: [string, string]; tails: string[] } {
  const iv = a.pieces[index]!.interval;
  const bound = (e: Expr | undefined, fallback: string): string => (e ? evaluate(e, values, { digits: 17 }).value : fallback);
  const lo = bound(iv.lo?.expr, `-${reach}`);
  const hi = bound(iv.hi?.expr, `${reach}`);
  const inside = (z: string) => new Decimal(z).gt(lo) && new Decimal(z).lt(hi);
  // keep sampled points a little away from the boundaries, where a central stencil would cross
  const pad = (x: string, dir: 1 | -1) => new Decimal(x).plus(dir * 1e-6).toString();
  return { interval: [iv.lo ? pad(lo, 1) : lo, iv.hi ? pad(hi, -1) : hi], tails: TAILS.filter(inside) };
}

function scalarChecks(a: ScalarActivation, o: Required<Pick<VerifyActivationOptions, 'digits' | 'points' | 'identityPoints'>> & VerifyActivationOptions) {
  const values = a.paramValues(o.params ?? {}, o.digits);
  const checks: ActivationCheck[] = [];
  const kinks: KinkInfo[] = [];
  const extrema: Record<string, string> = {};
  const derivs = a.derivatives(1);
  const label = (i: number) => (a.piecewise ? ` (${a.pieces[i]!.when})` : '');

  a.pieces.forEach((piece, i) => {
    const { interval, tails } = pieceWindow(a, i, values);
    // parameters stay symbols (the derivation is the catalogue's own, cached) and are held at their values
    const f = piece.expr;
    const v = verifyDerivative(f, 'z', { digits: o.digits, points: o.points, interval, tailShare: 0, fixed: values, at: tails.map((z) => ({ z })) });
    checks.push(fromVerdict(`derivative${label(i)}`, v));
    if (a.spec.smooth) {
      const v2 = verifyDerivative(f, 'z', { digits: Math.min(o.digits, 40), points: Math.max(3, o.points - 2), order: 2, interval, tailShare: 0, fixed: values, at: tails.slice(0, 2).map((z) => ({ z })) });
      checks.push(fromVerdict(`second derivative${label(i)}`, v2));
    }
    for (const p of a.params.filter((q) => q.learnable)) {
      const others = Object.fromEntries(Object.entries(values).filter(([k]) => k !== p.name));
      const vp = verifyDerivative(piece.expr, p.name, { digits: o.digits, points: o.points, interval, fixed: others });
      checks.push(fromVerdict(`∂/∂${p.name}${label(i)}`, vp));
    }
  });

  // textbook claims, with f standing for the function's own value on the piece
  const claim = (text: string, piece: Expr): Expr => substitute(parse(text), { f: piece });
  const textbook = a.spec.textbookDerivative;
  if (textbook !== undefined) {
    const list = typeof textbook === 'string' ? a.pieces.map(() => textbook) : textbook;
    a.pieces.forEach((piece, i) => {
      const { interval } = pieceWindow(a, i, values, IDENTITY_WINDOW);
      checks.push(identityCheck(`textbook derivative${label(i)}`, derivs[i]!.expr, claim(list[i]!, piece.expr), o.identityPoints, interval, values));
    });
  }
  if (a.spec.textbookSecondDerivative && !a.piecewise) {
    const d2 = a.derivatives(2)[0]!.expr;
    checks.push(
      identityCheck('textbook second derivative', d2, claim(a.spec.textbookSecondDerivative, a.pieces[0]!.expr), o.identityPoints, [`-${IDENTITY_WINDOW}`, `${IDENTITY_WINDOW}`], values),
    );
  }

  // ranges: proved for every z by interval arithmetic (declared-range.ts)
  const params: Env = Object.fromEntries(Object.entries(values).map(([k, x]) => [k, new Decimal(x)]));
  for (const [order, name] of [
    [0, 'range'],
    [1, 'derivative range'],
  ] as const) {
    const v = proveDeclaredRange(a, order, values);
    checks.push({ ...v, name, summary: `${v.subject}: ${v.summary}` });
    const key = order === 0 ? 'range' : 'derivativeRange';
    v.extrema.forEach((e) => {
      extrema[`${key}.${e.kind === 'min' ? 'lo' : 'hi'}`] = e.value;
    });
  }

  // kinks and jumps
  const f0 = a.closure(0);
  const f1 = a.closure(1);
  // the one-sided differences of φ run on the BigInt engine, as every finite difference of f does (numeric/engines.ts)
  const along = alongFast(a.fastClosure(0), params, 'z');
  const where = (text: string) => new Decimal(evaluate(text, values, { digits: 40 }).value);
  const declared = (a.spec.kinks ?? []).map(where);
  const jumps = (a.spec.jumps ?? []).map(where);
  for (const [i, x0] of declared.entries()) {
    const k = detectKink(along, x0, 30);
    const convention = f1(decimalContext(40), { ...params, z: x0 }).toSignificantDigits(20).toString();
    kinks.push({ at: a.spec.kinks![i]!, left: k.left.toSignificantDigits(20).toString(), right: k.right.toSignificantDigits(20).toString(), convention });
    checks.push(check({
      name: `kink at z = ${a.spec.kinks![i]}`,
      ok: k.kink,
      method: 'numeric',
      detail: `left derivative ${k.left.toSignificantDigits(12).toString()}, right ${k.right.toSignificantDigits(12).toString()}; the derivative used there is ${convention}`,
      ...(k.kink ? {} : { counterexample: `no kink: both one-sided derivatives agree to ${k.digitsAgreed} digits` }),
    }));
  }
  for (const [i, x0] of jumps.entries()) {
    const D = decimalContext(60);
    const eps = new D('1e-30');
    const gap = D.sub(f0(D, { ...params, z: D.add(x0, eps) }), f0(D, { ...params, z: D.sub(x0, eps) })).abs();
    checks.push(check({
      name: `jump at z = ${a.spec.jumps![i]}`,
      ok: gap.gt('1e-10'),
      method: 'numeric',
      detail: `the function jumps by ${gap.toSignificantDigits(12).toString()}`,
      ...(gap.gt('1e-10') ? {} : { counterexample: 'the function is continuous there' }),
    }));
  }
  // piece boundaries not declared as kinks or jumps must be smooth joins
  const boundaries = a.pieces.flatMap((p) => [p.interval.lo, p.interval.hi]).filter((b) => b !== undefined);
  const special = [...declared, ...jumps];
  for (const b of boundaries) {
    const x0 = where(b!.text);
    if (special.some((s) => s.eq(x0))) continue;
    special.push(x0);
    const k = detectKink(along, x0, 30);
    checks.push(check({
      name: `smooth join at z = ${b!.text}`,
      ok: !k.kink,
      method: 'numeric',
      detail: `left ${k.left.toSignificantDigits(12).toString()}, right ${k.right.toSignificantDigits(12).toString()}`,
      ...(k.kink ? { counterexample: 'the slope jumps here but no kink is declared' } : {}),
    }));
  }
  // a smooth entry is built from smooth elementary functions, with its second derivative verified:
  // only piecewise entries (pieces, abs, max, …) can hide a kink
  const canKink = a.piecewise || a.pieces.some((p) => containsCall(p.expr, PIECEWISE_FUNCTIONS));
  if (!o.skipKinkScan && canKink) {
    const grid = Array.from({ length: 65 }, (_, i) => new Decimal(i - 32).div(4).plus('0.0123'));
    const found = grid.filter((x) => {
      if (special.some((s) => s.minus(x).abs().lt('1e-3'))) return false;
      try {
        return detectKink(along, x, 12).kink;
      } catch (err) {
        if (err instanceof DomainError) return false;
        throw err;
      }
    });
    checks.push(check({
      name: 'no undeclared kink',
      ok: found.length === 0,
      method: 'numeric',
      points: grid.length,
      detail: `one-sided derivatives agree at ${grid.length} grid points in [−8, 8]`,
      ...(found.length ? { counterexample: `slope jumps at z = ${found.map((x) => x.toString()).join(', ')}` } : {}),
    }));
  }
  return { checks, kinks, extrema };
}

function vectorChecks(a: VectorActivation, o: Required<Pick<VerifyActivationOptions, 'digits' | 'points' | 'identityPoints'>> & VerifyActivationOptions) {
  const n = o.size ?? (a.spec.validSize?.(3) ? 4 : 3);
  const ys = a.components(n);
  const checks: ActivationCheck[] = [];
  const J = a.jacobian(n);
  ys.forEach((y, i) => {
    for (let j = 0; j < n; j++) {
      const v = verifyDerivative(y, `z${j + 1}`, { digits: o.digits, points: Math.max(2, Math.ceil(o.points / 2)), interval: ['-6', '6'] });
      checks.push(fromVerdict(`∂y${i + 1}/∂z${j + 1}`, v));
    }
  });
  const outputs: Record<string, Expr> = Object.fromEntries(ys.map((y, i) => [`y${i + 1}`, y]));
  if (a.spec.textbookJacobian) {
    const T = a.spec.textbookJacobian(n);
    for (const [i, row] of J.entries()) {
      for (const [j, d] of row.entries()) {
        checks.push(identityCheck(`textbook ∂y${i + 1}/∂z${j + 1}`, d.expr, substitute(parse(T[i]![j]!), outputs), Math.ceil(o.identityPoints / 4), ['-6', '6']));
      }
    }
  }
  if (a.spec.invariant) {
    const inv = a.spec.invariant(n);
    checks.push(identityCheck('outputs invariant', substitute(parse(inv.left), outputs), parse(inv.right), o.identityPoints, ['-6', '6']));
  }
  return { checks, kinks: [] as KinkInfo[], extrema: {} as Record<string, string>, size: n, format: ys.map(format) };
}

/**
 * Verifies one activation (see the module comment for what is proved).
 *
 * @example
 * ```ts
 * const v = verifyActivation(getActivation('sigmoid'));
 * v.holds;        // true
 * v.digitsAgreed; // 50
 * ```
 */
export function verifyActivation(a: Activation, options: VerifyActivationOptions = {}): ActivationVerdict {
  const start = performance.now();
  const o = { digits: DEFAULTS.digits, points: 6, identityPoints: DEFAULTS.identityPoints, ...options };
  const { checks, kinks, extrema } = a.kind === 'scalar' ? scalarChecks(a, o) : vectorChecks(a, o);
  // the first derivatives (and ∂/∂param), checked at the requested digits
  const numeric = checks.filter((c) => c.kind === 'derivative' && (c.name.startsWith('derivative') || c.name.startsWith('∂')));
  const holds = checks.every((c) => c.holds);
  const refuted = checks.find((c) => c.status === 'refuted');
  const failed = checks.find((c) => !c.holds);
  const digitsAgreed = numeric.length ? Math.min(...numeric.map((c) => c.digitsAgreed)) : 0;
  const points = numeric.reduce((s, c) => s + c.points, 0);
  return {
    kind: 'claim',
    subject: `the activation ${a.name}`,
    status: holds ? 'verified' : refuted ? 'refuted' : 'inconclusive',
    holds,
    method: 'numeric',
    digitsRequested: o.digits,
    digitsAgreed,
    points,
    summary: holds
      ? `${checks.length} checks hold; derivatives agree with finite differences to ${digitsAgreed} of ${o.digits} digits at ${points} points`
      : `${failed!.name}: ${failed!.counterexample?.text ?? failed!.reason ?? failed!.summary}`,
    ...(refuted?.counterexample ? { counterexample: refuted.counterexample } : {}),
    name: a.name,
    checks,
    kinks,
    extrema,
    milliseconds: Math.round(performance.now() - start),
  };
}
