/** The suite's fixed fast-check seed (test/setup.ts) is in force in every test file. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('fast-check in this suite', () => {
  it('draws from the fixed seed: the same values in every run', () => {
    expect(fc.readConfigureGlobal().seed).toBe(20261130);
    const draw = () => fc.sample(fc.integer(), { numRuns: 5 });
    expect(draw()).toEqual(draw());
  });
});
