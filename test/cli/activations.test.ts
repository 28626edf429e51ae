import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { runCli } from './capture.js';

// Reference values: mpmath 1.3.0 at 60 digits.
describe('gradproof eval', () => {
  it('evaluates φ, φ′ and φ″ to the digits asked', async () => {
    const r = await runCli('eval', 'sigmoid', '--at', '2', '--order', '1', '--digits', '30', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ at: '2', value: '0.104993585403506517348624184760' }]);
    const t = await runCli('eval', 'Tanh', '--at', '0.5,0', '--order', '1', '--digits', '30', '--json');
    expect(JSON.parse(t.stdout)).toEqual([
      { at: '0.5', value: '0.786447732965927410149698934344' },
      { at: '0', value: '1.00000000000000000000000000000' },
    ]);
  });

  it('keeps every digit of tiny results, in exponent notation', async () => {
    const r = await runCli('eval', 'gelu', '--at', '-30', '--digits', '50', '--json');
    expect(JSON.parse(r.stdout)).toEqual([{ at: '-30', value: '-1.4720141781444561178601427769740571415990954824178e-196' }]);
  });

  it('follows the kink convention ReLU′(0) = 0', async () => {
    const r = await runCli('eval', 'relu', '--at', '0', '--order', '1', '--digits', '5', '--json');
    expect(JSON.parse(r.stdout)[0].value).toBe('0');
  });

  it('evaluates vector activations and their Jacobian', async () => {
    const r = await runCli('eval', 'softmax', '--at', '1,2,0.5', '--vector', '--digits', '20', '--json');
    expect(JSON.parse(r.stdout)).toEqual([{ at: '1,2,0.5', value: ['0.23122389762214906723', '0.62853171921176244825', '0.14024438316608848452'] }]);
    const j = await runCli('eval', 'softmax', '--at', '1,2,0.5', '--vector', '--order', '1', '--digits', '10', '--json');
    const J = JSON.parse(j.stdout)[0].value as string[][];
    expect(J).toHaveLength(3);
    expect(J[0]![1]).toBe(J[1]![0]); // diag(s) − s sᵀ is symmetric
  });

  it.each([
    [['eval', 'sigmod', '--at', '1'], /unknown activation "sigmod" \(did you mean sigmoid\?\)/],
    [['eval', 'sigmoid', '--at', 'one'], /not a decimal|decimal number/],
    [['eval', 'sigmoid', '--at', '1', '--order', '3'], /--order must be an integer in 0…2, got "3"/],
    [['eval', 'leaky_relu', '--at', '1', '--param', 'beta=2'], /has no parameter "beta"/],
    [['eval', 'softmax', '--at', '1,2'], /takes a vector: pass --vector/],
    [['eval', 'sigmoid'], /needs --at/],
  ])('rejects %j with one line and exit code 2', async (argv, message) => {
    const r = await runCli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('gradproof list and constants', () => {
  it('lists the catalogue with formula, derivative, ranges and kinks', async () => {
    const r = await runCli('list', '--json', '--no-verify');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { name: string; range: string; derivativeRange: string; kinks: string[]; derivative: string }[];
    const sigmoid = rows.find((x) => x.name === 'sigmoid')!;
    expect(sigmoid.range).toBe('(0, 1)');
    expect(sigmoid.derivativeRange).toBe('(0, 1/4]');
    expect(rows.find((x) => x.name === 'relu')!.kinks).toEqual(['0']);
  });

  it('prints the derived constants with their published agreement', async () => {
    const r = await runCli('constants', '--digits', '40', '--json');
    const rows = JSON.parse(r.stdout) as { name: string; value: string; published?: { digitsAgreed: number } }[];
    const alpha = rows.find((x) => x.name === 'selu_alpha')!;
    expect(new Decimal(alpha.value).toSignificantDigits(32).toString()).toBe('1.6732632423543772848170429916717'); // Klambauer et al. 2017
    expect(alpha.published!.digitsAgreed).toBe(32);
  });
});
