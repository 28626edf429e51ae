/**
 * One step of a derivation and its check. A step states something — an identity, a
 * derivative, a value, a definition — and the verify layer checks it: an identity with
 * {@link checkIdentity} (proved when the difference reduces to 0 symbolically, otherwise
 * verified at the points compared), a derivative with {@link verifyDerivative} against
 * finite differences (and, when claim − derivative also reduces to 0 symbolically, proved).
 * A step that fails its check is `refuted`, with the counterexample, and is never
 * printed as verified.
 *
 * @module
 */
import { DEFAULTS } from '../defaults.js';
import { GradproofError } from '../errors.js';
import { evaluate } from '../numeric/evaluate.js';
import { derive } from '../verify/derive.js';
import { expandReadable, type SelfReference } from '../symbolic/readable.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, format } from '../symbolic/tree.js';
import { checkIdentity } from '../verify/identity.js';
import { verifyDerivative } from '../verify/derivative.js';

/**
 * What a step's check concluded: `proved` (the CAS settled it, or exact arithmetic),
 * `verified` (agreement to the digits stated at every point compared), `refuted` (a
 * counterexample), `inconclusive` (nothing could be compared), `definition` (nothing to check).
 *
 * @example
 * ```ts
 * const s: StepStatus = 'verified';
 * ```
 */
export type StepStatus = 'proved' | 'verified' | 'refuted' | 'inconclusive' | 'definition';

/**
 * The check of one step.
 *
 * @example
 * ```ts
 * const c: StepCheck = { status: 'proved', method: 'both', digits: 30, points: 64, summary: 'proved: the difference reduces to 0 symbolically; agrees to 30 digits at 64 points' };
 * ```
 */
export interface StepCheck {
  readonly status: StepStatus;
  /** `symbolic`/`both`: the CAS took part; `numeric`: points only; `exact`: exact decimal arithmetic; `none`: a definition. */
  readonly method: 'symbolic' | 'numeric' | 'both' | 'exact' | 'none';
  /** Fewest digits agreed at a compared point. */
  readonly digits?: number;
  /** Points compared. */
  readonly points?: number;
  /** One line saying exactly what was shown. */
  readonly summary: string;
  /** Where the step fails, in words. */
  readonly counterexample?: string;
}

/**
 * What a step states, in a form the verify layer can check. Expressions may use the
 * display functions of readable forms (`sigmoid`, `softplus`); `self` expands a name
 * standing for the function itself.
 *
 * @example
 * ```ts
 * const c: StepClaim = { kind: 'derivative', of: parse('e^p'), wrt: 'p', claimed: parse('e^p') };
 * ```
 */
export type StepClaim =
  | { readonly kind: 'identity'; readonly left: Expr; readonly right: Expr; readonly fixed?: Readonly<Record<string, string>>; readonly interval?: readonly [string, string] }
  | { readonly kind: 'derivative'; readonly of: Expr; readonly wrt: string; readonly claimed: Expr; readonly fixed?: Readonly<Record<string, string>> }
  | { readonly kind: 'value'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'all'; readonly claims: readonly StepClaim[]; readonly what: string }
  | { readonly kind: 'definition'; readonly reason?: string };

/**
 * One step: the rule applied, the statement as TeX and text, and its check.
 *
 * @example
 * ```ts
 * const s: DerivationStep = derivationSteps('e^(-x)', 'x')[0]!;
 * s.rule;         // 'constant multiple'
 * s.check.status; // 'proved' or 'verified'
 * ```
 */
export interface DerivationStep {
  /** The rule or move: `chain rule`, `quotient rule`, `substitute p = −x`, `simplify` … */
  readonly rule: string;
  /** Left side, TeX (e.g. `\frac{d}{dx} e^{-x}`). */
  readonly lhsTex: string;
  /** Right side, TeX. */
  readonly rhsTex: string;
  /** The relation between the sides, TeX (default `=`; `\\iff` for a condition). */
  readonly relation?: string;
  /** The same statement as plain text. */
  readonly text: string;
  /** A sentence for the reader, when the rule needs one. */
  readonly note?: string;
  readonly claim: StepClaim;
  readonly check: StepCheck;
}

/**
 * Options of {@link checkStep}.
 *
 * @example
 * ```ts
 * checkStep(claim, { digits: 40, symbolic: false } satisfies StepCheckOptions);
 * ```
 */
