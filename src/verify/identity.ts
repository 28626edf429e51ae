/**
 * Identity checks: is `a ≡ b` on the common real domain? The verdict is `proved` only
 * when a − b reduces to 0 symbolically (exact rational-function arithmetic on its
 * identity form, or the CAS: symbolic/cas.ts) and no point contradicts it; otherwise the evidence
 * is numeric and the verdict says exactly what it showed: `verified` means both sides
 * agree to every digit asked for at every compared point of the region sampled, which
 * reaches far into the tails (|x| up to 1e6 by default), where many false identities
 * only show themselves (min(max(x, −100), 100) ≡ x holds on [−100, 100] only), and beyond
 them every free variable is probed at ±1e9 and ±1e15 where both sides are defined (those
 probes can only refute: min(max(x, −1e8), 1e8) ≡ x is refuted at 1e9). Both
 * sides are evaluated on the BigInt engine (`numeric/engines.ts`): an identity compares
 * two formulas, not a value with its check, and an engine bug would have to make two
 * different expressions wrong in the same way to hide.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { DEFAULTS } from '../defaults.js';
import { DomainError, GradproofError } from '../errors.js';
import type { Env } from '../numeric/compile.js';
import { compileFast, evaluateFast, type FastClosure } from '../numeric/engines.js';
import { checkDigits, type Evaluation, toDecimal } from '../numeric/evaluate.js';
import { digitsAgreed } from '../numeric/finite.js';
import { samplePoints } from '../numeric/sample.js';
import { CAS_STEPS, casProvesEqual } from '../symbolic/cas.js';
import { PIECEWISE_FUNCTIONS } from '../symbolic/functions.js';
import { parse } from '../symbolic/parse.js';
import { containsCall, type Expr, format, variables } from '../symbolic/tree.js';
import { type Counterexample, pointLabel, type Verdict, type VerdictStatus } from './verdict.js';

/** Digits beyond those requested at which each side is evaluated. */
const GUARD = 3;

/** The verdict of {@link checkIdentity}. */
export interface IdentityVerdict extends Verdict {
  readonly kind: 'identity';
  /** The left side (text). */
  readonly left: string;
  /** The right side (text). */
  readonly right: string;
  /** Whether the CAS reduced a − b to 0. */
  readonly symbolic: boolean;
  /** Points where neither side could be resolved to the digits asked (both below a bound, or cancellation beyond the ceiling): left out of the comparison. */
  readonly unresolved: number;
}

/** Options of {@link checkIdentity}. */
export interface IdentityOptions {
  /** Digits compared at each point (5…1000). Default {@link DEFAULTS}.identityDigits. */
  readonly digits?: number;
  /** Number of seeded points. Default {@link DEFAULTS}.identityPoints. */
  readonly points?: number;
  readonly seed?: number;
  /** Interval of the uniform part of the draw. Default ['-4', '4']. */
  readonly interval?: readonly [string, string];
  /** Largest |coordinate| of the log-uniform tail draws. Default 1e6. */
  readonly tail?: number;
  /** Share of points drawn log-uniformly out to `tail`. Default 0.3, or 0 when `interval` is given. */
  readonly tailShare?: number;
  /** Variables held fixed at these values (parameters), not sampled. */
  readonly fixed?: Readonly<Record<string, string>>;
  /** Skip the CAS (numeric only). */
  readonly numericOnly?: boolean;
  /** Step budget of the CAS's attempt (deterministic). Default `CAS_STEPS.identity`: running out of steps is "not shown", not a failure. */
  readonly casSteps?: number;
  /** Points compared first, exactly there (e.g. the boundary of a piecewise definition). */
  readonly at?: readonly Readonly<Record<string, string>>[];
}

/** A side's value, or why there is none: `undefined` outside the domain, `unresolved` beyond the precision ceiling. */
function sideValue(c: FastClosure, env: Env, digits: number): Evaluation | undefined | 'unresolved' {
  try {
    return evaluateFast(c, env, digits + GUARD, 2 * digits + 200);
  } catch (err) {
    if (err instanceof DomainError) return undefined;
    if (err instanceof GradproofError && err.code === 'precision') return 'unresolved';
    throw err;
  }
}

/** The far probes of every identity check (each free variable at once). */
const FAR = ['1e9', '-1e9', '1e15', '-1e15'] as const;

/** A side's value at a far probe, or undefined when it has none there (outside the domain, beyond the exponent range, unresolved). */
function probeValue(c: FastClosure, env: Env, digits: number): Evaluation | undefined {
  try {
    return evaluateFast(c, env, digits + GUARD, 2 * digits + 200);
  } catch (err) {
    if (err instanceof GradproofError || err instanceof RangeError) return undefined;
    throw err;
  }
}

