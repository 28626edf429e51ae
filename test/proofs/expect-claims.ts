import { expect } from 'vitest';
import type { Claim } from '../../src/proofs/claim.js';
import { runClaims } from '../../src/proofs/runner.js';

/**
 * The one shared assertion of the topic tests: every claim of a topic file comes out
 * with the status it expects (a wrong claim refuted, with a counterexample and a
 * correction; a not-checkable one with its reason; nothing throws).
 */
export function expectAsExpected(claims: readonly Claim[]): void {
  expect(claims.length).toBeGreaterThan(0);
  const results = runClaims(claims);
  const wrong = results
    .filter((r) => !r.ok)
    .map((r) => `${r.id}: expected ${r.expected}, got ${r.status}${r.error ? ` (${r.error})` : ''}${r.counterexample ? ` (${r.counterexample})` : ''}`);
  expect(wrong).toEqual([]);
  for (const r of results) {
    if (r.status === 'refuted') {
      expect(r.counterexample, r.id).toBeTruthy();
      expect(r.correction, r.id).toBeTruthy();
    }
    if (r.status === 'not-checkable') expect(r.reason, r.id).toBeTruthy();
    // digits mean something only where numbers were compared (an interval proof has none)
    if (r.status === 'proved' && r.verdict?.method !== 'interval') expect(r.digits, r.id).toBeGreaterThanOrEqual(20);
  }
}
