import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile64 } from '../../src/nn/compile64.js';
import { evaluate } from '../../src/numeric/evaluate.js';
import { FUNCTION_ARITY } from '../../src/symbolic/functions.js';
import { parse } from '../../src/symbolic/parse.js';

/** A point inside each function's real domain, for x in (0.1, 0.9). */
const argument: Record<string, string> = {
  acosh: '1 + x',
  acsc: '1 + x',
  acsch: 'x',
  asec: '1 + x',
  acoth: '1 + x',
  log: 'x',
  log10: 'x',
  sqrt: 'x',
  asech: 'x',
};

describe('compile64', () => {
  it('knows every function the parser knows', () => {
    for (const [fn, arity] of Object.entries(FUNCTION_ARITY)) {
      const text = arity === 'variadic' ? `${fn}(x, 0.5)` : `${fn}(${argument[fn] ?? 'x'})`;
      expect(() => compile64(parse(text)), fn).not.toThrow();
    }
  });

  it('agrees with the decimal compiler to 1e-13 relative on every function', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 0.9, noNaN: true }), (x) => {
        const xs = String(x);
        for (const [fn, arity] of Object.entries(FUNCTION_ARITY)) {
          const text = arity === 'variadic' ? `${fn}(x, 0.5)` : `${fn}(${argument[fn] ?? 'x'})`;
          const ref = Number(evaluate(text, { x: xs }, { digits: 25 }).value);
          const got = compile64(parse(text))({ x });
          expect(Math.abs(got - ref), `${text} at ${xs}`).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(ref)));
        }
      }),
      { numRuns: 10, seed: 1 },
    );
  });

  it('follows the decimal conventions: acot 0 = π/2, sign 0 = 0, odd roots of negatives', () => {
    expect(compile64(parse('acot(x)'))({ x: 0 })).toBe(Math.PI / 2);
    expect(compile64(parse('sign(x)'))({ x: 0 })).toBe(0);
    expect(compile64(parse('x^(1/3)'))({ x: -8 })).toBeCloseTo(-2, 14);
    expect(compile64(parse('x^(2/3)'))({ x: -8 })).toBeCloseTo(4, 14);
    expect(compile64(parse('e^x'))({ x: 1 })).toBe(Math.E);
  });

  it('returns NaN outside the domain instead of throwing, and names missing variables', () => {
    expect(Number.isNaN(compile64(parse('log(x)'))({ x: -1 }))).toBe(true);
    expect(() => compile64(parse('x + y'))({ x: 1 })).toThrow(/"y"/);
  });
});
