/**
 * The checks behind the claims of `proofs/`: identities, derivatives, values and
 * inequalities, each a thin layer over the library (evaluate, checkIdentity,
 * verifyDerivative) that turns its verdict into an
 * {@link Verdict} with a counterexample written from the computed numbers. Every value is
 * computed to {@link DIGITS} guaranteed significant digits.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError, GradproofError } from '../errors.js';
import { compile } from '../numeric/compile.js';
import { type Evaluation, evaluate } from '../numeric/evaluate.js';
import { digitsAgreed } from '../numeric/finite.js';
import { samplePoints } from '../numeric/sample.js';
import { casProvesEqual } from '../symbolic/cas.js';
import { PIECEWISE_FUNCTIONS } from '../symbolic/functions.js';
import { containsCall, type Expr, format, sub, variables } from '../symbolic/tree.js';
import { checkIdentity } from './identity.js';
import { verifyDerivative } from './derivative.js';
import { type Verdict, type VerdictMethod, verdictOf } from './verdict.js';
import { DIGITS, type Formula, type Point, pointText, shortNumber, toTree } from './formula.js';
import { exactValue, parseRational, type Rational } from './interval/exact.js';

/**
 * Step budget of the CAS for one symbolic confirmation (running out of steps only means "numeric").
 *
 * @example
 * ```ts
 * casProvesEqual(parse('(x+1)^2'), parse('x^2 + 2*x + 1'), CAS_STEPS_CLAIM); // true
 * ```
 */
export const CAS_STEPS_CLAIM = 4_000;

/**
 * Seeded points of an identity check unless a claim asks for more.
 *
 * @example
 * ```ts
 * identity('tanh(-z)', '-tanh(z)').details; // '24 seeded points, ≥ 30 of 30 digits agree'
 * ```
 */
export const IDENTITY_POINTS = 24;

/** `expr = value`, or the name of the side when the expression is too long to print. */
function side(label: string, e: Expr, v: string): string {
  const text = format(e);
  const number = shortNumber(v);
  if (/^-?[\d.]+(e[+-]?\d+)?$/.test(text)) return number;
  return `${text.length <= 48 ? text : label} = ${number}`;
}

/** Whether two evaluations agree to the working digits (the identity rule: all but the last digit). */
function agree(a: Evaluation, b: Evaluation): number {
  return a.value === b.value ? DIGITS : digitsAgreed(a.decimal, b.decimal, DIGITS);
}

/** Evaluates, or returns the DomainError's message. */
function tryEvaluate(e: Expr, p: Point): Evaluation | string {
  try {
    return evaluate(e, p, { digits: DIGITS });
  } catch (err) {
    if (err instanceof DomainError) return err.message;
    throw err;
  }
}

/** Whether a − b reduces to 0 symbolically (the CAS within {@link CAS_STEPS_CLAIM}); not asked when a side is piecewise (the CAS has no piecewise support). */
function confirmedByCas(a: Expr, b: Expr): boolean {
  if (containsCall(a, PIECEWISE_FUNCTIONS) || containsCall(b, PIECEWISE_FUNCTIONS)) return false;
  return casProvesEqual(a, b, CAS_STEPS_CLAIM);
}

/**
 * Options of {@link identity}.
 *
 * @example
 * ```ts
 * const o: IdentityCheckOptions = { at: [{ z: '0' }], where: { z: 'positive' }, params: { alpha: '0.01' } };
 * ```
 */
export interface IdentityCheckOptions {
  /** Seeded points (default {@link IDENTITY_POINTS}). */
  readonly points?: number;
  /** Interval of the uniform part of the seeded points (default ['-4', '4']). */
  readonly interval?: readonly [string, string];
  /** Largest |coordinate| of the tail draws (default 40). */
  readonly tail?: number;
  /** Ask the CAS to reduce left − right to 0 once the numbers agree (default true; bounded by {@link CAS_STEPS_CLAIM}). */
  readonly symbolic?: boolean;
  /** Points compared first (exactly there, not near): e.g. the boundary of a piecewise definition. */
  readonly at?: readonly Point[];
  /** Restricts variables to a half-line, for identities the notes state on one side only. */
  readonly where?: Readonly<Record<string, 'positive' | 'negative' | 'nonzero'>>;
  /** Variables fixed to values before checking (`{ alpha: '0.01' }`). */
  readonly params?: Point;
}

