/**
 * A JSON reader that keeps every number literal as the string of its digits
 * (`0.1234567890123456789012345` and a number of 1,000 digits arrive whole, where
 * `JSON.parse` rounds to a double). It is strict RFC 8259 JSON plus a leading byte order
 * mark, iterative (no recursion, so deep nesting cannot overflow the stack), linear in the
 * length of the text (strings are cut out with `indexOf` and `slice`, not built character
 * by character), refuses a key given twice in one object, stores a key named `__proto__`
 * as a plain property, and reports errors by line and column without quoting the text.
 *
 * @module
 */
import { InputError } from '../errors.js';

/** Limits of {@link readJson}. */
export interface JsonLimits {
  /** Arrays and objects nested deeper than this are refused (default 64). */
  readonly maxDepth?: number;
  /** Strings and number literals longer than this are refused (default 100,000 characters). */
  readonly maxToken?: number;
}

/** A JSON value whose numbers are strings. */
export type JsonValue = string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

type Container = { readonly array: JsonValue[] } | { readonly object: { [key: string]: JsonValue }; key: string | undefined };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw control characters
const CONTROL = /[\u0000-\u001f]/;
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

/** `line 3, column 7` of a 0-based offset. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/**
 * Parses JSON text; every number comes back as the string of its literal.
 *
 * @example
 * ```ts
 * readJson('{"w": [0.1000000000000000000001, 2e-400]}'); // { w: ['0.1000000000000000000001', '2e-400'] }
 * readJson('{"a": 1,\n "a": 2}'); // throws InputError: invalid JSON: a property name appears twice in one object (line 2, column 2)
 * ```
 */
export function readJson(source: string, limits: JsonLimits = {}): JsonValue {
  const maxDepth = limits.maxDepth ?? 64;
  const maxToken = limits.maxToken ?? 100_000;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const fail = (what: string, at: number): never => {
    throw new InputError(`invalid JSON: ${what} (${at >= text.length ? 'at the end of the text' : lineColumn(text, at)})`);
  };
  let i = 0;
  const skip = (): void => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  };

  const string = (): string => {
    const start = i; // at the opening quote
    // the closing quote is the first one after an even number of backslashes; every search
    // starts where the last one stopped, so finding it is linear in the length of the string
    let close = text.indexOf('"', start + 1);
    for (;;) {
      if (close < 0) return fail('unterminated string', start);
      let k = close - 1;
      while (text.charCodeAt(k) === 0x5c) k--;
      if ((close - 1 - k) % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    if (close - start - 1 > maxToken) fail(`a string longer than ${maxToken.toLocaleString('en')} characters`, start);
    const raw = text.slice(start + 1, close);
    if (CONTROL.test(raw)) fail('a control character inside a string (write it as an escape)', start + 1 + raw.search(CONTROL));
    i = close + 1;
    let out = '';
    let from = 0;
    for (let b = raw.indexOf('\\'); b >= 0; b = raw.indexOf('\\', from)) {
      out += raw.slice(from, b);
      const e = raw[b + 1]!;
      const simple = ESCAPES.get(e);
      if (simple !== undefined) {
        out += simple;
        from = b + 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(b + 2, b + 6))) {
        out += String.fromCharCode(Number.parseInt(raw.slice(b + 2, b + 6), 16));
        from = b + 6;
      } else {
        fail('invalid escape sequence', start + 1 + b);
      }
    }
    return out + raw.slice(from);
  };

  const scalar = (): JsonValue => {
    const c = text[i];
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      if (m[0].length > maxToken) fail(`a number longer than ${maxToken.toLocaleString('en')} characters`, i);
      const next = text.charCodeAt(i + m[0].length);
      // `01`, `1.`, `1e`, `-`: a number literal that does not end where JSON says
      if ((next >= 0x30 && next <= 0x39) || next === 0x2e || next === 0x45 || next === 0x65) fail('invalid number', i);
      i += m[0].length;
      return m[0];
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(i >= text.length ? 'expected a JSON value' : c === '-' ? 'invalid number' : 'expected a JSON value', i);
  };

  const stack: Container[] = [];
  let result: JsonValue | undefined;

  /** Reads a key and its colon in the innermost object. */
  const key = (): void => {
    const top = stack[stack.length - 1] as { object: { [key: string]: JsonValue }; key: string | undefined };
    if (text[i] !== '"') fail('expected a quoted property name', i);
    const at = i;
    const name = string();
    if (Object.hasOwn(top.object, name)) fail('a property name appears twice in one object', at);
    top.key = name;
    skip();
    if (text[i] !== ':') fail('expected ":" after a property name', i);
    i++;
  };

  for (;;) {
    skip();
    // a value: a scalar, or an array or object opened here
    let value: JsonValue;
    const c = text[i];
    if (c === '[' || c === '{') {
      if (stack.length >= maxDepth) fail(`arrays and objects nested more than ${maxDepth} deep`, i);
      i++;
      skip();
      if (c === '[') {
        const array: JsonValue[] = [];
        if (text[i] !== ']') {
          stack.push({ array });
          continue;
        }
        i++;
        value = array;
      } else {
        const object: { [key: string]: JsonValue } = {};
        if (text[i] !== '}') {
          stack.push({ object, key: undefined });
          key();
          continue;
        }
        i++;
        value = object;
      }
    } else {
      value = scalar();
    }
    // store it, then close every container that ends here
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) {
        result = value;
        break;
      }
      if ('array' in top) top.array.push(value);
      else if (top.key === '__proto__') Object.defineProperty(top.object, '__proto__', { value, enumerable: true, writable: true, configurable: true });
      else top.object[top.key!] = value;
      skip();
      const close = 'array' in top ? ']' : '}';
      if (text[i] === ',') {
        i++;
        skip();
        if (!('array' in top)) key();
        break;
      }
      if (text[i] !== close) fail('array' in top ? 'expected "," or "]"' : 'expected "," or "}"', i);
      i++;
      stack.pop();
      value = 'array' in top ? top.array : top.object;
    }
    if (result !== undefined) break;
  }
  skip();
  if (i < text.length) fail('unexpected text after the end of the JSON value', i);
  return result;
}
