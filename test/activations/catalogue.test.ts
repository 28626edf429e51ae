import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { renderIndex } from '../../scripts/activation-index.mjs';
import { getActivation } from '../../src/activations/_internals/catalogue.js';
import { CONSTANTS, constantValue } from '../../src/activations/_internals/constants.js';
import { softmaxSigmoidEquivalence } from '../../src/activations/_internals/equivalence.js';
import { ACTIVATIONS } from '../../src/activations/index.js';
import { InputError } from '../../src/errors.js';

describe('the catalogue', () => {
  it('has an index generated from the folder (run `npm run gen:activations` when this fails)', () => {
    const onDisk = readFileSync(new URL('../../src/activations/index.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderIndex());
  });

  it('has unique names and aliases', () => {
    const names = ACTIVATIONS.flatMap((a) => [a.name, ...(a.spec.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const a of ACTIVATIONS) expect(a.name).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('finds entries by name, PyTorch alias and spelling, and suggests the closest names', () => {
    expect(getActivation('sigmoid').name).toBe('sigmoid');
    expect(getActivation('Sigmoid').name).toBe('sigmoid');
    expect(getActivation('RELU').name).toBe('relu');
    expect(() => getActivation('sigmod')).toThrow(InputError);
    expect(() => getActivation('sigmod')).toThrow(/did you mean sigmoid/);
  });

  it('proves the two-class softmax–sigmoid equivalence symbolically and numerically (notes p. 22)', () => {
    const v = softmaxSigmoidEquivalence();
    expect(v.holds).toBe(true);
    expect(v.method).toBe('both');
    expect(v.points).toBeGreaterThanOrEqual(64);
  });
});

describe('derived constants', () => {
  // Published: Klambauer et al. 2017 (SELU), Keras 3 random_initializers.py (truncated normal, a float64 literal).
  it("derives SELU's α and λ from the fixed point and matches the paper's 32 digits", () => {
    expect(constantValue('selu_alpha', 32)).toBe('1.6732632423543772848170429916717');
    expect(constantValue('selu_lambda', 32)).toBe('1.0507009873554804934193349852946');
  });

  it('matches the published truncated-normal std to the 16 digits a float64 literal carries', () => {
    expect(constantValue('truncated_normal_std', 16)).toBe('0.8796256610342398');
  });

  it('gives √(2/π) to 30 digits (reference: mpmath 1.3.0 at 50 digits)', () => {
    expect(constantValue('gelu_sqrt_2_over_pi', 30)).toBe('0.797884560802865355879892119869');
  });

  it('lists every constant with a formula', () => {
    expect(CONSTANTS.map((c) => c.name)).toEqual(['selu_alpha', 'selu_lambda', 'gelu_sqrt_2_over_pi', 'truncated_normal_std']);
  });
});
