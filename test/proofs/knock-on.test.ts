import { describe, expect, it } from 'vitest';
import { ALL_CLAIMS } from '../../proofs/index.js';
import { runClaims } from '../../src/proofs/runner.js';
import { errataOf } from '../../src/sheet/errata.js';

/**
 * The errata that follow from an earlier one (right reasoning on an earlier wrong
 * statement), with their cause. Reviewed one by one against the notes:
 * - 0.1 × 0.006 = 0.0006 (line 367) is right arithmetic on the wrong product 0.006 (line 361);
 * - σ′ ∈ (0, 0.25) among the disadvantages (line 688) repeats the range of line 675;
 * - ∂z_L/∂w_L = a_L (line 307) is the right derivative of the wrong z_L = w_L a_L + b_L (line 305);
 * - elu′'s domain ℝ (line 879) and "derivable at zero" (line 885) read off the derivative of
 *   line 877, which writes 1 at z = 0 for every α.
 * Not knock-on, though they look alike: the two quotient rules (lines 100, 473) are different
 * mistakes; elu′'s range (0, 1] (line 881) is wrong for α ≠ 1 even on the cases of line 877;
 * selu's range (line 899) is wrong with or without the scale of line 889.
 */
const KNOCK_ON: Readonly<Record<string, string>> = {
  'bp-dzl-dwl': 'bp-zl-def',
  'vg-update-negligible': 'vg-product-small-ratios',
  'sigmoid-disadv-range': 'sigmoid-deriv-range',
  'elu-deriv-domain': 'elu-deriv',
  'elu-differentiable-at-0': 'elu-deriv',
};

describe('knock-on errata', () => {
  const results = runClaims(ALL_CLAIMS);
  const order = new Map(results.map((r, i) => [r.id, i]));

  it('are exactly the ones listed, each pointing to its cause', () => {
    const marked = Object.fromEntries(results.filter((r) => r.followsFrom).map((r) => [r.id, r.followsFrom]));
    expect(marked).toEqual(KNOCK_ON);
  });

  it('follow a refuted claim that comes earlier in the notes, and are refuted themselves', () => {
    for (const [id, cause] of Object.entries(KNOCK_ON)) {
      const r = results[order.get(id)!]!;
      const c = results[order.get(cause)!]!;
      expect(r.status, id).toBe('refuted');
      expect(c.status, cause).toBe('refuted');
      expect(c.followsFrom, `${cause} is a root cause`).toBeUndefined();
      expect(order.get(cause)!, `${cause} before ${id}`).toBeLessThan(order.get(id)!);
    }
  });

  it('reach the errata of the sheet', () => {
    const errata = errataOf(results);
    const marked = Object.fromEntries(errata.filter((e) => e.followsFrom).map((e) => [e.id, e.followsFrom]));
    expect(marked).toEqual(KNOCK_ON);
  });
});
