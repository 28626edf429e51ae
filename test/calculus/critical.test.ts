import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { type CriticalPoint, criticalPoints } from '../../src/calculus/critical.js';

/**
 * Held-out facts, none computed by gradproof:
 * - Himmelblau (1957): f = (x² + y − 11)² + (x + y² − 7)² has four minima, f = 0, at (3, 2),
 *   (−2.805118, 3.131312), (−3.779310, −3.283186), (3.584428, −1.848126), and a local maximum
 *   at (−0.270845, −0.923039), f = 181.617 (the published six-digit values, e.g. Wikipedia's
 *   "Himmelblau's function"); the four saddles are mpmath 1.3 findroot at mp.dps = 60.
 * - Rosenbrock (1960): minimum (1, 1); Booth: minimum (1, 3); Beale: minimum (3, 0.5)
 *   (the standard optimisation test-function tables).
 * - x² − y²: a saddle at 0; x³ − 3xy²: the monkey saddle, degenerate (H = 0 there).
 */
const HIMMELBLAU_MINIMA = [
  ['3', '2'],
  ['-2.805118', '3.131312'],
  ['-3.779310', '-3.283186'],
  ['3.584428', '-1.848126'],
];
const HIMMELBLAU_MAXIMUM = ['-0.270845', '-0.923039'];
// mpmath 1.3 findroot on ∇f = 0, mp.dps = 60 (45 digits printed)
const HIMMELBLAU_SADDLES = [
  ['-3.07302575076438961047252674611360479928870059', '-0.0813530442879675115530568843581799086460284506'],
  ['-0.127961346730680066310463726841822909768952265', '-1.95371498024457642609625696563486617224758064'],
  ['0.0866775045553963518230256430139182135064925569', '2.8842547011747761130629506072600701660928293'],
  ['3.38515418360702093799930101287107832384576899', '0.0738518798377492877191874013595912597243482503'],
];
const HIMMELBLAU_MAXIMUM_45 = ['-0.270844590667347613039336182929568828294608684', '-0.923038556479981463132824158626615344923568461'];
// L(a, b) = log(1+e^(−(a+2b))) + log(1+e^(2a−b)) + log(1+e^(−(a−b))) + (a² + b²)/10: mpmath findroot, mp.dps = 60
const LOGISTIC_MINIMUM = ['0.127989539316985330633815908962671228997425759', '0.674821315952686690723038873315957464268904338'];

const near = (p: CriticalPoint, xy: readonly string[], tolerance: string): boolean =>
  Object.values(p.at).every((v, i) => new Decimal(v).minus(xy[i]!).abs().lte(tolerance));
const agree = (value: string, reference: string, digits: number): boolean => new Decimal(value).toSignificantDigits(digits).eq(new Decimal(reference).toSignificantDigits(digits));

describe('critical points: Himmelblau', () => {
  const v = criticalPoints('(x^2+y-11)^2+(x+y^2-7)^2', { region: { x: ['-5', '5'], y: ['-5', '5'] }, digits: 40 });

  it('finds exactly nine, and proves there is no other in the box', () => {
    expect(v.holds).toBe(true);
    expect(v.critical).toHaveLength(9);
    expect(v.complete).toBe(true);
    expect(v.summary).toMatch(/all of them in the region \(proved\)/);
  });

  it('has the four published minima (3, 2) exact and the others certified', () => {
    for (const m of HIMMELBLAU_MINIMA) {
      const p = v.critical.find((c) => near(c, m, '1e-6')); // the published six decimals are truncated (3.1313125… is given as 3.131312)
      expect(p, `minimum near ${m}`).toBeDefined();
      expect(p!.kind).toBe('minimum');
      expect(['exact', 'enclosed']).toContain(p!.certainty);
    }
    const exact = v.critical.find((c) => c.certainty === 'exact');
    expect(exact?.exact).toEqual({ x: '3', y: '2' });
  });

  it('has the published local maximum, to 40 certified digits agreeing with mpmath', () => {
    const p = v.critical.find((c) => near(c, HIMMELBLAU_MAXIMUM, '5e-7'))!;
    expect(p.kind).toBe('maximum');
    expect(p.correctDigits).toBe(40);
    expect(agree(p.at.x!, HIMMELBLAU_MAXIMUM_45[0]!, 40)).toBe(true);
    expect(agree(p.at.y!, HIMMELBLAU_MAXIMUM_45[1]!, 40)).toBe(true);
    expect(agree(p.value, '181.616521522582704044166388251', 25)).toBe(true);
  });

  it('checks ∇f ON every point found: 0 within a bound at (3, 2), tiny and agreeing to all 40 digits at the rounded others', () => {
    for (const p of v.critical) {
      expect(p.gradientCheck).toHaveLength(2);
      for (const c of p.gradientCheck!) {
        expect(Object.keys(c.at).every((k) => new Decimal(c.at[k]!).eq(p.at[k]!))).toBe(true);
        expect(c.ok).toBe(true);
        if (p.certainty === 'exact') expect(c.status).toBe('zero');
        else {
          expect(c).toMatchObject({ status: 'agrees', digitsAgreed: 40 });
          // the rounding of the coordinates to 40 digits leaves |∇f| ≲ |H|·1e-40
          expect(new Decimal(c.derivative).abs().lt('1e-36')).toBe(true);
        }
      }
    }
    expect(v.gradient.every((g) => g.check.named.length === 9)).toBe(true);
  });

  it('classifies the other four as saddles (certified eigenvalues of both signs)', () => {
    for (const s of HIMMELBLAU_SADDLES) {
      const p = v.critical.find((c) => near(c, s, '1e-30'));
      expect(p?.kind, `saddle near ${s}`).toBe('saddle');
      expect(p?.degenerate).toBe(false);
    }
  });
});

