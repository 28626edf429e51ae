import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  type Classification,
  higherOrderTest,
  secondDerivativeTest,
} from '../../src/calculus/classify.js';
import { formSign } from '../../src/calculus/form.js';
import type { EigenReport } from '../../src/calculus/hessian-values.js';
import { PartialTable } from '../../src/calculus/partials.js';
import { poly, q } from '../../src/calculus/polynomial.js';
import { definiteness, reduceToNullSpace } from '../../src/calculus/reduce.js';
import { parse } from '../../src/symbolic/parse.js';
import { num } from '../../src/symbolic/tree.js';

/**
 * Degenerate critical points at the origin, classified by their higher-order terms. The
 * references are worked by hand (and are textbook facts), never by gradproof:
 * - Peano's y² − 3x²y + 2x⁴ = (y − x²)(y − 2x²): a minimum along every line through 0, and
 *   still a saddle (negative between the parabolas y = x² and y = 2x²). ∂f/∂y = 0 gives
 *   y = 3x²/2, and there f = 9x⁴/4 − 9x⁴/2 + 2x⁴ = −x⁴/4.
 * - (y − x²)² − x⁶: along y = 0 it is x⁴ − x⁶ (a minimum there), but along y = x² it is −x⁶:
 *   a saddle that the quartic term alone would call a minimum.
 * - x² ± y⁴, −x² − y⁴, x² + y³, cos x + y⁴ (H negative semidefinite, g = y⁴ > 0: a saddle),
 *   (x − y)² ± (x + y)⁴ (null direction (1, 1)), and three variables.
 */
function classify(
  expr: string,
  vars: readonly string[],
): Classification | undefined {
  const table = new PartialTable(parse(expr), vars);
  return higherOrderTest(
    table,
    Object.fromEntries(vars.map((x) => [x, num('0')])),
    vars.map(() => q(0n)),
  );
}
const kind = (
  expr: string,
  vars: readonly string[] = ['x', 'y'],
): string | undefined => classify(expr, vars)?.kind;

describe('several variables, H singular but not 0: reduced to its null space', () => {
  it("Peano's function is a saddle, not the minimum its restriction to every line suggests", () => {
    const c = classify('y^2 - 3*x^2*y + 2*x^4', ['x', 'y'])!;
    expect([c.kind, c.degenerate, c.test]).toEqual([
      'saddle',
      true,
      'higher-order',
    ]);
    expect(c.evidence).toMatch(/g\(t\) = -1\/4\*t\^4/);
    // its mirror image (y − x²)(y − 2x²) with the quartic sign flipped: y² − 3x²y + 3x⁴ has g = 3/4·t⁴ > 0
    expect(kind('y^2 - 3*x^2*y + 3*x^4')).toBe('minimum');
  });

  it('(y − x²)² − x⁶: the sixth-order term decides (a saddle), the quartic one alone would say minimum', () => {
    const c = classify('(y - x^2)^2 - x^6', ['x', 'y'])!;
    expect(c.kind).toBe('saddle');
    expect(c.evidence).toMatch(/g\(t\) = -t\^6/);
    expect(kind('(y - x^2)^2 + x^6')).toBe('minimum');
  });

  it('the sign of g against the sign of the Hessian: minimum, maximum, saddle', () => {
    expect(kind('x^2 + y^4')).toBe('minimum');
    expect(kind('x^2 - y^4')).toBe('saddle');
    expect(kind('-x^2 - y^4')).toBe('maximum');
    expect(kind('-x^2 + y^4')).toBe('saddle');
    expect(kind('cos(x) + y^4')).toBe('saddle');
    expect(kind('cos(x) - y^4')).toBe('maximum');
    // derivatives such as 24·e·y vanish at 0 though not rational step by step (the CAS proves them 0)
    expect(kind('x^2 + y^4 + e*x*y^4')).toBe('minimum');
  });

  it('an odd lowest-order term is a saddle', () => {
    const c = classify('x^2 + y^3', ['x', 'y'])!;
    expect(c.kind).toBe('saddle');
    expect(c.evidence).toMatch(/g\(t\) = t\^3 .*odd order/);
  });

  it('a null direction off the axes', () => {
    expect(kind('(x - y)^2 + x^4')).toBe('minimum');
    // x = 2u + v, y = −2u + v: g(v) = −(2v)⁴
    expect(classify('(x - y)^2 - (x + y)^4', ['x', 'y'])?.evidence).toMatch(
      /singular along \(1, 1\).*g\(t\) = -16\*t\^4/,
    );
    expect(kind('(x - y)^2 - (x + y)^4')).toBe('saddle');
  });

  it('three variables, a two-dimensional null space', () => {
    expect(kind('x^2 + y^4 + z^4', ['x', 'y', 'z'])).toBe('minimum');
    expect(kind('x^2 + y^4 - z^4', ['x', 'y', 'z'])).toBe('saddle');
    expect(kind('-x^2 - y^4 - z^4 - y^2*z^2', ['x', 'y', 'z'])).toBe('maximum');
    expect(kind('x^2 + y^2 + z^3', ['x', 'y', 'z'])).toBe('saddle');
  });
});