/** 0·guard is 0 where the variable lies on the half-line and undefined elsewhere (cheap at any precision: a root and a quotient). */
const GUARDS = { positive: (v: string) => `sqrt(${v})/${v}`, negative: (v: string) => `sqrt(-${v})/${v}`, nonzero: (v: string) => `1/${v}` };

/** Adds 0·guard terms: undefined outside the half-line, so the sampler keeps only points inside it. */
function guarded(e: Expr, where: IdentityCheckOptions['where']): Expr {
  if (!where) return e;
  const terms = Object.entries(where).map(([v, kind]) => `0*${GUARDS[kind](v)}`);
  return toTree(`(${format(e)}) + ${terms.join(' + ')}`);
}

/**
 * `left ≡ right`: compared at the named points `at` (exactly), then at seeded points of
 * the common domain with `checkIdentity` (all but the last of {@link DIGITS} digits must
 * agree at every point); once the numbers agree the CAS is asked to reduce
 * left − right to 0, and the method is `both` when it does.
 *
 * @example
 * ```ts
 * identity('(e^z - e^(-z))/(e^z + e^(-z))', 'tanh(z)').holds;      // true
 * identity('(e^z + e^(-z))/(e^z - e^(-z))', 'tanh(z)', { at: [{ z: '1' }] }).counterexample;
 * // 'at z=1: (e^z + e^(-z))/(e^z - e^(-z)) = 1.31303528550, tanh(z) = 0.761594155956 (0 digits agree)'
 * ```
 */
export function identity(left: Formula, right: Formula, options: IdentityCheckOptions = {}): Verdict {
  const l = toTree(left, options.params);
  const r = toTree(right, options.params);
  for (const p of options.at ?? []) {
    const a = tryEvaluate(l, p);
    const b = tryEvaluate(r, p);
    if (typeof a === 'string' && typeof b === 'string') continue;
    if (typeof a === 'string' || typeof b === 'string') {
      const which = typeof a === 'string' ? `left side ${format(l)}` : `right side ${format(r)}`;
      return verdictOf({ holds: false, method: 'numeric', digits: 0, counterexample: `at ${pointText(p)} the ${which} is undefined, the other is not` });
    }
    const agreed = agree(a, b);
    if (agreed < DIGITS - 1) {
      return verdictOf({
        holds: false,
        method: 'numeric',
        digits: agreed,
        counterexample: `at ${pointText(p)}: ${side('left', l, a.value)}, ${side('right', r, b.value)} (${agreed} digits agree)`,
      });
    }
  }
  const v = checkIdentity(guarded(l, options.where), guarded(r, options.where), {
    digits: DIGITS,
    points: options.points ?? IDENTITY_POINTS,
    numericOnly: true,
    ...(options.interval ? { interval: options.interval } : {}),
    ...(options.tail !== undefined ? { tail: options.tail } : {}),
  });
  const named = options.at?.length ? ` and at ${options.at.map(pointText).join('; ')}` : '';
  if (!v.holds) {
    const c = v.counterexample;
    return verdictOf({
      holds: false,
      method: 'numeric',
      digits: v.digitsAgreed,
      counterexample: c
        ? `at ${pointText(c.at)}: ${side('left', l, c.claimed)}, ${side('right', r, c.reference)} (${c.digitsAgreed} digits agree)`
        : (v.reason ?? 'no point of the common domain was found'),
    });
  }
  const symbolic = options.symbolic !== false && confirmedByCas(l, r);
  return verdictOf({
    holds: true,
    method: symbolic ? 'both' : 'numeric',
    digits: v.digitsAgreed,
    details: `${v.points} seeded points${named}, ≥ ${v.digitsAgreed} of ${DIGITS} digits agree${symbolic ? '; the difference reduces to 0 symbolically' : ''}`,
  });
}

