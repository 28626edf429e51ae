/**
 * Small computations the claims run: derivatives by the library, products of local
 * derivatives along a chain, and gradient descent on a cost of one weight.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { compile } from '../numeric/compile.js';
import { decimalContext } from '../numeric/context.js';
import { evaluateClosure } from '../numeric/evaluate.js';
import { derive } from '../verify/derive.js';
import { type Expr, mul, substitute } from '../symbolic/tree.js';
import { DIGITS, type Formula, toTree } from '../verify/formula.js';

/**
 * The derivative of a formula by the library (the CAS, checked by gradproof's rules).
 *
 * @example
 * ```ts
 * format(diff('x^3', 'x', 2)); // '6*x'
 * ```
 */
export function diff(f: Formula, wrt: string, order = 1): Expr {
  return derive(toTree(f), wrt, { order }).expr;
}

/**
 * The product of the local derivatives of a chain, each derived by the library, with the
 * intermediate variables then replaced by what they stand for (in the order given).
 *
 * @example
 * ```ts
 * // df/dq · dq/dp · dp/dx for f = 1/q, q = 1 + e^p, p = -x
 * chainProduct([['1/q', 'q'], ['1 + e^p', 'p'], ['-x', 'x']], [['q', '1 + e^p'], ['p', '-x']]);
 * ```
 */
export function chainProduct(factors: readonly (readonly [Formula, string])[], bindings: readonly (readonly [string, Formula])[]): Expr {
  let product = factors.map(([f, wrt]) => diff(f, wrt)).reduce((a, b) => mul(a, b));
  for (const [name, meaning] of bindings) product = substitute(product, { [name]: toTree(meaning) });
  return product;
}

/**
 * One run of gradient descent: the weights, the costs and the gradients at each step.
 *
 * @example
 * ```ts
 * const run: Descent = descend('(1 - w)^2', 'w', '3', '0.1', 1); // weights 3, 2.6; costs 4, 2.56; gradients 4, 3.2
 * ```
 */
export interface Descent {
  readonly weights: Decimal[];
  readonly costs: Decimal[];
  readonly gradients: Decimal[];
}

/**
 * Gradient descent on a cost of one weight: w ← w − η·c′(w), with c′ derived by the
 * library and every value evaluated to {@link DIGITS} guaranteed digits.
 *
 * @example
 * ```ts
 * descend('(1 - w)^2', 'w', '3', '0.1', 4).weights.map(String); // ['3', '2.6', '2.28', '2.024', '1.8192']
 * ```
 */
export function descend(cost: Formula, wrt: string, start: string, rate: string, steps: number): Descent {
  const c = compile(toTree(cost));
  const g = compile(diff(cost, wrt));
  const D = decimalContext(2 * DIGITS);
  const eta = new Decimal(rate);
  const weights = [new Decimal(start)];
  const costs: Decimal[] = [];
  const gradients: Decimal[] = [];
  for (let k = 0; ; k++) {
    const env = { [wrt]: weights[k]! };
    costs.push(evaluateClosure(c, env, DIGITS).decimal);
    gradients.push(evaluateClosure(g, env, DIGITS).decimal);
    if (k === steps) break;
    weights.push(D.sub(weights[k]!, D.mul(eta, gradients[k]!)));
  }
  return { weights, costs, gradients };
}
