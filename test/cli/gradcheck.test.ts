import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/numeric/evaluate.js';
import { digitsAgreed } from '../../src/numeric/finite.js';
import { derive } from '../../src/verify/derive.js';
import { runCli } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'gradproof-gradcheck-'));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

// A 2-3-1 network: tanh hidden layer, sigmoid output, squared error.
const W1 = [
  ['0.5', '-0.3'],
  ['0.8', '0.2'],
  ['-0.1', '0.4'],
];
const B1 = ['0.1', '-0.2', '0'];
const W2 = [['0.3', '-0.6', '0.9']];
const B2 = ['0.05'];
const X = ['1', '-2'];
const Y = '1';
const NET = {
  layers: [
    { weights: W1, bias: B1, activation: 'tanh' },
    { weights: W2.map((r) => r.map(Number)), bias: B2, activation: 'sigmoid' }, // JSON numbers are accepted too
  ],
  loss: 'squared_error',
  input: X,
  target: [Y],
};

describe('gradproof gradcheck', () => {
  it('prints 50-digit gradients that agree with an independent derivation of the whole loss to ≥ 45 digits', async () => {
    const { code, stdout } = await runCli('gradcheck', file('net.json', NET), '--digits', '50', '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { loss: string; gradients: { weights: string[][]; bias: string[] }[]; digitsAgreed: number; verified: boolean };
    expect(out.verified).toBe(true);
    expect(out.digitsAgreed).toBeGreaterThanOrEqual(45);

    // The independent computation: the network's loss written as ONE expression in named
    // parameters, differentiated by the CAS with respect to each, evaluated to 50 digits.
    const hidden = W1.map((_, i) => `tanh(u${i}0*(${X[0]}) + u${i}1*(${X[1]}) + c${i})`);
    const loss = `(${Y} - 1/(1 + e^(-(${hidden.map((h, i) => `v${i}*${h}`).join(' + ')} + d))))^2`;
    const point: Record<string, string> = { d: B2[0]! };
    W1.forEach((row, i) => {
      row.forEach((w, j) => {
        point[`u${i}${j}`] = w;
      });
      point[`c${i}`] = B1[i]!;
      point[`v${i}`] = W2[0]![i]!;
    });
    const at = (name: string) => evaluate(derive(loss, name).expr, point, { digits: 50 }).decimal;
    const agree = (printed: string, name: string) => digitsAgreed(evaluate(printed, {}, { digits: 50 }).decimal, at(name), 50);
    expect(digitsAgreed(evaluate(out.loss, {}, { digits: 50 }).decimal, evaluate(loss, point, { digits: 50 }).decimal, 50)).toBeGreaterThanOrEqual(49);
    out.gradients[0]!.weights.forEach((row, i) => {
      row.forEach((g, j) => {
        expect(agree(g, `u${i}${j}`), `layers[0].weights[${i}][${j}]`).toBeGreaterThanOrEqual(45);
      });
      expect(agree(out.gradients[0]!.bias[i]!, `c${i}`), `layers[0].bias[${i}]`).toBeGreaterThanOrEqual(45);
      expect(agree(out.gradients[1]!.weights[0]![i]!, `v${i}`), `layers[1].weights[0][${i}]`).toBeGreaterThanOrEqual(45);
    });
    expect(agree(out.gradients[1]!.bias[0]!, 'd')).toBeGreaterThanOrEqual(45);
    // shapes as in the spec, digits as requested
    expect(out.gradients.map((g) => [g.weights.length, g.weights[0]!.length, g.bias.length])).toEqual([
      [3, 2, 3],
      [1, 3, 1],
    ]);
  });

  it('prints a readable report', async () => {
    const { code, stdout } = await runCli('gradcheck', file('net2.json', NET), '--digits', '20');
    expect(code).toBe(0);
    expect(stdout).toContain('network 2-3-1 (tanh, sigmoid), loss squared_error, 13 parameters checked');
    expect(stdout).toMatch(/layers\[1\]\.bias\[0\] +-0\.\d{20} +\(20 digits agree\)/);
    expect(stdout).toMatch(/verified: backprop agrees with finite differences of the loss to 20 of 20 digits/);
  });

  const errors: [string, unknown, string][] = [
    ['a short row', { ...NET, layers: [NET.layers[0], { weights: [['1', '2']], bias: ['0'], activation: 'sigmoid' }] }, 'layers[1].weights[0]: expected 3 numbers, got 2'],
    ['an unknown activation', { ...NET, layers: [{ ...NET.layers[0], activation: 'tahn' }, NET.layers[1]] }, 'layers[0].activation: unknown activation "tahn" (did you mean tanh?)'],
    ['an unknown loss', { ...NET, loss: 'squared_eror' }, 'loss: unknown loss "squared_eror" (did you mean squared_error'],
    ['a non-numeric entry', { ...NET, layers: [{ ...NET.layers[0], bias: ['0.1', 'abc', '0'] }, NET.layers[1]] }, 'layers[0].bias[1]: expected a number, got a string'],
    ['a wrong bias length', { ...NET, layers: [{ ...NET.layers[0], bias: ['0'] }, NET.layers[1]] }, 'layers[0].bias: expected 3 numbers, got 1'],
    ['a wrong target length', { ...NET, target: ['1', '0'] }, 'target: expected 1 numbers, got 2'],
    ['a missing input', { ...NET, input: undefined }, 'input: missing'],
    ['an unknown field', { ...NET, lr: 1 }, 'lr: unknown field'],
    ['invalid JSON', '{"layers": [', 'invalid JSON'],
  ];
  for (const [what, spec, message] of errors) {
    it(`rejects ${what} with one line naming the JSON path (exit 2)`, async () => {
      const { code, stderr, stdout } = await runCli('gradcheck', file('bad.json', spec));
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n').length).toBe(1);
      expect(stderr).toContain(message);
    });
  }

  it('keeps every digit of a long JSON number', async () => {
    // a bare JSON number with 29 digits (JSON.parse alone would round it to a double)
    const text = '{"layers":[{"weights":[[0.12345678901234567890123456789]],"bias":[0],"activation":"linear"}],"loss":"squared_error","input":[1],"target":[0]}';
    const { stdout } = await runCli('gradcheck', file('long.json', text), '--json', '--digits', '30');
    // e = (0 − w)², ∂e/∂w = 2w, exactly
    expect(JSON.parse(stdout).gradients[0].weights[0][0]).toBe('0.246913578024691357802469135780');
  });

  it('reports a missing file and bad options', async () => {
    expect((await runCli('gradcheck', join(dir, 'nope.json'))).stderr).toMatch(/cannot read spec file .*nope\.json: no such file \(ENOENT\)/);
    expect((await runCli('gradcheck', file('ok.json', NET), '--digits', '3')).code).toBe(2);
    expect((await runCli('gradcheck')).code).toBe(2);
  });
});
