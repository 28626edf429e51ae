import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GradproofError } from '../../src/errors.js';
import { evaluate } from '../../src/numeric/evaluate.js';
import { parse } from '../../src/symbolic/parse.js';
import { variables } from '../../src/symbolic/tree.js';
import { verifyDerivative } from '../../src/verify/derivative.js';
import { tokenSoup } from './expressions.js';

/** Runs `body`; a GradproofError is a clean outcome, anything else fails the property. */
function cleanly(body: () => void): void {
  try {
    body();
  } catch (err) {
    if (!(err instanceof GradproofError)) throw err;
    expect(err.message.length).toBeGreaterThan(0);
    expect(err.message).not.toMatch(/\n/);
  }
}

describe('fuzzing the parser and the evaluator', () => {
  it('arbitrary strings end in a tree or a ParseError, never a crash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => cleanly(() => void parse(text))),
      { numRuns: 500, seed: 1 },
    );
  });

  it('token soups end in a value or a clean error, never NaN', () => {
    fc.assert(
      fc.property(tokenSoup, (text) =>
        cleanly(() => {
          const tree = parse(text);
          const point = Object.fromEntries(variables(tree).map((name) => [name, '0.7']));
          const r = evaluate(tree, point, { digits: 12 });
          expect(r.value).not.toMatch(/NaN|Infinity/);
        }),
      ),
      { numRuns: 300, seed: 2 },
    );
  });

  it('token soups that parse give a verdict or a clean error when differentiated', () => {
    fc.assert(
      fc.property(tokenSoup, (text) =>
        cleanly(() => {
          const tree = parse(text);
          const v = verifyDerivative(tree, 'x', { digits: 15, points: 2 });
          expect(typeof v.holds).toBe('boolean');
        }),
      ),
      { numRuns: 60, seed: 3 },
    );
  });
});
