/**
 * `toHaveDerivative`: a claimed derivative against high-precision finite differences of
 * the received function ({@link verifyDerivative} with `derivative: claimed`).
 *
 * @module
 */
import { InputError } from '../../errors.js';
import { parse } from '../../symbolic/parse.js';
import { type Expr, variables } from '../../symbolic/tree.js';
import { AGREEMENT_SLACK, type DerivativeVerdict, type PointCheck, type VerifyDerivativeOptions, verifyDerivative } from '../../verify/derivative.js';
import { hint, type MatcherContext, type MatcherOutcome } from './result.js';
import { indent, showPoint, table } from './values.js';

/**
 * Options of `toHaveDerivative`: the variable (`wrt`, default the expression's only
 * variable) and {@link verifyDerivative}'s options (digits, default 50; points, default
 * 12; seed; extra points `at`; the sampling `interval`, `tail`, `tailShare`).
 *
 * @example
 * ```ts
 * const options: DerivativeMatcherOptions = { wrt: 'x', digits: 30, points: 6, at: [{ x: '0' }] };
 * ```
 */
export interface DerivativeMatcherOptions extends Omit<VerifyDerivativeOptions, 'derivative' | 'order'> {
  /** The variable. Default: the expression's only variable (required when it has several). */
  readonly wrt?: string;
}

/**
 * The expression as a tree; a text that does not parse throws its ParseError, a
 * non-expression an InputError naming `what`.
 *
 * @example
 * ```ts
 * expressionOf('x^2', 'the function'); // { kind: 'pow', … }
 * ```
 */
export function expressionOf(value: unknown, what: string): Expr {
  if (typeof value === 'string') return parse(value);
  if (typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string') return value as Expr;
  throw new InputError(`${what} must be expression text (e.g. "1/(1+e^(-x))") or an expression tree, got ${value === null ? 'null' : typeof value}`);
}

/** The variable to differentiate by: the one asked for, or the only one there is. */
function variableOf(f: Expr, claimed: Expr, wrt: string | undefined): string {
  if (wrt !== undefined) return wrt;
  const vars = [...new Set([...variables(f), ...variables(claimed)])].sort();
  if (vars.length === 1) return vars[0]!;
  if (vars.length === 0) return 'x';
  throw new InputError(`toHaveDerivative: the expressions have the variables ${vars.join(', ')}; say which one with { wrt: '${vars[0]}' }`);
}

const agreedText = (n: number, of: number): string => `${n} of ${of}`;
const agreeText = (n: number): string => (n === 1 ? '1 digit agrees' : `${n} digits agree`);

function pointLines(c: PointCheck, digits: number): string[] {
  const rows: [string, string][] = [
    ['claimed derivative', c.derivative],
    [`finite difference (${c.stencil})`, c.finiteDifference],
    ['digits agreed', agreedText(c.digitsAgreed, digits)],
  ];
  if (c.kink) rows.push(['one-sided slopes', `left ${c.kink.left}, right ${c.kink.right} (a kink: the claim may take either, or their mean)`]);
  return table(rows);
}

/**
 * The message of `toHaveDerivative` for a verdict, under `.not` or not.
 *
 * @example
 * ```ts
 * derivativeMessage(verifyDerivative('sin(x)', 'x', { derivative: 'sin(x)' }), false);
 * // 'The claimed derivative does not match the slope of the function. …Counterexample at x = …'
 * ```
 */
export function derivativeMessage(v: DerivativeVerdict, isNot: boolean): string {
  const required = v.digitsRequested - AGREEMENT_SLACK;
  const failing = v.points.filter((p) => !p.ok);
  const rows: [string, string][] = [
    ['function', v.expr],
    [`claimed d/d${v.wrt}`, v.derivative],
    ['method', `finite differences at ${v.points.length} point${v.points.length === 1 ? '' : 's'}, ${v.digitsRequested} digits requested; a point passes when ≥ ${required} agree`],
  ];
  if (v.points.length > 0) {
    const where = v.worst ? `, at ${showPoint(v.worst.at)}` : '';
    rows.push(['result', `${failing.length} of ${v.points.length} points fail; fewest digits agreed ${agreedText(v.digitsAgreed, v.digitsRequested)}${where}`]);
  } else {
    rows.push(['reason', v.reason ?? 'not verified']);
  }
  const head = table(rows);
  if (isNot) {
    if (v.verified) {
      return ['Expected the claimed derivative to be refuted, but it matches the slope at every compared point.', '', indent(head)].join('\n');
    }
    return ['Expected the claimed derivative to be refuted, but nothing was compared: `.not` passes only on a counterexample.', '', indent(head)].join('\n');
  }
  const c = v.counterexample;
  if (!c) return ['The claimed derivative could not be checked.', '', indent(head)].join('\n');
  const shown = failing.slice(0, 8);
  return [
    'The claimed derivative does not match the slope of the function.',
    '',
    indent(head),
    '',
    `Counterexample at ${showPoint(c.at)}:`,
    indent(pointLines(c, v.digitsRequested)),
    '',
    `Failing points${failing.length > shown.length ? ` (first ${shown.length} of ${failing.length})` : ''}:`,
    indent(table(shown.map((p) => [showPoint(p.at), `${agreeText(p.digitsAgreed)} (claimed ${p.derivative.slice(0, 24)}${p.derivative.length > 24 ? '…' : ''})`]))),
  ].join('\n');
}

/**
 * The matcher: verifies `claimed` as the derivative of `received`. Under `.not` it passes
 * only when a counterexample was found (an unconcluded check is not a refutation).
 *
 * @example
 * ```ts
 * toHaveDerivative({ isNot: false }, 'x^2', '2*x', { digits: 20 }).pass; // true
 * ```
 */
export function toHaveDerivative(ctx: MatcherContext, received: unknown, claimed: unknown, options: DerivativeMatcherOptions = {}): MatcherOutcome {
  const f = expressionOf(received, 'the received function');
  const d = expressionOf(claimed, 'the claimed derivative');
  const { wrt, ...rest } = options;
  const v = verifyDerivative(f, variableOf(f, d, wrt), { ...rest, derivative: d });
  const inconclusive = !v.verified && !v.counterexample;
  const c = v.counterexample;
  return {
    pass: v.verified || (ctx.isNot && inconclusive),
    message: () => `${hint(ctx, 'toHaveDerivative', 'f', 'claimed', 'options')}\n\n${derivativeMessage(v, ctx.isNot)}`,
    ...(c && !ctx.isNot ? { expected: c.derivative, actual: c.finiteDifference } : {}),
  };
}
