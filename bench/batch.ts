/**
 * The activation batch (docs/benchmarks.md, "Arithmetic engines"): 240 values — φ and φ′
 * of 24 catalogue activations at 5 held-out points — at 50 and 200 digits, by
 *
 * - gradproof with the decimal.js engine (numeric/compile.ts + evaluate.ts, today's path),
 * - gradproof with the BigInt engine (numeric/mp: compileMp + evaluateMp),
 * - SymPy + mpmath (bench/batch.py: parse, diff, N(…, digits)),
 *
 * each in a fresh process, in alternating rounds; every value is checked against mpmath
 * at 1200 digits. Times are CPU milliseconds of the process that computed (robust to the
 * load of a shared machine), cold (first pass: derivations included) and warm (second
 * pass). Run: npx tsx bench/batch.ts [rounds=3]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { Decimal } from 'decimal.js';
import type { ScalarActivation } from '../src/activations/_internals/activation.js';
import { ACTIVATIONS } from '../src/activations/index.js';
import { compile } from '../src/numeric/compile.js';
import { evaluateClosure } from '../src/numeric/evaluate.js';
import { compileMp, evaluateMp } from '../src/numeric/mp/index.js';
import { parse } from '../src/symbolic/parse.js';
import { type Expr, format, substitute } from '../src/symbolic/tree.js';
import { median, row } from './stats.js';

/** 24 scalar activations: the catalogue's, less the piecewise-linear ones with nothing to compute. */
const SKIP = new Set(['linear', 'relu', 'relu6', 'hard_tanh']);
const POINTS = ['-7.3', '-1.9', '-0.35', '0.62', '4.4'];

interface Item {
  readonly activation: ScalarActivation;
  readonly piece: number;
  readonly z: string;
}

function items(): Item[] {
  const out: Item[] = [];
  for (const a of ACTIVATIONS) {
    if (a.kind !== 'scalar' || SKIP.has(a.name)) continue;
    for (const z of POINTS) out.push({ activation: a, piece: pieceAt(a, z), z });
  }
  return out;
}

/** The piece whose condition holds at z (with the default parameters). */
function pieceAt(a: ScalarActivation, z: string): number {
  const env = paramEnv(a);
  const x = new Decimal(z);
  const value = (e: Expr) => new Decimal(evaluateMp(e, env, 30).value);
  return a.pieces.findIndex((p) => {
    const { lo, hi } = p.interval;
    if (lo && (lo.closed ? x.lt(value(lo.expr)) : x.lte(value(lo.expr)))) return false;
    if (hi && (hi.closed ? x.gt(value(hi.expr)) : x.gte(value(hi.expr)))) return false;
    return true;
  });
}

function paramEnv(a: ScalarActivation): Record<string, Decimal> {
  const env: Record<string, Decimal> = {};
  for (const [k, v] of Object.entries(a.paramValues({}, 250))) env[k] = new Decimal(v);
  return env;
}

