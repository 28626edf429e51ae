/**
 * The one shape of every check's result. Whatever gradproof checks — a derivative, an
 * identity, a value, a range, a bound, a limit, a gradient, a claim of the notes — the
 * answer is a {@link Verdict}: what was compared, where, by which method, how many digits
 * agreed, and a counterexample when it fails. The CLI, the vitest matchers, the activation
 * catalogue, the claims and the formula sheet all read this one type.
 *
 * A verdict is never stronger than its evidence:
 * - `proved`: settled for the whole stated region, symbolically (the CAS reduced a − b to 0,
 *   exact arithmetic) or by rigorous interval arithmetic;
 * - `verified`: agreement to the digits stated at every compared point, and nothing more;
 * - `refuted`: a counterexample was computed (it is attached);
 * - `inconclusive`: the check could not decide (nothing compared, a precision ceiling, a point
 *   where the statement is not defined); `reason` says why.
 *
 * @module
 */

/**
 * What a verdict concluded.
 *
 * @example
 * ```ts
 * const s: VerdictStatus = 'verified'; // agrees to the digits asked at every compared point
 * ```
 */
export type VerdictStatus = 'proved' | 'verified' | 'refuted' | 'inconclusive';

/**
 * How a verdict was reached: the CAS (`symbolic`), exact rational arithmetic (`exact`),
 * guaranteed-digit evaluation and finite differences (`numeric`), outward-rounded interval
 * arithmetic (`interval`), or symbolic and numeric together (`both`).
 *
 * @example
 * ```ts
 * const m: VerdictMethod = 'interval'; // a bound proved for every z
 * ```
 */
export type VerdictMethod = 'symbolic' | 'exact' | 'numeric' | 'interval' | 'both';

/**
 * What was checked.
 *
 * @example
 * ```ts
 * const k: VerdictKind = 'derivative';
 * ```
 */
export type VerdictKind =
  | 'derivative'
  | 'identity'
  | 'value'
  | 'inequality'
  | 'range'
  | 'bound'
  | 'limit'
  | 'kink'
  | 'jump'
  | 'gradient'
  | 'claim';

/**
 * Where and how a statement fails, written from computed numbers.
 *
 * @example
 * ```ts
 * const c: Counterexample = {
 *   at: { x: '0.5' }, claimed: '0.75', reference: '0.5', referenceLabel: 'finite difference (central)',
 *   digitsAgreed: 0, text: 'at x = 0.5 the claimed derivative is 0.75, the finite difference 0.5',
 * };
 * ```
 */
export interface Counterexample {
  /** The point, as exact decimal strings (empty for a statement without variables). */
  readonly at: Readonly<Record<string, string>>;
  /** The value of the statement being checked there (the claimed derivative, the left side, the declared end). */
  readonly claimed: string;
  /** The value of the independent reference there (finite difference, right side, computed extremum). */
  readonly reference: string;
  /** What the reference is, e.g. `finite difference (central)`, `right side`. */
  readonly referenceLabel?: string;
  /** Significant digits on which `claimed` and `reference` agree. */
  readonly digitsAgreed?: number;
  /** One sentence a student can follow. */
  readonly text: string;
}

/**
 * The result of any check.
 *
 * @example
 * ```ts
 * import { verifyDerivative } from 'gradproof';
 * const v: Verdict = verifyDerivative('x^2', 'x', { digits: 30 });
 * v.status;  // 'verified'
 * v.summary; // 'finite differences agree to 30 of 30 digits at 12 points'
 * ```
 */
