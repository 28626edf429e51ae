/**
 * The candidate arithmetic engines side by side (docs/benchmarks.md, "Arithmetic
 * engines"): one multiplication, division and square root, and one exp, log, sin, atan
 * and erf, at 50, 200, 1000 and 10,000 digits, on a full-length argument x ≈ 0.7 (its
 * digits pseudo-random, so that no short-argument shortcut applies), by
 *
 * - decimal.js (its own operations) and gradproof's decimal.js functions
 *   (numeric/elementary.ts: the "better algorithms inside decimal.js" candidate);
 * - the BigInt engine (numeric/mp: binary floats on JS BigInt, its kernels);
 * - MPFR through gmp-wasm, when installed (`npm install --no-save gmp-wasm@1.3.2`), with
 *   its asynchronous initialisation time;
 * - mpmath (python3), when present.
 *
 * CPU microseconds per call (process.cpuUsage; time.process_time in Python). Functions of
 * the decimal.js candidates are measured up to 1000 digits (beyond, one call takes
 * seconds). Run: npx tsx bench/engines.ts
 */
import { spawnSync } from 'node:child_process';
import { Decimal } from 'decimal.js';
import { REAL_FUNCTIONS } from '../src/numeric/elementary.js';
import { fromDecimal, toDecimal } from '../src/numeric/mp/convert.js';
import { erfApprox } from '../src/numeric/mp/erf.js';
import { expApprox } from '../src/numeric/mp/exp.js';
import { div, mul, sqrt } from '../src/numeric/mp/float.js';
import { lnApprox } from '../src/numeric/mp/log.js';
import { atanApprox, sinCosApprox } from '../src/numeric/mp/trig.js';
import { row } from './stats.js';

const DIGITS = [50, 200, 1000, 10000];
const OPS = ['mul', 'div', 'sqrt', 'exp', 'log', 'sin', 'atan', 'erf'] as const;
type Op = (typeof OPS)[number];

function cpuMicros(fn: () => unknown, minMs = 200): number {
  fn();
  for (let n = 1; ; n *= 2) {
    const s = process.cpuUsage();
    for (let i = 0; i < n; i++) fn();
    const u = process.cpuUsage(s);
    if (u.user + u.system > minMs * 1000 || n > 1 << 22) return (u.user + u.system) / n;
  }
}

/** A pseudo-random digit string (deterministic). */
function digitsOf(n: number, seed: number): string {
  let s = '';
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += String(x % 10);
  }
  return s;
}

const results: Record<string, Record<number, Partial<Record<Op | 'init' | 'toString', number>>>> = {};
const put = (engine: string, d: number, op: Op | 'init' | 'toString', us: number) => {
  results[engine] ??= {};
  results[engine][d] ??= {};
  results[engine][d][op] = us;
};

for (const d of DIGITS) {
  const xs = `0.7${digitsOf(d - 1, 1)}`;
  const ys = `0.3${digitsOf(d - 1, 7)}`;
  // decimal.js and gradproof's decimal.js functions
  const D = Decimal.clone({ precision: d });
  const x = new D(xs);
  const y = new D(ys);
  put('decimal.js', d, 'mul', cpuMicros(() => x.times(y)));
  put('decimal.js', d, 'div', cpuMicros(() => x.div(y)));
  put('decimal.js', d, 'sqrt', cpuMicros(() => x.sqrt()));
  if (d <= 1000) {
    for (const op of ['exp', 'log', 'sin', 'atan', 'erf'] as const) put('decimal.js', d, op, cpuMicros(() => REAL_FUNCTIONS[op]!.apply(D, [x]), 300));
  }
  put('decimal.js', d, 'toString', cpuMicros(() => x.toString()));
  // the BigInt engine
  const wp = Math.ceil(d * Math.log2(10)) + 10;
  const bx = fromDecimal(new Decimal(xs), wp);
  const by = fromDecimal(new Decimal(ys), wp);
  put('BigInt engine', d, 'mul', cpuMicros(() => mul(bx, by, wp)));
  put('BigInt engine', d, 'div', cpuMicros(() => div(bx, by, wp)));
  put('BigInt engine', d, 'sqrt', cpuMicros(() => sqrt(bx, wp)));
  put('BigInt engine', d, 'exp', cpuMicros(() => expApprox(bx, wp), 300));
  put('BigInt engine', d, 'log', cpuMicros(() => lnApprox(bx, wp), 300));
  put('BigInt engine', d, 'sin', cpuMicros(() => sinCosApprox(bx, wp), 300));
  put('BigInt engine', d, 'atan', cpuMicros(() => atanApprox(bx, wp), 300));
  put('BigInt engine', d, 'erf', cpuMicros(() => erfApprox(bx, wp), 300));
  put('BigInt engine', d, 'toString', cpuMicros(() => toDecimal(bx, d)));
}

