/**
 * The shape every matcher returns, and the parts of vitest's matcher state the matchers
 * use. Written here (structurally equal to vitest's `SyncExpectationResult`) so that the
 * matchers' logic can be called and tested without a running expect.
 *
 * @module
 */

/**
 * What a matcher returns to `expect`: vitest flips `pass` under `.not` and shows
 * `actual`/`expected` as a diff.
 *
 * @example
 * ```ts
 * const outcome: MatcherOutcome = { pass: false, message: () => 'they differ', actual: '0.1', expected: '0.2' };
 * ```
 */
export interface MatcherOutcome {
  readonly pass: boolean;
  /** The failure (or, under `.not`, the unexpected success) explained. */
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

/**
 * The parts of vitest's `MatcherState` the matchers read (a plain `{ isNot: false }` will do in a unit test).
 *
 * @example
 * ```ts
 * toEqualToDigits({ isNot: false }, '0.5', '0.5', 10).pass; // true
 * ```
 */
export interface MatcherContext {
  readonly isNot: boolean;
  readonly utils?: {
    matcherHint(matcherName: string, received?: string, expected?: string, options?: { isNot?: boolean; secondArgument?: string }): string;
  };
}

/**
 * The first line of a message: vitest's hint, or a plain one without vitest's utils.
 *
 * @example
 * ```ts
 * hint({ isNot: true }, 'toHaveDerivative', 'f', 'claimed'); // 'expect(f).not.toHaveDerivative(claimed)'
 * ```
 */
export function hint(ctx: MatcherContext, name: string, received: string, expected: string, secondArgument?: string): string {
  const options = { isNot: ctx.isNot, ...(secondArgument ? { secondArgument } : {}) };
  if (ctx.utils) return ctx.utils.matcherHint(`.${name}`, received, expected, options);
  return `expect(${received})${ctx.isNot ? '.not' : ''}.${name}(${expected}${secondArgument ? `, ${secondArgument}` : ''})`;
}
