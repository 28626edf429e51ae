/** The files of the consumer project the consumer test creates (after installing the tarball). */

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022'],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
    // the matchers' types, for test files that rely on the setup file to register them
    types: ['gradproof/vitest'],
  },
  include: ['*.ts'],
};

/** A plain TypeScript consumer of all three entries (checked by tsc only). */
const consumer = `import { checkIdentity, type DerivativeVerdict, evaluate, verifyDerivative } from 'gradproof';
import type { Arbitrary } from 'fast-check';
import { activation, activationPoint, elementaryExpression, type NetworkDraw, smallNetwork } from 'gradproof/arbitraries';
import { type DerivativeMatcherOptions, matchers } from 'gradproof/vitest';
import { expect } from 'vitest';

const v: DerivativeVerdict = verifyDerivative('x^2', 'x', { digits: 20 });
export const verified: boolean = v.holds && checkIdentity('sinh(x)^2 - cosh(x)^2', '-1').holds;
export const value: string = evaluate('log(1+e^x)', { x: '0.5' }, { digits: 30 }).value;

expect.extend(matchers);
const options: DerivativeMatcherOptions = { wrt: 'x', digits: 30, points: 4 };
expect('x^2').toHaveDerivative('2*x', options);
expect('1 - tanh(x)^2').toBeIdenticallyEqual('sech(x)^2', { digits: 20 });
expect('0.5').toEqualToDigits(0.5, 10);
expect({ network: { layers: [{ weights: [['1']], bias: ['0'], activation: 'tanh' }], loss: 'mse' }, sample: { input: ['1'], target: ['0'] } }).toPassGradientCheck({ digits: 20 });
expect({ v: '0.333' }).toEqual({ v: expect.toEqualToDigits('0.3333', 3) });

// @ts-expect-error the digit count is required
expect('0.5').toEqualToDigits('0.5');
// @ts-expect-error the options are an object
expect('x').toHaveDerivative('1', 5);
// @ts-expect-error no such matcher
expect('x').toHaveDerivativ('1');

export const networks: Arbitrary<NetworkDraw> = smallNetwork({ maxLayers: 2 });
export const names: Arbitrary<string> = activation({ kind: 'scalar' }).map((d) => d.activation.name);
export const points: Arbitrary<string> = activation({ kind: 'scalar' }).chain((d) => activationPoint(d.activation, { params: d.params }));
export const vectors: Arbitrary<string[]> = activation({ kind: 'vector' }).chain((d) => activationPoint(d.activation));
export const expressions: Arbitrary<string> = elementaryExpression({ maxDepth: 2, variables: ['x', 'y'] });
`;

/** Registers the matchers from a setup file, as a consumer's config would. */
const config = `import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { setupFiles: ['gradproof/vitest'], include: ['*.test.ts'], testTimeout: 60_000 } });
`;

/** Uses the matchers registered by the setup file, and the arbitraries. */
const mathTest = `import fc from 'fast-check';
import { verifyDerivative } from 'gradproof';
import { activation, activationPoint, elementaryExpression, smallNetwork } from 'gradproof/arbitraries';
import { describe, expect, it } from 'vitest';

describe('gradproof in a consumer project', () => {
  it('proves a derivative, refutes a wrong one, checks an identity and digits', () => {
    expect('1/(1+e^(-x))').toHaveDerivative('e^(-x)/(1+e^(-x))^2', { wrt: 'x', digits: 50 });
    expect('sin(x)').not.toHaveDerivative('sin(x)', { digits: 20 });
    expect('1 - tanh(x)^2').toBeIdenticallyEqual('sech(x)^2');
    expect('0.99999').toEqualToDigits('1.00001', 4);
  });

  it('random elementary expressions have verified derivatives', () => {
    fc.assert(
      fc.property(elementaryExpression({ maxDepth: 2 }), (f) => {
        expect(verifyDerivative(f, 'x', { digits: 20, points: 3 }).holds).toBe(true);
      }),
      { numRuns: 8, seed: 1 },
    );
  });

  it('activations evaluate at points crowding their kinks', () => {
    const drawn = activation({ kind: 'scalar' }).chain(({ activation: a, params }) => activationPoint(a, { params }).map((z) => ({ a, params, z })));
    fc.assert(
      fc.property(drawn, ({ a, params, z }) => {
        expect(a.evaluate(z, { params, order: 1, digits: 20 }).value).toMatch(/^-?[0-9.]+(e[+-][0-9]+)?$/);
      }),
      { numRuns: 30, seed: 2 },
    );
  });

  it('small networks pass the gradient check', () => {
    fc.assert(
      fc.property(smallNetwork(), (drawn) => {
        expect(drawn).toPassGradientCheck({ digits: 20 });
      }),
      { numRuns: 4, seed: 3 },
    );
  });

  it('a failing assertion carries its counterexample', () => {
    let message = '';
    try {
      expect('x^3').toHaveDerivative('3*x', { digits: 20, points: 3 });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('Counterexample at x = ');
    expect(message).toMatch(/digits agreed +[0-9]+ of 20/);
  });

  it('fails on purpose: a wrong derivative of the sigmoid', () => {
    expect('1/(1+e^(-x))').toHaveDerivative('e^(-x)/(1+e^(-x))^3', { digits: 30, points: 4 });
  });
});
`;

/** Registers the matchers explicitly with `expect.extend(matchers)`. */
const explicitTest = `import { matchers } from 'gradproof/vitest';
import { expect, it } from 'vitest';

expect.extend(matchers);

it('registers the matchers explicitly too', () => {
  expect('x^2*y').toHaveDerivative('x^2', { wrt: 'y', digits: 20 });
});
`;

/** File name → content. */
export const PROJECT_FILES: Readonly<Record<string, string>> = {
  'tsconfig.json': `${JSON.stringify(tsconfig, null, 2)}\n`,
  'consumer.ts': consumer,
  'vitest.config.ts': config,
  'math.test.ts': mathTest,
  'explicit.test.ts': explicitTest,
};
