import { expect, it } from 'vitest';
import type { Activation } from '../../src/activations/_internals/activation.js';
import { type VerifyActivationOptions, verifyActivation } from '../../src/verify/activation.js';

/**
 * The shared test of a catalogue entry: the one verifier proves everything the entry
 * declares; a failing check is printed with its counterexample.
 */
export function expectVerified(a: Activation, options: VerifyActivationOptions = {}): void {
  it(`${a.name}: derived, verified and as declared`, () => {
    const v = verifyActivation(a, options);
    const failed = v.checks.filter((c) => !c.holds).map((c) => `${c.name}: ${c.counterexample?.text ?? c.reason ?? c.summary}`);
    expect(failed, failed.join('\n')).toEqual([]);
    expect(v.holds).toBe(true);
    // ranges proved for every z (interval arithmetic), never merely sampled
    const ranges = v.checks.filter((c) => c.kind === 'range');
    expect(ranges.filter((c) => c.status !== 'proved').map((c) => `${c.name}: ${c.status} (${c.reason ?? c.summary})`)).toEqual([]);
    expect(v.digitsAgreed).toBeGreaterThanOrEqual((options.digits ?? 50) - 5);
  });
}
