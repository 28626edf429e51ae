/**
 * Range checks: sampled extremes, limits at ±∞, and whether each end is attained.
 * A declared range that the numbers contradict fails.
 *
 * What is checked for each end of a declared interval:
 * - `inf`/`-inf`: the function exceeds ±10⁵ at z = 10⁶ or z = −10⁶;
 * - a finite closed end: attained at the declared `at` (to 30 digits), no sample beyond it;
 * - `critical` (an interior extremum): found by the secant method on the next derivative
 *   from the declared guess, compared with the declared `approx` to its digits;
 * - a finite open end: approached as z → +∞ or −∞ (within 10⁻²⁵ at |z| = 10⁶) and no
 *   sample beyond it or equal to it where the difference is resolvable.
 * A finite set of values: every sample is one of them and each is taken.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError } from '../errors.js';
import { type Closure, compile, type Env, type Tracked } from '../numeric/compile.js';
import { casProvesEqual } from '../symbolic/cas.js';
import { parse } from '../symbolic/parse.js';
import { type Expr, substitute } from '../symbolic/tree.js';
import { decimalContext } from '../numeric/context.js';
import { evaluate } from '../numeric/evaluate.js';
import type { EndSpec, RangeSpec } from '../activations/_internals/spec.js';

/** The outcome of one range check. */
export interface RangeCheck {
  readonly ok: boolean;
  /** What was found: sampled min and max, limits, where ends are attained. */
  readonly detail: string;
  /** When the check fails: what contradicts the declaration. */
  readonly counterexample?: string;
  /** Computed values of `critical` ends, by end ('lo'/'hi'). */
  readonly critical?: Readonly<Record<string, string>>;
}

const P = 40;
const FAR: readonly (readonly [string, string])[] = [
  ['1e6', '1e3'],
  ['-1e6', '1e3'],
  ['1e30', '1e20'],
  ['-1e30', '1e20'],
];
const TOL = new Decimal('1e-25');

/** Sample points: a grid on [−20, 20], the tails, and the given extra points. */
export function rangeSamples(extra: readonly string[] = []): string[] {
  const grid = Array.from({ length: 161 }, (_, i) => ((i - 80) / 4).toString());
  const tails = ['25', '30', '40', '60', '100', '1000', '1e6'].flatMap((t) => [t, `-${t}`]);
  return [...grid, ...tails, ...extra];
}

/** A point given as expression text (`-3/2`, `lambda`), evaluated with the parameters. */
function pointValue(z: string, paramValues: Readonly<Record<string, string>>): Decimal {
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(z) ? new Decimal(z) : evaluate(z, paramValues, { digits: 60 }).decimal;
}

function valueAt(f: Closure, params: Env, z: string, paramValues: Readonly<Record<string, string>> = {}): Decimal | undefined {
  try {
    return f(decimalContext(P), { ...params, z: pointValue(z, paramValues) });
  } catch (err) {
    if (err instanceof DomainError) return undefined;
    throw err;
  }
}

function endValue(end: EndSpec, params: Readonly<Record<string, string>>): Decimal {
  return evaluate(end.value, params, { digits: 35 }).decimal;
}

function endValueAt(end: EndSpec, params: Readonly<Record<string, string>>, digits: number): Decimal {
  return evaluate(end.value, params, { digits }).decimal;
}

/**
 * Whether f(z) equals `end` exactly at z: true when both evaluate without any rounding to
 * the same number; otherwise a sentence saying how far apart they are (or that the
 * difference cannot be settled by exact arithmetic).
 */
function attainedExactly(f: Closure, params: Env, z: string, paramValues: Readonly<Record<string, string>>, end: string, formula?: Expr): true | string | undefined {
  // an irrational point (GELU′ at −√2) has no exact decimal: only the CAS can settle it
  const decimalPoint = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(z.trim());
  // products of the parameters' long decimals are exact only at a precision that holds all their digits
  for (const precision of decimalPoint ? [P + 20, 400] : []) {
    const D = decimalContext(precision);
    let fz: Tracked;
    try {
      fz = f.tracked!(D, { ...params, z: pointValue(z, paramValues) });
    } catch (err) {
      if (err instanceof DomainError) return undefined;
      throw err;
    }
    const e = compile(parse(end)).tracked!(D, Object.fromEntries(Object.entries(paramValues).map(([k, x]) => [k, new Decimal(x)])));
    const exact = fz.err === Number.NEGATIVE_INFINITY && e.err === Number.NEGATIVE_INFINITY;
    if (exact && fz.value.eq(e.value)) return true;
    const gap = fz.value.minus(e.value).abs();
    if (exact || gap.gt(new Decimal(10).pow(Math.max(fz.err, e.err) + 1))) return `f = ${fz.value.toSignificantDigits(12).toString()}, which differs from ${end} by ${gap.toSignificantDigits(3).toString()}`;
  }
  // an irrational point (GELU′ at −√2): equal when the CAS reduces f(at) − end to 0
  if (formula) {
    const values = Object.fromEntries(Object.entries(paramValues).map(([k, x]) => [k, parse(x)]));
    if (casProvesEqual(substitute(formula, { ...values, z: parse(z) }), substitute(parse(end), values))) return true;
  }
  return decimalPoint ? `f and ${end} agree to 400 digits there, but the CAS does not settle that they are equal` : `the CAS does not settle that f(${z}) equals ${end}`;
}

