/**
 * `toBeIdenticallyEqual`: `a ≡ b` over the common real domain ({@link checkIdentity}).
 *
 * @module
 */
import { checkIdentity, type IdentityOptions, type IdentityVerdict } from '../../verify/identity.js';
import { expressionOf } from './derivative.js';
import { hint, type MatcherContext, type MatcherOutcome } from './result.js';
import { indent, showPoint, table } from './values.js';

/**
 * Options of `toBeIdenticallyEqual`: {@link checkIdentity}'s (digits, default 30; points, default 64; seed; interval; …).
 *
 * @example
 * ```ts
 * const options: IdentityMatcherOptions = { digits: 40, interval: ['0', '5'] };
 * ```
 */
export type IdentityMatcherOptions = IdentityOptions;

const methodText = (v: IdentityVerdict): string => `${v.status}: ${v.summary}`;

/**
 * The message of `toBeIdenticallyEqual` for a verdict, under `.not` or not.
 *
 * @example
 * ```ts
 * identityMessage(checkIdentity('sin(x)^2', '1 - cos(x)'), false);
 * // 'The two expressions are not identically equal. …Counterexample at x = …'
 * ```
 */
export function identityMessage(v: IdentityVerdict, isNot: boolean): string {
  const head = table([
    ['received', v.left],
    ['expected', v.right],
    ['compared', methodText(v)],
  ]);
  if (isNot) {
    if (v.holds) {
      return [
        'Expected the two expressions to differ somewhere, but they agree at every compared point.',
        '',
        indent(head),
        indent([`fewest digits agreed: ${v.digitsAgreed} of ${v.digitsRequested}`]),
      ].join('\n');
    }
    return [
      'Expected the two expressions to differ somewhere, but no point told them apart: `.not` passes only on a counterexample.',
      '',
      indent(head),
      indent([`reason: ${v.reason ?? 'not concluded'}`]),
    ].join('\n');
  }
  const c = v.counterexample;
  if (!c) return ['The identity could not be concluded.', '', indent(head), indent([`reason: ${v.reason ?? 'not concluded'}`])].join('\n');
  return [
    'The two expressions are not identically equal.',
    '',
    indent(head),
    ...(v.reason ? [indent([`note: ${v.reason}`])] : []),
    '',
    `Counterexample at ${showPoint(c.at)}:`,
    indent(
      table([
        ['received', c.claimed],
        ['expected', c.reference],
        ['digits agreed', `${c.digitsAgreed} of ${v.digitsRequested}`],
      ]),
    ),
  ].join('\n');
}

/**
 * The matcher: `received ≡ expected`. Under `.not` it passes only when a point tells them apart.
 *
 * @example
 * ```ts
 * toBeIdenticallyEqual({ isNot: false }, 'cosh(x)^2 - sinh(x)^2', '1').pass; // true
 * ```
 */
export function toBeIdenticallyEqual(ctx: MatcherContext, received: unknown, expected: unknown, options: IdentityMatcherOptions = {}): MatcherOutcome {
  const v = checkIdentity(expressionOf(received, 'the received expression'), expressionOf(expected, 'the expected expression'), options);
  const inconclusive = !v.holds && !v.counterexample;
  const c = v.counterexample;
  return {
    pass: v.holds || (ctx.isNot && inconclusive),
    message: () => `${hint(ctx, 'toBeIdenticallyEqual', 'received', 'expected', 'options')}\n\n${identityMessage(v, ctx.isNot)}`,
    ...(c && !ctx.isNot ? { actual: c.claimed, expected: c.reference } : {}),
  };
}
