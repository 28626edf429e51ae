import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseNetworkSpec } from '../../src/nn/spec.js';

const spec = (input: string, extra = '') => `{"layers":[{"weights":[[0.5]],"bias":[0],"activation":"tanh"${extra}}],"loss":"squared_error","input":[${input}],"target":[0]}`;

describe('parseNetworkSpec', () => {
  it('accepts a UTF-8 byte order mark', () => {
    expect(parseNetworkSpec(`\uFEFF${spec('1')}`, true).sample).toEqual({ input: ['1'], target: ['0'] });
  });

  it('keeps every digit of a number literal, however long', () => {
    const long = `0.${'0123456789'.repeat(100)}e-3`; // 1,006 characters
    expect(parseNetworkSpec(spec(long), true).sample!.input).toEqual([long]);
    const negative = `-${'9'.repeat(500)}`;
    expect(parseNetworkSpec(spec(negative), true).sample!.input).toEqual([negative]);
  });

  it.each([
    ['not JSON at all', 'password=hunter2', 'invalid JSON: expected a JSON value (line 1, column 1)'],
    ['a cut-off file', '{"layers": [', 'invalid JSON: expected a JSON value (at the end of the text)'],
    ['a bad token on line 3', '{\n  "layers": [],\n  "loss": hunter2\n}', 'invalid JSON: expected a JSON value (line 3, column 11)'],
    ['a key given twice', '{"loss": "mse", "loss": "hunter2"}', 'invalid JSON: a property name appears twice in one object (line 1, column 17)'],
    ['a raw control character in a string', '{"loss": "hunter\u0001"}', 'invalid JSON: a control character inside a string (write it as an escape) (line 1, column 17)'],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'invalid JSON: arrays and objects nested more than 64 deep (line 1, column 65)'],
  ])('%s: a line and column, never the contents', (_what, text, message) => {
    expect(() => parseNetworkSpec(text)).toThrow(InputError);
    try {
      parseNetworkSpec(text);
    } catch (err) {
      expect((err as Error).message).toBe(message);
      expect((err as Error).message).not.toContain('hunter');
      expect((err as Error).message).not.toContain('password');
    }
  });

  it('names the JSON path of a bad value without quoting the value', () => {
    const text = spec('1').replace('[[0.5]]', '[["hunter2"]]');
    expect(() => parseNetworkSpec(text)).toThrow('layers[0].weights[0][0]: expected a number, got a string');
  });

  it('reads "__proto__" as a key like any other', () => {
    expect(() => parseNetworkSpec(spec('1', ',"params":{"__proto__":1}'))).toThrow('tanh has no parameter "__proto__"');
    expect(() => parseNetworkSpec('{"__proto__": 1, "layers": [], "loss": "mse"}')).toThrow('__proto__: unknown field');
  });
});
