/**
 * `gradproof/vitest`: vitest matchers that prove mathematics in a test. Importing this
 * module registers them with vitest's `expect` (so a setup file can simply import it) and
 * declares their types on vitest's `Matchers` interface; it also exports them as
 * {@link matchers} for an explicit `expect.extend(matchers)`.
 *
 * Every matcher reports what it compared, where, and a counterexample (the point, both
 * values and the digits on which they agree). Under `.not`, `toHaveDerivative` and
 * `toBeIdenticallyEqual` pass only when a counterexample is found: a check that compared
 * nothing is not a refutation. Invalid input (text that does not parse, a JS number
 * with more than 15 digits) throws instead of failing, with or without `.not`.
 *
 * vitest (≥ 4) is an optional peer dependency, needed only by this entry.
 *
 * @example
 * ```ts
 * // vitest.config.ts: test: { setupFiles: ['gradproof/vitest'] }, or in a test file:
 * import 'gradproof/vitest';
 * import { expect, it } from 'vitest';
 *
 * it('knows the sigmoid', () => {
 *   expect('1/(1+e^(-x))').toHaveDerivative('e^(-x)/(1+e^(-x))^2', { digits: 50 });
 *   expect('1 - tanh(x)^2').toBeIdenticallyEqual('sech(x)^2');
 *   expect('0.33333333333333333333').toEqualToDigits('0.3333333333333333333333', 20);
 * });
 * ```
 * @module
 */
import { expect, type MatcherState } from 'vitest';
import type { Expr } from '../symbolic/tree.js';
import { type DerivativeMatcherOptions, toHaveDerivative as derivativeMatcher } from './_internals/derivative.js';
import { toEqualToDigits as digitsMatcher } from './_internals/digits.js';
import { type GradientCheckMatcherOptions, type NetworkWithSample, toPassGradientCheck as gradientMatcher } from './_internals/gradient.js';
import { type IdentityMatcherOptions, toBeIdenticallyEqual as identityMatcher } from './_internals/identity.js';
import type { MatcherOutcome } from './_internals/result.js';
import type { DecimalLike } from './_internals/values.js';
// multivariate calculus
import { type CriticalPointClaim, type GradientMatcherOptions, toHaveCriticalPoint as criticalPointMatcher, toHaveGradient as gradientOfMatcher } from './_internals/calculus.js';

export type { DecimalLike, DerivativeMatcherOptions, GradientCheckMatcherOptions, IdentityMatcherOptions, MatcherOutcome, NetworkWithSample };
export type { CriticalPointClaim, GradientMatcherOptions };

/** The implementation of `toHaveDerivative` (documented on vitest's `Matchers` below). */
export function toHaveDerivative(this: MatcherState, received: unknown, claimed: string | Expr, options?: DerivativeMatcherOptions): MatcherOutcome {
  return derivativeMatcher(this, received, claimed, options);
}

/** The implementation of `toBeIdenticallyEqual` (documented on vitest's `Matchers` below). */
export function toBeIdenticallyEqual(this: MatcherState, received: unknown, expected: string | Expr, options?: IdentityMatcherOptions): MatcherOutcome {
  return identityMatcher(this, received, expected, options);
}

/** The implementation of `toPassGradientCheck` (documented on vitest's `Matchers` below). */
export function toPassGradientCheck(this: MatcherState, received: unknown, options?: GradientCheckMatcherOptions): MatcherOutcome {
  return gradientMatcher(this, received, options);
}

/** The implementation of `toEqualToDigits` (documented on vitest's `Matchers` below). */
export function toEqualToDigits(this: MatcherState, received: unknown, reference: DecimalLike, digits: number): MatcherOutcome {
  return digitsMatcher(this, received, reference, digits);
}

/** The implementation of `toHaveGradient` (documented on vitest's `Matchers` below). */
export function toHaveGradient(this: MatcherState, received: unknown, claimed: readonly (string | Expr)[] | Readonly<Record<string, string | Expr>>, options?: GradientMatcherOptions): MatcherOutcome {
  return gradientOfMatcher(this, received, claimed, options);
}

/** The implementation of `toHaveCriticalPoint` (documented on vitest's `Matchers` below). */
export function toHaveCriticalPoint(this: MatcherState, received: unknown, claim: CriticalPointClaim): MatcherOutcome {
  return criticalPointMatcher(this, received, claim);
}

/**
 * The matchers, as `expect.extend` takes them (a type alias: `expect.extend` wants an index signature).
 *
 * @example
 * ```ts
 * const mine: GradproofMatchers = matchers;
 * expect.extend(mine);
 * ```
 */