export interface StepCheckOptions {
  /** Digits compared. Default `DEFAULTS.identityDigits` (30). */
  readonly digits?: number;
  /** The function a readable form may name as its self variable. */
  readonly self?: SelfReference;
  /** Bound of the CAS's attempt, ms. Default 100. */
  readonly casSteps?: number;
  /** Ask the CAS at all (default true); without it a step can be verified, never proved. */
  readonly symbolic?: boolean;
}

/** Largest expression (characters of text, both sides) whose derivative step the CAS is asked to settle. */
const SYMBOLIC_SIZE = 160;

/** Bound of the CAS's attempt at a step (a step it cannot settle quickly is settled numerically). */
const STEP_CAS_STEPS = 6_000;

const plain = (e: Expr, self?: SelfReference): Expr => expandReadable(e, self);

function pointText(at: Readonly<Record<string, string>>): string {
  const parts = Object.entries(at).map(([k, x]) => `${k} = ${x.length > 14 ? Number(x).toPrecision(6) : x}`);
  return parts.join(', ');
}

/**
 * Checks one claim with the verify layer.
 *
 * @example
 * ```ts
 * checkStep({ kind: 'identity', left: parse('(x+1)^2'), right: parse('x^2 + 2*x + 1') }).status; // 'proved'
 * checkStep({ kind: 'derivative', of: parse('1 + e^p'), wrt: 'p', claimed: parse('p*e^p') }).status; // 'refuted'
 * ```
 */
export function checkStep(claim: StepClaim, options: StepCheckOptions = {}): StepCheck {
  const digits = options.digits ?? DEFAULTS.identityDigits;
  const cas = options.casSteps ?? STEP_CAS_STEPS;
  try {
    switch (claim.kind) {
      case 'definition':
        return { status: 'definition', method: 'none', summary: claim.reason ?? 'a definition' };
      case 'all': {
        // the entries of a bundle are settled numerically: the CAS would add seconds, not certainty
        const checks = claim.claims.map((c) => checkStep(c, { ...options, symbolic: false }));
        const bad = checks.find((c) => c.status === 'refuted' || c.status === 'inconclusive');
        if (bad) return { ...bad, summary: `${claim.what}: ${bad.summary}` };
        const proved = checks.every((c) => c.status === 'proved' || c.status === 'definition');
        const digitsAll = Math.min(...checks.map((c) => c.digits ?? digits));
        const points = checks.reduce((a, c) => a + (c.points ?? 0), 0);
        return proved
          ? { status: 'proved', method: 'both', digits: digitsAll, points, summary: `proved, all ${checks.length} ${claim.what}: each difference reduces to 0 symbolically` }
          : { status: 'verified', method: 'numeric', digits: digitsAll, points, summary: `all ${checks.length} ${claim.what} agree to ≥ ${digitsAll} digits (${points} points in all)` };
      }
      case 'identity': {
        const left = plain(claim.left, options.self);
        const right = plain(claim.right, options.self);
        const v = checkIdentity(left, right, {
          digits,
          casSteps: cas,
          // the CAS is asked about small expressions only, where it answers within its bound
          numericOnly: options.symbolic === false || format(left).length + format(right).length > SYMBOLIC_SIZE,
          ...(claim.fixed ? { fixed: claim.fixed } : {}),
          ...(claim.interval ? { interval: claim.interval } : {}),
        });
        if (v.counterexample) {
          const c = v.counterexample;
          return {
            status: 'refuted',
            method: v.method === 'both' || v.method === 'symbolic' ? v.method : 'numeric',
            digits: v.digitsAgreed,
            points: v.points,
            summary: `refuted: the two sides differ at ${pointText(c.at)}`,
            counterexample: `at ${pointText(c.at)} the left side is ${short(c.claimed)}, the right side ${short(c.reference)}`,
          };
        }
        if (!v.holds) return { status: 'inconclusive', method: 'numeric', points: v.points, summary: `not settled: ${v.reason ?? 'no point compared'}` };
        return v.symbolic
          ? { status: 'proved', method: 'both', digits: v.digitsAgreed, points: v.points, summary: `proved: the difference reduces to 0 symbolically (and ${v.points} points agree to ${v.digitsAgreed} digits)` }
          : { status: 'verified', method: 'numeric', digits: v.digitsAgreed, points: v.points, summary: `agrees to ${v.digitsAgreed} digits at ${v.points} points` };
      }
      case 'derivative': {
        const of = plain(claim.of, options.self);
        const claimed = plain(claim.claimed, options.self);
        const v = verifyDerivative(of, claim.wrt, { digits, points: 8, derivative: claimed, ...(claim.fixed ? { fixed: claim.fixed } : {}) });
        if (!v.holds) {
          const c = v.counterexample;
          return {
            status: c ? 'refuted' : 'inconclusive',
            method: 'numeric',
            digits: v.digitsAgreed,
            points: v.points,
            summary: c ? `refuted: the finite difference disagrees at ${pointText(c.at)}` : `not settled: ${v.reason ?? 'no point compared'}`,
            ...(c ? { counterexample: `at ${pointText(c.at)} the claimed derivative is ${short(c.claimed)}, a finite difference gives ${short(c.reference)}` } : {}),
          };
        }
        const fd = `finite differences agree to ${v.digitsAgreed} digits at ${v.points} points`;
        // the CAS may also settle claimed ≡ derived (the derived derivative is checked against gradproof's
        // rules); it is asked only about small expressions, where it answers within its bound
        if (options.symbolic === false || format(of).length + format(claimed).length > SYMBOLIC_SIZE) return { status: 'verified', method: 'numeric', digits: v.digitsAgreed, points: v.points, summary: fd };
        const id = checkIdentity(claimed, derive(of, claim.wrt).expr, {
          digits,
          points: 16,
          casSteps: cas,
          ...(claim.fixed ? { fixed: claim.fixed } : {}),
        });
        return id.symbolic && id.holds
          ? { status: 'proved', method: 'both', digits: v.digitsAgreed, points: v.points, summary: `proved: claim − derivative reduces to 0 symbolically (and ${fd})` }
          : { status: 'verified', method: 'numeric', digits: v.digitsAgreed, points: v.points, summary: fd };
      }
      case 'value': {
        const a = evaluate(plain(claim.left, options.self), {}, { digits });
        const b = evaluate(plain(claim.right, options.self), {}, { digits });
        return a.value === b.value
          ? { status: 'verified', method: 'numeric', digits, points: 1, summary: `both sides are ${short(a.value)} to ${digits} digits` }
          : { status: 'refuted', method: 'numeric', digits: 0, points: 1, summary: 'refuted: the two sides differ', counterexample: `the left side is ${short(a.value)}, the right side ${short(b.value)}` };
      }
    }
  } catch (err) {
    if (err instanceof GradproofError) return { status: 'inconclusive', method: 'numeric', summary: `not settled: ${err.message}` };
    throw err;
  }
}

