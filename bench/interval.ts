/**
 * Interval proofs of the whole catalogue's declared ranges (docs/benchmarks.md): every
 * scalar activation's range and derivative range, as declared today, proved for every z
 * by interval arithmetic (parameters at their defaults). Prints each verdict and the time,
 * cold (the derivatives the proofs need are derived by the CAS on first use, as they are
 * in `gradproof prove`). Run: npx tsx bench/interval.ts
 */
import { getScalarActivation } from '../src/activations/_internals/catalogue.js';
import { ACTIVATIONS } from '../src/activations/index.js';
import { proveRange, type RangeVerdict } from '../src/verify/bound.js';
import { rangeSetFromSpec } from '../src/verify/range-set.js';
import { activationFunction } from '../src/verify/scalar.js';
import { row, time } from './stats.js';

const rows: { name: string; which: string; v: RangeVerdict; ms: number }[] = [];
const whole = time(() => {
  for (const a of ACTIVATIONS) {
    if (a.kind !== 'scalar') continue;
    const act = getScalarActivation(a.name);
    const params = act.paramValues({}, 30);
    for (const [which, order, spec] of [
      ['range', 0, act.spec.range],
      ['derivative range', 1, act.spec.derivativeRange],
    ] as const) {
      const digits = process.env.DIGITS ? Number(process.env.DIGITS) : undefined;
      const t = time(() => proveRange(activationFunction(act, order), rangeSetFromSpec(spec), { params, ...(digits ? { digits } : {}) }));
      rows.push({ name: a.name, which, v: t.result, ms: t.ms });
    }
  }
});

console.log('## interval proofs of the catalogue\'s declared ranges (one process, cold)');
console.log(row(['entry', 'claim', 'status', 'cells', 'ms', 'summary or counterexample']));
for (const r of rows) {
  const what = r.v.counterexample?.text ?? r.v.reason ?? r.v.summary;
  console.log(row([r.name, `${r.which}: ${r.v.subject.replace(/\|/g, '\\|')}`, r.v.status, r.v.cells, Math.round(r.ms), what.slice(0, 160).replace(/\|/g, '\\|')]));
}
const count = (s: string) => rows.filter((r) => r.v.status === s).length;
console.log(`\n${rows.length} claims: ${count('proved')} proved, ${count('refuted')} refuted, ${count('verified')} verified, ${count('inconclusive')} inconclusive; ${(whole.ms / 1000).toFixed(1)} s in all`);
