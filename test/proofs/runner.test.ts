import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  type Claim,
  claim,
  derivativeClaim,
  identityClaim,
  inequalityClaim,
  limitClaim,
  notCheckable,
  rangeClaim,
  topic,
  valueClaim,
} from '../../src/proofs/claim.js';
import { runClaims, summarize, summaryLine, topicsOf } from '../../src/proofs/runner.js';

const META = { source: 'test', statement: 'a statement' };

const CLAIMS: Claim[] = [
  ...topic('alpha', [
    identityClaim({ ...META, id: 'alpha-pythagoras', left: 'sin(x)^2 + cos(x)^2', right: '1' }),
    claim({
      ...META,
      id: 'alpha-throws',
      kind: 'identity',
      check: () => {
        throw new Error('boom');
      },
    }),
    // sin² + cos² = 1, so "= 2" is wrong everywhere
    identityClaim({ ...META, id: 'alpha-wrong', left: 'sin(x)^2 + cos(x)^2', right: '2', correction: 'sin²x + cos²x = 1' }),
  ]),
  ...topic('beta', [
    notCheckable({ ...META, id: 'beta-history', reason: 'history' }),
    // d/dx sin x = cos x, not sin x; at x = 0 the truth is cos 0 = 1
    derivativeClaim({ ...META, id: 'beta-wrong-derivative', f: 'sin(x)', wrt: 'x', claimed: 'sin(x)', at: [{ x: '0' }], correction: 'cos x' }),
    // a right claim expected to be refuted: not as expected
    valueClaim({ ...META, id: 'beta-mislabelled', expr: '2 + 2', claimed: '4', expect: 'refuted' }),
  ]),
];

describe('runClaims', () => {
  const results = runClaims(CLAIMS);
  const byId = Object.fromEntries(results.map((r) => [r.id, r]));

  it('runs every claim in order, even after one throws', () => {
    expect(results.map((r) => r.id)).toEqual(CLAIMS.map((c) => c.id));
    expect(byId['alpha-pythagoras']).toMatchObject({ status: 'proved', ok: true, topic: 'alpha' });
    expect(byId['alpha-wrong']?.status).toBe('refuted');
  });

  it('reports a check that throws as an error of that claim only', () => {
    expect(byId['alpha-throws']).toMatchObject({ status: 'error', error: 'boom', ok: false, expected: 'proved' });
    expect(byId['alpha-throws']?.method).toBeUndefined();
  });

  it('refutes a wrong claim with a counterexample made of the computed numbers', () => {
    const r = byId['alpha-wrong']!;
    expect(r).toMatchObject({ status: 'refuted', expected: 'refuted', ok: true, correction: 'sin²x + cos²x = 1', method: 'numeric' });
    expect(r.counterexample).toMatch(/= 1, 2 \(0 digits agree\)/);
    const d = byId['beta-wrong-derivative']!;
    expect(d.status).toBe('refuted');
    expect(d.counterexample).toMatch(/^at x=0: claimed sin\(x\) = 0, finite difference = 1 /);
  });

  it('matches each status against the expectation', () => {
    expect(byId['beta-history']).toMatchObject({ status: 'not-checkable', expected: 'not-checkable', ok: true, reason: 'history' });
    expect(byId['beta-mislabelled']).toMatchObject({ status: 'proved', expected: 'refuted', ok: false });
  });

  it('summarises by status and lists what was not as expected', () => {
    const s = summarize(results);
    expect(s).toEqual({ total: 6, proved: 2, verified: 0, refuted: 2, notCheckable: 1, errors: 1, unexpected: ['alpha-throws', 'beta-mislabelled'] });
    expect(summaryLine(s)).toBe('6 claims: 2 proved, 0 verified, 2 refuted, 1 not checkable, 1 error; 2 not as expected: alpha-throws, beta-mislabelled');
  });

  it('runs one topic, and names the topics when asked for an unknown one', () => {
    expect(runClaims(CLAIMS, { topic: 'beta' }).map((r) => r.id)).toEqual(['beta-history', 'beta-wrong-derivative', 'beta-mislabelled']);
    expect(topicsOf(CLAIMS)).toEqual(['alpha', 'beta']);
    expect(() => runClaims(CLAIMS, { topic: 'gamma' })).toThrow(new InputError('unknown topic "gamma" (topics: alpha, beta)'));
  });

  it('rejects two claims with the same id', () => {
    expect(() => runClaims([...CLAIMS, CLAIMS[0]!])).toThrow(/two claims have the id "alpha-pythagoras"/);
  });
});

describe('the claim constructors', () => {
  it('build a claim of each kind, expected refuted when a correction is given', () => {
    const claims = topic('delta', [
      // e^(−z) → 0 as z → ∞
      limitClaim({ ...META, id: 'delta-limit', expr: 'e^(-z)', variable: 'z', toward: 'inf', limit: '0' }),
      // e^π = 23.14… > π^e = 22.46…
      inequalityClaim({ ...META, id: 'delta-inequality', left: 'e^pi', op: '>', right: 'pi^e' }),
      // e^(−z²) is 1 at z = 0, so its range is (0, 1], not (0, 1)
      rangeClaim({ ...META, id: 'delta-range', statement: '$e^{-z^2} \\in (0, 1)$', correction: '(0, 1]' }),
    ]);
    expect(claims.map((c) => [c.kind, c.expect])).toEqual([
      ['limit', 'proved'],
      ['inequality', 'proved'],
      ['range', 'refuted'],
    ]);
    const [l, i, r] = runClaims(claims);
    // a limit is checked at points approaching it: verified, not proved
    expect(l?.status).toBe('verified');
    // an inequality compared at points: verified
    expect(i?.status).toBe('verified');
    expect(r).toMatchObject({ status: 'refuted', ok: true, counterexample: 'at z = 0, e^(-z^2) = 1 (exactly), which is not in (0, 1)' });
  });
});