/** The piece's formula with the parameters written in, for SymPy. */
function pieceText(it: Item): string {
  const params: Record<string, Expr> = {};
  for (const [k, v] of Object.entries(paramEnv(it.activation))) params[k] = parse(v.toString());
  return format(substitute(it.activation.pieces[it.piece]!.expr, params));
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One pass of gradproof over the batch: derive (cached after the first pass), compile, evaluate. */
function gradproofPass(batch: Item[], digits: number, engine: 'decimal' | 'mp'): string[][] {
  return batch.map((it) => {
    const env = { ...paramEnv(it.activation), z: new Decimal(it.z) };
    const f = it.activation.pieces[it.piece]!.expr;
    const df = it.activation.derivatives(1)[it.piece]!.expr;
    return [f, df].map((e) => (engine === 'decimal' ? evaluateClosure(compile(e), env, digits).value : evaluateMp(compileMp(e), env, digits).value));
  });
}

function worker(engine: 'decimal' | 'mp', digits: number): void {
  const batch = items();
  const t0 = cpuMs();
  // the derivations (CAS, checked by gradproof's rules), timed apart: both engines share them
  for (const it of batch) it.activation.derivatives(1);
  const tDerive = cpuMs() - t0;
  const values = gradproofPass(batch, digits, engine);
  const t1 = cpuMs();
  gradproofPass(batch, digits, engine);
  const t2 = cpuMs();
  process.stdout.write(JSON.stringify({ cold_ms: t1 - t0, derive_ms: tDerive, warm_ms: t2 - t1, values }));
}

interface Run {
  readonly cold_ms: number;
  readonly derive_ms?: number;
  readonly warm_ms: number;
  readonly values: string[][];
}

function python(job: object): (Run & { versions?: Record<string, string> }) | undefined {
  const r = spawnSync('python3', ['bench/batch.py'], { input: JSON.stringify(job), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0) return undefined;
  return JSON.parse(r.stdout);
}

/** Within one unit of the digits-th significant digit of the reference (a 0 must be an exact 0). */
function correct(value: string, reference: string, digits: number): boolean {
  const R = Decimal.clone({ precision: digits + 40 });
  const ref = new R(reference);
  const v = new R(value);
  if (ref.isZero()) return v.isZero();
  const ulp = new R(10).pow(ref.abs().log(10).floor().minus(digits - 1));
  return v.minus(ref).abs().lte(ulp);
}

function main(): void {
  const rounds = Number(process.argv[2] ?? 3);
  const batch = items();
  const spec = batch.map((it) => ({ expr: pieceText(it), z: it.z }));
  console.log(`batch: ${batch.length} points × (φ, φ′) = ${2 * batch.length} values; ${new Set(batch.map((b) => b.activation.name)).size} activations; z ∈ {${POINTS.join(', ')}}`);
  const probe = python({ mode: 'reference', digits: 50, items: spec.slice(0, 1) });
  if (!probe) console.log('python3 with sympy and mpmath is not available: only the two gradproof engines are measured, and correctness is not checked');
  else console.log(`SymPy ${probe.versions?.sympy}, mpmath ${probe.versions?.mpmath}, Python ${probe.versions?.python}; node ${process.version}`);
  for (const digits of [50, 200]) {
    const ref = probe ? python({ mode: 'reference', digits, items: spec })?.values : undefined;
    const runs: Record<string, Run[]> = { decimal: [], mp: [], sympy: [] };
    for (let r = 0; r < rounds; r++) {
      for (const engine of ['decimal', 'mp'] as const) {
        const out = execFileSync('npx', ['tsx', 'bench/batch.ts', '--worker', engine, String(digits)], { encoding: 'utf8', maxBuffer: 1 << 26 });
        runs[engine]!.push(JSON.parse(out));
      }
      if (probe) runs.sympy!.push(python({ mode: 'bench', digits, items: spec })!);
    }
    console.log(`\n## ${digits} digits (${rounds} alternating rounds, median CPU ms in process)`);
    console.log(row(['', 'cold ms', 'of which deriving', 'warm ms', 'correct of 240', 'cold / SymPy+mpmath', 'warm / SymPy+mpmath']));
    const sym = runs.sympy!;
    for (const [name, list] of Object.entries(runs)) {
      if (list.length === 0) continue;
      const cold = median(list.map((l) => l.cold_ms));
      const warm = median(list.map((l) => l.warm_ms));
      const ok = ref ? list[0]!.values.flat().filter((v, i) => correct(v, ref.flat()[i]!, digits)).length : NaN;
      const rc = sym.length ? (cold / median(sym.map((l) => l.cold_ms))).toFixed(2) : '—';
      const rw = sym.length ? (warm / median(sym.map((l) => l.warm_ms))).toFixed(2) : '—';
      const label = { decimal: 'gradproof, decimal.js engine', mp: 'gradproof, BigInt engine', sympy: 'SymPy + mpmath' }[name];
      const derive = list[0]!.derive_ms === undefined ? '—' : median(list.map((l) => l.derive_ms!)).toFixed(0);
      console.log(row([label!, cold.toFixed(0), derive, warm.toFixed(0), Number.isNaN(ok) ? '—' : ok, rc, rw]));
      if (ref && name !== 'sympy') {
        const wrong = list[0]!.values.flat().map((v, i) => [v, i] as const).filter(([v, i]) => !correct(v, ref.flat()[i]!, digits));
        for (const [v, i] of wrong.slice(0, 3)) console.log(`  wrong: ${spec[i >> 1]!.expr} at ${spec[i >> 1]!.z}: ${v}`);
      }
    }
  }
}

if (process.argv[2] === '--worker') worker(process.argv[3] as 'decimal' | 'mp', Number(process.argv[4]));
else main();
