import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/nn/backend.js';
import { bigfloatBackend } from '../../src/nn/bigfloat-backend.js';
import type { BigFloat } from '../../src/numeric/mp/float.js';
import { buildNetwork, trainClassifier } from '../../src/nn/classifier.js';
import { iris, oneHot, split, standardize } from '../../src/nn/data.js';
import { decimalBackend } from '../../src/nn/decimal-backend.js';
import { gradcheck } from '../../src/nn/gradcheck.js';
import { Network, type NetworkSpec } from '../../src/nn/network.js';
import { adam, makeOptimizer } from '../../src/nn/optim.js';
import { prepare, trainNetwork } from '../../src/nn/train.js';
import { parse } from '../../src/symbolic/parse.js';
import { format } from '../../src/symbolic/tree.js';

const B50 = bigfloatBackend(50);
const same = (a: string, b: string) => new Decimal(a).eq(new Decimal(b));

describe('the BigFloat backend', () => {
  it('reads exact decimals and gives values rounded to the digits asked for', () => {
    expect(B50.kind).toBe('bigfloat');
    expect(B50.name).toBe('decimal(50)');
    expect(B50.bits).toBe(200);
    expect(B50.toString(B50.fromString('0.1'))).toBe('0.1');
    expect(B50.toString(B50.fromString(' -2.5e-3 '))).toBe('-0.0025');
    expect(B50.toString(B50.div(B50.fromString('1'), B50.fromString('3')))).toBe(`0.${'3'.repeat(50)}`);
    // √2 (published digits: 1.41421356237309504880168872420969807856967187537694…)
    expect(B50.toString(B50.sqrt(B50.fromString('2')))).toBe('1.4142135623730950488016887242096980785696718753769');
    expect(B50.toString(B50.fromString('1e-400'))).toBe('1e-400');
    expect(B50.compare(B50.fromString('0.3'), B50.fromString('0.30000000000000000000000000000000000000000000000001'))).toBe(-1);
  });

  it('refuses what has no value with a one-line error, never NaN', () => {
    expect(() => B50.div(B50.fromString('1'), B50.fromString('0'))).toThrow(/division by zero/);
    expect(() => B50.sqrt(B50.fromString('-1'))).toThrow(/sqrt\(x\) needs x ≥ 0/);
    expect(() => B50.fromString('1..2')).toThrow(/must be a decimal number/);
    expect(() => B50.compile(parse('log(x)'))({ x: B50.fromString('-1') })).toThrow(/log\(x\) needs x > 0/);
    expect(() => bigfloatBackend(4)).toThrow(/5…1000 digits/);
  });

  it('a cancellation inside a compiled expression is evaluated again with the bits it lost', () => {
    // mpmath at 120 digits: nstr(cos(mpf('1e-20')) - 1, 50); at the working precision alone
    // (60 digits) the subtraction would leave about 40 of them
    const f = B50.compile(parse('cos(x) - 1'));
    expect(B50.toString(f({ x: B50.fromString('1e-20') }))).toBe('-4.9999999999999999999999999999999999999999583333333e-41');
  });

  it('tanh(z) and the catalogue slope sech(z)^2 to all 50 digits (one shared exponential), against mpmath', () => {
    // mpmath 1.3.0 at 100 digits: nstr(tanh(z), 50), nstr(sech(z)**2, 50)
    const table = [
      ['0.5', '0.46211715726000975850231848364367254873028928033011', '0.78644773296592741014969893434363610248906914170925'],
      ['-0.001', '-0.0009999996666667999999460317679012257046692967922854', '0.99999900000066666628888908571418821874158300418996'],
      ['3', '0.99505475368673045133188018525548847509781385470028', '0.0098660371654401912731561696835234873273216091187997'],
      ['-17.25', '-0.9999999999999979209239766595582733758819238655843', '0.0000000000000041581520466808791306911253231638401845528172828631'],
      ['40', '0.9999999999999999999999999999999999639029722430917', '7.2194055513816606892485134294001094240853298147572e-35'],
      ['100', '1', '5.5355861069469501225947258279163387416121903293579e-87'],
    ];
    const tanh = B50.compile(parse('tanh(z)'));
    const slope = B50.compile(parse('sech(z)^2'));
    for (const [z, t, s] of table) {
      const env = { z: B50.fromString(z!) };
      expect(B50.toString(tanh(env)), `tanh ${z}`).toBe(new Decimal(t!).toString());
      expect(same(B50.toString(slope(env)), s!), `sech² ${z}: ${B50.toString(slope(env))}`).toBe(true);
    }
  });
});

/** The iris run of `gradproof train --data iris --batch 0` on backend B. */
function irisRun<T>(B: Backend<T>, epochs: number) {
  const s = split(iris(), { testFraction: 0.2, seed: 1 });
  const { train } = standardize(s.train, s.test);
  const net = new Network(B, buildNetwork({ inputs: 4, hidden: [8], outputs: 3, seed: 1 }));
  const data = prepare(B, train.features, oneHot(train.labels, 3), train.labels);
  const r = trainNetwork(net, adam(B, { lr: '0.01' }), data, { epochs });
  return { history: r.history.map((h) => h.loss), theta: net.theta.map((t) => B.toString(t)) };
}

