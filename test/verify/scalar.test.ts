import { describe, expect, it } from 'vitest';
import { parse } from '../../src/symbolic/parse.js';
import { format } from '../../src/symbolic/tree.js';
import { proveRange } from '../../src/verify/bound.js';
import { piecewise } from '../../src/verify/formula.js';
import { type ScalarFunction, scalarFunction, splitAtSigns } from '../../src/verify/scalar.js';

const ends = (fn: ScalarFunction) => fn.pieces.map((p) => [p.lo ? `${p.lo.closed ? '[' : '('}${p.lo.value}` : '-inf', p.hi ? `${p.hi.value}${p.hi.closed ? ']' : ')'}` : 'inf']);

describe('splitAtSigns: a formula written with sign(…) as the pieces it stands for', () => {
  it('cuts at the roots and gives each root to the neighbour with its value', () => {
    // elu with α = 1 as piecewise() writes it: at 0 the formula is 0, which both pieces give; the left one takes it
    const elu = splitAtSigns(scalarFunction(piecewise([['z', 'z > 0'], ['e^z - 1', 'z <= 0']])), {});
    expect(ends(elu)).toEqual([
      ['-inf', '0]'],
      ['(0', 'inf'],
    ]);
    // a step whose value at 0 is the right piece's
    const step = splitAtSigns(scalarFunction(piecewise([['1', 'z >= 2.5'], ['0', 'z < 2.5']])), {});
    expect(ends(step)).toEqual([
      ['-inf', '5/2)'],
      ['[5/2', 'inf'],
    ]);
  });

  it('orders several roots, with a parameter at its value', () => {
    const hard = splitAtSigns(scalarFunction(piecewise([['-1', 'z < -a'], ['1', 'z > a'], ['z/a', '-a <= z <= a']])), { a: '2' });
    expect(hard.pieces).toHaveLength(3);
    // at ±2 the formula gives ∓1 … ±1, which the piece on the left gives too: each root goes left
    expect(ends(hard)).toEqual([
      ['-inf', '-2]'],
      ['(-2', '2]'],
      ['(2', 'inf'],
    ]);
  });

  it('leaves alone what it cannot split exactly', () => {
    for (const f of ['sign(z)', 'z*sign(z^2 - 1)', 'sign(3*z - 1)', 'sign(z*y)', 'tanh(z)']) {
      const fn = scalarFunction(f);
      expect(splitAtSigns(fn, { y: '1' })).toBe(fn);
    }
  });
});

describe('range proofs of formulas written with sign', () => {
  const elu = piecewise([['z', 'z > 0'], ['e^z - 1', 'z <= 0']]);

  it('prove the range of a function continuous at its joint (inconclusive while sign could jump)', () => {
    const v = proveRange(elu, '(-1, inf)');
    expect(v.status).toBe('proved');
    expect(v.subject).toBe(`${format(parse(elu))} ∈ (−1, ∞)`);
  });

  it('still refute a wrong range of the same function', () => {
    expect(proveRange(elu, '[-1, inf)').status).toBe('refuted');
    expect(proveRange(elu, '(-1, 1)').status).toBe('refuted');
  });

  it('refute an interval over a jump, and prove the two values', () => {
    const step = piecewise([['1', 'z > 0'], ['0', 'z <= 0']]);
    expect(proveRange(step, '{0, 1}').status).toBe('proved');
    const v = proveRange(step, '[0, 1]');
    expect(v.status).toBe('refuted');
  });
});