describe('critical points: the held-out set', () => {
  it('Rosenbrock: one minimum, at (1, 1) exactly', () => {
    const v = criticalPoints('(1-x)^2 + 100*(y-x^2)^2', { region: { x: ['-2', '2'], y: ['-1', '3'] }, digits: 30 });
    expect(v.critical.map((p) => [p.exact, p.kind])).toEqual([[{ x: '1', y: '1' }, 'minimum']]);
    expect(v.complete).toBe(true);
  });

  it('Booth: one minimum, at (1, 3) exactly', () => {
    const v = criticalPoints('(x + 2*y - 7)^2 + (2*x + y - 5)^2', { digits: 30 });
    expect(v.critical.map((p) => [p.exact, p.kind])).toEqual([[{ x: '1', y: '3' }, 'minimum']]);
    expect(v.complete).toBe(true);
  });

  it('Beale in [−4.5, 4.5]²: the minimum (3, 1/2) and the saddle (0, 1) exact, the saddle (0.1005…, −2.6445…) certified; no other (proved)', () => {
    const v = criticalPoints('(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2', { region: { x: ['-4.5', '4.5'], y: ['-4.5', '4.5'] }, digits: 30 });
    expect(v.complete).toBe(true);
    expect(v.critical.map((p) => [p.exact, p.kind])).toEqual([
      [{ x: '0', y: '1' }, 'saddle'],
      [undefined, 'saddle'],
      [{ x: '3', y: '1/2' }, 'minimum'],
    ]);
    // SymPy: the resultant of ∂f/∂x and ∂f/∂y/x has the factor 3y³ + 11y² + 10y + 5; its real root by mpmath, mp.dps = 50
    const p = v.critical[1]!;
    expect(agree(p.at.x!, '0.10053793732415835927278923592863460147197705049514', 30) && agree(p.at.y!, '-2.6445135850231249688554226924300190297304089800687', 30)).toBe(true);
    expect(p.correctDigits).toBe(30);
  });

  it('x² − y²: a saddle at the origin', () => {
    const v = criticalPoints('x^2 - y^2');
    expect(v.critical.map((p) => [p.at, p.kind, p.degenerate])).toEqual([[{ x: '0', y: '0' }, 'saddle', false]]);
  });

  it('the monkey saddle x³ − 3xy²: degenerate at 0, settled as a saddle by its cubic term', () => {
    const v = criticalPoints('x^3 - 3*x*y^2', { region: { x: ['-1', '1'], y: ['-1', '1'] }, digits: 30 });
    expect(v.critical).toHaveLength(1);
    const p = v.critical[0]!;
    expect([p.at, p.kind, p.degenerate, p.test]).toEqual([{ x: '0', y: '0' }, 'saddle', true, 'higher-order']);
    expect(p.evidence).toMatch(/T3\(h\).*odd order/);
    expect(v.search.onlyNearDegenerate).toBe(true);
  });

  it('a two-weight logistic loss: one minimum, agreeing with mpmath to 40 digits', () => {
    const v = criticalPoints('log(1+e^(-(a+2*b))) + log(1+e^(2*a-b)) + log(1+e^(-(a-b))) + (a^2+b^2)/10', { digits: 40 });
    expect(v.critical).toHaveLength(1);
    const p = v.critical[0]!;
    expect(p.kind).toBe('minimum');
    expect(p.certainty).toBe('enclosed');
    expect(agree(p.at.a!, LOGISTIC_MINIMUM[0]!, 40) && agree(p.at.b!, LOGISTIC_MINIMUM[1]!, 40)).toBe(true);
    expect(v.complete).toBe(true);
  });

  it('the notes: x² a minimum, x³ an inflection (their "saddle point"), x⁴ a minimum settled by f⁽⁴⁾', () => {
    const kind = (e: string) => {
      const p = criticalPoints(e, { region: { x: ['-1', '1'] }, digits: 20 }).critical[0]!;
      return [p.kind, p.degenerate, p.test];
    };
    expect(kind('x^2')).toEqual(['minimum', false, 'second-derivative']);
    expect(kind('x^3')).toEqual(['inflection', true, 'higher-order']);
    expect(kind('x^4')).toEqual(['minimum', true, 'higher-order']);
    expect(kind('-x^6')).toEqual(['maximum', true, 'higher-order']);
  });

  it('x⁴ + y⁴: H = 0, the quartic term positive on the whole circle: a strict minimum (and not a curve)', () => {
    const v = criticalPoints('x^4 + y^4', { region: { x: ['-1', '1'], y: ['-1', '1'] }, digits: 20 });
    const p = v.critical[0]!;
    expect([p.kind, p.degenerate]).toEqual(['minimum', true]);
    expect(p.evidence).toMatch(/positive on the whole unit circle/);
    expect(v.curves).toHaveLength(0);
  });

  it('x⁴ − y⁴: the quartic term takes both signs on the circle: a saddle', () => {
    const p = criticalPoints('x^4 - y^4', { region: { x: ['-1', '1'], y: ['-1', '1'] }, digits: 20 }).critical[0]!;
    expect([p.kind, p.degenerate]).toEqual(['saddle', true]);
    expect(p.evidence).toMatch(/both signs on the unit circle/);
  });
});

