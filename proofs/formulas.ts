/**
 * Formulas shared by the topic files: the sigmoid as the notes write it, the activations
 * the notes define piecewise, the SELU constants, and the check of a quotient rule.
 *
 * @module
 */
import { allOf, derivative } from '../src/verify/checks.js';
import { diff } from '../src/proofs/compute.js';
import type { Outcome } from '../src/proofs/claim.js';
import { type Formula, type Point, piecewise } from '../src/verify/formula.js';
import { InputError } from '../src/errors.js';
import { type DomainCheckOptions, domain, range } from '../src/verify/range.js';
import { formatRangeSet, type RangeSet } from '../src/verify/range-set.js';
import type { ScalarFunction } from '../src/verify/scalar.js';
import { verdictOf, withNote } from '../src/verify/verdict.js';
import { parse } from '../src/symbolic/parse.js';
import { format, substitute } from '../src/symbolic/tree.js';

const simple = (t: string): boolean => /^[A-Za-z0-9_.]+$/.test(t);

/**
 * σ(t) = 1/(1 + e^(−t)) as text.
 *
 * @example
 * ```ts
 * sigma('w1*a0'); // '1/(1+e^(-(w1*a0)))'
 * ```
 */
export function sigma(t: string): string {
  return simple(t) ? `1/(1+e^(-${t}))` : `1/(1+e^(-(${t})))`;
}

/**
 * σ(t){1 − σ(t)}, the notes' form of σ′(t), as text.
 *
 * @example
 * ```ts
 * sigmaPrime('z'); // '1/(1+e^(-z))*(1 - 1/(1+e^(-z)))'
 * ```
 */
export function sigmaPrime(t: string): string {
  return `${sigma(t)}*(1 - ${sigma(t)})`;
}

/**
 * ReLU′ as the notes write it (lines 484, 741): 1 for z ≥ 0, 0 for z < 0.
 *
 * @example
 * ```ts
 * evaluate(RELU_PRIME_NOTES, { z: '0' }).value; // '1.0000…'
 * ```
 */
export const RELU_PRIME_NOTES = piecewise([
  ['1', 'z >= 0'],
  ['0', 'z < 0'],
]);

/**
 * ELU with parameter `alpha` as the notes write it (line 867): z for z ≥ 0, α(eᶻ − 1) for z < 0.
 *
 * @example
 * ```ts
 * evaluate(ELU, { z: '-1', alpha: '1' }, { digits: 10 }).value; // '-0.6321205588'
 * ```
 */
export const ELU = piecewise([
  ['z', 'z >= 0'],
  ['alpha*(e^z - 1)', 'z < 0'],
]);

/**
 * ELU′ as the notes write it (line 877): 1 for z ≥ 0, αeᶻ for z < 0.
 *
 * @example
 * ```ts
 * evaluate(ELU_PRIME, { z: '-1', alpha: '1' }, { digits: 10 }).value; // '0.3678794412'
 * ```
 */
export const ELU_PRIME = piecewise([
  ['1', 'z >= 0'],
  ['alpha*e^z', 'z < 0'],
]);

/**
 * SELU's α as published (Klambauer et al. 2017; the SNNs code), 32 significant digits.
 *
 * @example
 * ```ts
 * evaluate('-sqrt(2/pi)/(sqrt(e)*erfc(1/sqrt(2)) - 1)', {}, { digits: 30 }).value; // SELU_ALPHA to 30 digits
 * ```
 */
export const SELU_ALPHA = '1.6732632423543772848170429916717';

/**
 * SELU's λ as published, 32 significant digits.
 *
 * @example
 * ```ts
 * evaluate(SELU, { z: '1' }, { digits: 20 }).value; // '1.0507009873554804934'
 * ```
 */
export const SELU_LAMBDA = '1.0507009873554804934193349852946';

/**
 * SELU = λ·ELU_α with the published constants.
 *
 * @example
 * ```ts
 * evaluate(SELU, { z: '1' }).value; // λ
 * ```
 */
export const SELU = `${SELU_LAMBDA}*(${piecewise([
  ['z', 'z >= 0'],
  [`${SELU_ALPHA}*(e^z - 1)`, 'z < 0'],
])})`;

/** The (u, v) pairs a quotient rule is tried on; the first is the catalogue's counterexample u = x, v = x². */
const QUOTIENT_PAIRS: readonly (readonly [string, string])[] = [
  ['x', 'x^2'],
  ['x', 'x'],
  ['sin(x)', 'e^x'],
  ['x^3 + 1', 'cos(x) + 2'],
];

/**
 * Checks a quotient rule written with u, v, du, dv (du, dv: the derivatives of u and v)
 * as d/dx (u/v): for each pair (u, v) the rule's right-hand side, with du and dv derived
 * by the library, is compared with finite differences of u/v at x = 1 and seeded points.
 *
 * @example
 * ```ts
 * quotientRule('(du*v - u*dv)/v^2').holds; // true
 * quotientRule('(v - du*v)/v^2').holds;    // false: u = x, v = x² gives 0 at x = 1, the truth is −1
 * ```
 */
export function quotientRule(template: string): Outcome {
  const rule = parse(template);
  return allOf(
    ...QUOTIENT_PAIRS.map(([u, v]) => {
      const claimed = substitute(rule, { u: parse(u), v: parse(v), du: diff(u, 'x'), dv: diff(v, 'x') });
      return derivative(`(${u})/(${v})`, 'x', format(claimed), { at: [{ x: '1' }], points: 6 });
    }),
  );
}

