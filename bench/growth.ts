/**
 * Cost per evaluation of σ′(z) = e^(−z)/(1 + e^(−z))² and GELU′(z) = (1 + erf(z/√2))/2 +
 * z·e^(−z²/2)/√(2π) at z = 0.7, from 16 to 10,000 digits (docs/benchmarks.md, "Arithmetic
 * engines"), by:
 *
 * - the BigInt engine (one tracked evaluation of the compiled expression, Decimal out),
 * - the decimal.js engine (one evaluation of the compiled closure; up to 1000 digits),
 * - mpmath at mp.dps = digits, written as a careful user would: e^(−z) once, √2 and √(2π)
 *   computed outside the timed loop.
 *
 * CPU time per evaluation (process.cpuUsage, time.process_time), so that the load of a
 * shared machine does not enter. Writes the figure docs/engine-growth.svg.
 * Run: npx tsx bench/growth.ts
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { compile } from '../src/numeric/compile.js';
import { decimalContext } from '../src/numeric/context.js';
import { compileMp } from '../src/numeric/mp/index.js';
import { lineChart, type Series } from '../src/plot/line-chart.js';
import { parse } from '../src/symbolic/parse.js';
import { row } from './stats.js';

const DIGITS = [16, 30, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
const DECIMAL_MAX = 1000;
const EXPRESSIONS = {
  'σ′': { text: 'e^(-z)/(1+e^(-z))^2', pyFull: 'f = lambda: (lambda e: e / (1 + e) ** 2)(exp(-z))' },
  'GELU′': {
    text: '(1+erf(z/sqrt(2)))/2 + z*e^(-z^2/2)/sqrt(2*pi)',
    pyFull: 'r2 = sqrt(2); r2pi = sqrt(2 * pi)\nf = lambda: (1 + erf(z / r2)) / 2 + z * exp(-z ** 2 / 2) / r2pi',
  },
};

/** CPU microseconds per call, over at least `minMs` of CPU time. */
function cpuMicros(fn: () => void, minMs = 300): number {
  fn();
  for (let n = 1; ; n *= 2) {
    const s = process.cpuUsage();
    for (let i = 0; i < n; i++) fn();
    const u = process.cpuUsage(s);
    const us = u.user + u.system;
    if (us > minMs * 1000 || n > 1 << 20) return us / n;
  }
}

function mpmathMicros(setup: string, digits: number): number | undefined {
  const script = `
import time
from mpmath import mp, mpf, exp, erf, sqrt, pi
mp.dps = ${digits}
z = mpf('0.7')
${setup}
f()
n = 1
while True:
    s = time.process_time()
    for _ in range(n): f()
    t = time.process_time() - s
    if t > 0.3: break
    n *= 2
print(t / n * 1e6)`;
  const r = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : undefined;
}

const env = { z: new Decimal('0.7') };
const series: Series[] = [];
const table: (string | number)[][] = [];
let havePython = true;
for (const [name, e] of Object.entries(EXPRESSIONS)) {
  const mp = compileMp(parse(e.text));
  const dec = compile(parse(e.text));
  const points: Record<string, [number, number][]> = { mp: [], decimal: [], mpmath: [] };
  for (const d of DIGITS) {
    const tMp = cpuMicros(() => mp.tracked(d, env));
    const D = decimalContext(d);
    const tDec = d <= DECIMAL_MAX ? cpuMicros(() => dec(D, env)) : undefined;
    const tPy = havePython ? mpmathMicros(e.pyFull, d) : undefined;
    if (tPy === undefined) havePython = false;
    points.mp!.push([d, tMp]);
    if (tDec !== undefined) points.decimal!.push([d, tDec]);
    if (tPy !== undefined) points.mpmath!.push([d, tPy]);
    table.push([name, d, tMp.toFixed(1), tDec?.toFixed(1) ?? '—', tPy?.toFixed(1) ?? '—', tPy ? (tMp / tPy).toFixed(2) : '—', tPy && tDec ? (tDec / tPy).toFixed(1) : '—']);
  }
  const dash = name === 'σ′' ? '6 3' : undefined;
  series.push({ name: `${name}, BigInt engine`, points: points.mp!, color: '#4e79a7', dash, markers: true });
  series.push({ name: `${name}, decimal.js engine`, points: points.decimal!, color: '#e15759', dash, markers: true });
  if (points.mpmath!.length) series.push({ name: `${name}, mpmath`, points: points.mpmath!, color: '#59a14f', dash, markers: true });
}
if (!havePython) console.log('python3 with mpmath is not available: mpmath is not measured');
console.log('## cost per evaluation at z = 0.7 (CPU µs)');
console.log(row(['', 'digits', 'BigInt engine', 'decimal.js engine', 'mpmath', 'BigInt / mpmath', 'decimal.js / mpmath']));
for (const r of table) console.log(row(r));
const svg = lineChart({
  title: 'σ′ (dashed) and GELU′ (solid) at z = 0.7: CPU time per evaluation',
  width: 720,
  height: 440,
  x: { label: 'significant digits', scale: 'log' },
  y: { label: 'µs per evaluation', scale: 'log' },
  series,
});
writeFileSync('docs/engine-growth.svg', svg);
console.log('\nwrote docs/engine-growth.svg');