/** Secant iteration for a root of g near `guess`, at 60 digits. */
function secantRoot(g: Closure, params: Env, guess: Decimal): Decimal {
  const D = decimalContext(60);
  let x0 = new D(guess);
  let x1 = x0.plus('0.001');
  let g0 = g(D, { ...params, z: x0 });
  for (let i = 0; i < 80; i++) {
    const g1 = g(D, { ...params, z: x1 });
    if (g1.isZero() || g1.minus(g0).isZero()) return x1;
    const x2 = x1.minus(g1.times(x1.minus(x0)).div(g1.minus(g0)));
    if (x2.minus(x1).abs().lt('1e-50')) return x2;
    x0 = x1;
    g0 = g1;
    x1 = x2;
  }
  return x1;
}

/**
 * Checks `f` (a closure over z and the parameters) against a declared range.
 * `next` is the closure of the next derivative (for interior extrema).
 */
export function checkRange(
  f: Closure,
  next: Closure | undefined,
  spec: RangeSpec,
  paramValues: Readonly<Record<string, string>>,
  params: Env,
  formula?: Expr,
): RangeCheck {
  const extra = 'values' in spec ? [] : [spec.lo.at, spec.hi.at].filter((a): a is string => a !== undefined);
  const samples = rangeSamples(extra)
    .map((z) => ({ z, v: valueAt(f, params, z, paramValues) }))
    .filter((s): s is { z: string; v: Decimal } => s.v !== undefined);
  const min = samples.reduce((a, b) => (b.v.lt(a.v) ? b : a));
  const max = samples.reduce((a, b) => (b.v.gt(a.v) ? b : a));
  const found = `sampled min ${min.v.toSignificantDigits(8).toString()} at z=${min.z}, max ${max.v.toSignificantDigits(8).toString()} at z=${max.z}`;

  if ('values' in spec) {
    const set = spec.values.map((s) => endValue({ value: s, closed: true }, paramValues));
    const stray = samples.find((s) => !set.some((v) => s.v.minus(v).abs().lte(TOL)));
    if (stray) return { ok: false, detail: found, counterexample: `value ${stray.v.toSignificantDigits(12).toString()} at z=${stray.z} is not in {${spec.values.join(', ')}}` };
    const missing = spec.values.filter((_, i) => !samples.some((s) => s.v.minus(set[i]!).abs().lte(TOL)));
    if (missing.length) return { ok: false, detail: found, counterexample: `no sample takes the value ${missing.join(', ')}` };
    return { ok: true, detail: `takes exactly the values {${spec.values.join(', ')}} (${samples.length} samples)` };
  }

  const critical: Record<string, string> = {};
  const parts: string[] = [found];
  for (const side of ['lo', 'hi'] as const) {
    const end = spec[side];
    const below = side === 'lo';
    if (end.value === 'inf' || end.value === '-inf') {
      const wantUp = end.value === 'inf';
      // unbounded: beyond ±1e3 at |z| = 1e6, or beyond ±1e20 at |z| = 1e30 (leaky ReLU's 0.01·z)
      const far = FAR.map(([z, bound]) => ({ v: valueAt(f, params, z), bound })).filter((s): s is { v: Decimal; bound: string } => s.v !== undefined);
      const reached = far.some(({ v, bound }) => (wantUp ? v.gt(bound) : v.lt(`-${bound}`)));
      if (!reached) return { ok: false, detail: found, counterexample: `not unbounded ${wantUp ? 'above' : 'below'}: f at ±1e6, ±1e30 = ${far.map((s) => s.v.toSignificantDigits(8).toString()).join(', ')}` };
      parts.push(`unbounded ${wantUp ? 'above' : 'below'}`);
      continue;
    }
    let v: Decimal;
    if (end.value === 'critical') {
      if (!next || !end.at) return { ok: false, detail: found, counterexample: `critical ${side} end needs a guess (at) and a next derivative` };
      const zStar = secantRoot(next, params, pointValue(end.at, paramValues));
      const slope = next(decimalContext(60), { ...params, z: zStar });
      if (slope.abs().gt('1e-40') || zStar.abs().gt(1000)) {
        return { ok: false, detail: found, counterexample: `no extremum found near z=${end.at} (the search ended at z=${zStar.toSignificantDigits(8).toString()})` };
      }
      const fz = f(decimalContext(60), { ...params, z: zStar });
      v = fz;
      critical[side] = fz.toSignificantDigits(30).toString();
      if (end.approx !== undefined) {
        const digits = end.approx.replace(/^-/, '').replace(/^0\.0*/, '').replace('.', '').length;
        const rounded = fz.toSignificantDigits(digits);
        if (!rounded.eq(end.approx)) {
          return { ok: false, detail: found, counterexample: `the ${below ? 'minimum' : 'maximum'} is ${fz.toSignificantDigits(12).toString()} at z=${zStar.toSignificantDigits(12).toString()}, not ≈ ${end.approx}` };
        }
      }
      parts.push(`${below ? 'min' : 'max'} ${fz.toSignificantDigits(20).toString()} at z=${zStar.toSignificantDigits(20).toString()}`);
    } else {
      v = endValue(end, paramValues);
    }
    const beyond = samples.find((s) => (below ? s.v.lt(v.minus(TOL.times(Decimal.max(1, v.abs())))) : s.v.gt(v.plus(TOL.times(Decimal.max(1, v.abs()))))));
    if (beyond) {
      return { ok: false, detail: found, counterexample: `f(${beyond.z}) = ${beyond.v.toSignificantDigits(12).toString()} is ${below ? 'below' : 'above'} the declared ${below ? 'lower' : 'upper'} end ${end.value}` };
    }
    if (end.closed && end.value !== 'critical') {
      // attained only where f equals the end EXACTLY: both computed without any rounding
      // (tanh(100) = 1 − 2.8e-87 agrees with 1 to 40 digits, and is not 1)
      const at = end.at;
      const attained = at === undefined ? undefined : attainedExactly(f, params, at, paramValues, end.value, formula);
      if (attained !== true) {
        return { ok: false, detail: found, counterexample: `the closed end ${end.value} is not attained${at === undefined ? ' (no point given)' : ` at z=${at}: ${attained ?? 'f is undefined there'}`}` };
      }
      parts.push(`${end.value} attained exactly at z=${at}`);
    } else if (!end.closed && end.at !== undefined) {
      // an open end approached at a finite point (a kink: hard swish′ → −1/2 as z → −3⁺)
      const x0 = pointValue(end.at, paramValues);
      const D = decimalContext(60);
      const near = [-1, 1]
        .map((side) => {
          try {
            return f(D, { ...params, z: D.add(x0, new D(side).times('1e-30')) });
          } catch (err) {
            if (err instanceof DomainError) return undefined;
            throw err;
          }
        })
        .filter((x): x is Decimal => x !== undefined);
      const approached = near.some((x) => x.minus(v).abs().lte('1e-25'));
      const atPoint = valueAt(f, params, end.at, paramValues);
      if (!approached) return { ok: false, detail: found, counterexample: `the open end ${end.value} is not approached next to z=${end.at}` };
      if (atPoint?.minus(v).abs().lte('1e-30')) return { ok: false, detail: found, counterexample: `the open end ${end.value} is attained at z=${end.at}` };
      parts.push(`→ ${end.value} next to z=${end.at} (not attained)`);
    } else if (!end.closed) {
      // approached as z → ±∞: within 1e-25 at |z| = 1e6 (exponential tails) or 1e30 (softsign's 1/z)
      const far = ['1e6', '-1e6', '1e30', '-1e30']
        .map((z) => ({ z, v: valueAt(f, params, z) }))
        .filter((s): s is { z: string; v: Decimal } => s.v !== undefined);
      const limit = far.find((s) => s.v.minus(v).abs().lte(TOL.times(Decimal.max(1, v.abs()))));
      if (!limit) {
        return { ok: false, detail: found, counterexample: `the open end ${end.value} is not approached as z → ±∞ (f at ±1e6, ±1e30 = ${far.map((s) => s.v.toSignificantDigits(10).toString()).join(', ')})` };
      }
      // equal at 40 digits may be rounding (tanh(60) = 1 − 1e-52): confirm at 300 digits
      const touched = samples.find((s) => Math.abs(Number(s.z)) < 1000 && s.v.eq(v) && f(decimalContext(300), { ...params, z: new Decimal(s.z) }).eq(endValueAt(end, paramValues, 300)));
      if (touched) return { ok: false, detail: found, counterexample: `the open end ${end.value} is reached at z=${touched.z}` };
      parts.push(`→ ${end.value} as z → ${limit.z.startsWith('-') ? '−' : '+'}∞ (not attained)`);
    }
  }
  return { ok: true, detail: parts.join('; '), ...(Object.keys(critical).length ? { critical } : {}) };
}
