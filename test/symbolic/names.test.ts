/**
 * Names that are members of every JavaScript object (toString, constructor, __proto__ …)
 * are plain variables in expressions and unknown functions in calls: never a built-in
 * looked up by accident (a lookup in an ordinary object literal would find
 * Object.prototype.toString and evaluate `toString*x` as e·x).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdentity, derive, evaluate, format, parse, ParseError, verifyDerivative } from '../../src/index.js';

const MEMBERS = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'call', 'apply', 'bind', 'length', 'name'].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));

describe('JavaScript member names', () => {
  it('covers the hostile names of the issue', () => {
    for (const n of ['toString', 'constructor', 'valueOf', '__proto__', 'hasOwnProperty']) expect(MEMBERS).toContain(n);
  });

  it('are variables: evaluated with the value given, differentiated as symbols', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEMBERS), fc.integer({ min: -9, max: 9 }), fc.integer({ min: -9, max: 9 }), (name, a, b) => {
        const tree = parse(`${name}*x + ${name}`);
        expect(tree.kind).toBe('add');
        // (a·b + a) exactly: the name is the number given for it, not e or a function
        expect(evaluate(tree, { [name]: String(a), x: String(b) }, { digits: 10 }).decimal.toNumber()).toBe(a * b + a);
        expect(format(derive(tree, 'x').expr)).toBe(name);
      }),
      { numRuns: 40 },
    );
  });

  it('are unknown functions in a call', () => {
    for (const name of MEMBERS) expect(() => parse(`${name}(x)`)).toThrow(ParseError);
  });

  it('are never missing-or-present by accident in a point', () => {
    for (const name of MEMBERS) {
      expect(() => evaluate(`${name} + 1`, {}, { digits: 10 })).toThrow(/no value given/);
      expect(() => evaluate(`x + 1`, {}, { digits: 10 })).toThrow(/no value given/);
    }
  });

  it('a claim about them is checked, not waved through', () => {
    // d/dx (toString·x) is toString, not e: a wrong claim fails
    expect(verifyDerivative('toString*x', 'x', { digits: 10, points: 3, derivative: 'e' }).holds).toBe(false);
    expect(verifyDerivative('toString*x', 'x', { digits: 10, points: 3, derivative: 'toString' }).holds).toBe(true);
    expect(checkIdentity('constructor*2', 'constructor + constructor', { digits: 10, points: 8 }).holds).toBe(true);
    expect(checkIdentity('constructor*2', 'e*2', { digits: 10, points: 8 }).holds).toBe(false);
  });
});
