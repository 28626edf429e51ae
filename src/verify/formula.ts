/**
 * What the checks of `proofs/` share: the working digits, formulas given as text or
 * trees with some variables fixed, points written as exact decimal strings, and
 * piecewise definitions written as the notes write them (pieces with conditions).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { InputError } from '../errors.js';
import { parse } from '../symbolic/parse.js';
import { type Expr, substitute } from '../symbolic/tree.js';

/**
 * Digits every check works to: each value compared has this many guaranteed significant digits.
 *
 * @example
 * ```ts
 * evaluate('e', {}, { digits: DIGITS }).value; // '2.71828182845904523536028747135'
 * ```
 */
export const DIGITS = 30;

/**
 * An expression as text or as a tree.
 *
 * @example
 * ```ts
 * const f: Formula = '1/(1+e^(-z))';
 * ```
 */
export type Formula = string | Expr;

/**
 * A point or a set of fixed parameters, as exact decimal strings.
 *
 * @example
 * ```ts
 * const p: Point = { z: '-10', alpha: '1' };
 * ```
 */
export type Point = Readonly<Record<string, string>>;

/**
 * The tree of a formula with the variables of `params` replaced by their values.
 *
 * @example
 * ```ts
 * format(toTree('alpha*z', { alpha: '0.01' })); // '0.01*z'
 * ```
 */
export function toTree(f: Formula, params?: Point): Expr {
  const tree = typeof f === 'string' ? parse(f) : f;
  if (!params || Object.keys(params).length === 0) return tree;
  return substitute(tree, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, parse(v)])));
}

/**
 * A point as text: `z=1, y=0.5`.
 *
 * @example
 * ```ts
 * pointText({ z: '1', y: '0.5' }); // 'z=1, y=0.5'
 * ```
 */
export function pointText(p: Readonly<Record<string, string | Decimal>>): string {
  const parts = Object.entries(p).map(([k, v]) => `${k}=${String(v)}`);
  return parts.length ? parts.join(', ') : 'the constants';
}

/**
 * A number for a message: at most `digits` significant digits (the value itself is exact).
 *
 * @example
 * ```ts
 * shortNumber('0.761594155955764888119458282605'); // '0.761594155956'
 * shortNumber('-4.53978687024343945e-5', 3);       // '-0.0000454'
 * ```
 */
export function shortNumber(text: string | Decimal, digits = 12): string {
  // a value that is not a plain number (`0 (|·| < 1e-1024)`, `undefined`) is shown as it is
  if (typeof text === 'string' && !/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(text.trim())) return text;
  const x = new Decimal(String(text));
  return x.isZero() ? '0' : x.toSignificantDigits(digits).toString();
}

const RELATIONS = ['<=', '>=', '≤', '≥', '<', '>'] as const;

/** The indicator of `a op b` (1 where it holds, 0 elsewhere), written with `sign` only. */
function indicator(a: string, op: string, b: string): string {
  const s = `sign((${a}) - (${b}))`;
  switch (op) {
    case '>':
      return `(${s} + abs(${s}))/2`;
    case '<':
      return `(abs(${s}) - ${s})/2`;
    case '>=':
    case '≥':
      return `(2 + ${s} - abs(${s}))/2`;
    default:
      return `(2 - ${s} - abs(${s}))/2`;
  }
}

function conditionIndicator(condition: string): string {
  const tokens = condition.split(new RegExp(`(${RELATIONS.join('|')})`)).map((t) => t.trim());
  if (tokens.length === 3) return indicator(tokens[0]!, tokens[1]!, tokens[2]!);
  if (tokens.length === 5) return `${indicator(tokens[0]!, tokens[1]!, tokens[2]!)}*${indicator(tokens[2]!, tokens[3]!, tokens[4]!)}`;
  throw new InputError(`a piece's condition must be "a < z" or "a <= z < b", got "${condition}"`);
}

/**
 * A piecewise definition as one expression: Σ pieceᵢ·[conditionᵢ], each indicator built
 * from `sign`, so that the value at a boundary is exactly the piece whose condition
 * holds there (ReLU′(0) = 1 when the notes write "1 for z ≥ 0"). Every piece must be
 * defined wherever the expression is evaluated.
 *
 * @example
 * ```ts
 * evaluate(piecewise([['0', 'z < 0'], ['z', 'z >= 0']]), { z: '-2' }).value; // '0'
 * piecewise([['0', 'z < -2.5'], ['1', 'z > 2.5'], ['0.2*z + 0.5', '-2.5 <= z <= 2.5']]);
 * ```
 */
export function piecewise(pieces: readonly (readonly [string, string])[]): string {
  return pieces.map(([piece, condition]) => `(${piece})*${conditionIndicator(condition)}`).join(' + ');
}