describe('critical points: degenerate ones found where Newton converges slowly', () => {
  // Peano's (y − x²)(y − 2x²): a minimum along every line through 0, a saddle (g = −x⁴/4 on y = 3x²/2, by hand)
  it("Peano's function: settled exactly at 0 and called a saddle by its reduced quartic term", () => {
    const v = criticalPoints('y^2 - 3*x^2*y + 2*x^4', { region: { x: ['-1', '1.3'], y: ['-1', '1.3'] }, digits: 20 });
    expect(v.critical.map((p) => [p.exact, p.kind, p.degenerate, p.test])).toEqual([[{ x: '0', y: '0' }, 'saddle', true, 'higher-order']]);
  });

  it('(x − y)² + x⁴: exactly at 0, a minimum along the null direction (1, 1)', () => {
    const v = criticalPoints('(x-y)^2 + x^4', { region: { x: ['-1', '1.3'], y: ['-1', '1.3'] }, digits: 20 });
    expect(v.critical.map((p) => [p.exact, p.kind, p.degenerate])).toEqual([[{ x: '0', y: '0' }, 'minimum', true]]);
  });

  it('(x − √2)⁴ + y²: located only (irrational and degenerate), so left undetermined, not called a minimum by the Hessian beside it', () => {
    const v = criticalPoints('(x-sqrt(2))^4 + y^2', { region: { x: ['-1', '2'], y: ['-1', '1.3'] }, digits: 20 });
    expect(v.critical.map((p) => [p.certainty, p.kind, p.degenerate])).toEqual([['located', 'undetermined', true]]);
    expect(v.critical[0]!.evidence).toMatch(/singular there, so their signs beside the zero do not classify it/);
  });
});

describe('critical points: what is not a list of isolated points', () => {
  it('(x² + y² − 1)²: says the critical set is a curve, and keeps the isolated maximum at 0', () => {
    const v = criticalPoints('(x^2+y^2-1)^2', { region: { x: ['-2', '2'], y: ['-2', '2'] }, digits: 20 });
    expect(v.curves).toHaveLength(1);
    expect(v.complete).toBe(false);
    expect(v.summary).toMatch(/curve of critical points/);
    for (const s of v.curves[0]!.samples) {
      const r = new Decimal(s.x!).pow(2).plus(new Decimal(s.y!).pow(2));
      expect(r.minus(1).abs().lt('1e-10')).toBe(true);
    }
    expect(v.critical.map((p) => [p.at, p.kind])).toEqual([[{ x: '0', y: '0' }, 'maximum']]);
  });

  it('a region without a critical point: proved empty', () => {
    const v = criticalPoints('(x^2+y-11)^2+(x+y^2-7)^2', { region: { x: ['10', '20'], y: ['10', '20'] }, digits: 20 });
    expect(v.critical).toHaveLength(0);
    expect(v.complete).toBe(true);
    expect(v.holds).toBe(true);
    expect(v.summary).toMatch(/no critical point in x ∈ \[10, 20\], y ∈ \[10, 20\] \(proved/);
  });

  it('e^x + y²: no critical point anywhere in the default box', () => {
    const v = criticalPoints('e^x + y^2', { digits: 20 });
    expect(v.critical).toHaveLength(0);
    expect(v.complete).toBe(true);
  });

  it('rejects bad input with a message that names it', () => {
    expect(() => criticalPoints('x*y + z', { wrt: ['x', 'y'] })).toThrow(/z is not in --wrt/);
    expect(() => criticalPoints('x^2', { region: { y: ['0', '1'] } })).toThrow(/--in names "y"/);
    expect(() => criticalPoints('x^2', { region: { x: ['1', '0'] } })).toThrow(/is empty/);
    expect(() => criticalPoints('x^2', { region: { x: ['a', '1'] } })).toThrow(/not a decimal|decimal number/);
    expect(() => criticalPoints('a+b+c+d+f+g+h')).toThrow(/at most 6 variables/);
  });
});
