/**
 * Ranges and bounds proved for every z. The extremum values quoted were computed
 * independently with mpmath at 40 digits (findroot on the derivative, by the author of
 * this test), e.g. swish's minimum −0.27846454276107379510935873902298…; the closed forms
 * (σ′(0) = 1/4, GELU′(±√2) = (1 ± erf 1)/2 ± 1/(e√π)) are textbook facts.
 */
import { describe, expect, it } from 'vitest';
import { getScalarActivation } from '../../src/activations/_internals/catalogue.js';
import { proveBound, proveRange, type RangeVerdict } from '../../src/verify/bound.js';
import { rangeSetFromSpec } from '../../src/verify/range-set.js';
import { activationFunction } from '../../src/verify/scalar.js';

const act = (name: string, order = 0) => activationFunction(getScalarActivation(name), order);
const defaults = (name: string) => getScalarActivation(name).paramValues({}, 30);

function expectProved(v: RangeVerdict): void {
  expect(v.status, `${v.subject}: ${v.summary} ${v.reason ?? ''} ${v.counterexample?.text ?? ''}`).toBe('proved');
  expect(v.holds).toBe(true);
  expect(v.method).toBe('interval');
  expect(v.region).toBe('all real z');
  expect(v.counterexample).toBeUndefined();
}

function expectRefuted(v: RangeVerdict, text: RegExp): void {
  expect(v.status, `${v.subject}: ${v.summary} ${v.reason ?? ''}`).toBe('refuted');
  expect(v.holds).toBe(false);
  expect(v.counterexample?.text).toMatch(text);
}