// MPFR through gmp-wasm, if installed
const gmpName = 'gmp-wasm';
let gmp: { init: () => Promise<{ getContext: (o: object) => { Float: (v: string) => { mpfr_t: number; toString: () => string }; destroy: () => void }; binding: Record<string, (...a: number[]) => void> }> } | undefined;
try {
  gmp = await import(gmpName);
} catch {
  console.log('gmp-wasm is not installed (npm install --no-save gmp-wasm@1.3.2): MPFR is not measured');
}
if (gmp) {
  const s = process.cpuUsage();
  const t = performance.now();
  const { getContext, binding } = await gmp.init();
  const u = process.cpuUsage(s);
  console.log(`gmp-wasm init(): ${(performance.now() - t).toFixed(0)} ms wall, ${((u.user + u.system) / 1000).toFixed(0)} ms CPU (asynchronous; no synchronous initialisation is exported)`);
  for (const d of DIGITS) {
    put('MPFR (gmp-wasm)', d, 'init', (u.user + u.system) / 1000);
    const ctx = getContext({ precisionBits: Math.ceil(d * Math.log2(10)) + 10 });
    const a = ctx.Float(`0.7${digitsOf(d - 1, 1)}`);
    const b = ctx.Float(`0.3${digitsOf(d - 1, 7)}`);
    const c = ctx.Float('0');
    const call = (fn: string, ...args: number[]) => () => binding[fn]!(...args);
    put('MPFR (gmp-wasm)', d, 'mul', cpuMicros(call('mpfr_mul', c.mpfr_t, a.mpfr_t, b.mpfr_t, 0)));
    put('MPFR (gmp-wasm)', d, 'div', cpuMicros(call('mpfr_div', c.mpfr_t, a.mpfr_t, b.mpfr_t, 0)));
    put('MPFR (gmp-wasm)', d, 'sqrt', cpuMicros(call('mpfr_sqrt', c.mpfr_t, a.mpfr_t, 0)));
    for (const op of ['exp', 'log', 'sin', 'atan', 'erf'] as const) put('MPFR (gmp-wasm)', d, op, cpuMicros(call(`mpfr_${op}`, c.mpfr_t, a.mpfr_t, 0), 300));
    put('MPFR (gmp-wasm)', d, 'toString', cpuMicros(() => a.toString()));
    ctx.destroy();
  }
}

// mpmath
const py = spawnSync(
  'python3',
  [
    '-c',
    `
import json, sys, time
sys.set_int_max_str_digits(0)
import mpmath
from mpmath import mp, mpf
def digits_of(n, seed):
    s, x = '', seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        s += str(x % 10)
    return s
def t(f, mn=0.2):
    f(); n = 1
    while True:
        s = time.process_time()
        for _ in range(n): f()
        e = time.process_time() - s
        if e > mn: return e / n * 1e6
        n *= 2
out = {}
for d in ${JSON.stringify(DIGITS)}:
    mp.dps = d
    x = mpf('0.7' + digits_of(d - 1, 1)); y = mpf('0.3' + digits_of(d - 1, 7))
    out[d] = dict(mul=t(lambda: x * y), div=t(lambda: x / y), sqrt=t(lambda: mpmath.sqrt(x)), exp=t(lambda: mpmath.exp(x)), log=t(lambda: mpmath.log(x)),
                  sin=t(lambda: mpmath.sin(x)), atan=t(lambda: mpmath.atan(x)), erf=t(lambda: mpmath.erf(x)), toString=t(lambda: mpmath.nstr(x, d)))
print(json.dumps(out))`,
  ],
  { encoding: 'utf8' },
);
if (py.status === 0) {
  for (const [d, ops] of Object.entries(JSON.parse(py.stdout) as Record<string, Record<string, number>>)) {
    for (const [op, us] of Object.entries(ops)) put(`mpmath (${mpmathBackend()})`, Number(d), op as Op, us);
  }
} else {
  console.log('python3 with mpmath is not available: mpmath is not measured');
}

function mpmathBackend(): string {
  const r = spawnSync('python3', ['-c', 'import mpmath.libmp as m; print(m.BACKEND)'], { encoding: 'utf8' });
  return r.status === 0 ? `${r.stdout.trim()} integers` : '?';
}

for (const d of DIGITS) {
  console.log(`\n## ${d} digits (CPU µs per call)`);
  console.log(row(['engine', ...OPS, 'to decimal string']));
  for (const [engine, byDigits] of Object.entries(results)) {
    const r = byDigits[d];
    if (!r) continue;
    const cell = (v: number | undefined) => (v === undefined ? '—' : v < 10 ? v.toFixed(2) : v < 1000 ? v.toFixed(1) : v.toFixed(0));
    console.log(row([engine, ...OPS.map((op) => cell(r[op])), cell(r.toString)]));
  }
}