export interface Verdict {
  /** What kind of statement was checked. */
  readonly kind: VerdictKind;
  /** The statement, as text: `d/dx x^2 = 2*x`, `1 - tanh(x)^2 ≡ sech(x)^2`, `sigmoid′(z) ∈ (0, 1/4]`. */
  readonly subject: string;
  /** What was concluded. */
  readonly status: VerdictStatus;
  /** `status` is `proved` or `verified`. */
  readonly holds: boolean;
  /** How it was concluded. */
  readonly method: VerdictMethod;
  /** Digits asked for (0 where a comparison of digits does not apply, e.g. a symbolic proof). */
  readonly digitsRequested: number;
  /** Fewest significant digits agreed at a compared point (0 when nothing was compared). */
  readonly digitsAgreed: number;
  /** Number of points compared (0 for a symbolic or interval proof that needs none). */
  readonly points: number;
  /** The region the evidence covers, e.g. `x ∈ [−1e6, 1e6]`, `all real z`. */
  readonly region?: string;
  /** One line that says exactly what was shown: `finite differences agree to 50 of 50 digits at 13 points`. */
  readonly summary: string;
  /** The first failing point, when the statement is refuted. */
  readonly counterexample?: Counterexample;
  /** Why the check could not conclude, or a caveat on how it concluded. */
  readonly reason?: string;
}

/**
 * Whether a status counts as holding (`proved` or `verified`).
 *
 * @example
 * ```ts
 * holdsStatus('proved');       // true
 * holdsStatus('inconclusive'); // false
 * ```
 */
export function holdsStatus(status: VerdictStatus): boolean {
  return status === 'proved' || status === 'verified';
}

/**
 * Describes a point for messages: `x = 0.3, y = 1.5` (or `no variables`).
 *
 * @example
 * ```ts
 * pointLabel({ x: '0.3', y: '1.5' }); // 'x = 0.3, y = 1.5'
 * ```
 */
export function pointLabel(at: Readonly<Record<string, string>>): string {
  const parts = Object.entries(at).map(([k, x]) => `${k} = ${x}`);
  return parts.length ? parts.join(', ') : 'no variables';
}

/**
 * The short form a check of the claims writes: whether it held, how, on how many digits,
 * and one sentence (details when it held, the counterexample when not).
 *
 * @example
 * ```ts
 * const p: VerdictParts = { holds: false, method: 'numeric', digits: 30, counterexample: '0.1·0.2·0.8 = 0.016, not 0.006' };
 * ```
 */
export interface VerdictParts {
  readonly holds: boolean;
  readonly method: VerdictMethod;
  readonly digits: number;
  readonly counterexample?: string;
  readonly details?: string;
  readonly kind?: VerdictKind;
  readonly subject?: string;
  readonly points?: number;
  readonly region?: string;
}

/**
 * A {@link Verdict} from its short form. It holds as `proved` when the method settles it
 * for all values (symbolic, exact, interval, or symbolic and numeric together), as
 * `verified` when the evidence is numeric; it fails as `refuted` with its counterexample,
 * or `inconclusive` without one.
 *
 * @example
 * ```ts
 * verdictOf({ holds: true, method: 'numeric', digits: 30, details: '3 - 0.1*4 = 2.6' }).status; // 'verified'
 * ```
 */
export function verdictOf(p: VerdictParts): Verdict {
  const status: VerdictStatus = p.holds ? (p.method === 'numeric' ? 'verified' : 'proved') : p.counterexample ? 'refuted' : 'inconclusive';
  const text = p.holds ? (p.details ?? '') : (p.counterexample ?? p.details ?? 'not concluded');
  return {
    kind: p.kind ?? 'claim',
    subject: p.subject ?? '',
    status,
    holds: p.holds,
    method: p.method,
    digitsRequested: p.digits,
    digitsAgreed: p.digits,
    points: p.points ?? 0,
    ...(p.region ? { region: p.region } : {}),
    summary: text,
    ...(!p.holds && p.counterexample ? { counterexample: { at: {}, claimed: '', reference: '', text: p.counterexample } } : {}),
    ...(!p.holds && !p.counterexample && p.details ? { reason: p.details } : {}),
  };
}

/**
 * The verdict with one more sentence appended to what it says (a second reading of a claim, a note).
 *
 * @example
 * ```ts
 * withNote(v, 'the other reading: σ′(0) = 1/4').summary;
 * ```
 */
export function withNote(v: Verdict, note: string): Verdict {
  return { ...v, summary: v.summary ? `${v.summary}; ${note}` : note };
}
