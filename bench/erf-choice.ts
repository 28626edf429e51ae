/**
 * The decimal.js erfc's choice between its two methods, checked against their real cost
 * (docs/benchmarks.md, "Arithmetic engines"): for x = z/√2 over a grid of z and digits,
 * with and without the exact square z²/2 as a hint, time the series (1 − erf x at the
 * digits the subtraction needs) and the continued fraction, and report which the cost
 * model of numeric/elementary.ts picks. CPU time per call. Run: npx tsx bench/erf-choice.ts
 */
import { Decimal } from 'decimal.js';
import { ERFC_PATHS } from '../src/numeric/elementary.js';
import { row } from './stats.js';

function cpuMicros(fn: () => unknown, minMs = 60): number {
  fn();
  for (let n = 1; ; n *= 2) {
    const s = process.cpuUsage();
    for (let i = 0; i < n; i++) fn();
    const u = process.cpuUsage(s);
    if (u.user + u.system > minMs * 1000) return (u.user + u.system) / n;
  }
}

const ZS = ['3', '5.5', '9', '16', '37.5'];
const DIGITS = [50, 200, 1000];
let picks = 0;
let right = 0;
let worst = 1;
let lost = 0;
let best = 0;
console.log(row(['digits', 'z', 'x² hint', 'series µs', 'fraction µs', 'picked', 'faster', 'picked / faster']));
for (const digits of DIGITS) {
  // as REAL_FUNCTIONS.erfc receives it: x rounded to the caller's precision, worked on
  // with 20 guard digits
  const D = Decimal.clone({ precision: digits });
  const q = digits + 20;
  for (const z of ZS) {
    const x = new D(z).div(new D(2).sqrt());
    for (const hint of [false, true]) {
      const square = hint ? new Decimal(z).pow(2).div(2) : undefined;
      const tS = cpuMicros(() => ERFC_PATHS.series(x, q, square));
      const tC = cpuMicros(() => ERFC_PATHS.continuedFraction(x, q, square));
      const cf = ERFC_PATHS.picksContinuedFraction(x, q, square);
      const picked = cf ? tC : tS;
      const faster = Math.min(tS, tC);
      picks++;
      if (picked === faster) right++;
      worst = Math.max(worst, picked / faster);
      lost += picked;
      best += faster;
      console.log(row([digits, z, hint ? 'z²/2' : '—', tS.toFixed(0), tC.toFixed(0), cf ? 'fraction' : 'series', tS <= tC ? 'series' : 'fraction', (picked / faster).toFixed(2)]));
    }
  }
}
console.log(`\npicked the faster method in ${right} of ${picks} cases; worst pick ${worst.toFixed(2)}× the faster; all picks together ${(lost / best).toFixed(2)}× the sum of the faster`);