/**
 * ReLU as the pieces the interval proofs read: 0 for z < 0, z for z ≥ 0.
 *
 * @example
 * ```ts
 * range(RELU_FN, 'z', '[0, inf)').status; // 'proved'
 * ```
 */
export const RELU_FN: ScalarFunction = {
  name: 'ReLU',
  pieces: [
    { expr: '0', hi: { value: '0', closed: false } },
    { expr: 'z', lo: { value: '0', closed: true } },
  ],
};

/**
 * The verdict with what another reading of the claim gives appended (never hidden).
 *
 * @example
 * ```ts
 * withOther(range(SIGMA, 'z', '(0, 1)'), range(SIGMA, 'z', '[0, 1]'), 'the closed reading');
 * ```
 */
export function withOther(o: Outcome, other: Outcome, label = 'the other reading'): Outcome {
  return withNote(o, `${label}: ${other.status} — ${other.counterexample?.text ?? other.summary}`);
}

/**
 * A set written in words between two numbers (`0-1`, `0 - \infty`), brackets not written:
 * which of the four sets with these ends is the range of f, proved; the claim holds when one
 * is (the verdict names it), and is refuted when none is.
 *
 * @example
 * ```ts
 * between(SIGMA_FN, '0', '1').summary; // '(0, 1): proved for all z …'
 * ```
 */
export function between(f: Formula | ScalarFunction, lo: string, hi: string, params?: Point): Outcome {
  const inf = hi === 'inf' || hi === '\\infty';
  const sets = inf ? [`[${lo}, inf)`, `(${lo}, inf)`] : [`(${lo}, ${hi})`, `[${lo}, ${hi}]`, `[${lo}, ${hi})`, `(${lo}, ${hi}]`];
  const tried = sets.map((set) => ({ set, v: range(f, 'z', set, params ? { params } : {}) }));
  const hit = tried.find((t) => t.v.holds);
  if (hit) return withNote(hit.v, `the brackets are not written: of ${sets.join(', ')} the range is ${hit.set}`);
  return verdictOf({ holds: false, method: 'interval', digits: 0, counterexample: `no set between ${lo} and ${hi} is the range: ${tried.map((t) => `${t.set}: ${t.v.counterexample?.text ?? t.v.summary}`).join('; ')}` });
}

/**
 * Where f is defined (or differentiable, with `derivative`), against a set the statement
 * writes: ℝ, or ℝ less finitely many points (`(−∞, 0) ∪ (0, ∞)`), see {@link domain}.
 *
 * @example
 * ```ts
 * domainIs(s.setOf(0), sigma('z')).status; // 'proved'
 * ```
 */
export function domainIs(set: RangeSet, f: Formula | ScalarFunction, options: DomainCheckOptions = {}): Outcome {
  const parts = set.parts;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const open = (p: RangeSet['parts'][number] | undefined, side: 'lo' | 'hi', inf: string) => p?.kind === 'interval' && p[side].value === inf;
  if (!open(first, 'lo', '-inf') || !open(last, 'hi', 'inf')) throw new InputError(`a domain must reach from −∞ to ∞, got ${formatRangeSet(set)}`);
  const excluded: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1]!;
    const b = parts[i]!;
    if (a.kind !== 'interval' || b.kind !== 'interval' || a.hi.value !== b.lo.value || a.hi.closed || b.lo.closed) {
      throw new InputError(`a domain may leave out single points only, got ${formatRangeSet(set)}`);
    }
    excluded.push(a.hi.value);
  }
  return domain(f, 'z', { ...options, excluded });
}

/** Where the speed claims of the notes are measured. */
const MEASURED = 'measured, not proved: npx tsx bench/speed-claims.ts (docs/benchmarks.md, "Speed claims of the notes")';

/**
 * The notes' claims about speed: no computation proves a speed, so each is measured by a
 * benchmark (`bench/speed-claims.ts`) and reported as measured, with the figures in
 * docs/benchmarks.md; what computation can settle (which operations each function needs)
 * is said beside it.
 *
 * @example
 * ```ts
 * SPEED.relu; // 'a speed claim, measured, not proved: …'
 * ```
 */
export const SPEED = {
  sigmoid: `a speed claim, ${MEASURED}; σ needs one exponential per unit, ReLU none`,
  tanh: `a speed claim, ${MEASURED}; tanh needs exponentials (or one tanh call), ReLU none`,
  relu: `a speed claim, ${MEASURED}; ReLU and ReLU′ need one comparison, σ, tanh and their derivatives an exponential`,
  elu: `a speed claim, ${MEASURED}; ELU needs one exponential for z < 0 only`,
  softmax: `a speed claim, ${MEASURED}; softmax needs n exponentials and a sum for n classes ("only" overstates it: naive evaluation also overflows unless max(z) is subtracted)`,
} as const;

/**
 * The decimal place "≈ 0" is judged at, for the derivatives and gradients of the notes'
 * worked cases: a written 0 states no precision, so the claims state this one — the
 * precision of the notes' own smallest worked gradient (0.006, p. 10, line 361).
 *
 * @example
 * ```ts
 * value('e^(-10)', '0', { relation: '≈', places: ZERO_PLACES }).holds; // true: 0.0000454 rounds to 0.000
 * ```
 */
export const ZERO_PLACES = 3;

/** The sentence a claim's reading adds when it judges "≈ 0" at {@link ZERO_PLACES}. */
export const ZERO_READING = `"≈ 0" is judged at ${ZERO_PLACES} decimal places, the precision of the notes' smallest worked gradient (0.006, line 361): a written 0 states none`;
