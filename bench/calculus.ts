/**
 * Calculus figures (docs/benchmarks.md): a two-variable Hessian with its eigenvalues at 50
 * certified digits, the critical points of Himmelblau's function, and the parts they are
 * made of. Each measurement runs in a fresh derivation cache where it says "cold".
 * Run: npx tsx bench/calculus.ts
 */
import { criticalPoints } from '../src/calculus/critical.js';
import { descend } from '../src/calculus/descend.js';
import { hessian } from '../src/calculus/hessian.js';
import { eigenReport } from '../src/calculus/hessian-values.js';
import { searchRegion } from '../src/calculus/search.js';
import { PartialTable } from '../src/calculus/partials.js';
import { resolveRegion } from '../src/calculus/region.js';
import { decimalContext } from '../src/numeric/context.js';
import { parse } from '../src/symbolic/parse.js';
import { median, row, time } from './stats.js';

const HIMMELBLAU = '(x^2+y-11)^2+(x+y^2-7)^2';
const REPEAT = 5;

// warm-up on expressions not measured below (JIT, the CAS's table of elementary derivatives)
hessian('x^2*y + cos(x*y)', { at: { x: '0.5', y: '0.25' }, digits: 30 });

console.log('## Hessian with eigenvalues at 50 certified digits (2 variables, first call: cold derivation cache)');
console.log(row(['function', 'point', 'ms', 'eigenvalues', 'digits certified', 'derivatives checked']));
for (const [f, at] of [
  [HIMMELBLAU, { x: '0.3', y: '-1.7' }],
  ['(1-x)^2+100*(y-x^2)^2', { x: '1', y: '1' }],
  ['log(1+e^(-(a+2*b))) + log(1+e^(2*a-b)) + (a^2+b^2)/10', { a: '0.5', b: '-0.25' }],
] as const) {
  const t = time(() => hessian(f, { at, digits: 50 }));
  const v = t.result;
  console.log(row([f, JSON.stringify(at), t.ms.toFixed(0), v.eigenvalues!.map((e) => `${e.value.slice(0, 14)}…`).join(', '), v.eigenvalues!.map((e) => e.correct).join(', '), `${v.gradient.length + v.entries.flat().length} (${v.holds ? 'all verified' : 'NOT all'})`]));
}

const D = decimalContext(80);
const M = [
  [new D('-47.72'), new D('-5.6')],
  [new D('-5.6'), new D('9.88')],
];
const eig = time(() => {
  for (let i = 0; i < 200; i++) eigenReport(M, new D(0), 50);
});
console.log(`\neigenvalues alone (Jacobi + certificate, 2×2, 50 digits): ${(eig.ms / 200).toFixed(2)} ms each`);

console.log('\n## Critical points of Himmelblau in [-5, 5]² (median of 5 runs; derivation cache warm after the first)');
const runs = Array.from({ length: REPEAT }, () => time(() => criticalPoints(HIMMELBLAU, { region: { x: ['-5', '5'], y: ['-5', '5'] }, digits: 50 })));
const v = runs[0]!.result;
console.log(row(['digits', 'points', 'kinds', 'complete', 'boxes', 'first run ms', 'median ms']));
const kinds = ['minimum', 'maximum', 'saddle'].map((k) => `${v.critical.filter((p) => p.kind === k).length} ${k}`).join(', ');
console.log(row([50, v.critical.length, kinds, v.complete ? 'proved' : 'no', v.search.boxes, runs[0]!.ms.toFixed(0), median(runs.map((r) => r.ms)).toFixed(0)]));
const table = new PartialTable(parse(HIMMELBLAU), ['x', 'y']);
table.get(['x', 'x']);
table.get(['x', 'y']);
table.get(['y', 'x']);
table.get(['y', 'y']);
const box = resolveRegion({ x: ['-5', '5'], y: ['-5', '5'] }, ['x', 'y']);
const search = time(() => searchRegion(table, box, { budget: 4000 }));
console.log(`branch-and-bound alone (float64 intervals, Krawczyk): ${search.ms.toFixed(0)} ms, ${search.result.boxes} boxes, ${search.result.unique.length} unique`);
for (const digits of [20, 100]) {
  const t = time(() => criticalPoints(HIMMELBLAU, { region: { x: ['-5', '5'], y: ['-5', '5'] }, digits }));
  console.log(`at ${digits} digits: ${t.ms.toFixed(0)} ms, fewest certified digits ${Math.min(...t.result.critical.map((p) => p.correctDigits))}`);
}

console.log('\n## Other searches (one run each)');
console.log(row(['function', 'region', 'ms', 'result']));
for (const [f, region] of [
  ['(1-x)^2+100*(y-x^2)^2', { x: ['-2', '2'], y: ['-1', '3'] }],
  ['(1.5-x+x*y)^2+(2.25-x+x*y^2)^2+(2.625-x+x*y^3)^2', { x: ['-4.5', '4.5'], y: ['-4.5', '4.5'] }],
  ['x^3-3*x*y^2', { x: ['-1', '1'], y: ['-1', '1'] }],
  ['(x^2+y^2-1)^2', { x: ['-2', '2'], y: ['-2', '2'] }],
  // degenerate, classified by the reduction to the Hessian's null space
  ['y^2-3*x^2*y+2*x^4', { x: ['-1', '1'], y: ['-1', '1'] }],
  ['x^2+y^4+z^4', { x: ['-1', '1.3'], y: ['-1', '1.3'], z: ['-1', '1.3'] }],
] as const) {
  const t = time(() => criticalPoints(f, { region, digits: 50 }));
  console.log(row([f, JSON.stringify(region), t.ms.toFixed(0), `${t.result.summary.split(';')[0]!} (${t.result.search.boxes} boxes; ${t.result.critical.map((p) => `${p.kind}${p.degenerate ? ', degenerate' : ''}`).join(' / ')})`]));
}

console.log('\n## Descent');
const notes = time(() => descend('(1-w)^2', { from: { w: '3' }, steps: 20 }));
console.log(`the notes' example, 20 steps at 30 digits, every gradient checked: ${notes.ms.toFixed(0)} ms`);
const adam = time(() => descend(HIMMELBLAU, { from: { x: '0', y: '0' }, lr: '0.1', steps: 50, optimizer: 'adam' }));
console.log(`Adam on Himmelblau, 50 steps at 30 digits: ${adam.ms.toFixed(0)} ms (working precisions ${adam.result.precisions.join(' and ')})`);
