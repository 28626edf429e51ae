import { describe, expect, it } from 'vitest';
import { ALL_CLAIMS } from '../../proofs/index.js';
import { type Claim, claim, identityClaim, statementClaim, topic } from '../../src/proofs/claim.js';
import { runClaims } from '../../src/proofs/runner.js';
import { StatementReader } from '../../src/proofs/statement.js';
import { value } from '../../src/verify/checks.js';

/** The catalogue's claim `id`, with its statement edited by `edit` (which must change it). */
function edited(id: string, edit: (statement: string) => string): Claim {
  const c = ALL_CLAIMS.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  const statement = edit(c.statement);
  expect(statement, `${id}: the edit changes nothing`).not.toBe(c.statement);
  return { ...c, statement };
}

/** The catalogue's claim `id` as it stands. */
function original(id: string): Claim {
  const c = ALL_CLAIMS.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
}

function statusOf(c: Claim): string {
  const [r] = runClaims([c]);
  return r!.status;
}

const META = { source: 'test' };

describe('a claim is checked from its statement', () => {
  it('refutes a statement whose number is edited (gd-step-w3: 3 − 0.1 × 4 = 2.6, not 2.7)', () => {
    expect(statusOf(original('gd-step-w3'))).toBe('proved');
    const r = runClaims([edited('gd-step-w3', (s) => s.replace('2.6', '2.7'))])[0]!;
    expect(r.status).toBe('refuted');
    expect(r.counterexample).toMatch(/2\.6/);
  });

  it('refutes a statement whose sign is edited (tanh′ = 1 − tanh², not 1 + tanh²)', () => {
    expect(statusOf(original('tanh-deriv-p19'))).toMatch(/^(proved|verified)$/);
    expect(statusOf(edited('tanh-deriv-p19', (s) => s.replace('1 - ', '1 + ')))).toBe('refuted');
  });

  it('refutes a statement whose derivative is edited (tanh″ is not 1 − tanh²)', () => {
    expect(statusOf(edited('tanh-deriv-p19', (s) => s.replace("\\tanh'(z)", "\\tanh''(z)")))).toBe('refuted');
  });

  it('refutes an edited definition through the properties checked of it (softplus with e^{−z} has derivative σ(−z), not σ(z))', () => {
    expect(statusOf(original('softplus-def'))).toMatch(/^(proved|verified)$/);
    expect(statusOf(edited('softplus-def', (s) => s.replace('e^z', 'e^{-z}')))).toBe('refuted');
  });

  it('refutes an edited set (ELU’s range (−α, ∞), not (−2α, ∞)) and an edited product (0.1·0.2·0.8 ≈ 0.016)', () => {
    expect(statusOf(edited('elu-range', (s) => s.replace('-\\alpha', '-2\\alpha')))).toBe('refuted');
    // the notes' wrong product, corrected in the statement, is no longer refuted
    expect(statusOf(edited('vg-product-small-ratios', (s) => s.replace('0.006', '0.016')))).toMatch(/^(proved|verified)$/);
  });
});

describe('checks that check nothing are rejected', () => {
  it('rejects a link whose two sides are one expression after substitution (the cost with z = wx + b written out)', () => {
    const c = topic('t', [
      statementClaim({
        ...META,
        id: 't-cost',
        statement: '$$c = (y - \\phi(z))^2$$ $$= (y - \\phi(wx+b))^2$$',
        kind: 'identity',
        context: { define: { z: 'w*x + b' }, functions: { phi: { args: ['t'], body: 'tanh(t)' } } },
        links: [1],
      }),
    ]);
    const [r] = runClaims(c);
    expect(r).toMatchObject({ status: 'error', ok: false });
    expect(r!.error).toMatch(/with itself: it checks nothing/);
  });

  it('rejects an identity claim whose sides are the same expression when the claims load', () => {
    expect(() => identityClaim({ ...META, id: 't-same', statement: 's', left: 'w1*x1 + w2*x2', right: 'w1*x1 + w2*x2' })).toThrow(
      /the same expression after substitution .* it checks nothing/,
    );
    // … also when a parameter makes them one (θᵢ = wᵢ)
    expect(() => identityClaim({ ...META, id: 't-param', statement: 's', left: 'w1*x1', right: 't1*x1', params: { t1: 'w1' } })).toThrow(/checks nothing/);
  });

  it('rejects a check that never reads the formulas of its statement', () => {
    const c = topic('t', [claim({ ...META, id: 't-unread', statement: '$$2 + 2 = 5$$', kind: 'value', check: () => value('2 + 2', '4') })]);
    const [r] = runClaims(c);
    expect(r).toMatchObject({ status: 'error', ok: false });
    expect(r!.error).toMatch(/does not read the formulas of its statement/);
  });

  it('rejects a rewrite that matches nothing (the statement changed under it)', () => {
    const s = new StatementReader('$$p = 1$$', { rewrite: { '\\theta^T x': 't' } });
    expect(() => s.links()).toThrow(/the rewrite of "\\theta\^T x" matches nothing/);
  });

  it('no longer checks the five claims that compared a text with itself: each is a definition, not checked', () => {
    const ids = ['gd-cost-def', 'gd-toy-cost', 'chain-substitution', 'softmax-linear-score', 'softmax-case1-p1'];
    const found = ALL_CLAIMS.filter((c) => ids.includes(c.id));
    expect(found.map((c) => c.id).sort()).toEqual([...ids].sort());
    for (const c of found) {
      expect(c.kind, c.id).toBe('not-checkable');
      expect(c.reason, c.id).toMatch(/one expression/);
    }
  });
});

describe('the statement reader', () => {
  it('reads a chain of relations into links, and numbers as written', () => {
    const s = new StatementReader('$$w = w - \\eta \\nabla c = 3 - 0.1 \\times 4 = 2.6$$');
    expect(s.links().map((l) => l.rel)).toEqual(['=', '=', '=']);
    expect(s.text(s.link(2).left)).toBe('3 - 0.1*4');
    expect(s.number(s.link(2).right)).toBe('2.6');
    expect(s.check(2).status).toBe('proved');
  });

  it('reads a set written after ∈ and checks it by the interval proof', () => {
    const s = new StatementReader('$\\tanh(z) \\in (-1, 1)$');
    expect(s.check(0).status).toBe('proved');
    expect(new StatementReader('$\\tanh(z) \\in (-1, 1]$').check(0).status).toBe('refuted');
  });

  it('does not split a cases environment at its &', () => {
    const s = new StatementReader('$$f(z) = \\begin{cases} 0 & z < 0 \\\\ z & z \\geq 0 \\end{cases}$$');
    expect(s.links()).toHaveLength(1);
    expect(s.cases(s.link(0).right).pieces.map((p) => [p.lo?.value, p.hi?.value])).toEqual([
      [undefined, '0'],
      ['0', undefined],
    ]);
  });
});