describe('several variables, H = 0: the lowest-order Taylor term', () => {
  it('x⁴ + y⁴ + z⁴ a minimum, x⁴ − y⁴ a saddle, −x⁴ − y⁴ a maximum, the monkey saddle a saddle', () => {
    expect(kind('x^4 + y^4 + z^4', ['x', 'y', 'z'])).toBe('minimum');
    expect(kind('x^4 - y^4')).toBe('saddle');
    expect(kind('-x^4 - y^4')).toBe('maximum');
    expect(classify('x^3 - 3*x*y^2', ['x', 'y'])?.evidence).toMatch(
      /T3\(h\) = x\^3 - 3\*x\*y\^2, of odd order/,
    );
  });

  it('x⁴ + y⁴ − 2.001x²y² takes both signs (a saddle); x⁴ + y⁴ − 1.999x²y² is positive definite (a minimum)', () => {
    expect(kind('x^4 + y^4 - 2.001*x^2*y^2')).toBe('saddle');
    expect(kind('x^4 + y^4 - 1.999*x^2*y^2')).toBe('minimum');
  });
});

describe('what is left undetermined, with the reason', () => {
  it('a lowest-order term that is only semidefinite (x⁴ + y⁶ is a minimum, but x⁴ alone cannot show it)', () => {
    const c = classify('x^4 + y^6', ['x', 'y'])!;
    expect([c.kind, c.test]).toEqual(['undetermined', 'none']);
    expect(c.evidence).toMatch(/vanishes in some direction/);
    expect(kind('(x^2 - y^2)^2')).toBe('undetermined');
  });

  it('a Taylor coefficient that is not rational (e·x⁴ + y⁴)', () => {
    expect(classify('e*x^4 + y^4', ['x', 'y'])?.evidence).toMatch(
      /not all rational/,
    );
    expect(kind('e*x^4 + y^4')).toBe('undetermined');
  });

  it('a reduced function that vanishes to every order examined (x² in two variables: a line of minima)', () => {
    const c = classify('x^2', ['x', 'y'])!;
    expect(c.kind).toBe('undetermined');
    expect(c.evidence).toMatch(/higher orders are not examined/);
  });
});

describe('a Hessian regular in exact arithmetic, though its eigenvalue enclosure reached 0', () => {
  it("Sylvester's criterion: x² + 10⁻⁶⁰y² a minimum, x² − 10⁻⁶⁰y² a saddle, −x² − 10⁻⁶⁰y² a maximum", () => {
    const c = classify('x^2 + 1e-60*y^2', ['x', 'y'])!;
    expect([c.kind, c.degenerate]).toEqual(['minimum', false]);
    expect(c.evidence).toMatch(/Sylvester/);
    expect(kind('x^2 - 1e-60*y^2')).toBe('saddle');
    expect(kind('-x^2 - 1e-60*y^2')).toBe('maximum');
    // higher derivatives that are not rational do not matter when H decides
    expect(kind('x^2 + 1e-60*y^2 + e*x^3')).toBe('minimum');
  });
});

describe('the pieces', () => {
  it("definiteness: Sylvester's criterion on the leading principal minors", () => {
    const symmetric = (a: bigint, b: bigint, c: bigint) =>
      definiteness([
        [q(a), q(b)],
        [q(b), q(c)],
      ]);
    expect(symmetric(2n, 1n, 2n)).toBe(1);
    expect(symmetric(-2n, 1n, -2n)).toBe(-1);
    expect(symmetric(1n, 2n, 1n)).toBe(0);
    expect(symmetric(0n, 1n, 1n)).toBe(0);
  });

  it('reduceToNullSpace: Peano, and undefined for a regular H', () => {
    // y² − 3x²y + 2x⁴ with H = [[0, 0], [0, 2]]
    const P = poly(2, [
      [[0, 2], q(1n)],
      [[2, 1], q(-3n)],
      [[4, 0], q(2n)],
    ]);
    const r = reduceToNullSpace(
      P,
      [
        [q(0n), q(0n)],
        [q(0n), q(2n)],
      ],
      4,
    )!;
    expect(r.sign).toBe(1);
    expect(r.nullBasis).toEqual([[q(1n), q(0n)]]);
    expect([...r.reduced.terms]).toEqual([['4', q(-1n, 4n)]]);
    expect(
      reduceToNullSpace(
        P,
        [
          [q(2n), q(0n)],
          [q(0n), q(2n)],
        ],
        4,
      ),
    ).toBeUndefined();
  });

  it('formSign: definite, of both signs, and only semidefinite', () => {
    const form = (a: bigint, b: bigint, c: bigint) =>
      poly(2, [
        [[4, 0], q(a)],
        [[2, 2], q(b)],
        [[0, 4], q(c)],
      ]);
    expect(formSign(form(1n, 0n, 1n)).definite).toBe(1);
    expect(formSign(form(-1n, 0n, -1n)).definite).toBe(-1);
    expect(formSign(form(1n, 0n, -1n))).toEqual({
      positive: true,
      negative: true,
    });
    // (x² − y²)² ≥ 0, zero on the diagonals: never called definite
    expect(formSign(form(1n, -2n, 1n)).definite).toBeUndefined();
    expect(formSign(form(1n, 0n, 0n)).definite).toBeUndefined();
  });
});

describe('the second-derivative test', () => {
  it('shows a tiny eigenvalue with its exponent', () => {
    const eigen: EigenReport = {
      values: [
        { value: '-1.2225916554233e-35', correct: 14, radius: '1e-60' },
        { value: '2', correct: 14, radius: '1e-60' },
      ],
      vectors: [],
      method: '',
      mids: [],
      radius: new Decimal(0),
    };
    const c = secondDerivativeTest(eigen);
    expect(c.kind).toBe('saddle');
    expect(c.evidence).toContain('-1.222591655…e-35');
  });
});
