import { describe, expect, it } from 'vitest';
import { ALL_CLAIMS } from '../../proofs/index.js';
import { informationFlow } from '../../proofs/initialization.js';
import type { Claim } from '../../src/proofs/claim.js';
import { runClaims } from '../../src/proofs/runner.js';

/** The catalogue's claim `id`, with its statement edited by `edit` (which must change it). */
function edited(id: string, edit: (statement: string) => string): Claim {
  const c = ALL_CLAIMS.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  const statement = edit(c.statement);
  expect(statement, `${id}: the edit changes nothing`).not.toBe(c.statement);
  return { ...c, statement };
}

function run(c: Claim) {
  return runClaims([c])[0]!;
}

function original(id: string) {
  return run(ALL_CLAIMS.find((x) => x.id === id)!);
}

// Claims once listed as not checkable, now settled by a computation built from what they
// say: each holds as written, and a wrong version of it is refuted.
describe('claims settled by a computation', () => {
  it('vg-lower-layers-slow: measured, the lower layers get the smaller updates; "upper layers" is refuted', () => {
    const r = original('vg-lower-layers-slow');
    expect(r.status).toBe('verified');
    expect(r.details).toMatch(/from the lowest layer up = /);
    const wrong = run(edited('vg-lower-layers-slow', (s) => s.replace('lower layers', 'upper layers')));
    expect(wrong.status).toBe('refuted');
    expect(wrong.counterexample).toMatch(/the upper layers do not get the smaller updates/);
  });

  it('vg-causes-activation: the factor named depends on the activation; ∂z₂/∂b₂ in its place is refuted', () => {
    expect(original('vg-causes-activation').status).toBe('verified');
    const wrong = run(edited('vg-causes-activation', (s) => s.replace('\\frac{\\partial a_2}{\\partial z_2}', '\\frac{\\partial z_2}{\\partial b_2}')));
    expect(wrong.status).toBe('refuted');
  });

  it('vg-causes-init-factor: the factor named depends on a weight; ∂z₂/∂b₂ (= 1) in its place is refuted', () => {
    const r = original('vg-causes-init-factor');
    expect(r.status).toBe('verified');
    expect(r.details).toMatch(/depends on w_1/);
    const wrong = run(edited('vg-causes-init-factor', (s) => s.replace('\\partial w_2', '\\partial b_2')));
    expect(wrong.status).toBe('refuted');
    expect(wrong.counterexample).toMatch(/depends on no weight/);
  });

  it('vg-bigger-nets-slow: more hidden layers, more parameters (counted); "decreases the size" is refuted', () => {
    const r = original('vg-bigger-nets-slow');
    expect(r.status).toBe('verified');
    // 4·16 + 16 + 16 + 1 = 97 for one hidden layer, then 16² + 16 = 272 more per layer
    expect(r.details).toMatch(/97, 369, 641, 913/);
    const wrong = run(edited('vg-bigger-nets-slow', (s) => s.replace('Increases the size', 'Decreases the size')));
    expect(wrong.status).toBe('refuted');
  });

  it('softplus-like-leaky: no dead zone, like leaky ReLU; "just like relu" is refuted (ReLU′ = 0 for z < 0)', () => {
    expect(original('softplus-like-leaky').status).toBe('verified');
    const wrong = run(edited('softplus-like-leaky', (s) => s.replace('leaky relu', 'relu')));
    expect(wrong.status).toBe('refuted');
    expect(wrong.counterexample).toMatch(/relu has a dead zone/);
  });

  it('init-variance-condition: Glorot’s variance keeps the flow; the literal reading (N(0, 1) weights, equal in and out) loses it', () => {
    expect(original('init-variance-condition').status).toBe('verified');
    expect(informationFlow('glorot').holds).toBe(true);
    const literal = informationFlow('random_normal');
    expect(literal.status).toBe('refuted');
    expect(literal.counterexample?.text).toMatch(/the flow is not kept/);
    expect(informationFlow('random').status).toBe('refuted');
  });
});
