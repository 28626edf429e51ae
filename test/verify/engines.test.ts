/**
 * The two-engine rule (numeric/engines.ts): whichever engine computes a printed value, the
 * other one computes what checks it. Each engine's tanh is broken here in turn, through a
 * test seam (a module mock that scales the result by 1 + 2^−100, an error in the 31st
 * digit), and the check on the OTHER engine must refute the derivative that relies on it,
 * or (gradproof diff) the value printed.
 */
import { Decimal } from 'decimal.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Approx } from '../../src/numeric/mp/approx.js';
import type { RealFunction } from '../../src/numeric/elementary.js';

const broken = vi.hoisted(() => ({ mp: new Set<string>(), decimal: false }));

vi.mock('../../src/numeric/mp/functions.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/numeric/mp/functions.js')>();
  const { add, shift } = await import('../../src/numeric/mp/float.js');
  const wrong = (name: string) => {
    const fn = m.MP_FUNCTIONS[name]!;
    return {
      ...fn,
      approx: (args: Parameters<typeof fn.approx>[0], wp: number): Approx => {
        const r = fn.approx(args, wp);
        return broken.mp.has(name) ? { ...r, v: add(r.v, shift(r.v, -100)) } : r;
      },
    };
  };
  return { ...m, MP_FUNCTIONS: Object.freeze({ ...m.MP_FUNCTIONS, tanh: wrong('tanh'), sech: wrong('sech') }) };
});

vi.mock('../../src/numeric/elementary.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/numeric/elementary.js')>();
  const tanh = m.REAL_FUNCTIONS.tanh!;
  const wrong: RealFunction = {
    ...tanh,
    apply: (D, args, hint) => {
      const v = tanh.apply(D, args, hint);
      return broken.decimal ? D.mul(v, D.add(1, new D(2).pow(-100))) : v;
    },
  };
  return { ...m, REAL_FUNCTIONS: Object.freeze({ ...m.REAL_FUNCTIONS, tanh: wrong }) };
});

const { evaluate } = await import('../../src/numeric/evaluate.js');
const { compile } = await import('../../src/numeric/compile.js');
const { decimalContext } = await import('../../src/numeric/context.js');
const { parse } = await import('../../src/symbolic/parse.js');
const { verifyDerivative } = await import('../../src/verify/derivative.js');
const { runCli } = await import('../cli/capture.js');

// mpmath 1.3.0, mp.dps = 60: tanh(0.5)
const TANH_HALF = '0.46211715726000975850231848364367254873028928033011';

afterEach(() => {
  broken.mp.clear();
  broken.decimal = false;
});

describe('a broken function in one engine is caught by the other', () => {
  it('unbroken, both engines give tanh(0.5) to 50 digits and both derivative checks verify', () => {
    expect(evaluate('tanh(0.5)', {}, { digits: 50 }).value).toBe(TANH_HALF);
    expect(compile(parse('tanh(x)'))(decimalContext(70), { x: new Decimal('0.5') }).toSignificantDigits(50).toString()).toBe(TANH_HALF);
    expect(verifyDerivative('tanh(x)', 'x', { digits: 50, derivative: 'sech(x)^2', seed: 13 }).status).toBe('verified');
    expect(verifyDerivative('log(cosh(x))', 'x', { digits: 50, derivative: 'tanh(x)', seed: 14 }).status).toBe('verified');
  });

  it('a wrong tanh in the BigInt engine prints a wrong value, and the finite differences it takes are refuted by the decimal.js formula', () => {
    broken.mp.add('tanh');
    // the seam is real: the printed value (BigInt engine) is wrong from about the 31st digit
    const printed = evaluate('tanh(0.5)', {}, { digits: 50 }).value;
    expect(printed).not.toBe(TANH_HALF);
    expect(printed.slice(0, 30)).toBe(TANH_HALF.slice(0, 30));
    // f = tanh on the BigInt engine (its finite differences), the formula sech² on decimal.js
    const v = verifyDerivative('tanh(x)', 'x', { digits: 50, derivative: 'sech(x)^2', seed: 13 });
    expect(v.status).toBe('refuted');
    expect(v.holds).toBe(false);
  });

  it('a wrong tanh in the decimal.js engine is refuted by finite differences on the BigInt engine', () => {
    broken.decimal = true;
    // the printed value stays right (BigInt engine); the decimal.js closure is wrong
    expect(evaluate('tanh(0.5)', {}, { digits: 50 }).value).toBe(TANH_HALF);
    expect(compile(parse('tanh(x)'))(decimalContext(70), { x: new Decimal('0.5') }).toSignificantDigits(50).toString()).not.toBe(TANH_HALF);
    // the formula tanh on decimal.js, the finite differences of log(cosh(x)) on the BigInt engine
    const v = verifyDerivative('log(cosh(x))', 'x', { digits: 50, derivative: 'tanh(x)', seed: 14 });
    expect(v.status).toBe('refuted');
    expect(v.holds).toBe(false);
  });

  it('gradproof diff: a derivative value printed wrong by the BigInt engine (sech broken, tanh sound) is caught by the decimal.js engine, though the finite differences of tanh agree', async () => {
    const ok = await runCli('diff', 'tanh(x)', '--at', 'x=0.5');
    expect(ok.code).toBe(0);
    broken.mp.add('sech');
    // the derivative verification itself still holds: f = tanh is sound on both engines, the formula sech² on decimal.js
    expect(verifyDerivative('tanh(x)', 'x', { digits: 50, at: [{ x: '0.5' }] }).status).toBe('verified');
    const r = await runCli('diff', 'tanh(x)', '--at', 'x=0.5');
    expect(r.code).toBe(1);
    // mpmath 1.3.0, mp.dps = 60: sech(0.5)² = 0.78644773296592741014969893434363610248906914170925…
    expect(r.stdout).toMatch(/NOT verified: the derivative printed \(BigInt engine\) is 0\.78644773296592741014969893434(?!363610248906914170925)\d+, the decimal\.js engine gives 0\.78644773296592741014969893434363610248906914170925/);
  });
});