describe('the bounds of the issue, proved for every z on the catalogue as declared', () => {
  it('σ′ ≤ 1/4, attained at z = 0 exactly; σ′ > 0', () => {
    const upper = proveBound(act('sigmoid', 1), { side: 'upper', value: '1/4', at: '0' });
    expectProved(upper);
    expect(upper.summary).toMatch(/1\/4 is attained at z = 0 \(exactly\)/);
    expectProved(proveBound(act('sigmoid', 1), { side: 'lower', value: '0', strict: true }));
    expectProved(proveRange(act('sigmoid', 1), '(0, 1/4 @ 0]'));
  });

  it('0 < tanh′ ≤ 1, with 1 attained at 0 and 0 only approached', () => {
    const v = proveRange(act('tanh', 1), '(0, 1 @ 0]');
    expectProved(v);
    expect(v.ends.join('; ')).toMatch(/0 is approached as z → [−+]∞ \(exact limit\)/);
  });

  it('softsign′ ≤ 1 (attained at the kink z = 0)', () => {
    expectProved(proveBound(act('softsign', 1), { side: 'upper', value: '1', at: '0' }));
  });

  it('GELU′ lies between (1 − erf 1)/2 − 1/(e√π) and (1 + erf 1)/2 + 1/(e√π), attained at ∓√2', () => {
    const v = proveRange(act('gelu', 1), '[(1 - erf(1))/2 - 1/(e*sqrt(pi)) @ -sqrt(2), (1 + erf(1))/2 + 1/(e*sqrt(pi)) @ sqrt(2)]');
    expectProved(v);
    expectProved(proveBound(act('gelu', 1), { side: 'upper', value: '1.1289042' })); // mpmath: 1.12890414518515…
    expectRefuted(proveBound(act('gelu', 1), { side: 'upper', value: '1.1289041' }), /not in/);
  });

  it("Swish's and Mish's minima, enclosed and matching mpmath", () => {
    const swish = proveRange(act('swish'), '[~-0.27846 @ -1.28, inf)', { params: defaults('swish') });
    expectProved(swish);
    expect(swish.extrema[0]!.value.startsWith('-0.2784645427610737951')).toBe(true); // mpmath −0.2784645427610737951093587…
    const mish = proveRange(act('mish'), '[~-0.30884 @ -1.19, inf)');
    expectProved(mish);
    expect(mish.extrema[0]!.value.startsWith('-0.3088434130172504066')).toBe(true); // mpmath −0.3088434130172504066287602…
    expect(mish.extrema[0]!.at).toMatch(/^\[-1\.19243121451549/); // mpmath −1.1924312145154952121…
  });

  it("Swish′'s extrema ≈ −0.099839 and ≈ 1.0998 at ∓2.3994", () => {
    const v = proveRange(act('swish', 1), '[~-0.099839 @ -2.4, ~1.0998 @ 2.4]', { params: defaults('swish') });
    expectProved(v);
    expect(v.extrema.map((e) => e.value.slice(0, 12))).toEqual(['-0.099839320', '1.0998393201']); // mpmath −0.0998393201288669…, 1.0998393201288669…
  });
});

describe('ranges as sets', () => {
  it("threshold's {0} ∪ (1, ∞) and hardshrink's (−∞, −λ) ∪ {0} ∪ (λ, ∞) are proved", () => {
    expectProved(proveRange(act('threshold'), '{0} U (1, inf)', { params: defaults('threshold') }));
    expectProved(proveRange(act('hardshrink'), '(-inf, -lambda) U {0} U (lambda, inf)', { params: defaults('hardshrink') }));
    expectProved(proveRange(act('relu', 1), '{0, 1}'));
  });

  it('open ends are limits: at ±∞ (σ, softsign, SELU) and at a kink (hard swish′)', () => {
    expectProved(proveRange(act('sigmoid'), '(0, 1)'));
    expectProved(proveRange(act('softsign'), '(-1, 1)'));
    expectProved(proveRange(act('selu'), '(-lambda*alpha, inf)', { params: defaults('selu') }));
    const v = proveRange(act('hard_swish', 1), '(-1/2, 3/2)');
    expectProved(v);
    expect(v.ends).toEqual(['-1/2 is approached as z → -3 from above', '3/2 is approached as z → 3 from below']);
  });
});

describe('deliberate mistakes are refuted (each with a certain counterexample)', () => {
  it('tanh declared [−1, 1] attained at ±100: tanh(100) = 1 − 2.77e−87, not 1', () => {
    const v = proveRange('tanh(z)', '[-1 @ -100, 1 @ 100]');
    expectRefuted(v, /the closed end -1 is not attained at z = -100: f there is -1 \+ 2\.76779e-87/);
  });

  it('tanh declared [−1, 1] with no point: ±1 are never taken', () => {
    expectRefuted(proveRange('tanh(z)', '[-1, 1]'), /-1 lies in the declared set, but tanh\(z\) ≠ -1 for every z/);
  });

  it('σ′ ≤ 0.24 fails at z = 0 (σ′(0) = 1/4 exactly)', () => {
    const v = proveBound(act('sigmoid', 1), { side: 'upper', value: '0.24' });
    expectRefuted(v, /at z = 0, sigmoid′ = 0\.25 \(exactly\)/);
    expect(v.counterexample?.at).toEqual({ z: '0' });
  });

  it('softsign′ < 1 (strict) fails: softsign′(0) = 1', () => {
    expectRefuted(proveBound(act('softsign', 1), { side: 'upper', value: '1', strict: true }), /at z = 0, softsign′ = 1 \(exactly\)/);
  });

  it('tanh′ in (0, 1) and σ′ in (0, 1/4) fail at their attained maximum', () => {
    expectRefuted(proveRange(act('tanh', 1), '(0, 1)'), /at z = 0, tanh′ = 1 \(exactly\)/);
    expectRefuted(proveRange(act('sigmoid', 1), '(0, 1/4)'), /0\.25 \(exactly\)/);
  });

  it('hardshrink declared (−∞, ∞): (−λ, λ) \\ {0} is never taken', () => {
    expectRefuted(proveRange(act('hardshrink'), '(-inf, inf)', { params: defaults('hardshrink') }), /-0\.25 lies in the declared set, but hardshrink ≠ -0\.25 for every z/);
  });

  it("threshold declared by its hull [value, ∞) (as it was before sets): (0, 1] is never taken; the set {value} ∪ (threshold, ∞) is proved", () => {
    expectRefuted(proveRange(act('threshold'), '[value @ 0, inf)', { params: defaults('threshold') }), /0\.5 lies in the declared set, but threshold ≠ 0\.5/);
    expectProved(proveRange(act('threshold'), rangeSetFromSpec(getScalarActivation('threshold').spec.range), { params: defaults('threshold') }));
  });

  it('an end approached but declared attained: σ closed at 1 "at z = 50", hard swish′ closed at −1/2 "at z = −3"', () => {
    expectRefuted(proveRange(act('sigmoid'), '(0, 1 @ 50]'), /the closed end 1 is not attained at z = 50: f there is 1 − 1\.92875e-22/);
    expectRefuted(proveRange(act('hard_swish', 1), '[-1/2 @ -3, 3/2)'), /the closed end -1\/2 is not attained at z = -3: f there is 0/);
  });

  it('σ declared (0, 2): the values above 1 are never taken', () => {
    expectRefuted(proveRange(act('sigmoid'), '(0, 2)'), /lies in the declared set, but sigmoid ≠/);
  });

  it('ReLU′ declared {0, 1, 2}: 2 is never taken; hard sigmoid′ declared {0, 1/4}: 1/5 is a value outside', () => {
    expectRefuted(proveRange(act('relu', 1), '{0, 1, 2}'), /2 lies in the declared set, but relu′ ≠ 2/);
    expectRefuted(proveRange(act('hard_sigmoid', 1), '{0, 1/4}'), /hard_sigmoid′ = 0\.2 \(exactly\), which is not in \{0, 1\/4\}/);
  });

  it("a wrong ≈ value of an extremum: swish's minimum −0.278464… is ≈ −0.2785, not ≈ −0.2784", () => {
    expectProved(proveRange(act('swish'), '[~-0.2785 @ -1.28, inf)', { params: defaults('swish') }));
    expectRefuted(proveRange(act('swish'), '[~-0.2784 @ -1.28, inf)', { params: defaults('swish') }), /rounds to -0\.2785, not -0\.2784/);
  });

  it('≈ is judged at the digits written: mish ≈ −0.3088 (4 digits) holds, ≈ −0.3089 does not', () => {
    expectProved(proveRange(act('mish'), '[~-0.3088 @ -1.19, inf)'));
    expectRefuted(proveRange(act('mish'), '[~-0.3089 @ -1.19, inf)'), /rounds to -0\.3088, not -0\.3089/);
  });

  it('mish ≥ −0.3 fails near its minimum', () => {
    expectRefuted(proveBound(act('mish'), { side: 'lower', value: '-0.3' }), /which is not in \[−0\.3, ∞\)/);
  });

  it('GELU′ declared attained at a 40-digit decimal of √2: the decimal is not the point (the catalogue declares ±sqrt(2), proved)', () => {
    const ends = '[(1 - erf(1))/2 - 1/(e*sqrt(pi)) @ -1.414213562373095048801688724209698078570, (1 + erf(1))/2 + 1/(e*sqrt(pi)) @ 1.414213562373095048801688724209698078570]';
    expectRefuted(proveRange(act('gelu', 1), ends), /is not attained at z = -1\.41421356237309504880168872420969807857/);
    expectProved(proveRange(act('gelu', 1), rangeSetFromSpec(getScalarActivation('gelu').spec.derivativeRange)));
  });
});

describe('what the proof cannot close is said, never called proved', () => {
  it('a budget too small for the proof gives "verified" with the points checked and the region left', () => {
    const v = proveRange(act('sigmoid', 1), '(0, 1/4 @ 0]', { budget: 3 });
    expect(v.status).toBe('verified');
    expect(v.points).toBeGreaterThan(0);
    // the region left and the points checked there are named; the rest is proved
    expect(v.summary).toMatch(/^proved for all z except \[.+\]: checked at \d+ points of \[.+\], where the proof did not close/);
    expect(v.region).toMatch(/^all real z by interval arithmetic, except \[.+\]: there at \d+ points$/);
    expect(v.reason).toMatch(/the step budget ran out/);
  });

  it('a function undefined somewhere on the line is inconclusive', () => {
    const v = proveRange('log(z)', '(-inf, inf)');
    expect(v.status).toBe('inconclusive');
    expect(v.reason).toMatch(/undefined/);
  });

  it('a strict bound with a point of attainment is a contradiction in the claim', () => {
    expect(() => proveBound('z', { side: 'upper', value: '1', strict: true, at: '1' })).toThrow(/a strict bound cannot be attained/);
  });
});
