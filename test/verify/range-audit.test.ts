/**
 * An attacker's table of range and bound claims, through the public verifying functions
 * only (proveRange, proveBound, proveDeclaredRange, range). Every FALSE claim must come out
 * refuted or inconclusive, never proved or verified; every TRUE claim proved. Each false
 * claim's falsity is shown in its comment by hand (a value in the set never taken, or a
 * value taken outside the set), not by the code under test.
 *
 * The rows marked "was verified" were called verified before the fallback was fixed: the
 * covering proof did not close on some cells (a jump of sign, a tail without a limit), the
 * 17 points sampled there all fell inside the set, and the "every value is taken" half was
 * never looked at. Against the code before the fix, 6 false rows were verified and 6 other
 * rows failed (true claims with sin's tails not proved, the fallback's wording).
 */
import { describe, expect, it } from 'vitest';
import { getScalarActivation } from '../../src/activations/_internals/catalogue.js';
import { proveBound, proveDefined, proveRange, type RangeVerdict } from '../../src/verify/bound.js';
import { proveDeclaredRange } from '../../src/verify/declared-range.js';
import { domain, range } from '../../src/verify/range.js';
import type { Verdict } from '../../src/verify/verdict.js';
import { activationFunction, type ScalarFunction } from '../../src/verify/scalar.js';

const act = (name: string, order = 0) => activationFunction(getScalarActivation(name), order);

/** sin(z) for z < 0, then 3 + 1/(1 + z): values [−1, 1] ∪ (3, 4]. */
const sinThenDecay: ScalarFunction = {
  pieces: [
    { expr: 'sin(z)', hi: { value: '0', closed: false } },
    { expr: '3 + 1/(1+z)', lo: { value: '0', closed: true } },
  ],
};

type Row = readonly [what: string, verdict: () => RangeVerdict | Verdict];

