import { describe, expect, it } from 'vitest';
import { getActivation } from '../../src/activations/_internals/catalogue.js';
import { closestNames } from '../../src/symbolic/functions.js';

describe('closestNames', () => {
  it('suggests the near names', () => {
    expect(closestNames('sinn', ['sin', 'sinh', 'cos'])).toEqual(['sin', 'sinh']);
    expect(closestNames('sigmod', ['sigmoid', 'softmax', 'tanh'])).toEqual(['sigmoid']);
    expect(closestNames('xyzzy', ['sin', 'cos'])).toEqual([]);
  });

  it('does no work proportional to the length of a name far longer than every known one', () => {
    // 20 MB: an unbounded edit distance would need 20e6 × 7 steps per name and hang
    const huge = 'sigmoid'.repeat(3_000_000);
    expect(closestNames(huge, ['sigmoid', 'tanh', 'relu'])).toEqual([]);
    expect(closestNames(`${'a'.repeat(30)}`, ['a'.repeat(21)])).toEqual(['a'.repeat(21)]); // 9 edits ≤ ⌊30/3⌋
    expect(closestNames(`${'a'.repeat(30)}`, ['a'.repeat(19)])).toEqual([]); // 11 edits
  });

  it('the "did you mean" of an unknown activation with a 20 MB name is one bounded line', () => {
    expect(() => getActivation('x'.repeat(20_000_000))).toThrow(/^unknown activation "x+"; see "gradproof list"$/);
  });
});
