import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/numeric/evaluate.js';
import { derive } from '../../src/verify/derive.js';
import { verifyDerivative } from '../../src/verify/derivative.js';
import { smoothExpression } from './expressions.js';

const DIGITS = 30;
const P = Decimal.clone({ precision: 80 });
const point = fc.integer({ min: -300, max: 300 }).map((n) => (n / 100).toString());

describe('properties of derivatives (random composed expressions)', () => {
  it('the derivative of a random expression verifies against finite differences', () => {
    fc.assert(
      fc.property(smoothExpression, (expr) => {
        const v = verifyDerivative(expr, 'x', { digits: DIGITS, points: 3 });
        expect(v.holds, `${expr}: ${JSON.stringify(v.counterexample ?? v.reason)}`).toBe(true);
      }),
      { numRuns: 25, seed: 20261128 },
    );
  });

  it('a derivative perturbed in its 20th digit is never verified', () => {
    fc.assert(
      fc.property(smoothExpression, (expr) => {
        const d = derive(expr, 'x').expr;
        const v = verifyDerivative(expr, 'x', { digits: DIGITS, points: 3, derivative: { kind: 'add', left: d, right: { kind: 'num', value: '1e-20' } } });
        expect(v.holds).toBe(false);
      }),
      { numRuns: 15, seed: 7 },
    );
  });

  it('linearity, product rule and chain rule hold numerically', () => {
    fc.assert(
      fc.property(smoothExpression, smoothExpression, point, (f, g, x) => {
        const at = { x };
        const val = (e: string) => evaluate(e, at, { digits: DIGITS }).decimal;
        const d = (e: string) => evaluate(derive(e, 'x').expr, at, { digits: DIGITS }).decimal;
        // combine at 80 digits (Decimal's global default would round to 20)
        const tol = (ref: Decimal) => P.add(ref.abs(), 1).times(`1e-${DIGITS - 3}`);
        const near = (a: Decimal, b: Decimal) => P.sub(a, b).abs().lte(tol(a));
        // (3f − g)′ = 3f′ − g′
        expect(near(d(`3*(${f}) - (${g})`), P.sub(P.mul(d(f), 3), d(g)))).toBe(true);
        // (fg)′ = f′g + fg′
        expect(near(d(`(${f})*(${g})`), P.add(P.mul(d(f), val(g)), P.mul(val(f), d(g))))).toBe(true);
        // (sin∘f)′ = cos(f)·f′
        expect(near(d(`sin(${f})`), P.mul(val(`cos(${f})`), d(f)))).toBe(true);
      }),
      { numRuns: 15, seed: 11 },
    );
  });
});
