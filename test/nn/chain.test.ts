import { describe, expect, it } from 'vitest';
import { pullback, reverseAccumulate, type Stage } from '../../src/nn/chain.js';
import { float64Backend as F } from '../../src/nn/float64.js';
import { symbolicBackend as S } from '../../src/nn/symbolic-backend.js';
import { format, v } from '../../src/symbolic/tree.js';

/** δ_in = Jᵀδ by the definition, for a dense matrix given as rows. */
const transposeTimes = (J: number[][], d: number[]) => J[0]!.map((_, j) => J.reduce((s, row, i) => s + row[j]! * d[i]!, 0));

describe('pullback (δ ← Jᵀδ)', () => {
  it('dense, read in place at an offset', () => {
    const J = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const data = [99, 98, ...J.flat()];
    expect(pullback(F, { kind: 'dense', rows: 2, cols: 3, data, offset: 2 }, [7, -1])).toEqual(transposeTimes(J, [7, -1]));
  });

  it('diagonal', () => {
    expect(pullback(F, { kind: 'diagonal', d: [2, 3] }, [5, 7])).toEqual([10, 21]);
  });

  it('block-diagonal equals the full matrix product', () => {
    const b1 = [
      [1, 2],
      [3, 4],
    ];
    const b2 = [[5, 6, 7]];
    const full = [
      [1, 2, 0, 0, 0],
      [3, 4, 0, 0, 0],
      [0, 0, 5, 6, 7],
    ];
    const local = { kind: 'blocks' as const, rows: 3, cols: 5, blocks: [{ row0: 0, col0: 0, J: b1 }, { row0: 2, col0: 2, J: b2 }] };
    expect(pullback(F, local, [1, -2, 3])).toEqual(transposeTimes(full, [1, -2, 3]));
  });
});

describe('reverseAccumulate', () => {
  it('accumulates outer, identity and column parameter gradients', () => {
    // z = W x + b (W 2×2 at θ[0..3], b at θ[4..5]); a = diag(d) z with a shared parameter at θ[6]
    const x = [1, 2];
    const stages: Stage<number>[] = [
      { label: 'dense', local: { kind: 'dense', rows: 2, cols: 2, data: [1, 0, 0, 1], offset: 0 }, params: [{ kind: 'outer', offset: 0, x }, { kind: 'identity', offset: 4 }] },
      { label: 'act', local: { kind: 'diagonal', d: [2, 3] }, params: [{ kind: 'column', offset: 6, c: [10, 100] }] },
    ];
    const grad = new Array(7).fill(0);
    const deltas: [number, number[]][] = [];
    const input = reverseAccumulate(F, stages, [1, 1], grad, { inputGradient: true, onDelta: (s, d) => deltas.push([s, [...d]]) });
    // δ at z = (2, 3): ∂/∂W = δ xᵀ, ∂/∂b = δ, ∂/∂θ₆ = 1·10 + 1·100
    expect(grad).toEqual([2, 4, 3, 6, 2, 3, 110]);
    expect(input).toEqual([2, 3]);
    expect(deltas).toEqual([
      [1, [1, 1]],
      [0, [2, 3]],
    ]);
  });

  it('on the symbolic backend writes the product of ratios, upstream first', () => {
    const stages: Stage<ReturnType<typeof v>>[] = [
      { label: 'z1', local: { kind: 'dense', rows: 1, cols: 1, data: [v('w1')], offset: 0 }, params: [{ kind: 'outer', offset: 0, x: [v('a0')] }] },
      { label: 'a1', local: { kind: 'diagonal', d: [v('r1')] }, params: [] },
      { label: 'z2', local: { kind: 'dense', rows: 1, cols: 1, data: [v('w2')], offset: 0 }, params: [] },
      { label: 'a2', local: { kind: 'diagonal', d: [v('r2')] }, params: [] },
    ];
    const grad = [S.fromString('0')];
    reverseAccumulate(S, stages, [v('g')], grad);
    expect(format(grad[0]!)).toBe('g*r2*w2*r1*a0');
  });
});
