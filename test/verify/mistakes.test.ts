/**
 * Every kind of check fails on a deliberately wrong claim: a table of mistakes, each fed
 * to the same check that passes the right claim, and each shown to be caught with a
 * counterexample. A check that cannot fail checks nothing.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { getScalarActivation } from '../../src/activations/_internals/catalogue.js';
import { defineActivation } from '../../src/activations/_internals/activation.js';
import type { ScalarSpec } from '../../src/activations/_internals/spec.js';
import { evaluate } from '../../src/numeric/evaluate.js';
import { digitsAgreed } from '../../src/numeric/finite.js';
import { decimalBackend } from '../../src/nn/decimal-backend.js';
import { gradcheck } from '../../src/nn/gradcheck.js';
import { Network, type NetworkSpec } from '../../src/nn/network.js';
import { adam } from '../../src/nn/optim.js';
import { verifyActivation } from '../../src/verify/activation.js';
import { value } from '../../src/verify/checks.js';
import { verifyDerivative } from '../../src/verify/derivative.js';
import { checkIdentity } from '../../src/verify/identity.js';
import { range } from '../../src/verify/range.js';

describe('a table of deliberate mistakes, each caught', () => {
  it('derivative: a wrong textbook derivative (σ′ = σ(1 + σ))', () => {
    const sigma = '1/(1+e^(-x))';
    expect(verifyDerivative(sigma, 'x', { digits: 30, points: 4, derivative: `${sigma}*(1 - ${sigma})` }).holds).toBe(true);
    const wrong = verifyDerivative(sigma, 'x', { digits: 30, points: 4, derivative: `${sigma}*(1 + ${sigma})` });
    expect(wrong.status).toBe('refuted');
    expect(wrong.counterexample?.text).toMatch(/the claimed derivative is .*, the finite difference/);
  });

  it('higher order: tanh″ with the wrong sign, checked against finite differences of tanh itself', () => {
    expect(verifyDerivative('tanh(x)', 'x', { order: 2, digits: 30, points: 4, derivative: '-2*tanh(x)*(1 - tanh(x)^2)' }).holds).toBe(true);
    expect(verifyDerivative('tanh(x)', 'x', { order: 2, digits: 30, points: 4, derivative: '2*tanh(x)*(1 - tanh(x)^2)' }).status).toBe('refuted');
  });

  it('kink: a value at the kink outside the one-sided slopes, and a kink nobody declared', () => {
    expect(verifyDerivative('max(x, 0)', 'x', { digits: 30, points: 2, at: [{ x: '0' }], derivative: '(1 + sign(x))/2 + 3*(1 - abs(sign(x)))' }).status).toBe('refuted');
    const relu = getScalarActivation('relu').spec as ScalarSpec;
    const undeclared = defineActivation({ ...relu, name: 'relu_without_its_kink', kinks: [] });
    const v = verifyActivation(undeclared, { digits: 20, points: 2, identityPoints: 8 });
    expect(v.holds).toBe(false);
    expect(v.checks.find((c) => c.name === 'smooth join at z = 0')?.holds).toBe(false);
  });

  it('jump: a Heaviside step declared as differentiable is reported as a jump', () => {
    const c = verifyDerivative('(1 + sign(x))/2', 'x', { digits: 30, points: 2, at: [{ x: '0' }] }).checks[0]!;
    expect(c.differentiableAt).toBe(false);
    expect(c.singularity?.shape).toBe('jump');
  });

  it('identity: min(max(x, −100), 100) ≡ x only on [−100, 100]', () => {
    const v = checkIdentity('min(max(x, -100), 100)', 'x');
    expect(v.status).toBe('refuted');
    expect(Math.abs(Number(v.counterexample!.at.x))).toBeGreaterThan(100);
  });

  it('derivative: a formula wrong only near 0 is refuted by the probe at 0', () => {
    // wrong by 1e-3·e^(-1e8·x²): a spike of width 1e-4 at 0 that no sampled point meets
    const spike = verifyDerivative('e^x', 'x', { digits: 30, derivative: 'e^x + 1e-3*e^(-1e8*x^2)' });
    expect(spike.status).toBe('refuted');
    expect(spike.counterexample!.at.x).toBe('0');
    // the probe's finite difference takes two steps at most; where it does not settle there
    // (f′(0) = 0 for log(1 + x²)·atan(x); f‴ jumps at 0 for x/(1 + |x|)) a spike is still refuted
    for (const [f, d] of [['log(1 + x^2)*atan(x)', '2*x*atan(x)/(1 + x^2) + log(1 + x^2)/(1 + x^2)'], ['x/(1 + abs(x))', '1/(1 + abs(x))^2']] as const) {
      const wrong = verifyDerivative(f, 'x', { digits: 30, derivative: `${d} + 1e-3*e^(-1e8*x^2)` });
      expect(wrong.status, f).toBe('refuted');
      expect(wrong.counterexample!.at.x, f).toBe('0');
    }
    // correct formulas keep their verdict and their count of sampled points
    for (const [f, d] of [['e^x', 'e^x'], ['x^3', '3*x^2'], ['abs(x)', 'sign(x)'], ['sin(x^2)', '2*x*cos(x^2)'], ['log(1 + e^x)', '1/(1 + e^(-x))'], ['log(1 + x^2)*atan(x)', '2*x*atan(x)/(1 + x^2) + log(1 + x^2)/(1 + x^2)'], ['x/(1 + abs(x))', '1/(1 + abs(x))^2']] as const) {
      const v = verifyDerivative(f, 'x', { digits: 30, derivative: d });
      expect(v.status, `${f}: ${v.summary}`).toBe('verified');
      expect(v.points).toBe(12);
    }
  });

  it('identity: min(max(x, −1e8), 1e8) ≡ x holds out to 1e6, and is refuted beyond the sampled tails', () => {
    const v = checkIdentity('min(max(x, -1e8), 1e8)', 'x');
    expect(v.status).toBe('refuted');
    expect(v.counterexample!.at.x).toBe('1000000000');
    expect(v.counterexample!.text).toMatch(/beyond the sampled tails/);
    // true identities keep their verdicts where the far probes cannot be evaluated or cancel
    expect(checkIdentity('1 - tanh(x)^2', 'sech(x)^2', { numericOnly: true }).status).toBe('verified');
    expect(checkIdentity('log(1 + e^x)', 'x + log(1 + e^(-x))', { numericOnly: true }).status).toBe('verified');
    expect(checkIdentity('sin(x)^2 + cos(x)^2', '1', { numericOnly: true }).status).toBe('verified');
    expect(checkIdentity('sqrt(x^2)', 'abs(x)', { numericOnly: true }).status).toBe('verified');
    expect(checkIdentity('x^x', 'e^(x*log(x))', { numericOnly: true }).status).toBe('verified');
  });

  it('range: tanh declared closed at ±1, "attained" at ±100, fails (tanh(100) = 1 − 2.8e-87 is not 1)', () => {
    const tanh = getScalarActivation('tanh').spec as ScalarSpec;
    expect(verifyActivation(getScalarActivation('tanh'), { digits: 20, points: 2, identityPoints: 8, skipKinkScan: true }).checks.find((c) => c.name === 'range')?.holds).toBe(true);
    const closed = defineActivation({ ...tanh, name: 'tanh_closed', range: { lo: { value: '-1', closed: true, at: '-100' }, hi: { value: '1', closed: true, at: '100' } } });
    const check = verifyActivation(closed, { digits: 20, points: 2, identityPoints: 8, skipKinkScan: true }).checks.find((c) => c.name === 'range')!;
    expect(check.holds).toBe(false);
    expect(check.counterexample?.text).toMatch(/the closed end -1 is not attained at z = -100: f there is -1 \+ 2\.76779e-87/);
    // and the claims' range check of the notes
    expect(range('tanh(z)', 'z', '(-1, 1)').holds).toBe(true);
    expect(range('tanh(z)', 'z', '[-1, 1]').holds).toBe(false);
  });

  it('range declarations: a hull for a set, an attained maximum declared open, a wrong ≈ of a minimum — each caught by the catalogue check', () => {
    const light = { digits: 20, points: 2, identityPoints: 8, skipKinkScan: true } as const;
    const check = (spec: ScalarSpec, name: 'range' | 'derivative range') => verifyActivation(defineActivation(spec), light).checks.find((c) => c.name === name)!;
    const threshold = getScalarActivation('threshold').spec as ScalarSpec;
    const hull = check({ ...threshold, name: 'threshold_hull', range: '[value @ 0, inf)' }, 'range');
    expect(hull.status).toBe('refuted');
    expect(hull.counterexample?.text).toMatch(/lies in the declared set, but threshold_hull ≠ .* for every z/);
    const sigmoid = getScalarActivation('sigmoid').spec as ScalarSpec;
    const open = check({ ...sigmoid, name: 'sigmoid_open', derivativeRange: '(0, 1/4)' }, 'derivative range');
    expect(open.status).toBe('refuted');
    expect(open.counterexample?.text).toMatch(/at z = 0, sigmoid_open′ = 0\.25 \(exactly\), which is not in \(0, 1\/4\)/);
    const swish = getScalarActivation('swish').spec as ScalarSpec;
    const approx = check({ ...swish, name: 'swish_approx', range: '[~-0.2784 @ -1.28, inf)' }, 'range');
    expect(approx.status).toBe('refuted');
    expect(approx.counterexample?.text).toMatch(/rounds to -0\.2785, not -0\.2784/);
  });

  it('value: 0.1·0.2·0.8 ≈ 0.006 and e ≈ 2.73', () => {
    expect(value('0.1*0.2*0.8', '0.016').holds).toBe(true);
    expect(value('0.1*0.2*0.8', '0.006', { relation: '≈' }).status).toBe('refuted');
    expect(value('e', '2.72', { relation: '≈' }).holds).toBe(true);
    expect(value('e', '2.73', { relation: '≈' }).status).toBe('refuted');
  });

  it('a wrong SELU λ default: eval selu at 1 is λ, the closed form of the fixed point, to 50 digits', () => {
    // λ = (1 − √e·erfc(1/√2))·√(2π / (2e²·erfc(√2) + πe·erfc(1/√2)² − 2(2 + π)√e·erfc(1/√2) + π + 2))
    // (the closed form of Klambauer et al.'s fixed point): an independent derivation of the constant
    const closedForm = '(1 - sqrt(e)*erfc(1/sqrt(2)))*sqrt(2*pi/(2*e^2*erfc(sqrt(2)) + pi*e*erfc(1/sqrt(2))^2 - 2*(2 + pi)*sqrt(e)*erfc(1/sqrt(2)) + pi + 2))';
    const lambda = evaluate(closedForm, {}, { digits: 50 });
    const selu = getScalarActivation('selu');
    expect(selu.evaluate('1', { digits: 50 }).value).toBe(lambda.value);
    expect(lambda.value.startsWith('1.0507009873554804934193349852946')).toBe(true); // the paper's 32 digits
    // a SELU whose λ default is the float64 1.0507009873554805 is caught by the same comparison
    const spec = selu.spec as ScalarSpec;
    const wrong = defineActivation({ ...spec, name: 'selu_float64', params: spec.params!.map((p) => (p.name === 'lambda' ? { ...p, default: '1.0507009873554805' } : p)) });
    expect(digitsAgreed(new Decimal(wrong.evaluate('1', { digits: 50 }).value), lambda.decimal, 50)).toBeLessThan(20);
    expect(value(wrong.evaluate('1', { digits: 50 }).value, lambda.value).status).toBe('refuted');
  });

  it("leaky ReLU's α changed from the notes' and PyTorch's 0.01", () => {
    const leaky = getScalarActivation('leaky_relu');
    expect(value(leaky.evaluate('-1', { digits: 30 }).value, '-0.01').holds).toBe(true);
    const spec = leaky.spec as ScalarSpec;
    const changed = defineActivation({ ...spec, name: 'leaky_relu_changed', params: spec.params!.map((p) => ({ ...p, default: '0.02' })) });
    expect(value(changed.evaluate('-1', { digits: 30 }).value, '-0.01').status).toBe('refuted');
  });

  it('gradient: an mse gradient without the 1/n on a network with several outputs', () => {
    const spec: NetworkSpec = {
      loss: 'mse',
      layers: [
        { weights: [['0.5', '-0.3'], ['0.8', '0.2']], bias: ['0.1', '-0.2'], activation: 'tanh' },
        { weights: [['0.3', '-0.6'], ['0.7', '0.4'], ['-0.2', '0.9']], bias: ['0.05', '0', '-0.1'], activation: 'linear' },
      ],
    };
    const sample = { input: ['1', '-2'], target: ['1', '0', '-1'] };
    expect(gradcheck(spec, sample, { digits: 30 }).holds).toBe(true);
    // the gradient of the summed squared error (no 1/n), checked against the mean's loss
    const withoutMean = (net: Network<Decimal>, x: readonly Decimal[], y: readonly Decimal[]) => {
      const sum = new Network(net.backend, { ...net.toSpec(), loss: 'squared_error' });
      return sum.lossAndGradient(x, y).gradient;
    };
    const v = gradcheck(spec, sample, { digits: 30, gradient: withoutMean });
    expect(v.status).toBe('refuted');
    expect(v.counterexample?.text).toMatch(/backprop gives .* the finite difference of the loss/);
  });

  it("Adam's bias correction frozen at t = 1 (Kingma & Ba, Algorithm 1, computed here independently)", () => {
    const D = Decimal.clone({ precision: 60 });
    const [lr, b1, b2, eps] = ['0.1', '0.9', '0.999', '1e-7'].map((s) => new D(s)) as [Decimal, Decimal, Decimal, Decimal];
    // minimise (w − 1)² from w = 3: g = 2(w − 1)
    const reference = (frozen: boolean): Decimal => {
      let w = new D(3);
      let m = new D(0);
      let v = new D(0);
      for (let t = 1; t <= 4; t++) {
        const g = w.minus(1).times(2);
        m = b1.times(m).plus(new D(1).minus(b1).times(g));
        v = b2.times(v).plus(new D(1).minus(b2).times(g.pow(2)));
        const k = frozen ? 1 : t;
        const mHat = m.div(new D(1).minus(b1.pow(k)));
        const vHat = v.div(new D(1).minus(b2.pow(k)));
        w = w.minus(lr.times(mHat).div(vHat.sqrt().plus(eps)));
      }
      return w;
    };
    const B = decimalBackend(60);
    const theta = [B.fromString('3')];
    const opt = adam(B, { lr: '0.1', beta1: '0.9', beta2: '0.999', epsilon: '1e-7' });
    for (let t = 1; t <= 4; t++) opt.step(theta, [B.mul(B.fromString('2'), B.sub(theta[0]!, B.fromString('1')))]);
    expect(digitsAgreed(theta[0]!, reference(false), 50)).toBeGreaterThanOrEqual(45);
    // the same comparison catches a bias correction frozen at t = 1
    expect(digitsAgreed(theta[0]!, reference(true), 50)).toBeLessThan(5);
  });
});