describe('training on the BigFloat backend', () => {
  it('50-digit iris, 2 full-batch epochs: every loss and weight has all 50 digits right (decimal.js at 90 digits, rounded); decimal.js at 50 digits misses some', () => {
    const mp = irisRun(bigfloatBackend(50), 2);
    const ref = irisRun(decimalBackend(90), 2);
    const d50 = irisRun(decimalBackend(50), 2);
    const round50 = (t: string) => new Decimal(t).toSignificantDigits(50).toString();
    expect(mp.history).toEqual(ref.history.map(round50));
    expect(mp.theta).toEqual(ref.theta.map(round50));
    // the check has teeth: 50-digit decimal arithmetic accumulates rounding in its last digits
    const wrong = d50.theta.filter((t, k) => t !== round50(ref.theta[k]!)).length;
    expect(wrong).toBeGreaterThan(0);
    d50.theta.forEach((t, k) => {
      expect(new Decimal(t).minus(mp.theta[k]!).abs().lte(new Decimal(mp.theta[k]!).abs().times('1e-45')), `θ[${k}]`).toBe(true);
    });
  });

  it('agrees with float64 to float64 rounding, and with decimal.js on SGD, momentum and mini-batches', () => {
    const f = trainClassifier({ data: 'iris', hidden: [8], batch: 0, epochs: 5 });
    const m = trainClassifier({ data: 'iris', hidden: [8], batch: 0, epochs: 5, precision: 30 });
    expect(m.backend).toBe('decimal(30)');
    f.history.forEach((h, i) => {
      expect(Math.abs(Number(h.loss) / Number(m.history[i]!.loss) - 1), `epoch ${i + 1}`).toBeLessThan(1e-13);
    });
    for (const optimizer of ['sgd', 'momentum']) {
      const run = <T>(B: Backend<T>) => {
        const spec = buildNetwork({ inputs: 2, hidden: [5], outputs: 1, activation: 'sigmoid', output: 'sigmoid', seed: 3 });
        const net = new Network(B, spec);
        const data = prepare(B, [['0', '0'], ['0', '1'], ['1', '0'], ['1', '1']], [['0'], ['1'], ['1'], ['0']], [0, 1, 1, 0]);
        trainNetwork(net, makeOptimizer(B, optimizer, { lr: '0.5' }), data, { epochs: 6, batchSize: 2, seed: 5 });
        return net.theta.map((t) => B.toString(t));
      };
      const got = run(bigfloatBackend(30));
      const ref = run(decimalBackend(70)).map((t) => new Decimal(t).toSignificantDigits(30).toString());
      expect(got, optimizer).toEqual(ref);
    }
  });
});

describe('the BigFloat gradient against finite differences on decimal.js (gradcheck)', () => {
  const spec: NetworkSpec = buildNetwork({ inputs: 4, hidden: [8], outputs: 3, seed: 1 });
  const sample = { input: ['0.31', '-1.2', '0.74', '1.05'], target: ['0', '1', '0'] };
  /** gradcheck's gradient hook: the same network on the BigFloat backend at the check's precision. */
  const onBigFloat =
    (make: (digits: number) => Backend<BigFloat>, fused = true) =>
    (net: Network<Decimal>, x: readonly Decimal[], y: readonly Decimal[]) => {
      const B = make(net.backend.digits);
      const n = new Network(B, net.toSpec());
      const g = n.lossAndGradient(
        x.map((v) => B.fromString(v.toString())),
        y.map((v) => B.fromString(v.toString())),
        { fused },
      ).gradient;
      return g.map((v) => new Decimal(B.toString(v)));
    };

  const small: NetworkSpec = buildNetwork({ inputs: 2, hidden: [3], outputs: 3, seed: 4 });
  const smallSample = { input: ['0.31', '-1.2'], target: ['1', '0', '0'] };

  it('iris 4-8-3 (tanh, softmax + cross-entropy): every parameter to 40 digits', () => {
    const v = gradcheck(spec, sample, { digits: 40, gradient: onBigFloat(bigfloatBackend) });
    expect(v.holds, v.summary).toBe(true);
    expect(v.digitsAgreed).toBe(40);
    expect(v.checks.length).toBe(67);
  });

  it('through the softmax Jacobian (not the fused s − y) to 40 digits', () => {
    const v = gradcheck(small, smallSample, { digits: 40, gradient: onBigFloat(bigfloatBackend, false) });
    expect(v.holds, v.summary).toBe(true);
    expect(v.checks.length).toBe(21);
  });

  it('a sigmoid/mse network (the general compiled path) to 40 digits', () => {
    const s2 = buildNetwork({ inputs: 4, hidden: [5], outputs: 2, activation: 'sigmoid', output: 'sigmoid', loss: 'mse', seed: 2 });
    const v = gradcheck(s2, { input: sample.input, target: ['0.25', '1'] }, { digits: 40, gradient: onBigFloat(bigfloatBackend) });
    expect(v.holds, v.summary).toBe(true);
  });

  it('fails on a backend with a broken slope (sech where the catalogue says sech²)', () => {
    const broken = (digits: number): Backend<BigFloat> => {
      const B = bigfloatBackend(digits);
      return { ...B, compile: (e) => B.compile(format(e) === 'sech(z)^2' ? parse('sech(z)') : e) };
    };
    const v = gradcheck(small, smallSample, { digits: 40, gradient: onBigFloat(broken) });
    expect(v.holds).toBe(false);
    expect(v.status).toBe('refuted');
    expect(v.worst?.name).toMatch(/^layers\[0\]/);
  });
});
