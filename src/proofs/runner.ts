/**
 * Runs claims and reports each one's status. A check that throws is an `error` for that
 * claim only; the others still run. A result is `ok` when its status is the one expected.
 *
 * @module
 */
import { InputError } from '../errors.js';
import type { Verdict } from '../verify/verdict.js';
import type { Claim, ClaimKind, Expectation, Method } from './claim.js';
import { StatementReader } from './statement.js';

/**
 * The status of a claim after its check ran, the verdict's own: `proved` when settled for
 * every value (exact arithmetic, the CAS, interval arithmetic), `verified` when the numbers
 * agree at every point compared (and no more), `refuted` with a counterexample,
 * `inconclusive` when the check could not decide, `error` when it threw or was rejected.
 *
 * @example
 * ```ts
 * const s: Status = 'refuted';
 * ```
 */
export type Status = 'proved' | 'verified' | 'refuted' | 'inconclusive' | 'not-checkable' | 'error';

/**
 * What running one claim found.
 *
 * @example
 * ```ts
 * const [r] = runClaims(VECTORS);
 * r.status;   // 'proved'
 * r.ok;       // true: the status is the one expected
 * ```
 */
export interface ClaimResult {
  readonly id: string;
  readonly topic: string;
  readonly source: string;
  readonly statement: string;
  readonly kind: ClaimKind;
  readonly status: Status;
  /** How the check settled it (absent when there was no check or it threw). */
  readonly method?: Method;
  /** Digits the outcome rests on (absent when there was no check or it threw). */
  readonly digits?: number;
  /** The counterexample's sentence, when refuted. */
  readonly counterexample?: string;
  /** What the check showed (the verdict's summary). */
  readonly details?: string;
  /** The check's verdict (absent when there was no check or it threw). */
  readonly verdict?: Verdict;
  readonly correction?: string;
  readonly reason?: string;
  readonly reading?: string;
  readonly pending?: string;
  /** For a knock-on error: the claim whose error it follows from. */
  readonly followsFrom?: string;
  /** The message of the error a check threw. */
  readonly error?: string;
  readonly expected: Expectation;
  /** The status is the one expected (`proved` is expected of a claim that holds, and met by `verified` too). */
  readonly ok: boolean;
}

/**
 * Options of {@link runClaims}.
 *
 * @example
 * ```ts
 * runClaims(ALL_CLAIMS, { topic: 'tanh' } satisfies RunOptions);
 * ```
 */
export interface RunOptions {
  /** Run only the claims of this topic (an unknown topic is an {@link InputError}). */
  readonly topic?: string;
}

/**
 * The topics of a list of claims, in order of first appearance.
 *
 * @example
 * ```ts
 * topicsOf(ALL_CLAIMS)[0]; // 'vectors'
 * ```
 */
export function topicsOf(claims: readonly Claim[]): string[] {
  return [...new Set(claims.map((c) => c.topic))];
}

function runOne(c: Claim): ClaimResult {
  const common = {
    id: c.id,
    topic: c.topic,
    source: c.source,
    statement: c.statement,
    kind: c.kind,
    expected: c.expect,
    ...(c.correction ? { correction: c.correction } : {}),
    ...(c.reason ? { reason: c.reason } : {}),
    ...(c.reading ? { reading: c.reading } : {}),
    ...(c.pending ? { pending: c.pending } : {}),
    ...(c.followsFrom ? { followsFrom: c.followsFrom } : {}),
  };
  if (!c.check) return { ...common, status: 'not-checkable', ok: c.expect === 'not-checkable' };
  try {
    const reader = new StatementReader(c.statement, c.context);
    const o = c.check(reader);
    if (reader.hasFormulas && !reader.read && !c.prose) {
      return { ...common, status: 'error', error: `the check does not read the formulas of its statement (say why in "prose" if they are only notation)`, ok: false };
    }
    const status: Status = o.status === 'proved' || o.status === 'verified' ? o.status : o.status === 'refuted' ? 'refuted' : 'inconclusive';
    return {
      ...common,
      status,
      method: o.method,
      digits: o.digitsAgreed,
      ...(o.counterexample ? { counterexample: o.counterexample.text } : {}),
      ...(o.summary ? { details: o.summary } : o.reason ? { details: o.reason } : {}),
      verdict: o,
      ok: status === c.expect || (c.expect === 'proved' && status === 'verified'),
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ...common, status: 'error', error: message, ok: false };
  }
}

/**
 * Runs every claim (or those of one topic) in order.
 *
 * @example
 * ```ts
 * const results = runClaims(ALL_CLAIMS, { topic: 'sigmoid' });
 * results.filter((r) => r.status === 'refuted').map((r) => r.id); // ['sigmoid-deriv-range', 'sigmoid-disadv-range']
 * ```
 */
export function runClaims(claims: readonly Claim[], options: RunOptions = {}): ClaimResult[] {
  let chosen = claims;
  if (options.topic !== undefined) {
    const topics = topicsOf(claims);
    if (!topics.includes(options.topic)) throw new InputError(`unknown topic "${options.topic}" (topics: ${topics.join(', ')})`);
    chosen = claims.filter((c) => c.topic === options.topic);
  }
  const seen = new Set<string>();
  for (const c of chosen) {
    if (seen.has(c.id)) throw new InputError(`two claims have the id "${c.id}"`);
    seen.add(c.id);
  }
  return chosen.map(runOne);
}

/**
 * Counts of a run, from {@link summarize}.
 *
 * @example
 * ```ts
 * const s: Summary = { total: 3, proved: 1, verified: 1, refuted: 1, notCheckable: 0, errors: 0, unexpected: [] };
 * ```
 */
export interface Summary {
  readonly total: number;
  readonly proved: number;
  readonly verified: number;
  readonly refuted: number;
  readonly notCheckable: number;
  readonly errors: number;
  /** Ids whose status is not the expected one. */
  readonly unexpected: string[];
}

/**
 * Counts the results by status and lists the unexpected ones.
 *
 * @example
 * ```ts
 * const s = summarize(runClaims(ALL_CLAIMS));
 * s.unexpected.length === 0; // every claim came out as expected
 * ```
 */
export function summarize(results: readonly ClaimResult[]): Summary {
  const count = (s: Status): number => results.filter((r) => r.status === s).length;
  return {
    total: results.length,
    proved: count('proved'),
    verified: count('verified'),
    refuted: count('refuted'),
    notCheckable: count('not-checkable'),
    errors: count('error'),
    unexpected: results.filter((r) => !r.ok).map((r) => r.id),
  };
}

/**
 * The one-line form of a summary.
 *
 * @example
 * ```ts
 * summaryLine(summarize(results)); // '250 claims: 90 proved, 60 verified, 28 refuted, 72 not checkable, 0 errors; all as expected'
 * ```
 */
export function summaryLine(s: Summary): string {
  const tail = s.unexpected.length === 0 ? 'all as expected' : `${s.unexpected.length} not as expected: ${s.unexpected.join(', ')}`;
  return `${s.total} claims: ${s.proved} proved, ${s.verified} verified, ${s.refuted} refuted, ${s.notCheckable} not checkable, ${s.errors} error${s.errors === 1 ? '' : 's'}; ${tail}`;
}
