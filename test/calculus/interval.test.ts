import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { checkEqual } from '../../src/calculus/adapter.js';
import { enclose } from '../../src/calculus/box.js';
import { intervalEval64 } from '../../src/calculus/interval64.js';
import { krawczyk } from '../../src/calculus/krawczyk.js';
import { PartialTable } from '../../src/calculus/partials.js';
import { nearRational } from '../../src/calculus/rational.js';
import { evaluate } from '../../src/numeric/evaluate.js';
import { parse } from '../../src/symbolic/parse.js';

const I = (lo: string, hi: string) => ({ lo: new Decimal(lo), hi: new Decimal(hi) });

describe('interval arithmetic encloses every value', () => {
  const cases: [string, string, string][] = [
    ['x^3 - 2*x + sin(3*x)', '-1.3', '0.7'],
    ['exp(x)*cos(x) - log(2 + x^2)', '-2', '3'],
    ['tanh(x)/(1 + x^2) + atan(x)^2', '-4', '4'],
    ['sqrt(1 + x^2) + cosh(x) - abs(x - 0.5)', '-1', '2'],
    ['(2 + sin(x))^(1.5) + pi*e', '0', '7'],
    ['sin(x)', '1.5707', '1.5709'], // a crest inside the box
    ['cos(x)', '3.14', '3.15'], // a trough inside the box
    ['erf(x)^2 + x*erfc(x)', '-2', '1.5'], // erf, erfc and sech have no float64 form: the decimal enclosure only
    ['asinh(x)*sech(x) + atan(x/3)', '-3', '2'],
  ];
  it.each(cases)('%s on [%s, %s]', (text, lo, hi) => {
    const e = parse(text);
    const box = enclose(e, { x: I(lo, hi) }, 30);
    const box64 = /erf|sech/.test(text) ? undefined : intervalEval64(e, { x: [Number(lo), Number(hi)] });
    for (let k = 0; k <= 40; k++) {
      const x = new Decimal(lo).plus(new Decimal(hi).minus(lo).times(k).div(40));
      const v = evaluate(e, { x: x.toString() }, { digits: 40 }).decimal;
      expect(v.gte(box.lo) && v.lte(box.hi), `${text} at ${x}`).toBe(true);
      if (box64) expect(v.toNumber() >= box64[0] && v.toNumber() <= box64[1], `${text} at ${x} (float64)`).toBe(true);
    }
  });

  it('refuses what it cannot enclose (a division by an interval holding 0), and says when a box is wholly outside the domain', () => {
    expect(() => enclose(parse('1/x'), { x: I('-1', '1') }, 20)).toThrow(/containing 0/);
    expect(() => enclose(parse('log(x)'), { x: I('-2', '-1') }, 20)).toThrow(expect.objectContaining({ outside: true }));
    expect(() => enclose(parse('log(x)'), { x: I('-1', '1') }, 20)).toThrow(expect.objectContaining({ outside: false }));
    expect(() => intervalEval64(parse('erf(x)'), { x: [0, 1] })).toThrow(/no interval form/);
  });
});

describe("Krawczyk's test", () => {
  const booth = new PartialTable(parse('(x + 2*y - 7)^2 + (2*x + y - 5)^2'), ['x', 'y']);

  it('proves a unique zero of ∇f in a box around Booth’s minimum (1, 3)', () => {
    const k = krawczyk(booth, [I('0.9', '1.1'), I('2.8', '3.3')], 30);
    expect(k.kind).toBe('unique');
    if (k.kind === 'unique') expect(k.box[0]!.lo.lte(1) && k.box[0]!.hi.gte(1)).toBe(true);
  });

  it('proves that a box without a zero has none, and does not decide at a singular zero', () => {
    expect(krawczyk(booth, [I('2', '3'), I('-1', '0')], 30).kind).toBe('none');
    const quartic = new PartialTable(parse('x^4'), ['x']);
    expect(krawczyk(quartic, [I('-0.1', '0.1')], 30).kind).toBe('undecided');
  });
});

describe('exact points', () => {
  it('finds the simplest nearby fraction, and none where there is none', () => {
    expect(nearRational(new Decimal('0.4999999999999'), new Decimal('1e-9'))?.text).toBe('1/2');
    expect(nearRational(new Decimal('-2.805118086952745'), new Decimal('1e-9'))).toBeUndefined();
  });

  it('an identity that does not hold is refuted (the proof of ∇f = 0 is not a formality)', () => {
    expect(checkEqual('-14 + 2*3 + 2*2^2 + 4*(-11 + 3^2 + 2)*3', '0', { digits: 30 }).status).toBe('proved');
    expect(checkEqual('-14 + 2*3 + 2*(1/2)^2 + 4*(-11 + 3^2 + 1/2)*3', '0', { digits: 30 }).status).toBe('refuted');
    expect(checkEqual('2*x*y', 'x*y', { digits: 30 }).status).toBe('refuted');
  });
});
