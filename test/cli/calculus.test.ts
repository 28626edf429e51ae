import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './capture.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'gradproof-descend-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('gradproof grad', () => {
  it('prints every partial, its check, and the values, norm and direction at --at', async () => {
    const r = await runCli('grad', 'x^2 + y^2', '--at', 'x=3,y=4', '--digits', '20');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('∂f/∂x = 2*x');
    expect(r.stdout).toContain('|∇f|     10.000000000000000000');
    expect(r.stdout).toContain('∇f/|∇f|  (0.60000000000000000000, 0.80000000000000000000)');
    expect(r.stdout).toMatch(/^verified: 2 derivatives checked/m);
  });

  it('--json is one document with the verdict fields', async () => {
    const r = await runCli('grad', 'x*y', '--wrt', 'y,x', '--json', '--digits', '10');
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({ kind: 'gradient', status: 'verified', holds: true, wrt: ['y', 'x'] });
    expect(v.partials.map((p: { derivative: string }) => p.derivative)).toEqual(['x', 'y']);
  });
});

describe('gradproof jacobian and hessian', () => {
  it('jacobian of polar coordinates', async () => {
    const r = await runCli('jacobian', 'r*cos(t); r*sin(t)', '--wrt', 'r,t', '--at', 'r=2,t=0', '--digits', '10');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('row 1: [1.000000000, 0]');
    expect(r.stdout).toContain('row 2: [0, 2.000000000]');
  });

  it('hessian: symmetry proved and eigenvalues certified at 50 digits', async () => {
    const r = await runCli('hessian', 'x^3 - 3*x*y^2', '--at', 'x=1,y=2', '--digits', '50');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the difference reduces to 0 symbolically');
    // ±6√5 (√5 = 2.2360679774997896964091736687312762354406183596115…)
    expect(r.stdout).toContain('λ1 = -13.416407864998738178455042012387657412643710157669');
    expect(r.stdout).toContain('λ2 = 13.416407864998738178455042012387657412643710157669');
  });
});

describe('gradproof critical', () => {
  it('Himmelblau: nine points, four minima, complete (exit 0)', async () => {
    const r = await runCli('critical', '(x^2+y-11)^2+(x+y^2-7)^2', '--in', 'x=-5..5,y=-5..5', '--digits', '20', '--json');
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v.critical).toHaveLength(9);
    expect(v.critical.filter((p: { kind: string }) => p.kind === 'minimum')).toHaveLength(4);
    expect(v.complete).toBe(true);
  });

  it('says when the critical set is a curve', async () => {
    const r = await runCli('critical', '(x^2+y^2-1)^2', '--in', 'x=-2..2,y=-2..2', '--digits', '15');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('a CURVE of critical points (not isolated)');
  });

  it('erf in ∇f: enclosed by decimal intervals, the region proved free of critical points', async () => {
    const r = await runCli('critical', 'erf(x)^2 + x', '--in', 'x=-2..2', '--digits', '15');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/decimal intervals for ∂f\/∂x, ∂²f\/∂x∂x: no float64 form/);
    expect(r.stdout).toMatch(/^verified: no critical point in x ∈ \[-2, 2\] \(proved/m);
  });

  it('exit 1 when nothing could be concluded (no zero found, and a budget too small to exclude the rest)', async () => {
    const r = await runCli('critical', '(x-y)^2 + x', '--in', 'x=-2..2,y=-2..2', '--digits', '15', '--budget', '1');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^search: 1 box examined by interval arithmetic, 2 left undecided \(the budget of 1 boxes ran out\)/m);
    expect(r.stdout).toMatch(/^INCONCLUSIVE: no critical point found/m);
    const full = await runCli('critical', '(x-y)^2 + x', '--in', 'x=-2..2,y=-2..2', '--digits', '15');
    expect(full.code).toBe(0);
    expect(full.stdout).toMatch(/no critical point in x ∈ \[-2, 2\], y ∈ \[-2, 2\] \(proved/);
  });

  it('says when the region holds none', async () => {
    const r = await runCli('critical', 'x^2 + y^2', '--in', 'x=1..2,y=1..2', '--digits', '15');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no critical point in x ∈ \[1, 2\], y ∈ \[1, 2\] \(proved/);
  });
});

