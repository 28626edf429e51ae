/**
 * What the judge of one link returns, and its options: shared by the judges of numbers,
 * identities, rules, piecewise formulas, chains of ratios and ranges.
 *
 * @module
 */
import type { Expr } from '../symbolic/tree.js';

/**
 * What one link concluded.
 *
 * @example
 * ```ts
 * const r: LinkResult = notUnderstood('sums are not checked', []); // r.status === 'inconclusive'
 * ```
 */
export interface LinkResult {
  readonly kind: 'identity' | 'derivative' | 'value' | 'inequality' | 'range' | 'claim';
  readonly status: 'proved' | 'verified' | 'refuted' | 'inconclusive';
  readonly method: 'exact' | 'numeric' | 'symbolic' | 'both' | 'interval' | null;
  readonly digits: number;
  readonly digitsAgreed: number;
  readonly points: number;
  readonly summary: string;
  readonly counterexample?: { readonly at: Readonly<Record<string, string>>; readonly claimed: string; readonly reference: string; readonly text: string };
  readonly correction?: string;
  readonly reason?: string;
  readonly readings: readonly string[];
}

/**
 * Options of the judge.
 *
 * @example
 * ```ts
 * const o: JudgeOptions = { digits: 30, points: 16, seed: 1, budget: 4000 };
 * ```
 */
export interface JudgeOptions {
  readonly digits: number;
  readonly points: number;
  readonly seed: number;
  /** Node budget of one link's resolution. */
  readonly budget: number;
  /** Instances of the notes' unknown functions being tried (`f` of `z_2 = f(w_2 q_1)`), as functions of `t`. */
  readonly placeholders?: ReadonlyMap<string, Expr>;
  /** The prose calls the set on the right of `∈` the range: the claim is that the values fill it. */
  readonly rangeIsSet?: boolean;
}

/**
 * A link that was not understood, with the reason.
 *
 * @example
 * ```ts
 * notUnderstood('vectors are not checked', []).summary; // 'not understood: vectors are not checked'
 * ```
 */
export const notUnderstood = (reason: string, readings: readonly string[], kind: LinkResult['kind'] = 'claim'): LinkResult => ({
  kind,
  status: 'inconclusive',
  method: null,
  digits: 0,
  digitsAgreed: 0,
  points: 0,
  summary: `not understood: ${reason}`,
  reason,
  readings,
});

/**
 * `at x = 1, y = 2` (empty for no coordinates).
 *
 * @example
 * ```ts
 * pointText({ x: '1' }); // 'at x = 1'
 * ```
 */
export const pointText = (at: Readonly<Record<string, string>>): string => {
  const parts = Object.entries(at).map(([k, x]) => `${k} = ${x}`);
  return parts.length ? `at ${parts.join(', ')}` : '';
};