/**
 * Options of {@link derivative}.
 *
 * @example
 * ```ts
 * const o: DerivativeCheckOptions = { at: [{ x: '1' }], points: 0 }; // only at x = 1
 * ```
 */
export interface DerivativeCheckOptions {
  /** Points checked first, giving every variable. */
  readonly at?: readonly Point[];
  /** Restricts variables to a half-line (as for {@link identity}). */
  readonly where?: IdentityCheckOptions['where'];
  /** Seeded points (default 8; 0 checks only `at`). */
  readonly points?: number;
  readonly interval?: readonly [string, string];
  /** Variables fixed to values before checking. */
  readonly params?: Point;
  /** Order of the derivative (default 1): checked against n-th finite differences of f itself. */
  readonly order?: number;
}

/**
 * `d f / d wrt = claimed`, judged by high-precision finite differences (verifyDerivative:
 * every point must agree to all but 5 of {@link DIGITS} digits).
 *
 * @example
 * ```ts
 * derivative('x/x^2', 'x', '(x^2 - 1*x^2)/(x^2)^2', { at: [{ x: '1' }] }).counterexample;
 * // 'at x=1: claimed (x^2 - 1*x^2)/(x^2)^2 = 0, finite difference = -1 (0 digits agree)'
 * ```
 */
export function derivative(f: Formula, wrt: string, claimed: Formula, options: DerivativeCheckOptions = {}): Verdict {
  const c = toTree(claimed, options.params);
  const v = verifyDerivative(guarded(toTree(f, options.params), options.where), wrt, {
    digits: DIGITS,
    points: options.points ?? 8,
    derivative: guarded(c, options.where),
    ...(options.order !== undefined ? { order: options.order } : {}),
    ...(options.at ? { at: options.at } : {}),
    ...(options.interval ? { interval: options.interval } : {}),
  });
  if (v.holds) {
    return verdictOf({ holds: true, method: 'numeric', digits: v.digitsAgreed, details: `finite differences agree to ≥ ${v.digitsAgreed} of ${DIGITS} digits at ${v.points} points` });
  }
  const x = v.counterexample;
  if (!x) return verdictOf({ holds: false, method: 'numeric', digits: v.digitsAgreed, details: v.reason ?? 'no point was compared' });
  return verdictOf({
    holds: false,
    method: 'numeric',
    digits: v.digitsAgreed,
    counterexample: /^[-+\d.e]+$/.test(x.reference)
      ? `at ${pointText(x.at)}: claimed ${side(`d/d${wrt}`, c, x.claimed)}, finite difference = ${shortNumber(x.reference)} (${x.digitsAgreed} digits agree)`
      : x.text,
  });
}

/**
 * Options of {@link value}.
 *
 * @example
 * ```ts
 * const o: ValueCheckOptions = { relation: '≈', at: { z: '10' } };
 * ```
 */
export interface ValueCheckOptions {
  /** `=` (default) or `≈` (see {@link value}). */
  readonly relation?: '=' | '≈';
  /** Values of the expression's variables. */
  readonly at?: Point;
  /** For `=`: ask the CAS to confirm (default true). */
  readonly symbolic?: boolean;
  /**
   * For `≈ 0` only: the decimal place it is judged at (a written 0 states none). The claim
   * that gives it says why in its reading.
   */
  readonly places?: number;
}

/**
 * The significant digits a decimal literal is written with: `0.006` has 1, `2.73` has 3,
 * `2.60` has 3 (a written trailing zero after the point counts), `6000` has 1 (trailing
 * zeros of an integer only place the point), `0` has none.
 *
 * @example
 * ```ts
 * writtenDigits('0.006'); // 1
 * writtenDigits('-4');    // 1
 * ```
 */
export function writtenDigits(literal: string): number {
  const m = /^[-+]?(\d*)(?:\.(\d*))?$/.exec(literal.trim());
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) throw new GradproofError('spec', `"≈ ${literal}" needs a decimal literal`);
  const whole = m[1]!.replace(/^0+/, '');
  const fraction = m[2] ?? '';
  if (whole === '') return fraction.replace(/^0+/, '').length;
  return m[2] === undefined ? whole.replace(/0+$/, '').length : whole.length + fraction.length;
}

