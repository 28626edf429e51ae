/**
 * Library figures (docs/benchmarks.md): package size, import time of the main entry, and
 * time per toHaveDerivative assertion at 50 digits. Run after `npm run build`:
 * npx tsx bench/library.ts
 */
import { execFileSync } from 'node:child_process';
import { toHaveDerivative } from '../src/testing/vitest.js';
import { median, row, time } from './stats.js';

const pack = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0] as {
  size: number;
  unpackedSize: number;
  entryCount: number;
};
console.log('## package');
console.log(row(['tarball', 'unpacked', 'files']));
console.log(row([`${(pack.size / 1024).toFixed(0)} KiB`, `${(pack.unpackedSize / 1024).toFixed(0)} KiB`, pack.entryCount]));

const imports = Array.from({ length: 6 }, () =>
  Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', "const t = performance.now(); await import('./dist/src/index.js'); console.log(performance.now() - t)"], {
      encoding: 'utf8',
    }),
  ),
).slice(1);
console.log('\n## import of the main entry (fresh node process each, first run discarded)');
console.log(row(['median ms', 'min ms', 'max ms']));
console.log(row([median(imports).toFixed(0), Math.min(...imports).toFixed(0), Math.max(...imports).toFixed(0)]));

const claims: [string, string][] = [
  ['1/(1+e^(-x))', 'e^(-x)/(1+e^(-x))^2'],
  ['tanh(x)', '1 - tanh(x)^2'],
  ['log(1+e^x)', '1/(1+e^(-x))'],
  ['x/(1+e^(-x))', '1/(1+e^(-x)) + x*e^(-x)/(1+e^(-x))^2'],
  ['x/(1+abs(x))', '1/(1+abs(x))^2'],
  ['sin(x)^2', '2*sin(x)*cos(x)'],
  ['x^3', '3*x^2'],
];
const state = { isNot: false, equals: () => true, utils: undefined } as unknown as ThisParameterType<typeof toHaveDerivative>;
toHaveDerivative.call(state, 'cos(x)*x', '-sin(x)*x + cos(x)', { digits: 50 });
const times = claims.map(([f, d]) => {
  const t = time(() => toHaveDerivative.call(state, f, d, { digits: 50 }));
  if (!t.result.pass) throw new Error(`${f}: ${t.result.message()}`);
  return t.ms;
});
console.log('\n## toHaveDerivative at 50 digits (12 points each)');
console.log(row(['assertions', 'median ms', 'max ms']));
console.log(row([claims.length, median(times).toFixed(1), Math.max(...times).toFixed(1)]));
