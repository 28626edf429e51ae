/**
 * The floor of 50-digit iris training on the BigInt engine, and the network engine
 * against it (issue 15: "50-digit iris training (4-8-3, 100 full-batch epochs) within
 * 1.5× of the new core's floor"). Run: `npx tsx bench/iris-floor.ts [epochs] [rounds]`
 * (defaults 100 and 1).
 *
 * The floor is the arithmetic one full-batch epoch of a 4-8-3 tanh → softmax +
 * cross-entropy network with Adam requires, done by the BigInt engine's own operations
 * (`numeric/mp/float.ts`: add, sub, mul, div, sqrt rounded to nearest; the engine's tanh,
 * exp and log kernels, rounded to the same precision) at the working precision of the
 * BigFloat backend (`bigfloatBackend(50).bits`), in straight-line code over plain arrays:
 * no network, no stages, no closures, no error bounds, no divergence checks. Per sample,
 * with x ∈ ℝ⁴ and a one-hot target of class c:
 *
 * - forward: z₁ = W₁x + b₁ (32 mul, 32 add), a₁ = tanh z₁ (8 tanh), z₂ = W₂a₁ + b₂
 *   (24 mul, 24 add), eₖ = exp z₂ₖ (3 exp), S = Σe (2 add), sₖ = eₖ/S (3 div), loss
 *   −log s_c (1 log, 1 add to the running total);
 * - backward: δ₂ = s − y (3 sub), ∇W₂ += δ₂a₁ᵀ (24 mul, 24 add), ∇b₂ += δ₂ (3 add),
 *   δ₁ = (W₂ᵀδ₂) ⊙ (1 − a₁²) (24 mul, 16 add, 8 mul, 8 sub, 8 mul), ∇W₁ += δ₁xᵀ
 *   (32 mul, 32 add), ∇b₁ += δ₁ (8 add);
 *
 * that is 128 mul, 147 add/sub, 3 div, 8 tanh, 3 exp, 1 log per sample. Per epoch: the
 * mean (67 + 1 div) and Adam on 67 parameters (per parameter 6 mul, 3 add/sub, 3 div,
 * 1 sqrt; 2 mul, 2 sub for the bias corrections). The iris split, the initial weights
 * and the hyper-parameters are those of `gradproof train --data iris --batch 0
 * --precision 50`.
 *
 * The script then times the network engine on the same run, `trainClassifier({ data:
 * 'iris', hidden: [8], batch: 0, epochs, precision: 50 })` (all of it: data, network,
 * training, accuracies, the trained spec), and (with rounds > 1) alternates the two; it
 * prints CPU times (process.cpuUsage: this process's user + system time) and the ratio
 * of each pair. With `old` as third argument it also times the same training loop
 * (`trainNetwork`) on the decimal.js backend at 50 digits, what `--precision 50` ran on
 * before, against the BigFloat backend, in the same process.
 *
 * @module
 */
import { buildNetwork, trainClassifier } from '../src/nn/classifier.js';
import { bigfloatBackend } from '../src/nn/bigfloat-backend.js';
import type { Backend } from '../src/nn/backend.js';
import { iris, oneHot, split, standardize } from '../src/nn/data.js';
import { decimalBackend } from '../src/nn/decimal-backend.js';
import { Network } from '../src/nn/network.js';
import { adam } from '../src/nn/optim.js';
import { prepare, trainNetwork } from '../src/nn/train.js';
import { add, type BigFloat, div, mul, round, sqrt, sub, ZERO } from '../src/numeric/mp/float.js';
import { MP_FUNCTIONS } from '../src/numeric/mp/functions.js';

const B = bigfloatBackend(50);
const wp = B.bits;