/** The counterexample of two sides that differ at a point (`where` is said after the point). */
function differs(point: Record<string, string>, va: Evaluation, vb: Evaluation, agreed: number, digits: number, where: string): Counterexample {
  return {
    at: point,
    claimed: text(va),
    reference: text(vb),
    referenceLabel: 'right side',
    digitsAgreed: agreed,
    text: `at ${pointLabel(point)}${where} the left side is ${text(va)}, the right side ${text(vb)} (${agreed} of ${digits} digits agree)`,
  };
}

const text = (e: Evaluation): string => e.decimal.toSignificantDigits(Math.max(1, e.digits - GUARD)).toString();
const tiny = (e: Evaluation): boolean => e.zeroBound !== undefined;
const below = (x: Decimal, bound: string): boolean => x.abs().lt(bound);

function regionText(vars: readonly string[], interval: readonly [string, string], tailShare: number, tail: number, fixed: Readonly<Record<string, string>>): string {
  const free = vars.filter((v) => !Object.hasOwn(fixed, v));
  if (free.length === 0) return 'no variables';
  const uniform = `[${interval[0]}, ${interval[1]}]`;
  const far = tailShare > 0 ? ` and |·| from 1e-3 to ${tail.toExponential().replace('e+', 'e')} (log-uniform)` : '';
  const held = Object.keys(fixed).length ? `; ${Object.entries(fixed).map(([k, v]) => `${k} = ${v}`).join(', ')}` : '';
  return `${free.join(', ')} ∈ ${uniform}${far}${held}`;
}

/**
 * Checks the identity `a ≡ b` over the common real domain.
 *
 * @example
 * ```ts
 * checkIdentity('sinh(x)^2 - cosh(x)^2', '-1').status;     // 'proved' (the difference reduces to 0 symbolically) or 'verified'
 * checkIdentity('1 - tanh(x)^2', 'sech(x)^2').summary;      // 'agree to 30 of 30 digits at 64 points …'
 * checkIdentity('min(max(x, -100), 100)', 'x').status;     // 'refuted'
 * ```
 */