export type GradproofMatchers = {
  readonly toHaveDerivative: typeof toHaveDerivative;
  readonly toBeIdenticallyEqual: typeof toBeIdenticallyEqual;
  readonly toPassGradientCheck: typeof toPassGradientCheck;
  readonly toEqualToDigits: typeof toEqualToDigits;
  readonly toHaveGradient: typeof toHaveGradient;
  readonly toHaveCriticalPoint: typeof toHaveCriticalPoint;
};

/**
 * The gradproof matchers, for an explicit `expect.extend(matchers)` (importing this
 * module already registers them).
 *
 * @example
 * ```ts
 * import { matchers } from 'gradproof/vitest';
 * import { expect } from 'vitest';
 * expect.extend(matchers);
 * ```
 */
export const matchers: GradproofMatchers = { toHaveDerivative, toBeIdenticallyEqual, toPassGradientCheck, toEqualToDigits, toHaveGradient, toHaveCriticalPoint };

expect.extend(matchers);

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: the declaration must match vitest's own `Matchers<T = any>`
  interface Matchers<T = any> {
    /**
     * `expect(f).toHaveDerivative(claimed, options?)`: `claimed` is the derivative of `f`
     * with respect to `options.wrt` (default: the only variable). Checked by
     * `verifyDerivative(f, wrt, { derivative: claimed, ...options })`: every point (12
     * seeded ones by default, plus `options.at`) must agree with a high-precision finite
     * difference to within 5 of `options.digits` (default 50) significant digits. At a
     * kink named in `options.at`, either one-sided slope or their mean is accepted. Under
     * `.not` it passes only on a counterexample.
     *
     * @example
     * ```ts
     * expect('1/(1+e^(-x))').toHaveDerivative('e^(-x)/(1+e^(-x))^2', { wrt: 'x', digits: 50 });
     * expect('sin(x)').not.toHaveDerivative('sin(x)');                  // refuted at a sampled point
     * expect('abs(x)').toHaveDerivative('sign(x)', { at: [{ x: '0' }] }); // sign(0) = 0, the mean of ±1
     * ```
     */
    toHaveDerivative(claimed: string | Expr, options?: DerivativeMatcherOptions): void;
    /**
     * `expect(a).toBeIdenticallyEqual(b, options?)`: a ≡ b over their common real domain,
     * checked by `checkIdentity(a, b, options)`: numerically at 64 seeded points (to
     * `options.digits`, default 30) and, when it can, symbolically by the CAS. Under
     * `.not` it passes only on a counterexample.
     *
     * @example
     * ```ts
     * expect('1 - tanh(x)^2').toBeIdenticallyEqual('sech(x)^2', { digits: 40 });
     * expect('sin(x)^2').not.toBeIdenticallyEqual('1 - cos(x)');
     * ```
     */
    toBeIdenticallyEqual(expected: string | Expr, options?: IdentityMatcherOptions): void;
    /**
     * `expect(network).toPassGradientCheck(options?)`: backprop's gradient of the
     * network's loss at a sample agrees with high-precision finite differences (the
     * engine's `gradcheck`: to within 5 of `options.digits`, default 50; at a kink
     * backprop must take one of the one-sided slopes). The received value is
     * `{ network, sample }` (what `smallNetwork()` draws) or a bare network spec or
     * `Network` with `options.sample`.
     *
     * @example
     * ```ts
     * const network = { layers: [{ weights: [['0.3', '-0.2']], bias: ['0.1'], activation: 'tanh' }], loss: 'squared_error' };
     * const sample = { input: ['1', '2'], target: ['0.5'] };
     * expect({ network, sample }).toPassGradientCheck({ digits: 30 });
     * expect(network).toPassGradientCheck({ sample });
     * ```
     */
    toPassGradientCheck(options?: GradientCheckMatcherOptions): void;
    /**
     * `expect(value).toEqualToDigits(reference, digits)`: the two numbers agree to
     * `digits` (1…1000) significant digits, meaning they are equal or
     * |value − reference| ≤ 10^−digits · max(|value|, |reference|) — the relative measure
     * of every verdict's `digitsAgreed`, not "both round to the same digits"; zero agrees
     * only with zero. Values are decimal strings, Decimals, or JS numbers whose shortest
     * text has at most 15 significant digits (a longer one throws: pass a string).
     *
     * @example
     * ```ts
     * expect('3.14159265358979323846').toEqualToDigits('3.14159265358979323847', 20);
     * expect('0.99999').toEqualToDigits('1.00001', 4); // relative gap 2e-5
     * expect(0.5).not.toEqualToDigits('0.5001', 5);
     * ```
     */
    toEqualToDigits(reference: DecimalLike, digits: number): void;
    /**
     * `expect(f).toHaveGradient(claimed, options?)`: `claimed` is ∇f, given as an array in
     * the order of `options.wrt` (default: the variables sorted) or as a record
     * `{ x: …, y: … }`. Each component is checked like `toHaveDerivative` (finite
     * differences at 12 seeded points plus `options.at`, to within 5 of `options.digits`,
     * default 50). A claim with the wrong number of components throws. Under `.not` it
     * passes only on a counterexample.
     *
     * @example
     * ```ts
     * expect('x^2*y + sin(y)').toHaveGradient(['2*x*y', 'x^2 + cos(y)']);
     * expect('x^2*y').toHaveGradient({ x: '2*x*y', y: 'x^2' }, { digits: 30 });
     * expect('x^2*y').not.toHaveGradient(['2*x', 'x^2']); // ∂f/∂x is wrong
     * ```
     */
    toHaveGradient(claimed: readonly (string | Expr)[] | Readonly<Record<string, string | Expr>>, options?: GradientMatcherOptions): void;
    /**
     * `expect(f).toHaveCriticalPoint({ at, kind?, tolerance? })`: ∇f = 0 at `at` — proved
     * by the CAS when every coordinate is written as an integer (an exact claim), or a
     * zero of ∇f certified by Krawczyk's test within ± half a unit of the last written
     * digit (`3.584428` claims [3.5844275, 3.5844285]) — and, when `kind` is given, of that
     * kind: `minimum`, `maximum`, `saddle`, `inflection`, or `degenerate` (the
     * second-derivative test is inconclusive). Under `.not` it passes only on a certain
     * refutation (no zero of ∇f there, or a certified classification of another kind).
     *
     * @example
     * ```ts
     * expect('(1-x)^2 + 100*(y-x^2)^2').toHaveCriticalPoint({ at: { x: 1, y: 1 }, kind: 'minimum' });
     * expect('x^3 - 3*x*y^2').toHaveCriticalPoint({ at: { x: 0, y: 0 }, kind: 'degenerate' });
     * expect('x^2 - y^2').not.toHaveCriticalPoint({ at: { x: 0, y: 0 }, kind: 'minimum' });
     * ```
     */
    toHaveCriticalPoint(claim: CriticalPointClaim): void;
  }
}

