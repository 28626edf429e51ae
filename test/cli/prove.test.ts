import { describe, expect, it } from 'vitest';
import { runCli } from './capture.js';

// The errata found by a line-by-line review of the notes, made independently of this code
// (checked there with sympy and mpmath): 28 wrong statements, of which four are facts of
// history, names or APIs that no computation can settle.
const WRONG_FACTS = ['vg-first-observed-2010', 'init-lecun-name', 'init-keras-he-normal-string', 'selu-learnable'];
const WRONG_MATH = [
  'deriv-quotient-rule',
  'gd-phi-approx-1-over-w',
  'chain-dpdx-factor',
  'chain-dqdp-factor',
  'bp-dedw2-sigma-prime',
  'bp-zl-def',
  'bp-dzl-dwl',
  'bp-eq2-sum',
  'vg-product-small-ratios',
  'vg-update-negligible',
  'vg-eq2-label',
  'vg-euler-e',
  'init-glorot-normal-sigma',
  'sigmoid-deriv-range',
  'sigmoid-disadv-range',
  'tanh-quotient-rule',
  'tanh-case2-deriv',
  'tanh-def-p19',
  'tanh-deriv-range',
  'relu-not-continuous',
  'relu-deriv-range',
  'elu-alpha-slope',
  'selu-def-no-scale',
  'selu-range',
];
// Refuted since claims are checked as stated (issue 10): a statement with a parameter holds for
// the parameter's whole range, and ELU's derivability at 0, its derivative at 0, and the domain
// and range of ELU′ fail for α ≠ 1 (one-sided derivatives α and 1 at 0); "reducing the loss
// reaches the global minimum" fails on a two-well loss, where descent stops in the upper well.
const WRONG_AS_STATED = ['elu-deriv', 'elu-deriv-domain', 'elu-deriv-range', 'elu-differentiable-at-0', 'crit-dl-global-min'];

describe('gradproof prove', () => {
  it('--json: every claim of the notes, the catalogue’s errata refuted, exit code 0', async () => {
    const r = await runCli('prove', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(250);
    for (const c of out) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'source', 'statement', 'kind', 'status', 'method', 'digits', 'expected', 'ok']));
      expect(c.ok).toBe(true);
      expect(c.source).toMatch(/^notes p\. /);
    }
    const refuted = out.filter((c) => c.status === 'refuted').map((c) => c.id);
    expect([...refuted].sort()).toEqual([...WRONG_MATH, ...WRONG_AS_STATED].sort());
    for (const id of WRONG_FACTS) expect(out.find((c) => c.id === id)).toMatchObject({ status: 'not-checkable', correction: expect.any(String) });
    // d/dx (x/x²) = −1/x², which is −1 at x = 1; the notes' rule gives (x² − 1·x²)/x⁴ = 0
    expect(out.find((c) => c.id === 'deriv-quotient-rule')?.counterexample).toMatch(/^at x=1: claimed .* = 0, finite difference = -1 /);
    // 0.1 · 0.2 · 0.8 = 0.016 exactly
    expect(out.find((c) => c.id === 'vg-product-small-ratios')?.counterexample).toMatch(/= 0\.016, /);
  });

  it('prints one line per claim, the errata and a summary', async () => {
    const r = await runCli('prove', '--topic', 'tanh');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^ {2}proved {8}tanh-def +p\. 13 +\$\$\\tanh\(z\) = /);
    expect(r.stdout).toContain('REFUTED       tanh-case2-deriv');
    expect(r.stdout).toMatch(/Errata \(4 refuted claims\):\n {2}tanh-quotient-rule \(notes p\. 13, line 473\)/);
    expect(r.stdout).toMatch(/\n25 claims: 9 proved, 8 verified, 4 refuted, 4 not checkable, 0 errors; all as expected\n$/);
  });

  it('rejects an unknown topic with one line naming the topics, exit code 2', async () => {
    const r = await runCli('prove', '--topic', 'nonsense');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^gradproof: unknown topic "nonsense" \(topics: vectors, derivatives, .*choosing-activation\)\n$/);
  });

  it('rejects arguments it does not take', async () => {
    expect((await runCli('prove', 'extra')).code).toBe(2);
    expect((await runCli('prove', '--digits', '50')).code).toBe(2);
  });
});
