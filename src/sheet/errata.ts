/**
 * The errata of the notes, from the claims' results: every refuted claim, and every claim
 * that no computation settles but that carries a correction (a name, a spelling, an API
 * identifier). Each erratum says what the notes say, what they should say and why, where
 * (page and line), and whether it is a knock-on of another erratum.
 *
 * @module
 */
import type { ClaimResult } from '../proofs/runner.js';

/**
 * One erratum.
 *
 * @example
 * ```ts
 * errataOf(results)[0]!.shouldSay; // 'd/dx (u/v) = (u′v − uv′)/v²'
 * ```
 */
export interface Erratum {
  readonly id: string;
  /** Anchor-safe id. */
  readonly anchor: string;
  readonly topic: string;
  /** `notes p. 6, line 254`, as the claim records it. */
  readonly source: string;
  readonly page?: string;
  readonly line?: string;
  /** What the notes say, verbatim (TeX in `$…$`). */
  readonly says: string;
  /** What they should say. */
  readonly shouldSay: string;
  /** Why: the counterexample or the reason, in words. */
  readonly why: string;
  /** How the claim was read, when it was ambiguous. */
  readonly reading?: string;
  /** `computed`: refuted by a computation; `fact`: a correction no computation settles. */
  readonly kind: 'computed' | 'fact';
  /** The erratum this one follows from. */
  readonly followsFrom?: string;
}

/** Lower-case letters, digits and hyphens only. */
export function anchorOf(prefix: string, id: string): string {
  return `${prefix}-${id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}`;
}

/**
 * A bisection pins a jump to within 1e-30 of where it is; a student should read the
 * point, not the last digit of the search: `z ≈ -5.63e-33` becomes `z = 0`.
 */
export function tidyCounterexample(text: string): string {
  return text.replace(/≈\s*-?\d+(?:\.\d+)?e-(\d+)/g, (m, exp: string) => (Number(exp) >= 20 ? '= 0' : m));
}

/**
 * The errata, in the order of the notes (the claims' order).
 *
 * @example
 * ```ts
 * const errata = errataOf(runClaims(ALL_CLAIMS));
 * errata.find((e) => e.id === 'vg-euler-e')!.shouldSay; // 'e ≈ 2.718 (2.72 to two decimal places)'
 * ```
 */
export function errataOf(claims: readonly ClaimResult[]): Erratum[] {
  const chosen = claims.filter((c) => c.status === 'refuted' || (c.status === 'not-checkable' && c.correction));
  const ids = new Set(chosen.map((c) => c.id));
  return chosen.map((c) => {
    const page = /p\.\s*\[?([\d–-]+)\]?/.exec(c.source)?.[1];
    const line = /lines?\s+([\d–-]+)/.exec(c.source)?.[1];
    // a knock-on error (right reasoning on an earlier wrong statement) records its cause in its claim
    const follows = c.followsFrom;
    return {
      id: c.id,
      anchor: anchorOf('erratum', c.id),
      topic: c.topic,
      source: c.source,
      ...(page ? { page } : {}),
      ...(line ? { line } : {}),
      says: c.statement,
      shouldSay: c.correction ?? '',
      why: c.status === 'refuted' ? tidyCounterexample(c.counterexample ?? '') : (c.reason ?? ''),
      ...(c.reading ? { reading: c.reading } : {}),
      kind: c.status === 'refuted' ? 'computed' : 'fact',
      ...(follows && ids.has(follows) ? { followsFrom: follows } : {}),
    };
  });
}
