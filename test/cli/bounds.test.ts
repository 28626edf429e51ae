/**
 * Bounded work on hostile expressions: every stage has a limit checked before the work
 * (parse: tokens and characters; own rules: nodes of the derivative; the CAS: a budget of
 * steps; readable forms: a size), and past it the user gets one line and exit code 2, or
 * the result with a note of which stage gave up. No timing is asserted: the limits are
 * counts, so the outcome is the same on any machine and load.
 */
import { describe, expect, it } from 'vitest';
import { verifiedReadable } from '../../src/derivation/readable.js';
import { parse } from '../../src/symbolic/parse.js';
import { call, type Expr, mul, v } from '../../src/symbolic/tree.js';
import { runCli } from './capture.js';

const nested = (fn: string, n: number) => `${`${fn}(`.repeat(n)}x${')'.repeat(n)}`;

describe('bounded work on hostile expressions', () => {
  it('refuses a 5,000-term sum at parse time, naming the limit and the position', async () => {
    const sum = Array.from({ length: 5000 }, (_, i) => `${i + 1}*x^${i % 7}`).join(' + ');
    const r = await runCli('diff', sum);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gradproof: expression (of \d+ tokens, more than the limit of 2000|longer than 10000 characters) at position \d+ in "1\*x\^0 \+ 2\*x\^1/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses 199 nested sin( when its derivative passes the node limit, with one line', async () => {
    const r = await runCli('diff', nested('sin', 199), '--points', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gradproof: the derivative has \d+ nodes, more than the limit of 20000/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('differentiates 150 nested sin( by its own rules when the CAS runs out of steps, and tries no readable form', async () => {
    const r = await runCli('diff', nested('sin', 150), '--at', 'x=0.5', '--points', '0', '--digits', '20', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { source: string; casIssue: string; readable: { text: string; check: { summary: string } }; derivative: string; status: string };
    expect(out.status).toBe('verified');
    expect(out.source).toBe('rules');
    expect(out.casIssue).toMatch(/^the CAS did not finish diff\(x\) within its budget of \d+ steps$/);
    expect(out.readable.text).toBe(out.derivative);
    expect(out.readable.check.summary).toMatch(/no readable form is tried for a derivative of \d+ nodes, more than 600/);
  }, 120_000);

  it('tries readable forms up to the size bound and not beyond', () => {
    let inner: Expr = v('x');
    let product: Expr | undefined;
    for (let i = 0; i < 40; i++) {
      product = product ? mul(product, call('cos', inner)) : call('cos', inner);
      inner = call('sin', inner);
    }
    expect(verifiedReadable(product!).check.summary).toMatch(/more than 600/);
    // a small derivative still gets its readable form, proved
    const small = verifiedReadable(parse('(1 + e^(-z))^(-2)*e^(-z)'));
    expect(small.text).toBe('sigmoid(z)*(1 - sigmoid(z))');
    expect(['proved', 'verified']).toContain(small.check.status);
  });
});