const FALSE: readonly Row[] = [
  // was verified: 2 is never taken (|sin| ≤ 1); sin's tails have no limit, so the proof did not close there
  ['sin(z) ∈ [−1, 2]', () => proveRange('sin(z)', '[-1, 2]')],
  // was verified: the isolated point 3 is never taken
  ['sin(z) ∈ [−1, 1] ∪ {3}', () => proveRange('sin(z)', '[-1, 1] U {3}')],
  // was verified: z + 0.13·sign(z) takes (−∞, −0.13) ∪ {0} ∪ (0.13, ∞); −0.05 (in the set) is never taken
  ['z + 0.13·sign(z) ∈ (−∞, −0.13) ∪ (−0.12, ∞)', () => proveRange('z + 0.13*sign(z)', '(-inf, -0.13) U (-0.12, inf)')],
  // was verified: the value 1/3 is taken at z = 1/3 (sign(0) = 0) and lies in no part of the set;
  // 1/3 is no decimal, so no sample point can hit it
  ['z + 0.13·sign(z − 1/3) missing the isolated value 1/3', () => proveRange('z + 0.13*sign(z - 1/3)', '(-inf, 1/3 - 0.13) U (1/3 + 0.13, inf)')],
  // the same function claimed onto ℝ: 0.25, in the hole (1/3 − 0.13, 1/3), is never taken
  ['z + 0.13·sign(z − 1/3) ∈ ℝ (the hole around 1/3 is not filled)', () => proveRange('z + 0.13*sign(z - 1/3)', '(-inf, inf)')],
  // tanh fills the gap [−0.3, −0.2]: tanh(−0.25) ≈ −0.2449 (not at a quarter point of the ends)
  ['tanh ∈ (−∞, −0.3) ∪ (−0.2, ∞)', () => proveRange('tanh(z)', '(-inf, -0.3) U (-0.2, inf)')],
  ['tanh ∈ (−1, −0.3) ∪ (−0.2, 1)', () => proveRange('tanh(z)', '(-1, -0.3) U (-0.2, 1)')],
  // a gap of width 0.01 between 0.5 and 0.51, filled: 1/(1 + z²) = 0.505 at z = √(99/101)
  ['1/(1 + z²) ∈ (0, 0.5) ∪ (0.51, 1]', () => proveRange('1/(1+z^2)', '(0, 0.5) U (0.51, 1]')],
  // 2 is never taken (0 < 1/(1 + z²) ≤ 1)
  ['1/(1 + z²) ∈ (0, 1] ∪ {2}', () => proveRange('1/(1+z^2)', '(0, 1] U {2}')],
  // ends declared closed that are only approached
  ['tanh ∈ [−1, 1)', () => proveRange('tanh(z)', '[-1, 1)')],
  ['tanh ∈ [−1 @ −100, 1 @ 100]', () => proveRange('tanh(z)', '[-1 @ -100, 1 @ 100]')],
  ['σ ∈ [0, 1)', () => proveRange('1/(1+e^(-z))', '[0, 1)')],
  // an end declared open that is attained: σ′(0) = 1/4
  ['σ′ ∈ (0, 1/4)', () => proveRange(act('sigmoid', 1), '(0, 1/4)')],
  // sign, abs, max, min forms
  ['sign ∈ [−1, 1] (nothing strictly between −1 and 0 is taken)', () => proveRange('sign(z)', '[-1, 1]')],
  ['0.7·sign ∈ [−0.7, 0.7]', () => proveRange('sign(z)*0.7', '[-0.7, 0.7]')],
  ['sign ∈ {−1, 1} (sign(0) = 0)', () => proveRange('sign(z)', '{-1, 1}')],
  ['|z| ∈ (0, ∞) (|0| = 0)', () => proveRange('abs(z)', '(0, inf)')],
  ['max(z, 0) ∈ (0, ∞)', () => proveRange('max(z, 0)', '(0, inf)')],
  ['min(z, 1) ∈ (−∞, 1) (min(2, 1) = 1)', () => proveRange('min(z, 1)', '(-inf, 1)')],
  ['sign(z)·(1 − 1/(1 + z²)) ∈ (−1, 0) ∪ (0, 1) (0 is taken at z = 0)', () => proveRange('sign(z)*(1-1/(1+z^2))', '(-1, 0) U (0, 1)')],
  // (e^(−z²) + 0.3)·sign(z) takes (−1.3, −0.3) ∪ {0} ∪ (0.3, 1.3); the set claims the hole (−0.3, 0) ∪ (0, 0.3) too
  ['(e^(−z²) + 0.3)·sign(z) ∈ (−1.3, 1.3)', () => proveRange('e^(-z^2)*sign(z)+0.3*sign(z)', '(-1.3, 1.3)')],
  // was verified: pieces, sin then a decay, with a value (2) in the gap between [−1, 1] and (3, 4] claimed
  ['sin then 3 + 1/(1 + z): [−1, 1] ∪ (3, 4] ∪ {2}', () => proveRange(sinThenDecay, '[-1 @ -pi/2, 1 @ -3*pi/2] U (3, 4 @ 0] U {2}')],
  // parameterised activations at non-default parameters
  // ELU at α = 2: values (−2, ∞); −1.5 = elu(−log 4) lies outside (−1, ∞)
  ['elu(α = 2) ∈ (−1, ∞)', () => proveRange(act('elu'), '(-1, inf)', { params: { alpha: '2' } })],
  // ELU′ at α = 2: 1 for z > 0 and 2eᶻ for z ≤ 0, so (0, 2]; 1.5 is taken, the claimed (0, 1] is too small
  ['elu′(α = 2) ∈ (0, 1]', () => proveRange(act('elu', 1), '(0, 1 @ 1]', { params: { alpha: '2' } })],
  // ELU′ at α = 0.5: (0, 0.5] ∪ {1}; 0.75 lies in (0, 1] and is never taken
  ['elu′(α = 0.5) ∈ (0, 1]', () => proveRange(act('elu', 1), '(0, 1 @ 1]', { params: { alpha: '0.5' } })],
  // hardshrink at λ = 0.3: 0.2 is never taken (|z| ≤ 0.3 gives 0)
  ['hardshrink(λ = 0.3) ∈ (−∞, ∞)', () => proveRange(act('hardshrink'), '(-inf, inf)', { params: { lambda: '0.3' } })],
  // threshold at threshold 0.25, value −1: −1 and (0.25, ∞); 0 is never taken
  ['threshold(0.25, −1) ∈ [−1, ∞)', () => proveRange(act('threshold'), '[-1, inf)', { params: { threshold: '0.25', value: '-1' } })],
  // bounds
  ['σ′ ≤ 0.24 (σ′(0) = 1/4)', () => proveBound(act('sigmoid', 1), { side: 'upper', value: '0.24' })],
  ['tanh′ < 1 (tanh′(0) = 1)', () => proveBound(act('tanh', 1), { side: 'upper', value: '1', strict: true })],
  ['sin ≤ 2 attained at 0', () => proveBound('sin(z)', { side: 'upper', value: '2', at: '0' })],
  ['z + 0.13·sign(z − 1/3) ≤ 0', () => proveBound('z + 0.13*sign(z - 1/3)', { side: 'upper', value: '0' })],
  // the claims' range checker
  ['range: e^(−z)/(1 + e^(−z))² ∈ (0, 0.25)', () => range('e^(-z)/(1+e^(-z))^2', 'z', '(0, 0.25)')],
  // was verified (the claims' checker is proveRange)
  ['range: x + 0.13·sign(x) ∈ (−∞, −0.13) ∪ (−0.12, ∞)', () => range('x + 0.13*sign(x)', 'x', '(-inf, -0.13) U (-0.12, inf)')],
  // domains: a pole at an irrational point (√2) or at 1/3 falls between every pair of sample points (was verified)
  ['1/(z² − 2) is defined for every z', () => proveDefined('1/(z^2 - 2)')],
  ['log|z − 1/3| is defined for every z', () => proveDefined('log(abs(z - 1/3))')],
  ['domain of 1/(x² − 2) is ℝ', () => domain('1/(x^2-2)', 'x')],
];

