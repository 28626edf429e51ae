import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../src/calculus/eigen.js';
import { enclosedValue } from '../../src/calculus/enclosure.js';
import { eigenReport } from '../../src/calculus/hessian-values.js';

const D = (x: string | number): Decimal => new Decimal(x);
const M = (rows: (string | number)[][]): Decimal[][] => rows.map((r) => r.map(D));

// references: mpmath 1.3 eigsy at mp.dps = 60 (printed to 55 digits)
const SYM3 = [
  '0.9145822297802004670108972533628091104130730396489940066',
  '2.383621559733373481722702398143957610951065830499906794',
  '4.701796210486426051266400348493233278635861129851099199',
];
const ROSENBROCK_AT_1_1 = ['0.3993607674876330452127137485712027004591209367884517067', '1001.600639232512366954787286251428797299540879063211548'];

describe('symmetric eigenvalues (Jacobi, certified)', () => {
  it('matches mpmath on a 3×3 matrix to 50 digits, every digit certified', () => {
    const r = eigenReport(M([[4, 1, '0.5'], [1, 3, '0.25'], ['0.5', '0.25', 1]]), D(0), 50);
    r.values.forEach((v, i) => {
      expect(v.correct).toBe(50);
      expect(v.value).toBe(new Decimal(SYM3[i]!).toSignificantDigits(50).toString());
    });
    expect(r.radius.lt('1e-55')).toBe(true);
  });

  it('gives the Rosenbrock Hessian at the minimum, [[802, −400], [−400, 200]], to 50 digits', () => {
    const r = eigenReport(M([[802, -400], [-400, 200]]), D(0), 50);
    expect(r.values.map((v) => v.value)).toEqual(ROSENBROCK_AT_1_1.map((x) => new Decimal(x).toSignificantDigits(50).toString()));
  });

  it('has a residual ‖Hv − λv‖ below its radius for every pair', () => {
    const A = M([[2, '-0.7', '0.1'], ['-0.7', '-1', 3], ['0.1', 3, '0.5']]);
    const e = symmetricEigen(A, D(0), 40);
    const P = Decimal.clone({ precision: 120 }); // the residual itself computed far above the working precision
    e.values.forEach((lambda, k) => {
      const v = e.vectors[k]!;
      const r = A.map((row, i) => row.reduce((s, a, j) => s.plus(new P(a).times(v[j]!)), new P(0)).minus(new P(lambda).times(v[i]!)));
      const norm = r.reduce((s, x) => s.plus(x.times(x)), new P(0)).sqrt();
      expect(norm.lte(e.radius)).toBe(true);
    });
  });

  it('is exact on a diagonal matrix (radius 0), so an exact zero eigenvalue is said to be 0', () => {
    const r = eigenReport(M([[0, 0], [0, 0]]), D(0), 30);
    expect(r.values.map((v) => [v.value, v.radius])).toEqual([
      ['0', '0'],
      ['0', '0'],
    ]);
  });

  it('certifies fewer digits when the matrix itself is uncertain (the check fails on a loose input)', () => {
    const exact = eigenReport(M([[2, 1], [1, 2]]), D(0), 40);
    const loose = eigenReport(M([[2, 1], [1, 2]]), D('1e-20'), 40);
    expect(exact.values.map((v) => v.correct)).toEqual([40, 40]);
    expect(loose.values.every((v) => v.correct <= 21)).toBe(true);
  });
});

describe('enclosedValue', () => {
  it('prints only the digits every point of the enclosure shares', () => {
    expect(enclosedValue(D('1.23456'), D('1e-4'), 10)).toMatchObject({ value: '1.23', correct: 3 });
    expect(enclosedValue(D('2'), D('1e-60'), 50).correct).toBe(50);
    expect(enclosedValue(D('1e-70'), D('1e-60'), 50)).toMatchObject({ value: '0', correct: 0 });
  });
});
