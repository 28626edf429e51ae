import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../../src/activations/index.js';
import { activation } from '../../../src/testing/arbitraries/index.js';
import { PLAIN_DECIMAL } from './plain.js';

describe('activation()', () => {
  it('draws catalogue activations whose parameters lie inside the declared bounds', () => {
    fc.assert(
      fc.property(activation(), ({ activation: a, params }) => {
        expect(ACTIVATIONS).toContain(a);
        for (const [name, value] of Object.entries(params)) {
          expect(value).toMatch(PLAIN_DECIMAL);
          const p = a.params.find((q) => q.name === name)!;
          expect(p).toBeDefined();
          const x = new Decimal(value);
          if (p.min !== undefined) expect(p.minClosed ? x.gte(p.min) : x.gt(p.min)).toBe(true);
          if (p.max !== undefined) expect(p.maxClosed ? x.lte(p.max) : x.lt(p.max)).toBe(true);
        }
        // the catalogue's own check accepts them
        expect(() => a.paramValues(params)).not.toThrow();
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  it('reaches every activation and draws non-default parameters', () => {
    const draws = fc.sample(activation(), { numRuns: 600, seed: 2 });
    expect(new Set(draws.map((d) => d.activation.name)).size).toBe(ACTIVATIONS.length);
    expect(draws.some((d) => d.activation.name === 'leaky_relu' && d.params.alpha !== undefined)).toBe(true);
  });

  it('respects kind, names and defaults', () => {
    for (const d of fc.sample(activation({ kind: 'scalar' }), { numRuns: 50, seed: 3 })) expect(d.activation.kind).toBe('scalar');
    for (const d of fc.sample(activation({ kind: 'vector' }), { numRuns: 50, seed: 3 })) expect(d.activation.kind).toBe('vector');
    const named = fc.sample(activation({ names: ['elu', 'prelu'], defaults: true }), { numRuns: 50, seed: 4 });
    expect(new Set(named.map((d) => d.activation.name))).toEqual(new Set(['elu', 'prelu']));
    expect(named.every((d) => Object.keys(d.params).length === 0)).toBe(true);
    expect(() => activation({ names: ['sigmod'] })).toThrow(/no activation named sigmod/);
  });

  it('a drawn activation evaluates with its parameters', () => {
    fc.assert(
      fc.property(activation({ kind: 'scalar' }), ({ activation: a, params }) => {
        expect(a.evaluate('0.5', { params, digits: 15 }).value).toMatch(/^-?[\d.]+(e[+-]\d+)?$/);
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});