/** The exact rational value of e at the point, when exact arithmetic gives one. */
function exactAt(e: Expr, at: Point): Decimal | undefined {
  const env: Record<string, Rational> = {};
  for (const [k, v] of Object.entries(at)) {
    const r = parseRational(v);
    if (!r) return undefined;
    env[k] = r;
  }
  const r = exactValue(e, env);
  if (!r) return undefined;
  return new Decimal(r.n.toString()).div(r.d.toString());
}

/**
 * A number. `=`: settled by exact rational arithmetic when both sides have exact values
 * (`3 - 0.1*4 = 2.6` is proved); otherwise `expr` and `claimed` must agree to all but the
 * last of {@link DIGITS} digits, and the CAS is asked to confirm.
 *
 * `≈` has one meaning, tied to the digits the notes write: `x ≈ v` holds when x, rounded
 * half-even to the significant digits v is written with, is v. "≈ 0.006" (one digit)
 * means 0.0055 ≤ x ≤ 0.0065; "≈ 2.73" means x rounds to 2.73; "≈ 1" means x rounds to 1 at
 * one significant digit. A written 0 has no significant digit and states no precision: "≈ 0"
 * holds without more only when x is exactly 0; otherwise the claim must give the decimal
 * place it is judged at (`places`) and say why in its reading. Never |x − v| < ½ by default.
 *
 * @example
 * ```ts
 * value('0.1*0.2*0.8', '0.006', { relation: '≈' }).counterexample?.text;
 * // '0.1*0.2*0.8 = 0.016, which rounds to 0.02 (1 significant digit), not 0.006'
 * value('3 - 0.1*4', '2.6').status;                          // 'proved' (exact arithmetic)
 * value('e^(-10)', '0', { relation: '≈', places: 3 }).holds; // true: 0.0000454 rounds to 0.000
 * ```
 */
export function value(expr: Formula, claimed: string, options: ValueCheckOptions = {}): Verdict {
  const e = toTree(expr);
  const at = options.at ?? {};
  const where = Object.keys(at).length ? ` at ${pointText(at)}` : '';
  if (options.relation === '≈') {
    const exact = exactAt(e, at);
    const v = exact ? undefined : evaluate(e, at, { digits: DIGITS });
    const x = exact ?? v!.decimal;
    const shown = exact ? shortNumber(exact.toString()) : shortNumber(v!.value);
    const method: VerdictMethod = exact ? 'exact' : 'numeric';
    const digits = writtenDigits(claimed);
    let rounded: Decimal;
    let precision: string;
    if (digits === 0) {
      if (exact?.isZero()) return verdictOf({ holds: true, method: 'exact', digits: DIGITS, details: `${format(e)} = 0${where} exactly` });
      if (options.places === undefined) {
        throw new GradproofError('spec', `"${format(e)} ≈ ${claimed}": a written 0 states no precision; give the decimal place it is judged at (places)`);
      }
      rounded = x.toDecimalPlaces(options.places, Decimal.ROUND_HALF_EVEN);
      precision = `${options.places} decimal place${options.places === 1 ? '' : 's'}, the precision the claim states for "≈ 0"`;
    } else {
      rounded = x.toSignificantDigits(digits, Decimal.ROUND_HALF_EVEN);
      precision = `${digits} significant digit${digits === 1 ? '' : 's'}, as written`;
    }
    const holds = rounded.eq(new Decimal(claimed));
    const text = digits === 0 ? rounded.toFixed(options.places!) : rounded.toString();
    const said = `${format(e)} = ${shown}${where}, which rounds to ${text} (${precision})`;
    return holds
      ? verdictOf({ holds, method, digits: DIGITS, details: said })
      : verdictOf({ holds, method, digits: DIGITS, counterexample: `${said}, not ${claimed}` });
  }
  const c = toTree(claimed);
  const xa = exactAt(e, at);
  const xb = xa ? exactAt(c, at) : undefined;
  if (xa && xb) {
    const holds = xa.eq(xb);
    const said = `${format(e)} = ${shortNumber(xa.toString())}${where}`;
    return holds
      ? verdictOf({ holds, method: 'exact', digits: DIGITS, details: `${said} exactly (rational arithmetic)` })
      : verdictOf({ holds, method: 'exact', digits: DIGITS, counterexample: `${said} exactly, not ${format(c) === shortNumber(xb.toString()) ? format(c) : `${format(c)} = ${shortNumber(xb.toString())}`}` });
  }
  const v = evaluate(e, at, { digits: DIGITS });
  const w = evaluate(c, at, { digits: DIGITS });
  const agreed = agree(v, w);
  if (agreed < DIGITS - 1) {
    return verdictOf({ holds: false, method: 'numeric', digits: agreed, counterexample: `${format(e)} = ${shortNumber(v.value)}${where}, not ${side('claimed', c, w.value)}` });
  }
  const [l, r] = [toTree(e, at), toTree(c, at)];
  const gap = options.symbolic === false ? undefined : apartBeyond(l, r);
  const symbolic = options.symbolic !== false && gap === undefined && confirmedByCas(l, r);
  const note = gap === undefined ? '' : `; equal to the ${DIGITS} digits compared, not exactly: the two sides differ by ${gap}`;
  return verdictOf({ holds: true, method: symbolic ? 'both' : 'numeric', digits: agreed, details: `${format(e)} = ${shortNumber(v.value)}${where}${note}` });
}