describe('gradproof descend', () => {
  it('the notes’ example, with distances to the minimum', async () => {
    const r = await runCli('descend', '(1-w)^2', '--from', 'w=3', '--steps', '3');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('step 1: w=2.6');
    expect(r.stdout).toContain('step 2: w=2.28');
    expect(r.stdout).toMatch(/distance to the nearest critical point 1\.60*/);
    expect(r.stdout).toContain('#1 minimum at w=1');
  });

  it('--out writes the text, JSON and SVG, and no temporary file stays', async () => {
    const dir = tempDir();
    const r = await runCli('descend', 'x^2 + 3*y^2', '--from', 'x=2,y=1', '--steps', '4', '--digits', '15', '--out', dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['descend.json', 'descend.svg', 'descend.txt']);
    expect(JSON.parse(readFileSync(join(dir, 'descend.json'), 'utf8')).trace).toHaveLength(5);
    expect(readFileSync(join(dir, 'descend.svg'), 'utf8')).toMatch(/^<svg/);
  });

  it('--out is one set: a plot left by an earlier run of two variables goes when this run has three', async () => {
    const dir = tempDir();
    expect((await runCli('descend', 'x^2 + y^2', '--from', 'x=1,y=1', '--steps', '1', '--digits', '10', '--out', dir)).code).toBe(0);
    expect(existsSync(join(dir, 'descend.svg'))).toBe(true);
    expect((await runCli('descend', 'x^2 + y^2 + z^2', '--from', 'x=1,y=1,z=1', '--steps', '1', '--digits', '10', '--out', dir)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['descend.json', 'descend.txt']);
  });

  it('makes no directory when the input is bad', async () => {
    const dir = join(tempDir(), 'new');
    const r = await runCli('descend', 'x^2 +', '--from', 'x=1', '--out', dir);
    expect(r.code).toBe(2);
    expect(existsSync(dir)).toBe(false);
  });

  it('writes nothing when --out is not a directory', async () => {
    const dir = tempDir();
    const file = join(dir, 'taken');
    writeFileSync(file, 'x');
    const r = await runCli('descend', 'x^2', '--from', 'x=1', '--steps', '1', '--out', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out .*exists and is not a directory/);
    expect(existsSync(join(file, 'descend.txt'))).toBe(false);
  });
});

describe('bad input: one line, exit code 2', () => {
  it.each([
    [['grad', 'x*y', '--at', 'x=1'], /--at gives no value for y/],
    [['grad', 'x*y', '--at', 'x=1,y=2,z=3'], /--at names "z", which is not a variable/],
    [['grad', 'x*y', '--wrt', 'z'], /"z" is not a variable of x\*y/],
    [['grad', 'x*y', 'x+y'], /grad takes one expression/],
    [['hessian', 'x*y', '--at', 'x=1,y=oops'], /not a decimal number/],
    [['jacobian', 'x*y; ; x'], /component 2 .* is empty/],
    [['jacobian', 'x*y', '--wrt', 'q'], /"q" is not a variable of any component/],
    [['critical', 'x^2', '--in', 'x=3..1'], /is empty/],
    [['critical', 'x^2', '--in', 'y=0..1'], /--in names "y"/],
    [['critical', 'x^2', '--in', 'x=0:1'], /--in expects ranges like x=-5..5/],
    [['critical', 'x*y+z', '--wrt', 'x,y'], /z is not in --wrt/],
    [['descend', 'x^2+y^2', '--from', 'x=1'], /--from gives no value for y/],
    [['descend', 'x^2'], /needs a starting point/],
    [['descend', 'x^2', '--from', 'x=1', '--optimizer', 'rmsprop'], /unknown optimizer "rmsprop"/],
    [['descend', 'x^2', '--from', 'x=1', '--steps', 'many'], /--steps must be an integer/],
  ])('%j', async (argv, message) => {
    const r = await runCli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
