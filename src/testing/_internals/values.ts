/**
 * Reading the values a test hands to a matcher (decimal strings, Decimals, small JS
 * numbers) and writing them back into messages.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { InputError } from '../../errors.js';

/**
 * A number as a test gives it: a decimal string, a Decimal, or a JS number of at most 15 significant digits.
 *
 * @example
 * ```ts
 * const values: DecimalLike[] = ['0.1', new Decimal('2.5e-300'), 0.25];
 * ```
 */
export type DecimalLike = string | number | Decimal;

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Significant digits of a JS number's shortest round-trip text (`0.1` → 1, `0.30000000000000004` → 17). */
function significantDigits(x: number): number {
  const mantissa = x.toExponential().split('e')[0]!.replace(/[-.]/g, '');
  return mantissa.length;
}

/**
 * The exact value of `value`: a decimal string as written, a Decimal (from any copy of
 * decimal.js) as it prints, a JS number as its shortest text when that has ≤ 15
 * significant digits. Anything else is an {@link InputError} naming `what`.
 *
 * @example
 * ```ts
 * exactDecimal('0.1', 'the value').toString();   // '0.1'
 * exactDecimal(0.1 + 0.2, 'the value');           // throws: 17 significant digits, pass a string
 * ```
 */
export function exactDecimal(value: unknown, what: string): Decimal {
  if (Decimal.isDecimal(value)) {
    const d = new Decimal((value as Decimal).toString());
    if (!d.isFinite()) throw new InputError(`${what} must be a finite number, got ${d.toString()}`);
    return d;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InputError(`${what} must be a finite number, got ${value}`);
    if (significantDigits(value) > 15) {
      throw new InputError(
        `${what} is the JS number ${value}, which has ${significantDigits(value)} significant digits: a float cannot carry more than 15, pass a decimal string`,
      );
    }
    return new Decimal(String(value));
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL.test(text)) throw new InputError(`${what} must be a decimal number, got "${value}"`);
    return new Decimal(text);
  }
  const shown = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new InputError(`${what} must be a decimal string, a Decimal or a number, got ${shown}`);
}

/**
 * A point as text.
 *
 * @example
 * ```ts
 * showPoint({ x: '0.3', y: '-1' }); // 'x = 0.3, y = -1'
 * ```
 */
export function showPoint(at: Readonly<Record<string, string>>): string {
  const entries = Object.entries(at);
  return entries.length ? entries.map(([k, v]) => `${k} = ${v}`).join(', ') : '(no variables)';
}

/**
 * Lines indented by two spaces (empty lines stay empty), joined.
 *
 * @example
 * ```ts
 * indent(['a', '', 'b']); // '  a\n\n  b'
 * ```
 */
export function indent(lines: readonly string[], by = '  '): string {
  return lines.map((l) => (l ? `${by}${l}` : l)).join('\n');
}

/**
 * Rows `label  value` with the values aligned.
 *
 * @example
 * ```ts
 * table([['received', '0.5'], ['digits agreed', '3 of 4']]); // ['received       0.5', 'digits agreed  3 of 4']
 * ```
 */
export function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([l]) => l.length));
  return rows.map(([l, v]) => `${l.padEnd(width)}  ${v}`);
}