/**
 * For two constant sides (no variables) that agree to the working digits: their difference
 * when they still differ at twice those digits (then no CAS can prove them equal, and asking
 * it costs up to 0.7 s on long literals such as SELU's published constants), else undefined.
 */
function apartBeyond(l: Expr, r: Expr): string | undefined {
  if (variables(l).length > 0 || variables(r).length > 0) return undefined;
  const digits = 2 * DIGITS;
  let a: Evaluation;
  let b: Evaluation;
  try {
    [a, b] = [evaluate(l, {}, { digits }), evaluate(r, {}, { digits })];
  } catch (err) {
    if (err instanceof DomainError) return undefined; // not settled at twice the digits: the CAS is asked as before
    throw err;
  }
  if (a.value === b.value || digitsAgreed(a.decimal, b.decimal, digits) >= digits - 1) return undefined;
  return shortNumber(a.decimal.minus(b.decimal).toSignificantDigits(3).toString());
}

/**
 * An order relation.
 *
 * @example
 * ```ts
 * inequality('2', '>' satisfies Comparison, '0').holds; // true
 * ```
 */
export type Comparison = '<' | '>' | '<=' | '>=';

/**
 * Options of {@link inequality}.
 *
 * @example
 * ```ts
 * const o: InequalityCheckOptions = { at: [{ z: '10' }, { z: '-10' }] };
 * ```
 */
export interface InequalityCheckOptions {
  /** The points to compare at; without them, seeded points of the domain (or none if there are no variables). */
  readonly at?: readonly Point[];
  /** Number of seeded points when `at` is absent (default 24). */
  readonly points?: number;
  readonly interval?: readonly [string, string];
  readonly params?: Point;
}

function holdsFor(sign: number, op: Comparison): boolean {
  return op === '<' ? sign < 0 : op === '>' ? sign > 0 : op === '<=' ? sign <= 0 : sign >= 0;
}

/**
 * `left op right` at every point: decided by the sign of left − right, evaluated to
 * {@link DIGITS} guaranteed digits (a difference that is 0 at every precision counts as 0).
 *
 * @example
 * ```ts
 * inequality('4*e^(-2*z)/(1+e^(-2*z))^2', '>', 'e^(-z)/(1+e^(-z))^2', { at: [{ z: '10' }] }).holds; // false
 * ```
 */
