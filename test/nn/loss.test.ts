import { describe, expect, it } from 'vitest';
import { getVectorActivation } from '../../src/activations/_internals/catalogue.js';
import { decimalBackend } from '../../src/nn/decimal-backend.js';
import { float64Backend as F } from '../../src/nn/float64.js';
import { getLoss, LOSSES, lossOps, softmaxCrossEntropy } from '../../src/nn/loss.js';
import { Network } from '../../src/nn/network.js';
import { digitsAgreed } from '../../src/numeric/finite.js';
import { derive } from '../../src/verify/derive.js';
import { add, format, mul, neg, num, sub, v } from '../../src/symbolic/tree.js';
import { checkIdentity } from '../../src/verify/identity.js';

describe('losses', () => {
  it('values match the textbook formulas', () => {
    expect(lossOps(F, 'squared_error').value([1, 0], [0.5, 0.25])).toBeCloseTo(0.25 + 0.0625, 15);
    expect(lossOps(F, 'mse').value([1, 0], [0.5, 0.25])).toBeCloseTo((0.25 + 0.0625) / 2, 15);
    expect(lossOps(F, 'binary_crossentropy').value([1], [0.8])).toBeCloseTo(-Math.log(0.8), 15);
    expect(lossOps(F, 'categorical_crossentropy').value([0, 1, 0], [0.2, 0.5, 0.3])).toBeCloseTo(-Math.log(0.5), 15);
  });

  it('derived derivatives equal the textbook ones (identity checks)', () => {
    const textbook: Record<string, string> = {
      squared_error: '-2*(y - yhat)',
      mse: '-2*(y - yhat)',
      binary_crossentropy: '(yhat - y)/(yhat*(1 - yhat))',
      categorical_crossentropy: '-y/yhat',
    };
    for (const l of LOSSES) {
      const verdict = checkIdentity(getLoss(l.name).derivative.expr, textbook[l.name]!, { digits: 30, interval: ['0.01', '0.99'] });
      expect(verdict.holds, l.name).toBe(true);
    }
  });

  it('mean reductions divide the gradient by the number of outputs', () => {
    expect(lossOps(F, 'mse').gradient([1, 0], [0.5, 0.25])).toEqual([-0.5, 0.25]);
    expect(lossOps(F, 'squared_error').gradient([1, 0], [0.5, 0.25])).toEqual([-1, 0.5]);
  });

  it('unknown names get suggestions', () => {
    expect(() => getLoss('squared_eror')).toThrow(/did you mean squared_error/);
    expect(getLoss('MSELoss').definition.name).toBe('mse');
  });
});

describe('softmax + categorical cross-entropy: the gradient s − y (a proved claim)', () => {
  // The claim: for targets with Σy = 1, ∂/∂zⱼ [−Σᵢ yᵢ log softmaxᵢ(z)] = softmaxⱼ(z) − yⱼ.
  // Proof: derive the left side with the CAS (yₙ = 1 − y₁ − … − yₙ₋₁ substituted) and check
  // the identity with the catalogue's softmax at 64 points.
  for (const n of [2, 3]) {
    it(`holds for ${n} classes`, () => {
      const s = getVectorActivation('softmax').components(n);
      const ys = Array.from({ length: n }, (_, i) => v(`y${i + 1}`));
      const last = ys.slice(0, n - 1).reduce((acc, y) => sub(acc, y), num('1') as ReturnType<typeof v>);
      const target = [...ys.slice(0, n - 1), last];
      const loss = neg(target.map((y, i) => mul(y, { kind: 'call', fn: 'log', args: [s[i]!] })).reduce((a, b) => add(a, b)));
      for (let j = 0; j < n; j++) {
        const d = derive(loss, `z${j + 1}`).expr;
        const claim = sub(s[j]!, target[j]!);
        const verdict = checkIdentity(d, claim, { digits: 30 });
        expect(verdict.holds, `∂L/∂z${j + 1} = ${format(claim)}`).toBe(true);
      }
    });
  }

  it('the fast path and the general path give the same gradients', () => {
    const spec = {
      loss: 'categorical_crossentropy',
      layers: [
        { weights: [['0.3', '-0.7'], ['0.2', '0.9']], bias: ['0.1', '0'], activation: 'tanh' },
        { weights: [['0.5', '-0.4'], ['-0.3', '0.8'], ['0.6', '0.1']], bias: ['0', '0.2', '-0.1'], activation: 'softmax' },
      ],
    };
    const B = decimalBackend(60);
    const net = new Network(B, spec);
    const x = ['0.4', '-1.1'].map(B.fromString);
    const y = ['0', '0', '1'].map(B.fromString);
    const fast = net.lossAndGradient(x, y);
    const general = net.lossAndGradient(x, y, { fused: false });
    expect(digitsAgreed(fast.loss, general.loss, 50)).toBeGreaterThanOrEqual(50);
    fast.gradient.forEach((g, k) => {
      expect(digitsAgreed(g, general.gradient[k]!, 50), net.parameterName(k)).toBeGreaterThanOrEqual(50);
    });
  });

  it('the fast path skips only terms whose target is exactly 0', () => {
    const sce = softmaxCrossEntropy(F);
    expect(sce.value([0, 1], [0.25, 0.75])).toBeCloseTo(-Math.log(0.75), 15);
    expect(sce.seed([0, 1], [0.25, 0.75])).toEqual([0.25, -0.25]);
    // a target that does not sum to 1 takes the general path
    const net = new Network(F, { loss: 'categorical_crossentropy', layers: [{ weights: [['1'], ['-1']], bias: ['0', '0'], activation: 'softmax' }] });
    const g = net.lossAndGradient([0.5], [0.5, 0.25]).gradient;
    const general = net.lossAndGradient([0.5], [0.5, 0.25], { fused: false }).gradient;
    expect(g).toEqual(general);
  });
});
