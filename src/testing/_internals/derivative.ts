/**
 * `toHaveDerivative`: a claimed derivative against high-precision finite differences of
 * the received function ({@link verifyDerivative} with `derivative: claimed`).
 *
 * @module
 */
import { InputError } from '../../errors.js';
import { parse } from '../../symbolic/parse.js';
import { type Expr, variables } from '../../symbolic/tree.js';
import { type DerivativeVerdict, type PointCheck, type VerifyDerivativeOptions, verifyDerivative } from '../../verify/derivative.js';
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
  if (c.singularity) rows.push(['at this point', c.note ?? c.singularity.shape]);
  else if (c.note) rows.push(['note', c.note]);
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
  const failing = v.checks.filter((p) => !p.ok);
  const rows: [string, string][] = [
    ['function', v.expr],
    [`claimed d/d${v.wrt}`, v.derivative],
    ['method', `finite differences of the function at ${v.checks.length} point${v.checks.length === 1 ? '' : 's'}; a point passes when all ${v.digitsRequested} digits agree`],
  ];
  if (v.checks.length > 0) {
    const where = v.worst ? `, at ${showPoint(v.worst.at)}` : '';
    rows.push(['result', `${failing.length} of ${v.checks.length} points fail; fewest digits agreed ${agreedText(v.digitsAgreed, v.digitsRequested)}${where}`]);
  }
  if (v.reason) rows.push(['reason', v.reason]);
  const head = table(rows);
  if (isNot) {
    if (v.holds) {
      return ['Expected the claimed derivative to be refuted, but it matches the slope at every compared point.', '', indent(head)].join('\n');
    }
    return ['Expected the claimed derivative to be refuted, but nothing was refuted: `.not` passes only on a counterexample.', '', indent(head)].join('\n');
  }
  const c = v.counterexample;
  const shown = failing.slice(0, 8);
  if (!c) return ['The claimed derivative could not be checked.', '', indent(head)].join('\n');
  const at = v.checks.find((p) => !p.ok && JSON.stringify(p.at) === JSON.stringify(c.at)) ?? failing[0]!;
  return [
    'The claimed derivative does not match the slope of the function.',
    '',
    indent(head),
    '',
    `Counterexample at ${showPoint(c.at)}:`,
    indent(pointLines(at, v.digitsRequested)),
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
  const inconclusive = !v.holds && !v.counterexample;
  const c = v.counterexample;
  return {
    pass: v.holds || (ctx.isNot && inconclusive),
    message: () => `${hint(ctx, 'toHaveDerivative', 'f', 'claimed', 'options')}\n\n${derivativeMessage(v, ctx.isNot)}`,
    ...(c && !ctx.isNot ? { expected: c.claimed, actual: c.reference } : {}),
  };
}