export function inequality(left: Formula, op: Comparison, right: Formula, options: InequalityCheckOptions = {}): Verdict {
  const l = toTree(left, options.params);
  const r = toTree(right, options.params);
  const d = sub(l, r);
  const vars = variables(d);
  let points: Point[];
  if (options.at) points = [...options.at];
  else if (vars.length === 0) points = [{}];
  else {
    points = samplePoints(compile(d), vars, {
      count: options.points ?? 24,
      seed: 1,
      ...(options.interval ? { interval: options.interval } : {}),
    }).map((env) => Object.fromEntries(Object.entries(env).map(([k, x]) => [k, x.toString()])));
  }
  for (const p of points) {
    const diff = evaluate(d, p, { digits: DIGITS });
    if (!holdsFor(diff.decimal.isZero() ? 0 : diff.decimal.isNegative() ? -1 : 1, op)) {
      const a = evaluate(l, p, { digits: DIGITS });
      const b = evaluate(r, p, { digits: DIGITS });
      const where = vars.length ? `at ${pointText(p)}: ` : '';
      return verdictOf({
        holds: false,
        method: 'numeric',
        digits: DIGITS,
        counterexample: `${where}${side('left', l, a.value)} and ${side('right', r, b.value)}: "${op}" fails`,
      });
    }
  }
  return verdictOf({ holds: true, method: 'numeric', digits: DIGITS, details: `${format(l)} ${op} ${format(r)} at ${points.length} point${points.length === 1 ? '' : 's'}` });
}

/**
 * The negation of a check: holds when the check fails (resting on values computed to
 * {@link DIGITS} digits); the check's details become the counterexample.
 *
 * @example
 * ```ts
 * not(continuity('max(z, 0)', 'z', '0')).holds; // false: ReLU is continuous at 0
 * ```
 */
export function not(o: Verdict): Verdict {
  return o.holds
    ? verdictOf({ holds: false, method: o.method, digits: o.digitsAgreed, counterexample: `the opposite holds: ${o.summary || 'the check passed'}` })
    : verdictOf({ holds: true, method: o.method, digits: DIGITS, details: o.counterexample?.text ?? o.reason ?? 'the check failed' });
}

/** The method of several checks together: numeric when any one rests on numbers alone, else the one they share (interval, exact or symbolic, in that order, when they differ). */
function combine(methods: readonly VerdictMethod[]): VerdictMethod {
  if (methods.includes('numeric')) return 'numeric';
  if (methods.every((m) => m === methods[0])) return methods[0] ?? 'numeric';
  for (const m of ['interval', 'exact', 'symbolic', 'both'] as const) if (methods.includes(m)) return m;
  return 'numeric';
}

/**
 * All of several checks: holds when each does; the first failure gives the counterexample;
 * proved only when every part is proved (otherwise verified).
 *
 * @example
 * ```ts
 * allOf(value('3^2 + 2^2', '13'), value('sqrt(13)^2', '13')).holds; // true
 * ```
 */
export function allOf(...outcomes: Verdict[]): Verdict {
  const failed = outcomes.find((o) => !o.holds);
  const digits = Math.min(...outcomes.map((o) => o.digitsAgreed));
  const method = combine(outcomes.map((o) => o.method));
  if (failed) return verdictOf({ holds: false, method, digits, ...(failed.counterexample ? { counterexample: failed.counterexample.text } : {}) });
  const details = outcomes.map((o) => o.summary).filter((d): d is string => !!d);
  const v = verdictOf({ holds: true, method, digits, ...(details.length ? { details: details.join('; ') } : {}) });
  // proved only when every part is: one part checked at points (a proof that did not close) makes the whole verified
  return v.status === 'proved' && outcomes.some((o) => o.status !== 'proved') ? { ...v, status: 'verified' } : v;
}

/**
 * A statement about numbers computed by a small program (a simulation, a product of
 * ratios): `holds` and the message come from those numbers.
 *
 * @example
 * ```ts
 * computed(10 * 20 * 30 === 6000, '10·20·30 = 6000', '10·20·30 ≠ 6000');
 * ```
 */
export function computed(holds: boolean, details: string, counterexample: string, digits = DIGITS): Verdict {
  return holds ? verdictOf({ holds, method: 'numeric', digits, details }) : verdictOf({ holds, method: 'numeric', digits, counterexample });
}