const TRUE: readonly Row[] = [
  ['sin(z) ∈ [−1, 1] (tails enclosed whole)', () => proveRange('sin(z)', '[-1 @ -pi/2, 1 @ pi/2]')],
  ['sin then 3 + 1/(1 + z): [−1, 1] ∪ (3, 4]', () => proveRange(sinThenDecay, '[-1 @ -pi/2, 1 @ -3*pi/2] U (3, 4 @ 0]')],
  ['1/(1 + z²) ∈ (0, 1]', () => proveRange('1/(1+z^2)', '(0, 1]')],
  ['|z| ∈ [0, ∞)', () => proveRange('abs(z)', '[0, inf)')],
  ['tanh ∈ (−1, 1)', () => proveRange('tanh(z)', '(-1, 1)')],
  ['σ′ ∈ (0, 1/4]', () => proveRange(act('sigmoid', 1), '(0, 1/4 @ 0]')],
  ['elu(α = 2) ∈ (−2, ∞)', () => proveRange(act('elu'), '(-alpha, inf)', { params: { alpha: '2' } })],
  ['hardshrink(λ = 0.3) as declared', () => proveDeclaredRange(getScalarActivation('hardshrink'), 0, { lambda: '0.3' })],
  ['threshold(0.25, −1) as declared', () => proveDeclaredRange(getScalarActivation('threshold'), 0, { threshold: '0.25', value: '-1' })],
  ['σ′ ≤ 1/4 attained at 0', () => proveBound(act('sigmoid', 1), { side: 'upper', value: '1/4', at: '0' })],
  ['sin ≤ 1', () => proveBound('sin(z)', { side: 'upper', value: '1' })],
  ['1/(1 + z²) is defined for every z', () => proveDefined('1/(1+z^2)')],
  // ∞ reached by max, min and abs forms, from their arguments' limits (the tail analysis takes none of them)
  ['max(z, 0) ∈ [0, ∞)', () => proveRange('max(z, 0)', '[0, inf)')],
  ['max(z, 0.01z) ∈ (−∞, ∞)', () => proveRange('max(z, 0.01*z)', '(-inf, inf)')],
  ['min(z, 1) ∈ (−∞, 1]', () => proveRange('min(z, 1)', '(-inf, 1]')],
];

describe('false range and bound claims: refuted or inconclusive, never proved or verified', () => {
  it.each(FALSE)('%s', (_what, verdict) => {
    const v = verdict();
    expect(['refuted', 'inconclusive'], `${v.status}: ${v.summary}`).toContain(v.status);
    expect(v.holds).toBe(false);
  });
});

describe('true range and bound claims: proved', () => {
  it.each(TRUE)('%s', (_what, verdict) => {
    const v = verdict();
    expect(v.status, v.summary).toBe('proved');
    expect(v.region).toBe('all real z');
  });
});

describe('what the fallback says where the proof does not close', () => {
  it('a set not shown all taken is inconclusive, with the cells and the points checked named', () => {
    const v = proveRange('z + 0.13*sign(z)', '(-inf, -0.13) U (-0.12, inf)');
    expect(v.status).toBe('inconclusive');
    expect(v.summary).toMatch(/^not shown that the set is all taken \(.+\); checked at \d+ points of \[.+\], where the proof did not close, none outside the set/);
  });

  it('a set with a gap, a cell left unclosed (a small budget) whose enclosure meets the gap: inconclusive, the cell and the gap named', () => {
    // z·eᶻ for z < 0 takes [−1/e, 0), −1 − z for z ≥ 0 takes (−∞, −1]: the gap (−1, −1/e) is never entered,
    // but a point sample between which f could dip into it settles nothing
    const f: ScalarFunction = { pieces: [{ expr: 'z*e^z', hi: { value: '0', closed: false } }, { expr: '-1 - z', lo: { value: '0', closed: true } }] };
    const set = '(-inf, -1 @ 0] U [-1/e @ -1, 0)';
    expect(proveRange(f, set).status).toBe('proved');
    const v = proveRange(f, set, { budget: 40 });
    expect(v.status).toBe('inconclusive');
    expect(v.summary).toMatch(/^not proved where f may cross a gap of the set: \[-0\.875, 0\] \(f there ⊂ \[.+\], which meets the gap \(-1, -0\.3678794/);
    expect(v.summary).toMatch(/checked at \d+ points of \[-0\.875, 0\], where the proof did not close, none outside the set$/);
  });

  it('a one-interval set whose proof does not close is verified with the region and the points stated', () => {
    const v = proveRange(act('sigmoid', 1), '(0, 1/4 @ 0]', { budget: 3 });
    expect(v.status).toBe('verified');
    expect(v.region).toMatch(/^all real z by interval arithmetic, except \[.+\]: there at \d+ points$/);
    expect(v.points).toBeGreaterThan(0);
  });
});
