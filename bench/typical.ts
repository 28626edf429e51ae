/**
 * One evaluation of typical expressions and their derivatives in each engine, at the
 * working precisions a 50-digit verification uses (62 digits for a value, ~80 for a
 * finite-difference quotient): the ratio the choice "which engine does the finite
 * differences" turns on (docs/benchmarks.md, "Arithmetic engines"). The expressions are
 * bench/foundation.ts's. CPU time per evaluation. Run: npx tsx bench/typical.ts
 */
import { Decimal } from 'decimal.js';
import { compile } from '../src/numeric/compile.js';
import { decimalContext } from '../src/numeric/context.js';
import { compileMp } from '../src/numeric/mp/index.js';
import { derive } from '../src/verify/derive.js';
import { parse } from '../src/symbolic/parse.js';
import { median, row } from './stats.js';

const TYPICAL = [
  '1/(1+e^(-x))',
  'tanh(x)',
  'log(1+e^x)',
  'x/(1+e^(-x))',
  'x*(1+erf(x/sqrt(2)))/2',
  'x*tanh(log(1+e^x))',
  'x/(1+abs(x))',
  'sin(x)*cos(2*x)',
  'log(1+x^2)*atan(x)',
  'e^(-x^2/2)/sqrt(2*pi)',
  'x^3 - 2*x + 1',
  'sqrt(1+x^2)',
  'asinh(x)*sech(x)',
  'x*sqrt(x+1)',
  'erfc(x)^2',
];

function cpuMicros(fn: () => unknown, minMs = 100): number {
  fn();
  for (let n = 1; ; n *= 2) {
    const s = process.cpuUsage();
    for (let i = 0; i < n; i++) fn();
    const u = process.cpuUsage(s);
    if (u.user + u.system > minMs * 1000) return (u.user + u.system) / n;
  }
}

// a finite-difference point: x0 + h with h = 10^-20, a 22-digit decimal
const env = { x: new Decimal('0.73000000000000000001') };
const ratios: Record<number, number[]> = { 62: [], 80: [] };
console.log(row(['expression', 'f or f′', 'decimal.js µs at 62', 'BigInt µs at 62', 'decimal.js µs at 80', 'BigInt µs at 80']));
for (const text of TYPICAL) {
  const f = parse(text);
  const df = derive(f, 'x').expr;
  for (const [label, e] of [
    ['f', f],
    ['f′', df],
  ] as const) {
    const dec = compile(e);
    const mp = compileMp(e);
    const cells: string[] = [];
    for (const digits of [62, 80]) {
      const D = decimalContext(digits);
      const tDec = cpuMicros(() => dec.tracked!(D, env));
      const tMp = cpuMicros(() => mp.tracked(digits, env));
      ratios[digits]!.push(tDec / tMp);
      cells.push(tDec.toFixed(0), tMp.toFixed(1));
    }
    console.log(row([text, label, ...cells]));
  }
}
console.log(`\ndecimal.js / BigInt per evaluation, median over the 30: ${median(ratios[62]!).toFixed(1)}× at 62 digits, ${median(ratios[80]!).toFixed(1)}× at 80 digits (range ${Math.min(...ratios[80]!).toFixed(1)}–${Math.max(...ratios[80]!).toFixed(1)}×)`);
