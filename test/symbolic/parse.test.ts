import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { parse } from '../../src/symbolic/parse.js';
import { format, variables } from '../../src/symbolic/tree.js';

describe('parse', () => {
  it('keeps long literals exact', () => {
    expect(parse('1.0507009873554804934193349852946*x')).toEqual({
      kind: 'mul',
      left: { kind: 'num', value: '1.0507009873554804934193349852946' },
      right: { kind: 'var', name: 'x' },
    });
  });

  it('reads exponents in literals', () => {
    expect(parse('1e-5*x')).toMatchObject({ kind: 'mul', left: { kind: 'num', value: '1e-5' } });
  });

  it('gives -x^2 the mathematical meaning -(x^2) and ^ right associativity', () => {
    expect(format(parse('-x^2'))).toBe('-x^2');
    expect(parse('-x^2')).toMatchObject({ kind: 'neg', arg: { kind: 'pow' } });
    expect(parse('2^3^2')).toMatchObject({ kind: 'pow', left: { value: '2' }, right: { kind: 'pow' } });
    expect(parse('x^-2')).toMatchObject({ kind: 'pow', right: { kind: 'neg' } });
  });

  it('knows constants, aliases and variables', () => {
    expect(parse('pi')).toEqual({ kind: 'const', name: 'pi' });
    expect(parse('E')).toEqual({ kind: 'const', name: 'e' });
    expect(parse('ln(x)')).toMatchObject({ kind: 'call', fn: 'log' });
    expect(variables(parse('z1*w_2 + sin(y)'))).toEqual(['w_2', 'y', 'z1']);
  });

  it('round-trips through format', () => {
    for (const text of ['(x + 1)*y', 'x - (y - z)', 'x/(y*z)', '(-x)^2', 'e^(-x)', '2^3^2', '(2^3)^2', '-(x + 1)', 'max(x, 0, y)']) {
      const tree = parse(text);
      expect(parse(format(tree))).toEqual(tree);
    }
  });

  it.each([
    ['1 + * 2', 4, /expected a number/],
    ['sin(x', 5, /expected "," or "\)"/],
    ['(x + 1', 6, /expected "\)" to close/],
    ['x)', 1, /unmatched/],
    ['foo(x)', 0, /unknown function "foo"/],
    ['sinn(x)', 0, /did you mean .*\bsin\b/],
    ['2x', 1, /missing operator/],
    ['x $ y', 2, /unexpected character/],
    ['', 0, /empty/],
    ['sin x', 0, /needs its argument in parentheses/],
    ['atan(x, y)', 0, /takes 1 argument/],
    ['()', 1, /empty parentheses/],
  ])('rejects %j at position %i', (text, position, message) => {
    let caught: unknown;
    try {
      parse(text);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ParseError);
    expect((caught as ParseError).position).toBe(position);
    expect((caught as ParseError).message).toMatch(message);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(() => parse(`${'('.repeat(5000)}x${')'.repeat(5000)}`)).toThrow(ParseError);
    expect(() => parse(`${'-'.repeat(5000)}x`)).toThrow(ParseError);
  });
});
