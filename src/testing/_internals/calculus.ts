/**
 * `toHaveGradient` and `toHaveCriticalPoint`: the calculus tools as teaching assertions.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { checkDerivative, type DerivativeCheck } from '../../calculus/adapter.js';
import type { CriticalKind } from '../../calculus/classify.js';
import { type CriticalPoint, describeCritical } from '../../calculus/critical.js';
import { checkPoint } from '../../calculus/inputs.js';
import { krawczyk } from '../../calculus/krawczyk.js';
import { locate64 } from '../../calculus/newton.js';
import { PartialTable } from '../../calculus/partials.js';
import { nearRational } from '../../calculus/rational.js';
import { provedCritical, type Settled, settle } from '../../calculus/settle.js';
import { DEFAULTS } from '../../defaults.js';
import { InputError } from '../../errors.js';
import { checkDigits, type Coordinate, evaluate } from '../../numeric/evaluate.js';
import { type Expr, format, variables } from '../../symbolic/tree.js';
import { expressionOf } from './derivative.js';
import { hint, type MatcherContext, type MatcherOutcome } from './result.js';
import { indent, showPoint, table } from './values.js';

/**
 * Options of `toHaveGradient`.
 *
 * @example
 * ```ts
 * const o: GradientMatcherOptions = { wrt: ['x', 'y'], digits: 30, at: [{ x: '1', y: '2' }] };
 * ```
 */
export interface GradientMatcherOptions {
  /** The variables, in the order of a claimed array (default: all, sorted). */
  readonly wrt?: readonly string[];
  /** Digits each component must agree to (default 50). */
  readonly digits?: number;
  /** Seeded points per component (default 12). */
  readonly points?: number;
  readonly seed?: number;
  /** Extra points, each giving every variable. */
  readonly at?: readonly Readonly<Record<string, Coordinate>>[];
}

/**
 * The claim of `toHaveCriticalPoint`.
 *
 * @example
 * ```ts
 * const c: CriticalPointClaim = { at: { x: '3.584428', y: '-1.848126' }, kind: 'minimum' };
 * ```
 */
export interface CriticalPointClaim {
  /** The point. A coordinate written as an integer (`1`, `-3`) claims that exact value; one with decimals (`3.584428`) claims the value to ± half a unit of its last digit. */
  readonly at: Readonly<Record<string, Coordinate>>;
  /** The kind claimed; `degenerate` means "the second-derivative test is inconclusive there". */
  readonly kind?: CriticalKind | 'degenerate';
  /** The tolerance of every coordinate, overriding the one read from the digits. */
  readonly tolerance?: string;
  /** Certified digits of the classification's numbers (default 30). */
  readonly digits?: number;
}

function claimedGradient(f: Expr, claimed: unknown, wrt: readonly string[]): Expr[] {
  if (Array.isArray(claimed)) {
    if (claimed.length !== wrt.length) {
      throw new InputError(`toHaveGradient: the claimed gradient has ${claimed.length} component${claimed.length === 1 ? '' : 's'}, but ${format(f)} has ${wrt.length} variable${wrt.length === 1 ? '' : 's'} (${wrt.join(', ')})`);
    }
    return claimed.map((c, i) => expressionOf(c, `component ${i + 1} of the claimed gradient`));
  }
  if (typeof claimed === 'object' && claimed !== null && typeof (claimed as { kind?: unknown }).kind !== 'string') {
    const record = claimed as Record<string, unknown>;
    const extra = Object.keys(record).filter((k) => !wrt.includes(k));
    if (extra.length) throw new InputError(`toHaveGradient: the claimed gradient names ${extra.join(', ')}, which ${format(f)} does not have (it has ${wrt.join(', ')})`);
    const missing = wrt.filter((k) => !(k in record));
    if (missing.length) throw new InputError(`toHaveGradient: the claimed gradient gives no ∂f/∂${missing.join(', ∂f/∂')}`);
    return wrt.map((k) => expressionOf(record[k], `∂f/∂${k} of the claimed gradient`));
  }
  throw new InputError('toHaveGradient: the claimed gradient must be an array of expressions (in the order of the variables) or a record { x: …, y: … }');
}

/**
 * The matcher `toHaveGradient`: every claimed component ∂f/∂xᵢ checked against
 * high-precision finite differences of f. Under `.not` it passes only on a counterexample.
 *
 * @example
 * ```ts
 * toHaveGradient({ isNot: false }, 'x^2*y', ['2*x*y', 'x^2'], { digits: 20 }).pass; // true
 * ```
 */
