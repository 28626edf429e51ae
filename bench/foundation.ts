/**
 * Foundation figures (docs/benchmarks.md): time to differentiate and verify a typical
 * expression at 50 digits (cold: each expression is new to the derivation cache), and
 * evaluator throughput at 50 digits. Run: npx tsx bench/foundation.ts
 */
import { compile } from '../src/numeric/compile.js';
import { decimalContext } from '../src/numeric/context.js';
import { evaluate, evaluateClosure } from '../src/numeric/evaluate.js';
import { derive } from '../src/verify/derive.js';
import { parse } from '../src/symbolic/parse.js';
import { verifyDerivative } from '../src/verify/derivative.js';
import { cpuTime, median, percentile, row, time } from './stats.js';

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

// warm up the JIT and the CAS's elementary table on expressions not measured below
verifyDerivative('cos(x)*exp(x) + log(2+x^2)', 'x', { digits: 50 });
evaluate('sinh(x)', { x: '0.3' }, { digits: 50 });

const times = TYPICAL.map((e) => cpuTime(() => verifyDerivative(e, 'x', { digits: 50 })));
const failed = times.filter((t) => !t.result.holds).length;
console.log('## differentiate + verify at 50 digits (12 random points + none named, cold cache)');
console.log(row(['expressions', 'median ms', 'p90 ms', 'max ms', 'median CPU ms', 'not verified']));
console.log(row([TYPICAL.length, median(times.map((t) => t.ms)).toFixed(1), percentile(times.map((t) => t.ms), 90).toFixed(1), Math.max(...times.map((t) => t.ms)).toFixed(1), median(times.map((t) => t.cpu)).toFixed(1), failed]));
for (const [i, t] of times.entries()) console.log(`  ${TYPICAL[i]}: ${t.ms.toFixed(1)} ms (CPU ${t.cpu.toFixed(1)} ms), ${t.result.digitsAgreed} digits`);

const dsig = compile(derive(parse('1/(1+e^(-x))'), 'x').expr);
const env = { x: decimalContext(60)('0.7') };
const n = 2000;
const guaranteed = time(() => {
  for (let i = 0; i < n; i++) evaluateClosure(dsig, env, 50);
});
const D = decimalContext(62);
const raw = time(() => {
  for (let i = 0; i < n; i++) dsig(D, env);
});
console.log('\n## evaluator throughput at 50 digits (σ′ = e^(-x)/(1+e^(-x))^2 at x = 0.7)');
console.log(row(['evaluation', 'per second']));
console.log(row(['guaranteed 50 digits (two evaluations, 62 and 93 digits)', Math.round(n / (guaranteed.ms / 1000))]));
console.log(row(['one closure call at 62 digits', Math.round(n / (raw.ms / 1000))]));
