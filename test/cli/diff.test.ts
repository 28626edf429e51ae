import { describe, expect, it } from 'vitest';
import { runCli } from './capture.js';

// mpmath 1.3.0, mp.dps = 90
const SOFTPLUS_HALF = '0.97407698418010668087299735508117074975559619466786';
const SIGMOID_HALF = '0.62245933120185456463890056574550847875327936530891';

describe('gradproof diff', () => {
  it('gives log(1+e^x) and its derivative exact to 50 digits (the CAS alone gets ~16)', async () => {
    const r = await runCli('diff', 'log(1+e^x)', '--at', 'x=0.5', '--digits', '50', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ expr: 'log(1 + e^x)', wrt: 'x', at: { x: '0.5' }, value: SOFTPLUS_HALF, derivativeValue: SIGMOID_HALF, verified: true });
    expect(out.digitsAgreed).toBeGreaterThanOrEqual(45);
    expect(out.tex).toContain('\\frac');
    expect(typeof out.derivative).toBe('string');
  });

  it('prints a readable report', async () => {
    const r = await runCli('diff', 'x^2*y', '--wrt', 'y', '--at', 'x=3,y=1', '--digits', '10');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^d\/dy x\^2\*y/);
    expect(r.stdout).toContain('derivative 9.000000000');
    expect(r.stdout).toMatch(/verified: finite differences agree/);
  });

  it.each([
    [['diff', 'log(1+'], /expected a number.*at position 6/],
    [['diff', 'foo(x)'], /unknown function "foo"/],
    [['diff', 'x^2', '--at', 'y=1'], /--at names "y"/],
    [['diff', 'log(x)', '--at', 'x=-1'], /undefined at x=-1/],
    [['diff', 'x^2', '--digits', '4'], /--digits must be an integer in 5…1000, got 4/],
    [['diff', 'x^2', '--digits', '2000'], /5…1000/],
    [['diff', 'x^2', '--digits', 'many'], /--digits must be an integer/],
    [['diff', 'x^2', '--at', 'x=abc'], /not a decimal number/],
    [['diff', 'a*b'], /say which with --wrt/],
    [['diff', 'x', '--bogus'], /unknown option/i],
    [['nonsense'], /unknown command/],
  ])('rejects %j with one line and exit code 2', async (argv, message) => {
    const r = await runCli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('gradproof diff: the readable form and the steps', () => {
  it('prints the form a teacher writes, checked equal to the derivative, and every step checked', async () => {
    const r = await runCli('diff', '1/(1+e^(-x))', '--steps', '--digits', '20', '--points', '3');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/= sigmoid\(x\)\*\(1 - sigmoid\(x\)\) {3}\((proved|verified)/);
    expect(r.stdout).toMatch(/4\. quotient rule: .* ✓ proved/);
    const j = JSON.parse((await runCli('diff', 'atan(y/x)', '--wrt', 'y', '--steps', '--json', '--digits', '20', '--points', '3')).stdout) as { readable: { text: string; check: { status: string } }; steps: { rule: string }[] };
    expect(j.readable.text).toBe('x/(x^2 + y^2)');
    expect(['proved', 'verified']).toContain(j.readable.check.status);
    expect(j.steps.length).toBeGreaterThanOrEqual(2);
    expect(j.steps.map((st) => st.rule)).toContain("chain rule");
  }, 60_000);
});
