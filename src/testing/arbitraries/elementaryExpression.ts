/**
 * `elementaryExpression()`: random expression text, defined and differentiable on all of ℝⁿ.
 *
 * @module
 */
import { type Arbitrary, constantFrom, integer, oneof, tuple } from 'fast-check';

/**
 * Options of {@link elementaryExpression}.
 *
 * @example
 * ```ts
 * elementaryExpression({ maxDepth: 2, variables: ['x', 'y'] });
 * ```
 * @remarks Since 0.1.0
 */
export interface ElementaryExpressionOptions {
  /** Largest nesting depth of operations (0: a single variable or constant). Default 3. */
  readonly maxDepth?: number;
  /** The variables used. Default `['x']`. */
  readonly variables?: readonly string[];
}

/** Whether `t` needs no parentheses as an operand: a name, a number, or one call `f(…)`. */
function atomic(t: string): boolean {
  if (/^[A-Za-z0-9_.]+$/.test(t)) return true;
  const open = /^[A-Za-z][A-Za-z0-9_]*\(/.exec(t);
  if (!open || !t.endsWith(')')) return false;
  // the call's own parenthesis must close at the very end
  let depth = 0;
  for (let i = open[0].length - 1; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')' && --depth === 0) return i === t.length - 1;
  }
  return false;
}

/** `t` as an operand: parenthesised unless atomic. */
const p = (t: string): string => (atomic(t) ? t : `(${t})`);

/** u ↦ an expression in u that is defined, smooth and of moderate growth for every real u. */
const UNARY: readonly ((u: string) => string)[] = [
  (u) => `sin(${u})`,
  (u) => `cos(${u})`,
  (u) => `tanh(${u})`,
  (u) => `atan(${u})`,
  (u) => `erf(${u})`,
  (u) => `asinh(${u})`,
  (u) => `log(1 + ${p(u)}^2)`,
  (u) => `sqrt(1 + ${p(u)}^2)`,
  (u) => `e^(-${p(u)}^2)`,
  (u) => `e^(tanh(${u}))`,
  (u) => `-${p(u)}`,
  (u) => `${p(u)}^2`,
];

/** (a, b) ↦ a combination defined for all real a, b (denominators stay ≥ 1). */
const BINARY: readonly ((a: string, b: string) => string)[] = [
  (a, b) => `${a} + ${p(b)}`,
  (a, b) => `${a} - ${p(b)}`,
  (a, b) => `${p(a)}*${p(b)}`,
  (a, b) => `${p(a)}/(2 + sin(${b}))`,
  (a, b) => `${p(a)}/(1 + ${p(b)}^2)`,
];

const LEAF_CONSTANTS = ['1', '2', '3', '0.5', '1.25', '2.75', 'pi', 'e'] as const;

/**
 * Expression text in gradproof's language with at most `maxDepth` nested operations,
 * built only from pieces defined and differentiable on all of ℝⁿ (sums, products,
 * quotients by 2 + sin(·) and 1 + (·)², squares, sin, cos, tanh, atan, erf, asinh,
 * log(1 + (·)²), √(1 + (·)²), e^(−(·)²), e^(tanh(·))), so any real point is in the
 * domain and `verifyDerivative` has no pole or kink to meet. Growth is kept moderate
 * (at most polynomial in the variables; periodic functions see arguments of at most
 * polynomial size). Shrinks toward a single variable.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { verifyDerivative } from 'gradproof';
 * import { elementaryExpression } from 'gradproof/arbitraries';
 *
 * fc.assert(
 *   fc.property(elementaryExpression({ maxDepth: 2 }), (f) => verifyDerivative(f, 'x', { digits: 20, points: 3 }).verified),
 *   { numRuns: 20 },
 * );
 * ```
 * @remarks Since 0.1.0
 */
export function elementaryExpression(options: ElementaryExpressionOptions = {}): Arbitrary<string> {
  const maxDepth = options.maxDepth ?? 3;
  if (!Number.isInteger(maxDepth) || maxDepth < 0) throw new RangeError(`elementaryExpression(): maxDepth must be a non-negative integer, got ${maxDepth}`);
  const vars = options.variables ?? ['x'];
  if (vars.length === 0 || vars.some((v) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v) || v === 'e' || v === 'pi')) {
    throw new RangeError(`elementaryExpression(): variables must be names other than e and pi, got ${JSON.stringify(vars)}`);
  }
  const leaf = oneof({ weight: 3, arbitrary: constantFrom(...vars) }, { weight: 1, arbitrary: constantFrom(...LEAF_CONSTANTS) });
  let level: Arbitrary<string> = leaf;
  for (let depth = 1; depth <= maxDepth; depth++) {
    const sub = level;
    level = oneof(
      { weight: 1, arbitrary: leaf },
      { weight: 2, arbitrary: tuple(integer({ min: 0, max: UNARY.length - 1 }), sub).map(([k, u]) => UNARY[k]!(u)) },
      { weight: 2, arbitrary: tuple(integer({ min: 0, max: BINARY.length - 1 }), sub, sub).map(([k, a, b]) => BINARY[k]!(a, b)) },
    );
  }
  return level;
}
