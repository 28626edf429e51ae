import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { DecimalCtor } from '../../src/numeric/context.js';
import { centralDifference, detectKink, digitsAgreed, finiteDifference, oneSidedDifference } from '../../src/numeric/finite.js';

const E_60 = new Decimal('2.71828182845904523536028747135266249775724709369995957496697'); // OEIS A001113

describe('finite differences at high precision', () => {
  it('50 requested digits give ≥ 45 agreeing digits on smooth functions', () => {
    // d/dx e^x at 1 = e (published digits)
    const d = centralDifference((x, D) => D.exp(x), new Decimal(1), 50);
    expect(digitsAgreed(d.value, E_60, 50)).toBeGreaterThanOrEqual(45);
    // d/dx sin at 0.5 = cos 0.5 (identity, the reference computed by decimal.js's cos directly)
    const c = centralDifference((x, D) => D.sin(x), new Decimal('0.5'), 50);
    const cos = Decimal.clone({ precision: 60 }).cos('0.5');
    expect(digitsAgreed(c.value, cos, 50)).toBeGreaterThanOrEqual(45);
  });

  it('keeps its digits in the tails, where |f| ≫ |f′| (σ at z = 40)', () => {
    const sigma = (x: Decimal, D: DecimalCtor) => D.div(1, D.add(1, D.exp(x.neg())));
    // σ′(40) = σ(40)(1 − σ(40)) = e^(-40)/(1 + e^(-40))^2
    const P = Decimal.clone({ precision: 80 });
    const exact = P.exp(-40).div(P.add(1, P.exp(-40)).pow(2));
    const d = centralDifference(sigma, new Decimal(40), 50);
    expect(digitsAgreed(d.value, exact, 50)).toBeGreaterThanOrEqual(45);
  });

  it('steps one-sided at the edge of the domain (√x at 1e-30)', () => {
    const d = finiteDifference((x, D) => D.sqrt(x), new Decimal('1e-30'), 40);
    // d/dx √x = 1/(2√x) = 5e14
    expect(digitsAgreed(d.value, new Decimal('5e14'), 40)).toBeGreaterThanOrEqual(35);
  });

  it('one-sided differences reach the requested accuracy', () => {
    const d = oneSidedDifference((x, D) => D.ln(x), new Decimal(2), 50, 1);
    expect(digitsAgreed(d.value, new Decimal('0.5'), 50)).toBeGreaterThanOrEqual(45);
    const b = oneSidedDifference((x, D) => D.ln(x), new Decimal(2), 50, -1);
    expect(digitsAgreed(b.value, new Decimal('0.5'), 50)).toBeGreaterThanOrEqual(45);
  });

  it('detects a kink and reports both one-sided slopes', () => {
    const leaky = (x: Decimal) => (x.isNegative() ? x.times('0.01') : x);
    const k = detectKink(leaky, new Decimal(0), 30);
    expect(k.kink).toBe(true);
    expect(k.left.toSignificantDigits(25).toString()).toBe('0.01');
    expect(k.right.toSignificantDigits(25).toString()).toBe('1');
    const smooth = detectKink((x, D) => D.tanh(x), new Decimal(0), 30);
    expect(smooth.kink).toBe(false);
  });

  it('digitsAgreed counts significant digits', () => {
    expect(digitsAgreed(new Decimal('1.2345'), new Decimal('1.2346'), 50)).toBe(4);
    expect(digitsAgreed(new Decimal('3'), new Decimal('3'), 50)).toBe(50);
    expect(digitsAgreed(new Decimal('1'), new Decimal('-1'), 50)).toBe(0);
  });
});
