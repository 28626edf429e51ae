/**
 * Names that are members of every JavaScript object (toString, constructor, __proto__, …)
 * fuzzed through every name lookup of the CLI and the library: each must be an unknown
 * name (a one-line error, exit code 2), never a member of Object.prototype taken for an
 * entry (which crashes with exit 3 or, worse, computes with it).
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CLAIMS } from '../../proofs/index.js';
import { getActivation } from '../../src/activations/_internals/catalogue.js';
import { constantValue } from '../../src/activations/_internals/constants.js';
import { GradproofError } from '../../src/errors.js';
import { loadDataset } from '../../src/nn/data.js';
import { depthInitializer } from '../../src/nn/depth.js';
import { float64Backend } from '../../src/nn/float64.js';
import { initializerName } from '../../src/nn/init.js';
import { getLoss } from '../../src/nn/loss.js';
import { makeOptimizer } from '../../src/nn/optim.js';
import { parseNetworkSpec } from '../../src/nn/spec.js';
import { evaluate } from '../../src/numeric/evaluate.js';
import { runClaims } from '../../src/proofs/runner.js';
import { parse } from '../../src/symbolic/parse.js';
import { runCli } from './capture.js';

const MEMBERS = [...Object.getOwnPropertyNames(Object.prototype), ...['prototype', 'call', 'apply', 'bind', 'length', 'name', 'caller', 'arguments', 'then']];

/** A member name in any mix of upper and lower case (most lookups ignore case); every name as it is is tried too. */
const memberName = fc.constantFrom(...MEMBERS).chain((name) => fc.mixedCase(fc.constant(name)));

const dir = mkdtempSync(join(tmpdir(), 'gradproof-members-'));

function refusedByLibrary(lookup: (name: string) => unknown): void {
  for (const name of MEMBERS) expect(() => lookup(name), name).toThrow(GradproofError);
  fc.assert(
    fc.property(memberName, (name) => {
      expect(() => lookup(name)).toThrow(GradproofError);
    }),
    { numRuns: 60 },
  );
}

describe('library lookups refuse member names', () => {
  it.each([
    ['getActivation', (n: string) => getActivation(n)],
    ['getLoss', (n: string) => getLoss(n)],
    ['initializerName', (n: string) => initializerName(n)],
    ['depthInitializer', (n: string) => depthInitializer(n)],
    ['makeOptimizer', (n: string) => makeOptimizer(float64Backend, n, { lr: '0.1' })],
    ['loadDataset', (n: string) => loadDataset(n)],
    ['constantValue', (n: string) => constantValue(n, 10)],
    ['runClaims topic', (n: string) => runClaims(ALL_CLAIMS, { topic: n })],
    ['an activation parameter', (n: string) => getActivation('leaky_relu').paramValues({ [n]: '0.5' })],
    ['a spec activation', (n: string) => parseNetworkSpec(`{"layers":[{"weights":[[1]],"bias":[0],"activation":${JSON.stringify(n)}}],"loss":"mse"}`)],
    ['a spec loss', (n: string) => parseNetworkSpec(`{"layers":[{"weights":[[1]],"bias":[0],"activation":"tanh"}],"loss":${JSON.stringify(n)}}`)],
    ['a spec field', (n: string) => parseNetworkSpec(`{"layers":[{"weights":[[1]],"bias":[0],"activation":"tanh"}],"loss":"mse",${JSON.stringify(n)}:1}`)],
    ['a spec layer field', (n: string) => parseNetworkSpec(`{"layers":[{"weights":[[1]],"bias":[0],"activation":"tanh",${JSON.stringify(n)}:1}],"loss":"mse"}`)],
    ['a spec parameter', (n: string) => parseNetworkSpec(`{"layers":[{"weights":[[1]],"bias":[0],"activation":"leaky_relu","params":{${JSON.stringify(n)}:1}}],"loss":"mse"}`)],
  ])('%s', (_what, lookup) => {
    refusedByLibrary(lookup);
  });
});

/** Every place the CLI looks a name up, with the name put in. */
const CLI_LOOKUPS: readonly (readonly [string, (n: string) => string[]])[] = [
  ['the command', (n) => [n]],
  ['an option of each command', (n) => [['diff', 'x'], ['eval', 'relu', '--at', '1'], ['list'], ['constants'], ['sheet'], ['verify-all'], ['prove'], ['gradcheck', 'x.json'], ['train', '--data', 'xor'], ['experiment', 'depth']][n.length % 10]!.concat(`--${n}`)],
  ['eval <activation>', (n) => ['eval', n, '--at', '1']],
  ['eval --wrt', (n) => ['eval', 'leaky_relu', '--at', '1', '--wrt', n]],
  ['eval --param', (n) => ['eval', 'leaky_relu', '--at', '1', '--param', `${/^\w+$/.test(n) ? n : 'x'}=0.5`]],
  ['train --data', (n) => ['train', '--data', n]],
  ['train --activation', (n) => ['train', '--data', 'xor', '--activation', n]],
  ['train --output', (n) => ['train', '--data', 'xor', '--output', n]],
  ['train --loss', (n) => ['train', '--data', 'xor', '--loss', n]],
  ['train --init', (n) => ['train', '--data', 'xor', '--init', n]],
  ['train --optimizer', (n) => ['train', '--data', 'xor', '--optimizer', n]],
  ['experiment <name>', (n) => ['experiment', n, '--activation', 'relu', '--init', 'he']],
  ['experiment --activation', (n) => ['experiment', 'depth', '--activation', n, '--init', 'he']],
  ['experiment --init', (n) => ['experiment', 'depth', '--activation', 'relu', '--init', n]],
  ['prove --topic', (n) => ['prove', '--topic', n]],
  [
    'gradcheck spec activation',
    (n) => {
      const file = join(dir, `${Buffer.from(n).toString('hex')}.json`);
      writeFileSync(file, JSON.stringify({ layers: [{ weights: [[1]], bias: [0], activation: n }], loss: 'mse', input: [1], target: [0] }));
      return ['gradcheck', file];
    },
  ],
];

describe('CLI lookups refuse member names with exit 2 and one line', () => {
  it.each(CLI_LOOKUPS)('%s', async (_what, argv) => {
    for (const name of MEMBERS) {
      const r = await runCli(...argv(name));
      expect(r.stderr, name).toMatch(/^gradproof: (?!internal error)[^\n]+\n$/);
      expect(r.code, name).toBe(2);
    }
    await fc.assert(
      fc.asyncProperty(memberName, async (name) => {
        const r = await runCli(...argv(name));
        expect(r.stderr).toMatch(/^gradproof: (?!internal error)[^\n]+\n$/);
        expect(r.code).toBe(2);
      }),
      { numRuns: 25 },
    );
  });
});

describe('names inside expressions (src/symbolic, the soundness refactor of issue 9)', () => {
  // `.fails`: today parse() takes toString, constructor, … for the constant e. When the
  // refactor makes every member name a plain variable (or a clear error), this test passes
  // and `.fails` turns it red: then drop `.fails`.
  it('a member name in an expression is a plain variable or a clear error, never the constant e', () => {
    for (const name of MEMBERS) {
      let tree: ReturnType<typeof parse>;
      try {
        tree = parse(`${name}*x`);
      } catch (err) {
        expect(err, name).toBeInstanceOf(GradproofError);
        continue;
      }
      expect(evaluate(tree, { [name]: '2', x: '3' }, { digits: 10 }).value, name).toBe('6.000000000');
    }
  });
});