/** A value with at most 12 significant digits, for messages. */
function short(value: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(e[+-]?\d+)?$/.exec(value);
  if (!m || value.replace(/[^0-9]/g, '').length <= 12) return value;
  return Number(value).toPrecision(12);
}

/**
 * A step's statement in TeX: `lhs = rhs` (or the step's own relation).
 *
 * @example
 * ```ts
 * stepTex(derivationSteps('x^2', 'x')[0]!); // '\\frac{d}{dx} x^{2} = 2\\,x'
 * ```
 */
export function stepTex(s: DerivationStep): string {
  return `${s.lhsTex} ${s.relation ?? '='} ${s.rhsTex}`;
}

/** Whether a step counts as holding (`proved`, `verified` or a definition). */
export function stepHolds(s: DerivationStep): boolean {
  return s.check.status === 'proved' || s.check.status === 'verified' || s.check.status === 'definition';
}

/** Builds and checks a step. */
export function makeStep(
  rule: string,
  claim: StepClaim,
  display: { readonly lhsTex: string; readonly rhsTex: string; readonly text: string; readonly note?: string; readonly relation?: string },
  options: StepCheckOptions = {},
): DerivationStep {
  return { rule, ...display, claim, check: checkStep(claim, options) };
}

/** `d/dx f = g` shown for a derivative claim. */
export function derivativeDisplay(of: Expr, wrt: string, claimed: Expr, lhs?: { tex: string; text: string }): { lhsTex: string; rhsTex: string; text: string } {
  return {
    lhsTex: lhs?.tex ?? `\\frac{d}{d${wrt}} ${wrapTex(of)}`,
    rhsTex: toTex(claimed),
    text: `${lhs?.text ?? `d/d${wrt} ${of.kind === 'add' || of.kind === 'sub' ? `(${format(of)})` : format(of)}`} = ${format(claimed)}`,
  };
}

/** TeX of an expression, in parentheses when it is a sum (so d/dx applies to all of it). */
export function wrapTex(e: Expr): string {
  const t = toTex(e);
  return e.kind === 'add' || e.kind === 'sub' ? `\\left(${t}\\right)` : t;
}
