/**
 * The claims of the lecture notes as data. A claim quotes the notes verbatim, says
 * where it stands (page and line), what kind of statement it is, what gradproof expects
 * of it (a WRONG claim is expected to be refuted) and how to check it. The check is a
 * computation with the library at {@link DIGITS} digits: a claim is refuted only when
 * that computation refutes it, and the counterexample is written from the computed
 * numbers. The constructors below make each claim a few lines; the checks they call
 * live in `checks.ts`, `limits.ts`, `range.ts` and `compute.ts`.
 *
 * @module
 */
import {
  type Comparison,
  derivative,
  type DerivativeCheckOptions,
  identity,
  type IdentityCheckOptions,
  inequality,
  type InequalityCheckOptions,
  value,
  type ValueCheckOptions,
} from '../verify/checks.js';
import { DIGITS, type Formula, type Point } from '../verify/formula.js';
import type { Verdict, VerdictMethod } from '../verify/verdict.js';
import { limit, type LimitCheckOptions } from '../verify/limit.js';
import { range, type RangeCheckOptions } from '../verify/range.js';

/**
 * What a claim states.
 *
 * @example
 * ```ts
 * const k: ClaimKind = 'range'; // e.g. "σ(z) ∈ (0, 1)"
 * ```
 */
export type ClaimKind = 'identity' | 'value' | 'inequality' | 'range' | 'limit' | 'training' | 'not-checkable';

/**
 * What gradproof expects the check to find: a claim the catalogue marks WRONG is expected to be refuted.
 *
 * @example
 * ```ts
 * const e: Expectation = 'refuted'; // "e ≈ 2.73"
 * ```
 */
export type Expectation = 'proved' | 'refuted' | 'not-checkable';

/**
 * How an outcome was reached (the verdict's method).
 *
 * @example
 * ```ts
 * identity('(x+1)^2', 'x^2 + 2*x + 1').method; // 'both'
 * ```
 */
export type Method = VerdictMethod;

/**
 * The result of one check: a {@link Verdict} (its `summary` says what was compared, its
 * `counterexample.text` where the statement fails).
 *
 * @example
 * ```ts
 * const o: Outcome = verdictOf({ holds: false, method: 'numeric', digits: 30, counterexample: '0.1*0.2*0.8 = 0.016, not 0.006' });
 * ```
 */
export type Outcome = Verdict;

/**
 * One claim of the notes.
 *
 * @example
 * ```ts
 * const c: Claim = {
 *   id: 'vg-euler-e', topic: 'vanishing-gradients', source: 'notes p. [11–12], line 427',
 *   statement: '$$e \\approx 2.73$$', kind: 'value', expect: 'refuted', correction: 'e ≈ 2.718 (2.72)',
 *   check: () => value('e', '2.73', { relation: '≈' }),
 * };
 * ```
 */
export interface Claim {
  /** Kebab-case, prefixed with the topic's short name (`vg-`, `tanh-`, …). */
  readonly id: string;
  /** The topic (one file of `proofs/`). */
  readonly topic: string;
  /** Where the notes say it, e.g. `notes p. 6, line 254`. */
  readonly source: string;
  /** The statement, verbatim as the notes write it. */
  readonly statement: string;
  readonly kind: ClaimKind;
  readonly expect: Expectation;
  /** The computation that proves or refutes it (absent for a not-checkable claim). */
  readonly check?: () => Outcome;
  /** For a wrong claim: the corrected statement. */
  readonly correction?: string;
  /** For a not-checkable claim: why. */
  readonly reason?: string;
  /** For an ambiguous claim: which reading is checked (and what the other reading gives). */
  readonly reading?: string;
  /** For a claim that needs machinery gradproof does not have yet (e.g. the network engine). */
  readonly pending?: string;
}

/**
 * A claim before its topic is stamped on by {@link topic}.
 *
 * @example
 * ```ts
 * const spec: ClaimSpec = notCheckable({ id: 'vec-def', source: 'notes p. 1, line 10', statement: '…', reason: 'a definition' });
 * ```
 */
export type ClaimSpec = Omit<Claim, 'topic'>;

/**
 * What every constructor takes: where the claim stands and what it says.
 *
 * @example
 * ```ts
 * const meta: ClaimMeta = { id: 'vg-euler-e', source: 'notes p. [11–12], line 427', statement: '$$e \\approx 2.73$$', correction: 'e ≈ 2.718' };
 * ```
 */
export interface ClaimMeta {
  readonly id: string;
  readonly source: string;
  readonly statement: string;
  /** Defaults to `refuted` when a correction is given, `proved` otherwise. */
  readonly expect?: Expectation;
  readonly correction?: string;
  readonly reading?: string;
}

function base(meta: ClaimMeta, kind: ClaimKind, check: () => Outcome): ClaimSpec {
  const { expect, ...rest } = meta;
  return { ...rest, kind, expect: expect ?? (meta.correction ? 'refuted' : 'proved'), check };
}

/**
 * Stamps a topic on its claims.
 *
 * @example
 * ```ts
 * export const VECTORS = topic('vectors', [valueClaim({ id: 'vec-magnitude-oa', source: 'notes p. 1, line 34', statement: '…', expr: 'sqrt(3^2 + 2^2)', claimed: 'sqrt(13)' })]);
 * VECTORS[0].topic; // 'vectors'
 * ```
 */
