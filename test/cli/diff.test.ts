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

// mpmath 1.3.0, mp.dps = 80: σ(x)(1 − σ(x)) at 0.5, and 2σ(0.6) = d/dx softplus(2x) at 0.3
const SIGMOID_PRIME_HALF = '0.23500371220159448906930269502100694419007';
const D_SOFTPLUS_2X = '1.2913126124515909058182212728237659281536';

describe('gradproof diff with catalogue activations inside expressions', () => {
  it('differentiates sigmoid(x) through its formula, to every digit', async () => {
    const r = await runCli('diff', 'sigmoid(x)', '--at', 'x=0.5', '--digits', '41', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ expr: 'sigmoid(x)', derivative: '(1 + e^(-x))^(-2)*e^(-x)', source: 'cas', derivativeValue: SIGMOID_PRIME_HALF, verified: true, status: 'verified' });
  });

  it('differentiates softplus(2*x) with the chain rule', async () => {
    const r = await runCli('diff', 'softplus(2*x)', '--at', 'x=0.3', '--digits', '41', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ derivativeValue: D_SOFTPLUS_2X, verified: true });
  });

  it("differentiates relu(x) * x by the rules, with relu′ the catalogue's derivative", async () => {
    const r = await runCli('diff', 'relu(x) * x', '--at', 'x=0', '--digits', '20');
    expect(r.code).toBe(0);
    // the rules' derivative, tidied by gradproof's own exact rewriting, is already the readable form
    expect(r.stdout).toContain("  = x*relu'(x) + relu(x)\n");
    expect(r.stdout).toContain("  TeX: x \\operatorname{relu}'\\left(x\\right) + \\operatorname{relu}\\left(x\\right)\n");
    expect(r.stdout).toContain('  note: piecewise function relu: the CAS has no piecewise support\n');
    expect(r.stdout).toContain('  derivative 0\n');
    expect(r.stdout).toMatch(/^verified: /m);
  });

  it('says leaky_relu has a kink at 0, with its convention 0.01', async () => {
    const r = await runCli('diff', 'leaky_relu(x)', '--at', 'x=0', '--digits', '20');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  derivative none: not differentiable at x=0: kink (left 0.01, right 1)\n');
    expect(r.stdout).toContain('  convention 0.01 (the value the derivative formula gives there, equal to the left one-sided slope)\n');
    const json = JSON.parse((await runCli('diff', 'leaky_relu(x)', '--at', 'x=0', '--digits', '20', '--json')).stdout);
    expect(json).toMatchObject({ differentiableAt: false, kink: { shape: 'kink', jump: false }, convention: '0.01' });
  });

  it('says hardshrink jumps at 0.5', async () => {
    const r = await runCli('diff', 'hardshrink(x)', '--at', 'x=0.5', '--digits', '20', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ value: '0', differentiableAt: false, kink: { shape: 'jump', jump: true, limits: { left: '0', right: '0.5' } }, convention: '0' });
  });

  it.each([
    [['diff', 'sigmod(x)'], /unknown function "sigmod" \(did you mean sigmoid\?\)/],
    [['diff', 'toString(x)'], /unknown function "toString"/],
    [['diff', 'softmax(x)'], /softmax cannot be called in an expression/],
    [['diff', 'leaky_relu(x, -1)'], /leaky_relu parameter alpha must be in \[0, ∞\), got -1/],
  ])('rejects %j with one line and exit code 2', async (argv, message) => {
    const r = await runCli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
