/**
 * Catalogue activations inside expressions (docs/benchmarks.md): should a smooth one
 * (sigmoid, softplus, gelu …) reach the CAS as its formula, or stay a call whose
 * derivative is the catalogue's `act′(u)`? For each expression, both derivatives: their
 * size, whether they name the activation, and the time to derive and verify them. Then the
 * cost of evaluating a catalogue call against the same formula written out.
 * Run: npx tsx bench/activation-functions.ts
 */
import { evaluate, getScalarActivation } from '../src/index.js';
import { parse } from '../src/symbolic/parse.js';
import { ruleDerivative } from '../src/symbolic/rules.js';
import { type Expr, format, treeSize } from '../src/symbolic/tree.js';
import { checkIdentity } from '../src/verify/identity.js';
import { derive } from '../src/verify/derive.js';
import { verifyDerivative } from '../src/verify/derivative.js';
import { simplify } from '../src/verify/simplify.js';
import { median, row, time } from './stats.js';

const DIGITS = 50;
const SMOOTH = ['sigmoid', 'softplus', 'gelu', 'swish', 'mish', 'silu', 'squareplus'];
// the catalogue's own first derivatives are derived once, before anything is timed
for (const name of SMOOTH) getScalarActivation(name).pieceExprs(1);
verifyDerivative('x^3*sin(x)', 'x', { digits: DIGITS });

const cases = ['sigmoid(x)', 'softplus(2*x)', 'gelu(x)', 'swish(x)*x', 'mish(x)', 'x*sigmoid(x)', 'sigmoid(sigmoid(x))', 'silu(x)^2', 'squareplus(x)/x'];

const names = (e: Expr): boolean => /[a-z_]+'*\(/.test(format(e).replace(/\b(sin|cos|tanh|sech|log|erf|sqrt|exp)\(/g, ''));

const ROUNDS = 5;
console.log(`## Smooth activations: expanded for the CAS (chosen) or kept as calls (${DIGITS} digits, 12 points; median of ${ROUNDS} alternating rounds)`);
console.log(row(['expression', 'expanded: derivative', 'nodes', 'derive + verify ms', 'as calls: derivative', 'nodes', 'derive + verify ms']));
const totals = { expanded: [] as number[], calls: [] as number[] };
for (const text of cases) {
  const e = parse(text);
  const expanded: number[] = [];
  const calls: number[] = [];
  let a: Expr = e;
  let b: Expr = e;
  for (let round = 0; round < ROUNDS; round++) {
    // a budget of steps of its own in each round: the derivation cache is cold every time
    const ta = time(() => {
      const d = derive(e, 'x', { casSteps: 20_000 + round });
      return { d, v: verifyDerivative(e, 'x', { digits: DIGITS, derivation: d }) };
    });
    const tb = time(() => {
      const d = simplify(ruleDerivative(e, 'x')).expr;
      return { d, v: verifyDerivative(e, 'x', { digits: DIGITS, derivative: d }) };
    });
    if (!ta.result.v.holds || !tb.result.v.holds) throw new Error(`${text}: not verified`);
    expanded.push(ta.ms);
    calls.push(tb.ms);
    a = ta.result.d.expr;
    b = tb.result.d;
  }
  totals.expanded.push(median(expanded));
  totals.calls.push(median(calls));
  console.log(row([text, format(a), treeSize(a), median(expanded).toFixed(0), format(b), treeSize(b), median(calls).toFixed(0)]));
}
console.log(row(['median', '', '', median(totals.expanded).toFixed(0), '', '', median(totals.calls).toFixed(0)]));
console.log(`derivatives that still name an activation: expanded ${cases.filter((t) => names(derive(parse(t), 'x').expr)).length} of ${cases.length}`);

console.log('\n## Identities between an activation and its formula');
for (const [l, r] of [
  ['sigmoid(x)', '1/(1 + e^(-x))'],
  ['softplus(x)', 'log(1 + e^x)'],
  ["sigmoid'(x)", 'sigmoid(x)*(1 - sigmoid(x))'],
  ['relu(x)', 'max(x, 0)'],
] as const) {
  const t = time(() => checkIdentity(l, r, { digits: DIGITS }));
  console.log(row([`${l} = ${r}`, t.result.status, t.ms.toFixed(0)]));
}

console.log(`\n## Evaluating a catalogue call against the formula written out (${DIGITS} guaranteed digits, 100 points, evaluations per second, median of ${ROUNDS} alternating rounds)`);
console.log(row(['call', 'per s', 'written out', 'per s']));
const points = Array.from({ length: 100 }, (_, i) => ((i - 50) / 11.5).toFixed(6));
for (const [call, formula] of [
  ['sigmoid(x)', '1/(1 + e^(-x))'],
  ["sigmoid'(x)", 'e^(-x)/(1 + e^(-x))^2'],
  ['softplus(2*x)', 'log(1 + e^(2*x))'],
  ['relu(x)', 'max(x, 0)'],
  ['leaky_relu(x/3)', 'max(x/3, 0.01*(x/3))'],
  ['elu(x)', 'max(x, 0) + min(e^x - 1, 0)'],
] as const) {
  const trees = [parse(call), parse(formula)] as const;
  for (const t of trees) evaluate(t, { x: '0.5' }, { digits: DIGITS });
  const rates: [number[], number[]] = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    trees.forEach((tree, k) => {
      const t = time(() => {
        for (const x of points) evaluate(tree, { x }, { digits: DIGITS });
      });
      rates[k]!.push((points.length / t.ms) * 1000);
    });
  }
  console.log(row([call, median(rates[0]).toFixed(0), formula, median(rates[1]).toFixed(0)]));
}

console.log('\n## The examples of the issue (cold derivation cache for each expression)');
for (const [text, at] of [
  ['sigmoid(x)', undefined],
  ['relu(x) * x', '0'],
  ['softplus(2*x)', undefined],
  ['leaky_relu(x)', '0'],
  ['hardshrink(x)', '0.5'],
] as const) {
  const t = time(() => verifyDerivative(text, 'x', { digits: DIGITS, ...(at ? { at: [{ x: at }] } : {}) }));
  console.log(row([text, at ?? '', t.result.status, t.ms.toFixed(0)]));
}
