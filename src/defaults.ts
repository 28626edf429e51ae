/**
 * The named defaults of every option gradproof has, in one place. Each entry point
 * (a library function, a CLI command, a matcher) resolves its options once against these
 * and passes resolved values inward; no inner function has a default of its own.
 *
 * @example
 * ```ts
 * import { DEFAULTS } from 'gradproof';
 * DEFAULTS.digits; // 50
 * ```
 * @module
 */

/**
 * The defaults.
 *
 * @example
 * ```ts
 * const digits = options.digits ?? DEFAULTS.digits;
 * ```
 */
export const DEFAULTS = Object.freeze({
  /** Correct significant digits of a printed value, and digits a derivative check must agree to. */
  digits: 50,
  /** Digits an identity is compared to at each point. */
  identityDigits: 30,
  /** Seeded random points of a derivative check (the named points come on top). */
  points: 12,
  /** Seeded random points of an identity check. */
  identityPoints: 64,
  /** Seed of every seeded draw. */
  seed: 1,
  /** Digits of a claim's computation (proofs/). */
  claimDigits: 30,
  /** Working precision of interval proofs (ranges and bounds for every z). */
  intervalDigits: 24,
  /** Interval evaluations an interval proof may spend before it reports what it checked. */
  intervalBudget: 40000,
  /** Half-width of the first window of an interval proof; the tails start beyond it. */
  intervalWindow: 8,
  /** Largest half-width an interval proof moves its window to before giving a tail up. */
  intervalMaxWindow: 4096,
  /** Points sampled in each region an interval proof could not close. */
  intervalSamples: 16,
});

/**
 * The resolved value of a numeric option: the caller's when given, the named default otherwise.
 *
 * @example
 * ```ts
 * resolve(undefined, 'digits'); // 50
 * resolve(30, 'digits');        // 30
 * ```
 */
export function resolve<K extends keyof typeof DEFAULTS>(value: number | undefined, key: K): number {
  return value ?? DEFAULTS[key];
}