export function toHaveGradient(ctx: MatcherContext, received: unknown, claimed: unknown, options: GradientMatcherOptions = {}): MatcherOutcome {
  const f = expressionOf(received, 'the received function');
  const wrt = options.wrt?.length ? [...options.wrt] : variables(f);
  if (wrt.length === 0) throw new InputError(`toHaveGradient: ${format(f)} has no variables`);
  const components = claimedGradient(f, claimed, wrt);
  const digits = checkDigits(options.digits ?? DEFAULTS.digits);
  const checks: DerivativeCheck[] = components.map((c, i) =>
    checkDerivative(f, wrt[i]!, c, { digits, points: options.points ?? DEFAULTS.points, seed: options.seed ?? DEFAULTS.seed, ...(options.at ? { at: options.at } : {}) }),
  );
  const holds = checks.every((c) => c.holds);
  const refuted = checks.some((c) => c.status === 'refuted');
  const rows = checks.map((c, i): [string, string] => [`∂f/∂${wrt[i]} = ${format(components[i]!)}`, `${c.holds ? 'ok' : c.status}: ${c.summary}`]);
  const failing = checks.findIndex((c) => c.counterexample);
  const message = (): string => {
    const head = `${hint(ctx, 'toHaveGradient', 'f', 'claimed', 'options')}\n\n`;
    const body = indent(table([['function', format(f)], ...rows]));
    if (ctx.isNot) {
      return holds
        ? `${head}Expected the claimed gradient to be refuted, but every component matches the slopes of the function.\n\n${body}`
        : `${head}Expected the claimed gradient to be refuted, but nothing was compared: \`.not\` passes only on a counterexample.\n\n${body}`;
    }
    const c = failing >= 0 ? checks[failing]!.counterexample! : undefined;
    return `${head}The claimed gradient does not match the slopes of the function.\n\n${body}${c ? `\n\nCounterexample for ∂f/∂${wrt[failing]} at ${showPoint(c.at)}:\n${indent(table([['claimed', c.claimed], [c.referenceLabel ?? 'reference', c.reference], ['digits agreed', `${c.digitsAgreed ?? 0} of ${digits}`]]))}` : ''}`;
  };
  return { pass: holds || (ctx.isNot && !refuted), message };
}

