import { Decimal as Decimal20 } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decimalBackend } from '../../src/nn/decimal-backend.js';
import { float64Backend as F } from '../../src/nn/float64.js';
import { adam, makeOptimizer, momentum, sgd } from '../../src/nn/optim.js';

const Decimal = Decimal20.clone({ precision: 80 });

describe('optimizers', () => {
  it("SGD is the notes' w ← w − η∇c: 3 − 0.1 × 4 = 2.6 exactly in decimal", () => {
    const B = decimalBackend(30);
    const theta = [B.fromString('3')];
    sgd(B, { lr: '0.1' }).step(theta, [B.fromString('4')]);
    expect(theta[0]!.toString()).toBe('2.6');
  });

  it('momentum: v ← μv − ηg, w ← w + v (two steps by hand)', () => {
    const B = decimalBackend(30);
    const theta = [B.fromString('1')];
    const opt = momentum(B, { lr: '0.1', momentum: '0.9' });
    opt.step(theta, [B.fromString('2')]); // v = −0.2, w = 0.8
    opt.step(theta, [B.fromString('2')]); // v = −0.18 − 0.2 = −0.38, w = 0.42
    expect(theta[0]!.toString()).toBe('0.42');
  });

  it('Adam: the first step moves every weight by η·g/(|g| + ε), the bias corrections cancel', () => {
    const B = decimalBackend(50);
    const theta = ['1', '-2'].map(B.fromString);
    const g = ['0.5', '-3'].map(B.fromString);
    adam(B, { lr: '0.01' }).step(theta, g);
    const expected = [new Decimal(1).minus(new Decimal('0.01').times('0.5').div(new Decimal('0.5').plus('1e-8'))), new Decimal(-2).plus(new Decimal('0.01').times(3).div(new Decimal(3).plus('1e-8')))];
    theta.forEach((t, k) => {
      expect(t.minus(expected[k]!).abs().lt('1e-45')).toBe(true);
    });
  });

  it('the same optimizer on float64 and decimal agrees to float64 accuracy over 50 steps', () => {
    const B = decimalBackend(40);
    const fd = [B.fromString('0.3')];
    const ff = [0.3];
    const od = adam(B, { lr: '0.05' });
    const of = adam(F, { lr: '0.05' });
    for (let i = 0; i < 50; i++) {
      // gradient of (w − 1)²
      od.step(fd, [B.mul(B.fromString('2'), B.sub(fd[0]!, B.fromString('1')))]);
      of.step(ff, [2 * (ff[0]! - 1)]);
    }
    expect(Math.abs(ff[0]! - fd[0]!.toNumber())).toBeLessThan(1e-13);
  });

  it('unknown names are rejected', () => {
    expect(makeOptimizer(F, 'Adam', { lr: '0.1' }).name).toBe('adam');
    expect(() => makeOptimizer(F, 'rmsprop', { lr: '0.1' })).toThrow(/optimizers: sgd, momentum, adam/);
  });
});