export function topic(name: string, specs: readonly ClaimSpec[]): Claim[] {
  return specs.map((s) => ({ ...s, topic: name }));
}

/**
 * A claim with a hand-written check (several checks combined with `allOf`, a small
 * simulation, …).
 *
 * @example
 * ```ts
 * claim({ id: 'x-both', source: 'notes p. 1, line 1', statement: '…', kind: 'identity',
 *   check: () => allOf(identity('x+x', '2*x'), value('2+2', '4')) });
 * ```
 */
export function claim(spec: ClaimMeta & { readonly kind: ClaimKind; readonly check: () => Outcome }): ClaimSpec {
  const { kind, check, ...meta } = spec;
  return base(meta, kind, check);
}

/**
 * `left ≡ right` for all values of the free variables (see {@link identity} for the rule).
 *
 * @example
 * ```ts
 * identityClaim({ id: 'sigmoid-deriv', source: 'notes p. [17–18], line 672', statement: '…',
 *   left: 'e^(-z)/(1+e^(-z))^2', right: '1/(1+e^(-z))*(1 - 1/(1+e^(-z)))' });
 * ```
 */
export function identityClaim(spec: ClaimMeta & IdentityCheckOptions & { readonly left: Formula; readonly right: Formula }): ClaimSpec {
  return base(spec, 'identity', () => identity(spec.left, spec.right, spec));
}

/**
 * `d/d(wrt) f = claimed`, checked against high-precision finite differences.
 *
 * @example
 * ```ts
 * derivativeClaim({ id: 'deriv-exp', source: 'notes p. 2, line 96', statement: '…', f: 'e^x', wrt: 'x', claimed: 'e^x' });
 * ```
 */
export function derivativeClaim(
  spec: ClaimMeta & DerivativeCheckOptions & { readonly f: Formula; readonly wrt: string; readonly claimed: Formula },
): ClaimSpec {
  return base(spec, 'identity', () => derivative(spec.f, spec.wrt, spec.claimed, spec));
}

/**
 * A number: `expr = claimed` or `expr ≈ claimed` (the "≈" rule is stated on {@link value}).
 *
 * @example
 * ```ts
 * valueClaim({ id: 'vg-product', source: 'notes p. 10, line 361', statement: '… ≈ 0.006', expr: '0.1*0.2*0.8', claimed: '0.006', relation: '≈',
 *   correction: '0.1·0.2·0.8 = 0.016' });
 * ```
 */
export function valueClaim(spec: ClaimMeta & ValueCheckOptions & { readonly expr: Formula; readonly claimed: string }): ClaimSpec {
  return base(spec, 'value', () => value(spec.expr, spec.claimed, spec));
}

/**
 * `left op right` at named points or at seeded points (see {@link inequality}).
 *
 * @example
 * ```ts
 * inequalityClaim({ id: 'crit-x2-min', source: '…', statement: '…', left: '2', op: '>', right: '0' });
 * ```
 */
export function inequalityClaim(
  spec: ClaimMeta & InequalityCheckOptions & { readonly left: Formula; readonly op: Comparison; readonly right: Formula },
): ClaimSpec {
  return base(spec, 'inequality', () => inequality(spec.left, spec.op, spec.right, spec));
}

/**
 * The set of values of `f` over the real line is `range` (`'(0, 1)'`, `'[0, inf)'`, `'{0, 1}'`; see {@link range}).
 *
 * @example
 * ```ts
 * rangeClaim({ id: 'sigmoid-range', source: '…', statement: '…', f: '1/(1+e^(-z))', wrt: 'z', range: '(0, 1)' });
 * ```
 */
export function rangeClaim(spec: ClaimMeta & RangeCheckOptions & { readonly f: Formula; readonly wrt: string; readonly range: string }): ClaimSpec {
  return base(spec, 'range', () => range(spec.f, spec.wrt, spec.range, spec));
}

/**
 * `lim_{variable → toward} expr = limit` (see {@link limit} for the rule).
 *
 * @example
 * ```ts
 * limitClaim({ id: 'deriv-limit-def', source: '…', statement: '…', expr: '((x+h)^2 - x^2)/h', variable: 'h', toward: '0', limit: '2*x', at: { x: '0.7' } });
 * ```
 */
export function limitClaim(
  spec: ClaimMeta & LimitCheckOptions & { readonly expr: Formula; readonly variable: string; readonly toward: string; readonly limit: Formula },
): ClaimSpec {
  return base(spec, 'limit', () => limit(spec.expr, spec.variable, spec.toward, spec.limit, spec));
}

/**
 * A statement no computation can settle (history, advice, a definition, garbled text),
 * or one that needs machinery gradproof does not have yet (`pending`). Its status is
 * always `not-checkable`; a `correction` may still be recorded (a wrong fact).
 *
 * @example
 * ```ts
 * notCheckable({ id: 'vec-def', source: 'notes p. 1, line 10', statement: 'Vector :- Magnitude + Direction', reason: 'a definition' });
 * ```
 */
export function notCheckable(
  spec: Omit<ClaimMeta, 'expect'> & { readonly reason: string; readonly pending?: string },
): ClaimSpec {
  return { ...spec, kind: 'not-checkable', expect: 'not-checkable' };
}

export { DIGITS, type Formula, type Point };