/** The arithmetic of `epochs` full-batch epochs; returns the last epoch's mean loss. */
function floorRun(epochs: number): string {
  const s = split(iris(), { testFraction: 0.2, seed: 1 });
  const { train } = standardize(s.train, s.test);
  const spec = buildNetwork({ inputs: 4, hidden: [8], outputs: 3, seed: 1 });
  const num = (t: string) => B.fromString(t);
  const W1 = spec.layers[0]!.weights.map((r) => r.map(num));
  const b1 = spec.layers[0]!.bias.map(num);
  const W2 = spec.layers[1]!.weights.map((r) => r.map(num));
  const b2 = spec.layers[1]!.bias.map(num);
  const xs = train.features.map((r) => r.map(num));
  const ys = oneHot(train.labels, 3).map((r) => r.map(num));
  const labels = train.labels;
  const n = xs.length;
  const N = num(String(n));
  const theta: BigFloat[][] = [...W1, b1, ...W2, b2];
  const one = num('1');
  const lr = num('0.01');
  const beta1 = num('0.9');
  const beta2 = num('0.999');
  const eps = num('1e-8');
  const c1 = sub(one, beta1, wp);
  const c2 = sub(one, beta2, wp);
  const m = theta.map((r) => r.map(() => ZERO));
  const v = theta.map((r) => r.map(() => ZERO));
  let p1 = one;
  let p2 = one;
  const tanh = MP_FUNCTIONS.tanh!;
  const exp = MP_FUNCTIONS.exp!;
  const log = MP_FUNCTIONS.log!;
  let last = '';
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gW1 = W1.map((r) => r.map(() => ZERO));
    const gb1 = b1.map(() => ZERO);
    const gW2 = W2.map((r) => r.map(() => ZERO));
    const gb2 = b2.map(() => ZERO);
    let total = ZERO;
    for (let t = 0; t < n; t++) {
      const x = xs[t]!;
      const y = ys[t]!;
      const a1: BigFloat[] = new Array(8);
      for (let i = 0; i < 8; i++) {
        const w = W1[i]!;
        let z = b1[i]!;
        for (let j = 0; j < 4; j++) z = add(z, mul(w[j]!, x[j]!, wp), wp);
        a1[i] = round(tanh.approx([{ v: z }], wp).v, wp);
      }
      const e: BigFloat[] = new Array(3);
      for (let k = 0; k < 3; k++) {
        const w = W2[k]!;
        let z = b2[k]!;
        for (let i = 0; i < 8; i++) z = add(z, mul(w[i]!, a1[i]!, wp), wp);
        e[k] = round(exp.approx([{ v: z }], wp).v, wp);
      }
      const S = add(add(e[0]!, e[1]!, wp), e[2]!, wp);
      const sm = e.map((ek) => div(ek, S, wp));
      total = sub(total, round(log.approx([{ v: sm[labels[t]!]! }], wp).v, wp), wp);
      const d2 = sm.map((sk, k) => sub(sk, y[k]!, wp));
      for (let k = 0; k < 3; k++) {
        const g = gW2[k]!;
        for (let i = 0; i < 8; i++) g[i] = add(g[i]!, mul(d2[k]!, a1[i]!, wp), wp);
        gb2[k] = add(gb2[k]!, d2[k]!, wp);
      }
      for (let i = 0; i < 8; i++) {
        let back = mul(W2[0]![i]!, d2[0]!, wp);
        for (let k = 1; k < 3; k++) back = add(back, mul(W2[k]![i]!, d2[k]!, wp), wp);
        const slope = sub(one, mul(a1[i]!, a1[i]!, wp), wp);
        const d1 = mul(back, slope, wp);
        const g = gW1[i]!;
        for (let j = 0; j < 4; j++) g[j] = add(g[j]!, mul(d1, x[j]!, wp), wp);
        gb1[i] = add(gb1[i]!, d1, wp);
      }
    }
    last = B.toString(div(total, N, wp));
    const grads = [...gW1, gb1, ...gW2, gb2];
    p1 = mul(p1, beta1, wp);
    p2 = mul(p2, beta2, wp);
    const k1 = sub(one, p1, wp);
    const k2 = sub(one, p2, wp);
    theta.forEach((row, r) => {
      for (let c = 0; c < row.length; c++) {
        const g = div(grads[r]![c]!, N, wp);
        m[r]![c] = add(mul(beta1, m[r]![c]!, wp), mul(c1, g, wp), wp);
        v[r]![c] = add(mul(beta2, v[r]![c]!, wp), mul(c2, mul(g, g, wp), wp), wp);
        const mHat = div(m[r]![c]!, k1, wp);
        const vHat = div(v[r]![c]!, k2, wp);
        row[c] = sub(row[c]!, div(mul(lr, mHat, wp), add(sqrt(vHat, wp), eps, wp), wp), wp);
      }
    });
  }
  return last;
}

function cpu<T>(f: () => T): { value: T; seconds: number } {
  const c = process.cpuUsage();
  const value = f();
  const d = process.cpuUsage(c);
  return { value, seconds: (d.user + d.system) / 1e6 };
}

const epochs = Number(process.argv[2] ?? 100);
const rounds = Number(process.argv[3] ?? 1);
// warm-up: JIT, the CAS's derivations of tanh′ and the softmax, compiled closures
floorRun(10);
trainClassifier({ data: 'iris', hidden: [8], batch: 0, epochs: 10, precision: 50 });
console.log(`## iris 4-8-3, tanh → softmax + cross-entropy, Adam lr 0.01, full batch (120 samples), ${epochs} epochs, 50 digits (${wp} bits)`);
for (let r = 0; r < rounds; r++) {
  const floor = cpu(() => floorRun(epochs));
  const engine = cpu(() => trainClassifier({ data: 'iris', hidden: [8], batch: 0, epochs, precision: 50 }));
  console.log(`round ${r + 1}: floor ${floor.seconds.toFixed(2)} s CPU, network engine ${engine.seconds.toFixed(2)} s CPU: ratio ${(engine.seconds / floor.seconds).toFixed(2)}`);
  console.log(`  last loss: floor ${floor.value}`);
  console.log(`             engine ${engine.value.loss} (test accuracy ${(100 * engine.value.testAccuracy).toFixed(1)} %)`);
}

/** The training loop alone on backend `T` (the setup of `gradproof train --data iris --batch 0`). */
function loopOn<T>(backend: Backend<T>, n: number): string {
  const sp = split(iris(), { testFraction: 0.2, seed: 1 });
  const { train } = standardize(sp.train, sp.test);
  const net = new Network(backend, buildNetwork({ inputs: 4, hidden: [8], outputs: 3, seed: 1 }));
  const data = prepare(backend, train.features, oneHot(train.labels, 3), train.labels);
  return trainNetwork(net, adam(backend, { lr: '0.01' }), data, { epochs: n }).history.at(-1)!.loss;
}

if (process.argv[4] === 'old') {
  loopOn(decimalBackend(50), 1);
  const now = cpu(() => loopOn(B, epochs));
  const old = cpu(() => loopOn(decimalBackend(50), epochs));
  console.log(`training loop, ${epochs} epochs: decimal.js backend ${old.seconds.toFixed(2)} s CPU, BigFloat backend ${now.seconds.toFixed(2)} s CPU: ${(old.seconds / now.seconds).toFixed(1)} × faster`);
  console.log(`  last loss: decimal.js (50-digit arithmetic)       ${old.value}`);
  console.log(`             BigFloat (50 digits + ${wp - Math.ceil(50 * 3.321928094887362)} guard bits) ${now.value}`);
  console.log(`             decimal.js at 90 digits, for reference ${cpu(() => loopOn(decimalBackend(90), epochs)).value}`);
}
