import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../src/activations/index.js';
import { getScalarActivation, getVectorActivation } from '../../src/activations/_internals/catalogue.js';
import { scalarUnit, vectorUnit } from '../../src/nn/activation.js';
import { decimalBackend } from '../../src/nn/decimal-backend.js';
import { float64Backend } from '../../src/nn/float64.js';
import { symbolicBackend } from '../../src/nn/symbolic-backend.js';
import { decimalContext } from '../../src/numeric/context.js';
import { evaluate } from '../../src/numeric/evaluate.js';
import { format, v } from '../../src/symbolic/tree.js';

const D = decimalContext(40);
const B = decimalBackend(40);
const F = float64Backend;
const POINTS = ['-6', '-3', '-2.5', '-1.3', '-1', '-0.5', '-0.25', '0', '0.25', '0.5', '1', '1.7', '2.5', '3', '6'];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('scalar activations on the backends', () => {
  const scalars = ACTIVATIONS.filter((a) => a.kind === 'scalar');

  it('the decimal unit gives exactly the catalogue closure, pieces and kinks included', () => {
    for (const a of scalars) {
      const act = getScalarActivation(a.name);
      const params = act.paramValues();
      const penv = Object.fromEntries(Object.entries(params).map(([k, x]) => [k, new D(x)]));
      const kinks = [...(act.spec.kinks ?? []), ...(act.spec.jumps ?? [])].map((k) => evaluate(k, params, { digits: 30 }).value);
      const u = scalarUnit(B, act);
      for (const z of [...POINTS, ...kinks]) {
        const env = { ...penv, z: new D(z) };
        for (const order of [0, 1]) {
          const ref = act.closure(order)(D, env).toString();
          const got = (order === 0 ? u.value : u.slope)(new D(z), penv).toString();
          expect(got, `${a.name}${order ? '′' : ''}(${z})`).toBe(ref);
        }
        for (const p of u.learnable) expect(u.paramSlope(p, new D(z), penv).toString()).toBe(act.closure(1, p)(D, env).toString());
      }
    }
  });

  it('the float64 unit agrees with the decimal one to 1e-12 (same piece at every kink)', () => {
    for (const a of scalars) {
      const act = getScalarActivation(a.name);
      const params = act.paramValues();
      const pd = Object.fromEntries(Object.entries(params).map(([k, x]) => [k, new D(x)]));
      const pf = Object.fromEntries(Object.entries(params).map(([k, x]) => [k, Number(x)]));
      const kinks = [...(act.spec.kinks ?? []), ...(act.spec.jumps ?? [])].map((k) => evaluate(k, params, { digits: 17 }).value);
      const ud = scalarUnit(B, act);
      const uf = scalarUnit(F, act);
      for (const z of [...POINTS, ...kinks]) {
        expect(close(uf.value(Number(z), pf), ud.value(new D(z), pd).toNumber()), `${a.name}(${z})`).toBe(true);
        expect(close(uf.slope(Number(z), pf), ud.slope(new D(z), pd).toNumber()), `${a.name}′(${z})`).toBe(true);
      }
    }
  });

  it('ReLU′(0) = 0 and PReLU′(0) = α: the catalogue convention, on both backends', () => {
    expect(scalarUnit(F, getScalarActivation('relu')).slope(0, {})).toBe(0);
    expect(scalarUnit(F, getScalarActivation('prelu')).slope(0, { alpha: 0.25 })).toBe(0.25);
    expect(scalarUnit(B, getScalarActivation('relu')).slope(new D(0), {}).toString()).toBe('0');
  });

  it('learnable parameters are exposed with their derived slopes', () => {
    const prelu = scalarUnit(F, getScalarActivation('prelu'));
    expect(prelu.learnable).toEqual(['alpha']);
    expect(prelu.paramSlope('alpha', -2, { alpha: 0.25 })).toBe(-2); // ∂(αz)/∂α = z for z ≤ 0
    expect(prelu.paramSlope('alpha', 2, { alpha: 0.25 })).toBe(0);
    expect(scalarUnit(F, getScalarActivation('swish')).learnable).toEqual(['beta']);
    expect(() => prelu.paramSlope('beta', 1, {})).toThrow(/no learnable parameter "beta"/);
  });

  it('the symbolic backend substitutes into a smooth activation and refuses a piecewise one', () => {
    const s = scalarUnit(symbolicBackend, getScalarActivation('tanh'));
    expect(format(s.value(v('q'), {}))).toBe('tanh(q)');
    expect(() => scalarUnit(symbolicBackend, getScalarActivation('relu'))).toThrow(/piecewise/);
  });
});

describe('vector activations on the backends', () => {
  it('softmax, log-softmax, softmin and glu: outputs and Jacobians equal the catalogue evaluations', () => {
    const z = ['0.3', '-1.2', '2', '0.5'];
    for (const name of ['softmax', 'log_softmax', 'softmin', 'glu']) {
      const act = getVectorActivation(name);
      const u = vectorUnit(B, act, 4);
      const ys = u.forward(z.map((x) => new D(x)), {});
      const ref = act.evaluateVector(z, { digits: 30 });
      ys.forEach((y, i) => {
        expect(y.toSignificantDigits(30).toString(), `${name} y${i + 1}`).toBe(ref[i]!.decimal.toString());
      });
      const J = u.jacobian(z.map((x) => new D(x)), {});
      const Jref = act.evaluateJacobian(z, { digits: 30 });
      J.forEach((row, i) => {
        row.forEach((x, j) => {
          expect(x.toSignificantDigits(25).eq(Jref[i]![j]!.decimal.toSignificantDigits(25)), `${name} J${i}${j}`).toBe(true);
        });
      });
      const uf = vectorUnit(F, act, 4);
      uf.forward(z.map(Number), {}).forEach((y, i) => {
        expect(close(y, ref[i]!.decimal.toNumber())).toBe(true);
      });
    }
  });

  it('maxout routes the gradient to the arg-max piece', () => {
    const u = vectorUnit(F, getVectorActivation('maxout'), 3);
    expect(u.forward([1, 3, 2], {})).toEqual([3]);
    expect(u.jacobian([1, 3, 2], {})[0]!.map((x) => x + 0)).toEqual([0, 1, 0]); // (−0 + 0 is 0)
  });
});
