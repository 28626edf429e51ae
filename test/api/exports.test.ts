import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { renderSurface } from '../../scripts/api-surface.mjs';
import * as core from '../../src/core.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';
import * as vitestEntry from '../../src/testing/vitest.js';
import * as main from '../../src/index.js';

describe('the public API', () => {
  it('exports exactly what docs/api-surface.md lists (regenerate it with scripts/api-surface.mjs when you change the API)', () => {
    const onDisk = readFileSync(new URL('../../docs/api-surface.md', import.meta.url), 'utf8');
    expect(renderSurface({ gradproof: main, 'gradproof/core': core, 'gradproof/vitest': vitestEntry, 'gradproof/arbitraries': arbitraries })).toBe(onDisk);
  });

  it('gradproof/core is a part of the main entry: the same names, the same objects', () => {
    const everything = new Map(Object.entries(main));
    for (const [name, value] of Object.entries(core)) expect(everything.get(name), name).toBe(value);
  });

  it('leaks no internals of the symbolic layer', () => {
    const names = Object.keys(main);
    for (const internal of ['casDiff', 'casSimplify', 'casProvesEqual', 'ruleDerivative', 'tidy', 'compileNode', 'reverseAccumulate', 'pullback']) {
      expect(names).not.toContain(internal);
    }
  });
});
