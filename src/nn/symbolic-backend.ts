/**
 * The symbolic backend: values are expression trees. Running the chain-rule code on it
 * writes derivatives as formulas (the notes' product of ratios); compiling substitutes.
 * Adding 0 and multiplying by 0 or 1 are folded, nothing else is simplified.
 *
 * @module
 */
import { InputError } from '../errors.js';
import { add, div, type Expr, format, mul, neg, num, substitute, sub, call } from '../symbolic/tree.js';
import type { Backend } from './backend.js';

const isNum = (e: Expr, value: string): boolean => e.kind === 'num' && Number(e.value) === Number(value) && /^[\d.]+$/.test(e.value);

/**
 * Expression trees as numbers.
 *
 * @example
 * ```ts
 * const S = symbolicBackend;
 * format(S.mul(S.compile(parse('x^2'))({ x: parse('w*a') }), S.fromString('1'))); // '(w*a)^2'
 * ```
 */
export const symbolicBackend: Backend<Expr> = {
  kind: 'symbolic',
  name: 'symbolic',
  digits: Number.POSITIVE_INFINITY,
  fromString(text) {
    const t = text.trim();
    if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) throw new InputError(`"${text}" is not a decimal number`);
    const magnitude = num(t.replace(/^[+-]/, ''));
    return t.startsWith('-') ? neg(magnitude) : magnitude;
  },
  toString: format,
  toNumber: () => Number.NaN,
  add: (a, b) => (isNum(a, '0') ? b : isNum(b, '0') ? a : add(a, b)),
  sub: (a, b) => (isNum(b, '0') ? a : isNum(a, '0') ? neg(b) : sub(a, b)),
  mul: (a, b) => (isNum(a, '0') || isNum(b, '0') ? num('0') : isNum(a, '1') ? b : isNum(b, '1') ? a : mul(a, b)),
  div: (a, b) => (isNum(b, '1') ? a : div(a, b)),
  neg: (a) => neg(a),
  sqrt: (a) => call('sqrt', a),
  isFinite: () => true,
  compare() {
    throw new InputError('symbolic values cannot be compared (a piecewise function needs numbers)');
  },
  compile: (e) => (env) => substitute(e, env),
};