export function checkIdentity(a: Expr | string, b: Expr | string, options: IdentityOptions = {}): IdentityVerdict {
  const digits = checkDigits(options.digits ?? DEFAULTS.identityDigits);
  const left = typeof a === 'string' ? parse(a) : a;
  const right = typeof b === 'string' ? parse(b) : b;
  // the CAS has no piecewise functions: it is not asked about them
  const piecewise = containsCall(left, PIECEWISE_FUNCTIONS) || containsCall(right, PIECEWISE_FUNCTIONS);
  const symbolic = options.numericOnly || piecewise ? false : casProvesEqual(left, right, options.casSteps ?? CAS_STEPS.identity);
  const vars = [...new Set([...variables(left), ...variables(right)])].sort();
  const ca = compileFast(left);
  const cb = compileFast(right);
  const count = options.points ?? DEFAULTS.identityPoints;
  const interval = options.interval ?? (['-4', '4'] as const);
  const tail = options.tail ?? 1e6;
  const tailShare = options.tailShare ?? (options.interval ? 0 : 0.3);
  const fixed = options.fixed ?? {};
  const fixedValues: Record<string, Decimal> = Object.create(null);
  for (const [k, x] of Object.entries(fixed)) fixedValues[k] = toDecimal(x, k);
  const named = (options.at ?? []).map((p) => Object.assign(Object.create(null), fixedValues, Object.fromEntries(Object.entries(p).map(([k, x]) => [k, toDecimal(x, k)]))) as Env);
  // the draw tests each point's domain with the comparison's own evaluations (both sides to
  // the digits asked for), so neither side is evaluated there twice
  const values = new Map<Env, [Evaluation | 'unresolved', Evaluation | 'unresolved']>();
  const defined = (env: Env): void => {
    const va = sideValue(ca, env, digits);
    const vb = va === undefined ? undefined : sideValue(cb, env, digits);
    if (va === undefined || vb === undefined) throw new DomainError('outside the common domain');
    values.set(env, [va, vb]);
  };
  const drawn = vars.length === 0 ? [{}] : samplePoints(ca, vars, { fixed: fixedValues, count, seed: options.seed ?? DEFAULTS.seed, defined, interval, tail, tailShare });
  // beyond the tails: every free variable at ±1e9 and ±1e15, where defined and resolved;
  // these probes only refute (a false identity that holds out to 1e6), so the points and
  // the region a verdict reports are the sampled ones
  const free = vars.filter((name) => !Object.hasOwn(fixedValues, name));
  const probes: Env[] = tailShare > 0 && free.length > 0 ? FAR.map((x) => Object.assign(Object.create(null), fixedValues, Object.fromEntries(free.map((name) => [name, toDecimal(x, name)]))) as Env) : [];
  let minAgreed = digits;
  let compared = 0;
  let unresolved = 0;
  let counterexample: Counterexample | undefined;
  const at = (env: Env) => Object.fromEntries(Object.entries(env).map(([k, x]) => [k, x.toString()]));
  for (const env of [...named, ...drawn]) {
    const [va, vb] = values.get(env) ?? [sideValue(ca, env, digits), sideValue(cb, env, digits)];
    if (va === undefined || vb === undefined) {
      // outside the common domain; at a named point, one side defined and not the other is a difference
      if (named.includes(env) && va !== vb && !counterexample) {
        const which = va === undefined ? `the left side ${format(left)}` : `the right side ${format(right)}`;
        counterexample = { at: at(env), claimed: va === undefined ? 'undefined' : 'defined', reference: vb === undefined ? 'undefined' : 'defined', digitsAgreed: 0, text: `at ${pointLabel(at(env))} ${which} is undefined, the other side is not` };
      }
      continue;
    }
    if (va === 'unresolved' || vb === 'unresolved') {
      unresolved++;
      continue;
    }
    // a side that is 0 up to its bound: consistent with a value below that bound, not comparable digit by digit
    if (tiny(va) || tiny(vb)) {
      const consistent = (tiny(va) && tiny(vb)) || (tiny(va) && below(vb.decimal, va.zeroBound!)) || (tiny(vb) && below(va.decimal, vb.zeroBound!));
      if (consistent) {
        unresolved++;
        continue;
      }
    }
    compared++;
    const agreed = va.decimal.eq(vb.decimal) ? digits : digitsAgreed(va.decimal, vb.decimal, digits);
    minAgreed = Math.min(minAgreed, agreed);
    if (agreed < digits && !counterexample) counterexample = differs(at(env), va, vb, agreed, digits, '');
  }
  for (const env of counterexample ? [] : probes) {
    const va = probeValue(ca, env, digits);
    const vb = probeValue(cb, env, digits);
    if (!va || !vb || tiny(va) || tiny(vb) || va.decimal.eq(vb.decimal)) continue;
    const agreed = digitsAgreed(va.decimal, vb.decimal, digits);
    if (agreed < digits) {
      counterexample = differs(at(env), va, vb, agreed, digits, ' (beyond the sampled tails)');
      break;
    }
  }
  const wanted = vars.length === 0 ? 1 : count;
  const enough = compared > 0 && compared >= wanted * 0.5;
  const status: VerdictStatus = counterexample ? 'refuted' : symbolic ? 'proved' : enough ? 'verified' : 'inconclusive';
  const region = regionText(vars, interval, tailShare, tail, fixed);
  const leftOut = unresolved ? `; ${unresolved} point${unresolved === 1 ? '' : 's'} left out (too small or cancelling beyond the precision ceiling to compare)` : '';
  const summary = symbolic
    ? `the difference reduces to 0 symbolically; both sides also agree to ${compared ? minAgreed : 0} of ${digits} digits at ${compared} point${compared === 1 ? '' : 's'} (${region})${leftOut}`
    : `both sides agree to ${compared ? minAgreed : 0} of ${digits} digits at ${compared} point${compared === 1 ? '' : 's'} (${region})${leftOut}`;
  const reason = counterexample
    ? symbolic
      ? 'the CAS reduced a − b to 0, but a point contradicts it'
      : undefined
    : !enough && !symbolic
      ? `only ${compared} of ${wanted} points lay in the common domain and could be compared`
      : undefined;
  return {
    kind: 'identity',
    subject: `${format(left)} ≡ ${format(right)}`,
    status,
    holds: status === 'proved' || status === 'verified',
    method: symbolic ? (compared > 0 ? 'both' : 'symbolic') : 'numeric',
    digitsRequested: digits,
    digitsAgreed: compared > 0 ? minAgreed : 0,
    points: compared,
    region,
    summary: counterexample ? counterexample.text : summary,
    left: format(left),
    right: format(right),
    symbolic,
    unresolved,
    ...(counterexample ? { counterexample } : {}),
    ...(reason ? { reason } : {}),
  };
}
