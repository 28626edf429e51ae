import { describe, expect, it } from 'vitest';
import '../../src/testing/vitest.js';
import { failureOf } from '../testing/failure.js';

describe('toHaveGradient', () => {
  it('passes for a correct gradient, as an array or a record', () => {
    expect('x^2*y + sin(y)').toHaveGradient(['2*x*y', 'x^2 + cos(y)'], { digits: 30 });
    expect('x^2*y').toHaveGradient({ y: 'x^2', x: '2*x*y' }, { digits: 30 });
    expect('w1*x1 + w2*x2').toHaveGradient(['x1', 'x2'], { wrt: ['w1', 'w2'], digits: 20 });
  });

  it('fails on a wrong component, naming it and a counterexample', () => {
    const f = failureOf(() => expect('x^2*y').toHaveGradient(['2*x', 'x^2'], { digits: 30 }));
    expect(f.message).toMatch(/does not match the slopes/);
    expect(f.message).toMatch(/Counterexample for ∂f\/∂x at x = /);
    expect('x^2*y').not.toHaveGradient(['2*x', 'x^2'], { digits: 30 });
  });

  it('under .not fails when the gradient is right', () => {
    const f = failureOf(() => expect('x*y').not.toHaveGradient(['y', 'x'], { digits: 20 }));
    expect(f.message).toMatch(/Expected the claimed gradient to be refuted/);
  });

  it('throws on a claim of the wrong arity or with unknown names, with or without .not', () => {
    expect(() => expect('x*y').toHaveGradient(['y'])).toThrow(/has 1 component, but x\*y has 2 variables/);
    expect(() => expect('x*y').not.toHaveGradient(['y', 'x', '0'])).toThrow(/has 3 components/);
    expect(() => expect('x*y').toHaveGradient({ x: 'y', z: '0' })).toThrow(/names z/);
  });
});

describe('toHaveCriticalPoint', () => {
  it('knows exact points and their kinds', () => {
    expect('(1-x)^2 + 100*(y-x^2)^2').toHaveCriticalPoint({ at: { x: 1, y: 1 }, kind: 'minimum' });
    expect('x^2 - y^2').toHaveCriticalPoint({ at: { x: '0', y: '0' }, kind: 'saddle' });
    expect('x^3 - 3*x*y^2').toHaveCriticalPoint({ at: { x: 0, y: 0 }, kind: 'degenerate' });
    expect('x^3 - 3*x*y^2').toHaveCriticalPoint({ at: { x: 0, y: 0 }, kind: 'saddle' });
    expect('x^3').toHaveCriticalPoint({ at: { x: 0 }, kind: 'inflection' });
    expect('x^4').toHaveCriticalPoint({ at: { x: 0 }, kind: 'minimum' });
  });

  it('reads published decimals as a claim to ± half a unit of their last digit', () => {
    // Himmelblau's local maximum as published: (−0.270845, −0.923039)
    expect('(x^2+y-11)^2+(x+y^2-7)^2').toHaveCriticalPoint({ at: { x: '-0.270845', y: '-0.923039' }, kind: 'maximum' });
    // the published −1.848126 is truncated (the minimum is at y = −1.8481265…): strictly read, it is refuted;
    // with a tolerance of one unit in the last digit it holds
    expect('(x^2+y-11)^2+(x+y^2-7)^2').not.toHaveCriticalPoint({ at: { x: '3.584428', y: '-1.848126' } });
    expect('(x^2+y-11)^2+(x+y^2-7)^2').toHaveCriticalPoint({ at: { x: '3.584428', y: '-1.848126' }, kind: 'minimum', tolerance: '1e-6' });
  });

  it('fails on a wrong kind, with the evidence', () => {
    const f = failureOf(() => expect('x^2 - y^2').toHaveCriticalPoint({ at: { x: 0, y: 0 }, kind: 'minimum' }));
    expect(f.message).toMatch(/of another kind than claimed/);
    expect(f.message).toMatch(/saddle/);
    expect('x^2 - y^2').not.toHaveCriticalPoint({ at: { x: 0, y: 0 }, kind: 'minimum' });
  });

  it('fails on a point that is not critical, exact or to the digits written', () => {
    const f = failureOf(() => expect('(1-x)^2 + 100*(y-x^2)^2').toHaveCriticalPoint({ at: { x: 1, y: 2 } }));
    expect(f.message).toMatch(/no critical point there/);
    expect(f.message).toMatch(/∇f = \(/);
    expect('(x^2+y-11)^2+(x+y^2-7)^2').not.toHaveCriticalPoint({ at: { x: '-0.25', y: '-0.90' } }); // ± 0.005 misses the maximum at (−0.2708…, −0.9230…)
    expect('(x^2+y-11)^2+(x+y^2-7)^2').toHaveCriticalPoint({ at: { x: '-0.27', y: '-0.92' }, kind: 'maximum' }); // ± 0.005 holds it
  });

  it('throws on a point that misses a variable or names an unknown kind', () => {
    expect(() => expect('x*y').toHaveCriticalPoint({ at: { x: 0 } })).toThrow(/gives no value for y/);
    expect(() => expect('x*y').toHaveCriticalPoint({ at: { x: 0, y: 0 }, kind: 'valley' as 'minimum' })).toThrow(/unknown kind "valley"/);
  });
});
