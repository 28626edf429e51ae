/**
 * Interval proofs of the whole catalogue's declared ranges (docs/benchmarks.md): every
 * scalar activation's range and derivative range, as declared today, proved for every z
 * by interval arithmetic (parameters at their defaults). One process, cold. The CAS
 * derivation of the derivatives the proofs use is timed first and apart: orders 1 and 2
 * (which the catalogue's verification derives anyway), then order 3 (needed only for the
 * extrema of the derivatives); then the proofs. Wall and CPU time are both printed (the CPU time is what a busy machine
 * does not distort). Run: npx tsx bench/interval.ts
 */
import { getScalarActivation } from '../src/activations/_internals/catalogue.js';
import { ACTIVATIONS } from '../src/activations/index.js';
import { proveRange, type RangeVerdict } from '../src/verify/bound.js';
import { rangeSetFromSpec } from '../src/verify/range-set.js';
import { activationFunction } from '../src/verify/scalar.js';
import { row, time } from './stats.js';

const cpu = <T>(f: () => T): { ms: number; cpuMs: number; result: T } => {
  const start = process.cpuUsage();
  const t = time(f);
  const used = process.cpuUsage(start);
  return { ...t, cpuMs: (used.user + used.system) / 1000 };
};

const scalars = ACTIVATIONS.filter((a) => a.kind === 'scalar').map((a) => getScalarActivation(a.name));
const derivation12 = cpu(() => {
  for (const a of scalars) for (const order of [1, 2]) a.pieceExprs(order);
});
const derivation3 = cpu(() => {
  for (const a of scalars) a.pieceExprs(3);
});

const rows: { name: string; which: string; v: RangeVerdict; ms: number }[] = [];
const proofs = cpu(() => {
  for (const act of scalars) {
    const params = act.paramValues({}, 30);
    for (const [which, order, spec] of [
      ['range', 0, act.spec.range],
      ['derivative range', 1, act.spec.derivativeRange],
    ] as const) {
      const t = time(() => proveRange(activationFunction(act, order), rangeSetFromSpec(spec), { params }));
      rows.push({ name: act.name, which, v: t.result, ms: t.ms });
    }
  }
});

console.log("## interval proofs of the catalogue's declared ranges (one process, cold)");
console.log(row(['entry', 'claim', 'status', 'cells', 'ms', 'summary or counterexample']));
for (const r of rows) {
  const what = r.v.counterexample?.text ?? r.v.reason ?? r.v.summary;
  console.log(row([r.name, `${r.which}: ${r.v.subject.replace(/\|/g, '\\|')}`, r.v.status, r.v.cells, Math.round(r.ms), what.slice(0, 160).replace(/\|/g, '\\|')]));
}
const count = (s: string) => rows.filter((r) => r.v.status === s).length;
const slowest = [...rows].sort((a, b) => b.ms - a.ms).slice(0, 3).map((r) => `${r.name} ${r.which} ${(r.ms / 1000).toFixed(1)} s`);
console.log(`\n${rows.length} claims: ${count('proved')} proved, ${count('refuted')} refuted, ${count('verified')} verified, ${count('inconclusive')} inconclusive`);
console.log(`CAS derivation for ${scalars.length} entries: orders 1 and 2 (done by the catalogue's verification anyway) ${(derivation12.ms / 1000).toFixed(1)} s wall, ${(derivation12.cpuMs / 1000).toFixed(1)} s CPU; order 3 (needed by the proofs only) ${(derivation3.ms / 1000).toFixed(1)} s wall, ${(derivation3.cpuMs / 1000).toFixed(1)} s CPU`);
console.log(`interval proofs: ${(proofs.ms / 1000).toFixed(1)} s wall, ${(proofs.cpuMs / 1000).toFixed(1)} s CPU; slowest ${slowest.join(', ')}`);
