/**
 * The notes' claims about speed (docs/benchmarks.md, "Speed claims of the notes"): ReLU is
 * "very fast compared to prev activation function both in forward and backward direction",
 * σ's exponentials make it "time consuming", tanh "introduces latency because of exponential
 * terms", ELU "involves exponential computation". No computation proves a speed: this
 * measures one. Each activation and its derivative is applied to 10⁶ float64 inputs spread
 * over [−8, 8] (the way a framework evaluates a layer, one element at a time); the median of
 * 9 runs is reported in ns per element, and as a multiple of ReLU's. Softmax is timed over
 * rows of 10 (max subtracted first). Run: npx tsx bench/speed-claims.ts
 */
import { median, row, time } from './stats.js';

const N = 1_000_000;
const z = new Float64Array(N);
for (let i = 0; i < N; i++) z[i] = -8 + (16 * i) / (N - 1);
const out = new Float64Array(N);

type Kernel = (x: Float64Array, y: Float64Array) => void;

const KERNELS: readonly (readonly [string, Kernel])[] = [
  [
    'ReLU',
    (x, y) => {
      for (let i = 0; i < x.length; i++) y[i] = Math.max(x[i]!, 0);
    },
  ],
  [
    'ReLU′',
    (x, y) => {
      for (let i = 0; i < x.length; i++) y[i] = x[i]! > 0 ? 1 : 0;
    },
  ],
  [
    'σ',
    (x, y) => {
      for (let i = 0; i < x.length; i++) y[i] = 1 / (1 + Math.exp(-x[i]!));
    },
  ],
  [
    'σ′ = σ(1 − σ)',
    (x, y) => {
      for (let i = 0; i < x.length; i++) {
        const s = 1 / (1 + Math.exp(-x[i]!));
        y[i] = s * (1 - s);
      }
    },
  ],
  [
    'tanh (Math.tanh)',
    (x, y) => {
      for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i]!);
    },
  ],
  [
    'tanh (two exponentials)',
    (x, y) => {
      for (let i = 0; i < x.length; i++) {
        const a = Math.exp(x[i]!);
        const b = Math.exp(-x[i]!);
        y[i] = (a - b) / (a + b);
      }
    },
  ],
  [
    'tanh′ = 1 − tanh²',
    (x, y) => {
      for (let i = 0; i < x.length; i++) {
        const t = Math.tanh(x[i]!);
        y[i] = 1 - t * t;
      }
    },
  ],
  [
    'ELU (α = 1)',
    (x, y) => {
      for (let i = 0; i < x.length; i++) y[i] = x[i]! >= 0 ? x[i]! : Math.exp(x[i]!) - 1;
    },
  ],
  [
    'softmax, rows of 10',
    (x, y) => {
      for (let r = 0; r < x.length; r += 10) {
        let m = Number.NEGATIVE_INFINITY;
        for (let i = r; i < r + 10; i++) m = Math.max(m, x[i]!);
        let s = 0;
        for (let i = r; i < r + 10; i++) {
          y[i] = Math.exp(x[i]! - m);
          s += y[i]!;
        }
        for (let i = r; i < r + 10; i++) y[i] = y[i]! / s;
      }
    },
  ],
];

const results = KERNELS.map(([name, k]) => {
  for (let w = 0; w < 3; w++) k(z, out); // warm up (JIT)
  const ms = median(Array.from({ length: 9 }, () => time(() => k(z, out)).ms));
  return { name, nsPerElement: (ms * 1e6) / N };
});
const relu = results[0]!.nsPerElement;
console.log(row(['function', 'ns per element (median of 9)', '× ReLU']));
console.log(row(['---', '---', '---']));
for (const r of results) console.log(row([r.name, r.nsPerElement.toFixed(2), (r.nsPerElement / relu).toFixed(1)]));