/** The tolerance a written coordinate claims: 0 for an integer, half a unit of the last digit otherwise. */
function toleranceOf(value: Coordinate): Decimal {
  const text = String(value).trim();
  const m = /^[+-]?\d*(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  const decimals = (m?.[1]?.length ?? 0) - Number(m?.[2] ?? 0);
  return decimals <= 0 ? new Decimal(0) : new Decimal(10).pow(-decimals).div(2);
}

type Finding = { readonly kind: 'found'; readonly point: CriticalPoint } | { readonly kind: 'none'; readonly why: string } | { readonly kind: 'unknown'; readonly why: string };

function find(table: PartialTable, at: Readonly<Record<string, string>>, tolerances: readonly Decimal[], digits: number): Finding {
  const vars = table.vars;
  const precision = digits + 20;
  const exactClaim = tolerances.every((t) => t.isZero());
  if (exactClaim) {
    const point = vars.map((v) => nearRational(new Decimal(at[v]!), new Decimal(0), 10n ** 40n));
    if (point.every((r) => r !== undefined) && provedCritical(table, point as NonNullable<(typeof point)[number]>[])) {
      const s: Settled = { kind: 'exact', point: point as NonNullable<(typeof point)[number]>[] };
      return { kind: 'found', point: describeCritical(table, s, digits, precision) };
    }
    const g = vars.map((v) => evaluate(table.get([v]).expr, at, { digits: 20 }));
    if (g.some((x) => x.value !== '0')) return { kind: 'none', why: `∇f = (${g.map((x) => x.value).join(', ')}) there, not 0` };
    return { kind: 'unknown', why: '∇f evaluates to 0 there, but the CAS did not prove it' };
  }
  const x64 = vars.map((v) => Number(at[v]));
  const located = locate64(table, x64);
  const box = vars.map((v, i) => ({ lo: new Decimal(at[v]!).minus(tolerances[i]!), hi: new Decimal(at[v]!).plus(tolerances[i]!) }));
  if (located) {
    const s = settle(table, located, precision, Math.max(1, ...x64.map(Math.abs)));
    if (s.kind === 'exact' || s.kind === 'enclosed') {
      const p = describeCritical(table, s, digits, precision);
      const inside = vars.every((v, i) => {
        const e = p.enclosure?.[v];
        const lo = new Decimal(e ? e[0] : p.at[v]!);
        const hi = new Decimal(e ? e[1] : p.at[v]!);
        return lo.gte(box[i]!.lo) && hi.lte(box[i]!.hi);
      });
      if (inside) return { kind: 'found', point: p };
    }
  }
  const k = krawczyk(table, box, precision);
  if (k.kind === 'none') return { kind: 'none', why: `no zero of ∇f within ± the claimed tolerance (${k.why}; interval arithmetic)` };
  return { kind: 'unknown', why: located ? 'a zero of ∇f was located but not certified within the claimed tolerance' : "Newton's method found no zero of ∇f from the claimed point" };
}

const matchesKind = (p: CriticalPoint, kind: CriticalPointClaim['kind']): boolean => kind === undefined || (kind === 'degenerate' ? p.degenerate : p.kind === kind);

/**
 * The matcher `toHaveCriticalPoint`: the received function has a critical point at the
 * claimed place (exactly, or within the claimed digits), certified, and of the claimed
 * kind. Under `.not` it passes only when the claim is refuted with certainty (no zero of
 * ∇f there, or a certified classification of another kind).
 *
 * @example
 * ```ts
 * toHaveCriticalPoint({ isNot: false }, 'x^2 - y^2', { at: { x: '0', y: '0' }, kind: 'saddle' }).pass; // true
 * ```
 */
export function toHaveCriticalPoint(ctx: MatcherContext, received: unknown, claim: CriticalPointClaim): MatcherOutcome {
  const f = expressionOf(received, 'the received function');
  if (typeof claim !== 'object' || claim === null || typeof claim.at !== 'object') throw new InputError('toHaveCriticalPoint expects { at: { x: …, … }, kind?: … }');
  const kinds = ['minimum', 'maximum', 'saddle', 'inflection', 'degenerate', 'undetermined'];
  if (claim.kind !== undefined && !kinds.includes(claim.kind)) throw new InputError(`toHaveCriticalPoint: unknown kind "${claim.kind}" (kinds: ${kinds.join(', ')})`);
  const vars = variables(f);
  const at = checkPoint(claim.at, vars, 'the claimed point');
  const digits = checkDigits(claim.digits ?? 30);
  const tolerances = vars.map((v) => (claim.tolerance !== undefined ? new Decimal(claim.tolerance) : toleranceOf(claim.at[v]!)));
  const finding = find(new PartialTable(f, vars), at, tolerances, digits);
  const kindOk = finding.kind === 'found' && matchesKind(finding.point, claim.kind);
  const certainKind = finding.kind === 'found' && finding.point.test !== 'none';
  // under `.not`, vitest fails the assertion when `pass` is true: so there `pass` means "not refuted with certainty"
  const refuted = finding.kind === 'none' || (finding.kind === 'found' && !kindOk && certainKind);
  const pass = ctx.isNot ? !refuted : finding.kind === 'found' && kindOk;
  const message = (): string => {
    const rows: [string, string][] = [
      ['function', format(f)],
      ['claimed', `${claim.kind ?? 'a critical point'} at ${showPoint(at)}${tolerances.some((t) => !t.isZero()) ? ` (± ${tolerances.map((t) => t.toString()).join(', ')})` : ' (exactly)'}`],
    ];
    if (finding.kind === 'found') {
      const p = finding.point;
      rows.push(['found', `${p.kind}${p.degenerate ? ' (degenerate)' : ''} at ${showPoint(p.exact ?? p.at)} (${p.certainty})`]);
      rows.push(['evidence', p.evidence]);
    } else {
      rows.push([finding.kind === 'none' ? 'refuted' : 'not settled', finding.why]);
    }
    const head = `${hint(ctx, 'toHaveCriticalPoint', 'f', 'claim')}\n\n`;
    const verdict = ctx.isNot
      ? 'Expected the claim to be refuted, but it holds or could not be settled: `.not` passes only on a certain refutation.'
      : finding.kind === 'found'
        ? 'The point is critical, but of another kind than claimed.'
        : finding.kind === 'none'
          ? 'There is no critical point there.'
          : 'The claim could not be settled.';
    return `${head}${verdict}\n\n${indent(table(rows))}`;
  };
  return { pass, message };
}