// ── gradproof check: Markdown notes ─────────────────────────────────────────
import { checkNotes } from '../check/notes.js';
import type { CheckOptions } from '../check/notes.js';

/**
 * The implementation of `toHaveNoRefutedLine`: `expect(markdown).toHaveNoRefutedLine()`
 * passes when `checkNotes(markdown)` refutes no equation; the failure lists every refuted
 * line with its counterexample. Registered on import like the other matchers (not part of
 * {@link matchers}; `expect.extend({ toHaveNoRefutedLine })` registers it explicitly).
 *
 * @example
 * ```ts
 * expect('$$\\frac{d}{dx} x^3 = 3x^2$$').toHaveNoRefutedLine();
 * expect('$$e \\approx 2.73$$').not.toHaveNoRefutedLine();
 * ```
 */
export function toHaveNoRefutedLine(this: MatcherState, received: unknown, options?: CheckOptions): MatcherOutcome {
  if (typeof received !== 'string') throw new TypeError('toHaveNoRefutedLine expects the Markdown text of the notes');
  const report = checkNotes(received, options);
  const refuted = report.equations.filter((e) => e.status === 'refuted');
  const lines = refuted.map((e) => `  line ${e.line}: ${e.subject}\n    ${e.summary}${e.correction ? `\n    correction: ${e.correction}` : ''}`);
  const s = report.summary;
  return {
    pass: refuted.length === 0,
    message: () =>
      refuted.length
        ? `Expected no refuted line, but ${refuted.length} equation link(s) are refuted:\n${lines.join('\n')}`
        : `Expected a refuted line, but none was refuted (${s.proved} proved, ${s.verified} verified, ${s.notUnderstood} not understood)`,
    actual: refuted.map((e) => `line ${e.line}: ${e.subject}`),
    expected: [],
  };
}

expect.extend({ toHaveNoRefutedLine });

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: the declaration must match vitest's own `Matchers<T = any>`
  interface Matchers<T = any> {
    /** `expect(markdown).toHaveNoRefutedLine(options?)`: `gradproof check` refutes no equation of the notes. */
    toHaveNoRefutedLine(options?: CheckOptions): T;
  }
}
