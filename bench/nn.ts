/**
 * Benchmarks of the network engine (run: `npx tsx bench/nn.ts`). Prints:
 * 1. one full-batch iris epoch (4-8-3, tanh, softmax + cross-entropy, Adam) at float64
 *    and at 50 digits on the decimal.js backend and on the BigFloat backend (what
 *    `--precision 50` trains on), and their ratios;
 * 2. the transcendental evaluations (exp, tanh, log …) one 50-digit epoch makes on the
 *    decimal.js backend, against decimal.js's own exp and tanh throughput at 50 digits
 *    (that backend's floor; the BigFloat backend's floor is `bench/iris-floor.ts`);
 * 3. 50-digit iris training, 100 full-batch epochs, as `gradproof train` runs it (target ≤ 60 s);
 * 4. float64, the same run (target ≤ 0.5 s).
 *
 * @module
 */
import { buildNetwork, trainClassifier } from '../src/nn/classifier.js';
import { iris, oneHot, split, standardize } from '../src/nn/data.js';
import { bigfloatBackend } from '../src/nn/bigfloat-backend.js';
import { decimalBackend } from '../src/nn/decimal-backend.js';
import { float64Backend } from '../src/nn/float64.js';
import { Network } from '../src/nn/network.js';
import { adam } from '../src/nn/optim.js';
import { prepare, trainNetwork } from '../src/nn/train.js';
import { decimalContext } from '../src/numeric/context.js';

function epochSetup<T>(B: Parameters<typeof prepare<T>>[0]) {
  const { train } = (() => {
    const s = split(iris(), { testFraction: 0.2, seed: 1 });
    return standardize(s.train, s.test);
  })();
  const net = new Network(B, buildNetwork({ inputs: 4, hidden: [8], outputs: 3, seed: 1 }));
  const data = prepare(B, train.features, oneHot(train.labels, 3), train.labels);
  return { net, data, optimizer: adam(B, { lr: '0.01' }) };
}

function oneEpoch<T>(B: Parameters<typeof prepare<T>>[0], repeats: number): number {
  const { net, data, optimizer } = epochSetup(B);
  trainNetwork(net, optimizer, data, { epochs: 1, batchSize: 0 }); // warm-up: JIT, CAS derivations, compiled closures
  const start = performance.now();
  trainNetwork(net, optimizer, data, { epochs: repeats, batchSize: 0 });
  return (performance.now() - start) / repeats / 1000;
}

const fmt = (s: number) => (s < 0.01 ? `${(s * 1000).toFixed(3)} ms` : `${s.toFixed(3)} s`);

// 1. one epoch
const f64Epoch = oneEpoch(float64Backend, 50);
const B50 = decimalBackend(50);
const dEpoch = oneEpoch(B50, 2);
const mEpoch = oneEpoch(bigfloatBackend(50), 10);
console.log('## network engine benchmarks (iris 4-8-3, tanh → softmax + cross-entropy, Adam, 120 training samples)');
console.log(`one full-batch epoch, float64:                     ${fmt(f64Epoch)}`);
console.log(`one full-batch epoch, 50 digits, decimal.js:       ${fmt(dEpoch)} (${(dEpoch / f64Epoch).toFixed(0)} × float64)`);
console.log(`one full-batch epoch, 50 digits, BigFloat backend: ${fmt(mEpoch)} (${(mEpoch / f64Epoch).toFixed(0)} × float64, ${(dEpoch / mEpoch).toFixed(1)} × faster than decimal.js)`);

// 2. transcendental evaluations per epoch against decimal.js's own throughput
{
  const { net, data, optimizer } = epochSetup(B50);
  trainNetwork(net, optimizer, data, { epochs: 1, batchSize: 0 });
  const before = B50.calls.transcendental;
  trainNetwork(net, optimizer, data, { epochs: 1, batchSize: 0 });
  const calls = B50.calls.transcendental - before;
  const D = decimalContext(50);
  const xs = Array.from({ length: 4000 }, (_, i) => new D((i / 1000 - 2).toFixed(4)));
  const rate = (f: (x: InstanceType<typeof D>) => unknown) => {
    for (let i = 0; i < 500; i++) f(xs[i]!);
    const start = performance.now();
    for (const x of xs) f(x);
    return (performance.now() - start) / xs.length / 1000;
  };
  const exp = rate((x) => D.exp(x));
  const tanh = rate((x) => D.tanh(x));
  const floor = calls * Math.min(exp, tanh);
  console.log(`transcendental evaluations per 50-digit epoch: ${calls} (${(calls / data.xs.length).toFixed(1)} per sample)`);
  console.log(`decimal.js at 50 digits: exp ${(exp * 1e6).toFixed(1)} µs, tanh ${(tanh * 1e6).toFixed(1)} µs per call`);
  console.log(`decimal.js floor: ${calls} × ${(Math.min(exp, tanh) * 1e6).toFixed(1)} µs = ${fmt(floor)} per epoch; the decimal.js epoch ${fmt(dEpoch)} (${(dEpoch / floor).toFixed(2)} × that floor)`);
}

// 3 and 4. the whole runs
const run = (precision: 'float64' | number) => trainClassifier({ data: 'iris', hidden: [8], batch: 0, epochs: 100, precision });
const f = run('float64');
console.log(`float64 training, 100 full-batch epochs:   ${fmt(f.seconds)} (target ≤ 0.5 s), loss ${Number(f.loss).toPrecision(6)}, test accuracy ${(100 * f.testAccuracy).toFixed(1)} %`);
const d = run(50);
console.log(`50-digit training (${d.backend}, BigFloat backend), 100 full-batch epochs:  ${fmt(d.seconds)} (target ≤ 60 s), loss ${d.loss.slice(0, 18)}…, test accuracy ${(100 * d.testAccuracy).toFixed(1)} %`);
const agree = Math.abs(Number(d.loss) / Number(f.loss) - 1);
console.log(`final loss, float64 vs 50 digits: relative difference ${agree.toExponential(1)}`);
