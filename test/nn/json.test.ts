import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readJson } from '../../src/nn/json.js';

/** JSON.parse's value with every number as the text JSON.stringify writes for it: what readJson must return. */
function numbersAsText(v: unknown): unknown {
  if (typeof v === 'number') return JSON.stringify(v);
  if (Array.isArray(v)) return v.map(numbersAsText);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, numbersAsText(x)]));
  return v;
}

describe('readJson', () => {
  it('agrees with JSON.parse on every valid JSON text (numbers as their literals)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(readJson(text)).toEqual(numbersAsText(JSON.parse(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts and refuses exactly what JSON.parse does on arbitrary text (a key twice aside)', () => {
    const pieces = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'a', '"a"', '1', '-', '.', 'e', '0', 'true', 'nul', ' ', '\n', '\u0001', '\\u00e9', '\\x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')), (text) => {
        let nativeOk = true;
        try {
          JSON.parse(text);
        } catch {
          nativeOk = false;
        }
        try {
          readJson(text);
          expect(nativeOk).toBe(true);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          if (nativeOk) expect(err.message).toContain('appears twice');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every digit', () => {
    expect(readJson('[0.1000000000000000000001, -2e-400, 1E+400, 0]')).toEqual(['0.1000000000000000000001', '-2e-400', '1E+400', '0']);
    const long = `3.${'1'.repeat(5000)}`;
    expect(readJson(`{"x": ${long}}`)).toEqual({ x: long });
  });

  it('decodes escapes and keeps __proto__ as a plain key', () => {
    expect(readJson('"a\\n\\u00e9\\"\\\\\\/b"')).toBe('a\né"\\/b');
    const o = readJson('{"__proto__": {"polluted": "yes"}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['', 'expected a JSON value (at the end of the text)'],
    ['\uFEFF', 'expected a JSON value (at the end of the text)'],
    ['[1,]', 'expected a JSON value (line 1, column 4)'],
    ['{"a": 1 "b": 2}', 'expected "," or "}" (line 1, column 9)'],
    ['{"a" 1}', 'expected ":" after a property name (line 1, column 6)'],
    ['{a: 1}', 'expected a quoted property name (line 1, column 2)'],
    ['[01]', 'invalid number (line 1, column 2)'],
    ['[1.]', 'invalid number (line 1, column 2)'],
    ['[-]', 'invalid number (line 1, column 2)'],
    ['["a\\q"]', 'invalid escape sequence (line 1, column 4)'],
    ['["ab', 'unterminated string (line 1, column 2)'],
    ['[1]\n\nx', 'unexpected text after the end of the JSON value (line 3, column 1)'],
    ['{"k": 1,\n "k": 1}', 'a property name appears twice in one object (line 2, column 2)'],
    ['["\t"]', 'a control character inside a string (write it as an escape) (line 1, column 3)'],
  ])('%j: %s', (text, message) => {
    expect(() => readJson(text)).toThrow(`invalid JSON: ${message}`);
  });

  it('bounds nesting and token length before any deep work', () => {
    expect(() => readJson('['.repeat(1_000_000))).toThrow('invalid JSON: arrays and objects nested more than 64 deep (line 1, column 65)');
    expect(readJson(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeDefined();
    expect(() => readJson(`"${'a'.repeat(100_001)}"`)).toThrow('invalid JSON: a string longer than 100,000 characters (line 1, column 1)');
    expect(() => readJson(`[${'7'.repeat(100_001)}]`)).toThrow('invalid JSON: a number longer than 100,000 characters (line 1, column 2)');
    expect(() => readJson('[1]', { maxDepth: 0 })).toThrow('nested more than 0 deep');
  });

  it('reads 50 MB of strings in one linear pass (a million 48-character strings)', () => {
    const text = `[${Array.from({ length: 1_000_000 }, () => `"${'x'.repeat(48)}"`).join(',')}]`;
    expect((readJson(text) as string[]).length).toBe(1_000_000);
  });
});

describe('readJson on hostile strings', () => {
  it('stays linear on a string of escapes with no closing quote, and on escaped quotes', () => {
    expect(() => readJson(`["${'\\n'.repeat(2_000_000)}`)).toThrow('invalid JSON: unterminated string (line 1, column 2)');
    expect(() => readJson(`["${'\\"'.repeat(2_000_000)}`)).toThrow('invalid JSON: unterminated string (line 1, column 2)');
    expect(readJson(`"${'\\"'.repeat(40_000)}"`)).toBe('"'.repeat(40_000));
    expect(readJson('"a\\\\"')).toBe('a\\');
  });
});
