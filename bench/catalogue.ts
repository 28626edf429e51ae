/**
 * Catalogue figures (docs/benchmarks.md): time to derive and verify the whole activation
 * catalogue in one process (cold: nothing derived before), and `gradproof eval`
 * throughput at 50 digits. Run: npx tsx bench/catalogue.ts
 */
import { verifyActivation } from '../src/verify/activation.js';
import { ACTIVATIONS } from '../src/activations/index.js';
import { sigmoid } from '../src/activations/sigmoid.js';
import { tanh } from '../src/activations/tanh.js';
import { gelu } from '../src/activations/gelu.js';
import { median, row, time } from './stats.js';

const whole = time(() => ACTIVATIONS.map((a) => verifyActivation(a)));
const verdicts = whole.result;
console.log('## derive and verify the whole catalogue (one process, cold)');
console.log(row(['entries', 'verified', 'seconds', 'median ms per entry', 'slowest']));
const slowest = [...verdicts].sort((a, b) => b.milliseconds - a.milliseconds).slice(0, 3);
console.log(
  row([
    verdicts.length,
    verdicts.filter((v) => v.holds).length,
    (whole.ms / 1000).toFixed(1),
    median(verdicts.map((v) => v.milliseconds)).toFixed(0),
    slowest.map((v) => `${v.name} ${v.milliseconds} ms`).join(', '),
  ]),
);

console.log('\n## gradproof eval throughput at 50 digits (warm: derivatives cached)');
console.log(row(['activation', 'order', 'evaluations per second']));
for (const [a, order] of [
  [sigmoid, 0],
  [sigmoid, 1],
  [tanh, 1],
  [gelu, 1],
] as const) {
  const zs = Array.from({ length: 300 }, (_, i) => (((i * 37) % 200) / 10 - 10).toFixed(1));
  a.evaluate('0.5', { order, digits: 50 });
  const t = time(() => {
    for (const z of zs) a.evaluate(z, { order, digits: 50 });
  });
  console.log(row([a.name, order, Math.round(zs.length / (t.ms / 1000))]));
}
