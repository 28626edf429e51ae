/**
 * The claims of the lecture notes as data. A claim quotes the notes verbatim, says
 * where it stands (page and line), what kind of statement it is, what gradproof expects
 * of it (a WRONG claim is expected to be refuted) and how to check it. The check is a
 * computation with the library at {@link DIGITS} digits: a claim is refuted only when
 * that computation refutes it, and the counterexample is written from the computed
 * numbers. The constructors below make each claim a few lines; the checks they call
 * live in `checks.ts`, `limits.ts`, `range.ts` and `compute.ts`.
 *
 * A statement that is a formula or a number is checked FROM ITS TEXT: the check receives
 * the statement read by {@link StatementReader} and builds what it compares from the
 * statement's terms, so editing the statement changes the verdict. A check that never
 * reads a statement with formulas is an error (unless the claim says why the formulas are
 * not what it checks, in `prose`), and so is a link whose two sides are the same
 * expression; {@link identityClaim} refuses sides that are identical after substitution
 * when the claims load. A prose statement is tied to the notes by a test that finds it,
 * verbatim, at the cited lines.
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
import { type Verdict, type VerdictMethod, withNote } from '../verify/verdict.js';
import { limit, type LimitCheckOptions } from '../verify/limit.js';
import { range, type RangeCheckOptions } from '../verify/range.js';
import { InputError } from '../errors.js';
import { format } from '../symbolic/tree.js';
import { toTree } from '../verify/formula.js';
import type { ScalarFunction } from '../verify/scalar.js';
import type { LinkOptions, StatementContext, StatementReader } from './statement.js';

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
  /** The computation that proves or refutes it, built from the statement read (absent for a not-checkable claim). */
  readonly check?: (statement: StatementReader) => Outcome;
  /** What the statement's symbols and functions mean (for the statement reader). */
  readonly context?: StatementContext;
  /** Why the check does not read the formulas of the statement (they are notation or set-up, not what is claimed). */
  readonly prose?: string;
  /** For a wrong claim that follows from an earlier wrong one (right arithmetic on a wrong input): that claim's id. */
  readonly followsFrom?: string;
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
  readonly context?: StatementContext;
  readonly prose?: string;
  readonly followsFrom?: string;
}

function base(meta: ClaimMeta, kind: ClaimKind, check: (s: StatementReader) => Outcome): ClaimSpec {
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
export function claim(spec: ClaimMeta & { readonly kind: ClaimKind; readonly check: (s: StatementReader) => Outcome }): ClaimSpec {
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
  if (format(toTree(spec.left, spec.params)) === format(toTree(spec.right, spec.params))) {
    throw new InputError(`claim ${spec.id}: its two sides are the same expression after substitution (${format(toTree(spec.left, spec.params))}): it checks nothing`);
  }
  return base(spec, 'identity', () => identity(spec.left, spec.right, spec));
}

/**
 * A statement checked link by link from its own TeX: every link (or the ones listed) of
 * its formulas, read by {@link StatementReader} with the claim's context. `=` between
 * numbers is settled by exact arithmetic, between expressions as an identity (against
 * finite differences when a derivative is written on the left), `≈` by the rounding rule,
 * `∈` by the interval proof of the range.
 *
 * @example
 * ```ts
 * statementClaim({ id: 'gd-step-w3', source: 'notes p. 6, line 244', statement: '$$w = w - \\eta \\nabla c = 3 - 0.1 \\times 4 = 2.6$$',
 *   kind: 'value', links: [2] }); // the link 3 − 0.1 × 4 = 2.6
 * ```
 */
export function statementClaim(spec: ClaimMeta & { readonly kind: ClaimKind; readonly links?: readonly number[]; readonly options?: LinkOptions }): ClaimSpec {
  const { kind, links, options, ...meta } = spec;
  return base(meta, kind, (s) => s.checkAll(links, options));
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
 * The set of values of `subject` over the real line is the set the statement writes: the
 * first `∈` link of the statement (or `link`), proved for every real value of `wrt` by
 * interval arithmetic (see {@link range}).
 *
 * @example
 * ```ts
 * rangeClaim({ id: 'tanh-range', source: 'notes p. 19, line 701', statement: '$\\tanh(z) \\in (-1, 1)$  Range' });
 * rangeClaim({ id: 'sigmoid-deriv-range', source: '…', statement: 'range  $\\in (0,0.25)$', subject: SIGMA_PRIME, correction: '(0, 1/4]' });
 * ```
 */
export function rangeClaim(
  spec: ClaimMeta &
    RangeCheckOptions & {
      readonly subject?: Formula | ScalarFunction;
      readonly wrt?: string;
      readonly link?: number;
      readonly attained?: Readonly<Record<string, string>>;
      /** For a wrong range: the right set (spec form), proved too and reported beside the refutation. */
      readonly corrected?: string;
    },
): ClaimSpec {
  return base(spec, 'range', (s) => {
    const link = spec.link ?? s.links().find((l) => l.rel === '∈')?.index;
    if (link === undefined) throw new InputError(`claim ${spec.id}: the statement writes no set (no ∈): ${s.describe()}`);
    const subject = spec.subject === undefined ? undefined : typeof spec.subject === 'string' || 'kind' in spec.subject ? format(toTree(spec.subject)) : spec.subject;
    const v = s.check(link, {
      ...(subject !== undefined ? { subject } : {}),
      ...(spec.wrt ? { wrt: spec.wrt } : {}),
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.attained ? { attained: spec.attained } : {}),
    });
    if (spec.corrected === undefined) return v;
    const f = subject ?? s.expr(s.link(link).left);
    return withCorrection(v, spec.corrected, range(f, spec.wrt ?? 'z', spec.corrected, spec));
  });
}

/**
 * A verdict with the proof of the corrected statement appended (the correction is checked
 * as the claim is: a correction that does not hold says so).
 *
 * @example
 * ```ts
 * withCorrection(refuted, '(0, 1/4]', range(SIGMA_PRIME, 'z', '(0, 1/4]')).summary; // '…; the correction (0, 1/4]: proved — …'
 * ```
 */
export function withCorrection(v: Outcome, corrected: string, check: Outcome): Outcome {
  return withNote(v, `the correction ${corrected}: ${check.status} — ${check.counterexample?.text ?? check.summary}`);
}

/**
 * The set of values of `f` over the real line is the set written (spec form), for a
 * statement that writes it in words (`0–1`): the claim's reading must say how the words
 * were read; see {@link range}.
 *
 * @example
 * ```ts
 * setClaim({ id: 'x', source: '…', statement: 'sigmoid 0-1', prose: 'the set is written in words', f: '1/(1+e^(-z))', set: '(0, 1)' });
 * ```
 */
export function setClaim(spec: ClaimMeta & RangeCheckOptions & { readonly f: Formula | ScalarFunction; readonly wrt?: string; readonly set: string | ((s: StatementReader) => string) }): ClaimSpec {
  return base(spec, 'range', (s) => range(spec.f, spec.wrt ?? 'z', typeof spec.set === 'string' ? spec.set : spec.set(s), spec));
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
