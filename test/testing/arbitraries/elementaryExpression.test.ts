import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/numeric/evaluate.js';
import { parse } from '../../../src/symbolic/parse.js';
import { type Expr, variables } from '../../../src/symbolic/tree.js';
import { elementaryExpression } from '../../../src/testing/arbitraries/index.js';
import { verifyDerivative } from '../../../src/verify/derivative.js';

function depth(e: Expr): number {
  switch (e.kind) {
    case 'num':
    case 'const':
    case 'var':
      return 0;
    case 'neg':
      return 1 + depth(e.arg);
    case 'call':
      return 1 + Math.max(0, ...e.args.map(depth));
    default:
      return 1 + Math.max(depth(e.left), depth(e.right));
  }
}

describe('elementaryExpression()', () => {
  it('parses, uses only the given variables, and stays within the depth (≤ 3 tree levels per operation)', () => {
    for (const maxDepth of [0, 1, 3]) {
      fc.assert(
        fc.property(elementaryExpression({ maxDepth, variables: ['x', 'y'] }), (text) => {
          const tree = parse(text);
          for (const v of variables(tree)) expect(['x', 'y']).toContain(v);
          expect(depth(tree)).toBeLessThanOrEqual(3 * maxDepth);
        }),
        { numRuns: 150, seed: maxDepth },
      );
    }
  });

  it('is defined at every real point, also far out', () => {
    fc.assert(
      fc.property(elementaryExpression({ maxDepth: 3 }), fc.constantFrom('-40', '-3.7', '0', '1e-30', '2.5', '40'), (text, x) => {
        expect(() => evaluate(text, { x }, { digits: 20 })).not.toThrow();
      }),
      { numRuns: 150, seed: 10 },
    );
  });

  it('its derivative verifies against finite differences (no pole, no kink)', () => {
    fc.assert(
      fc.property(elementaryExpression({ maxDepth: 3 }), (text) => {
        const v = verifyDerivative(text, 'x', { digits: 20, points: 3 });
        expect(v.holds, `${text}: ${JSON.stringify(v.counterexample ?? v.reason)}`).toBe(true);
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('rejects bad options', () => {
    expect(() => elementaryExpression({ maxDepth: -1 })).toThrow(/maxDepth/);
    expect(() => elementaryExpression({ variables: ['e'] })).toThrow(/variables/);
  });
});
