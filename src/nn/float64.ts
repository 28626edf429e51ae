/**
 * The float64 backend: JS numbers and the float64 compiler ({@link compile64}).
 *
 * @module
 */
import { InputError } from '../errors.js';
import type { Backend } from './backend.js';
import { compile64 } from './compile64.js';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * float64 arithmetic: fast, rounded to 53 bits after every operation; NaN and ±∞ can
 * appear (an exploding network) and are reported by {@link Backend.isFinite}.
 *
 * @example
 * ```ts
 * const B = float64Backend;
 * B.toString(B.add(B.fromString('0.1'), B.fromString('0.2'))); // '0.30000000000000004'
 * ```
 */
export const float64Backend: Backend<number> = {
  kind: 'float64',
  name: 'float64',
  digits: 53 * Math.log10(2),
  fromString(text) {
    const t = text.trim();
    if (!DECIMAL.test(t)) throw new InputError(`"${text}" is not a decimal number`);
    return Number(t);
  },
  toString: (x) => String(x),
  toNumber: (x) => x,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  sqrt: Math.sqrt,
  isFinite: Number.isFinite,
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  compile: compile64,
};
