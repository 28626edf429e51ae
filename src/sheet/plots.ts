/**
 * The sheet's plots: φ and φ′ of each activation on [−5, 5], drawn by the shared line
 * chart (d3-scale and d3-shape). Values are computed in float64 by the network engine's
 * unit for the activation (the same pieces and derived derivatives), which is all a
 * drawing needs. Lines break at kinks of φ′ and
 * at jumps; a filled dot marks the value taken there, an open dot a value only
 * approached. When a slope is too small to see at the scale of the plot (leaky ReLU's
 * α = 0.01), a second panel magnifies z < 0.
 *
 * @module
 */
import type { Activation, ScalarActivation } from '../activations/_internals/activation.js';
import { sigmoid } from '../activations/sigmoid.js';
import { compile } from '../numeric/compile.js';
import { type DecimalCtor, decimalContext } from '../numeric/context.js';
import { scalarUnit } from '../nn/activation.js';
import { float64Backend } from '../nn/float64.js';
import { productOfRatios } from '../nn/notes.js';
import { lineChart, type Series, stackCharts } from '../plot/line-chart.js';
import { parse } from '../symbolic/parse.js';

const LO = -5;
const HI = 5;

type Fn = (z: number) => number;

function safe(f: Fn): Fn {
  return (z) => {
    try {
      return f(z);
    } catch {
      return Number.NaN;
    }
  };
}

/** Samples f on [lo, hi], breaking the line (a NaN point) at each of `breaks`. */
function sample(f: Fn, breaks: readonly number[], lo = LO, hi = HI, n = 200): [number, number][] {
  const xs = new Set<number>();
  for (let i = 0; i <= n; i++) xs.add(lo + ((hi - lo) * i) / n);
  const eps = (hi - lo) / 1e4;
  for (const b of breaks) {
    if (b <= lo || b >= hi) continue;
    xs.delete(b);
    xs.add(b - eps);
    xs.add(b + eps);
  }
  const pts: [number, number][] = [...xs].sort((a, b) => a - b).map((z) => [z, f(z)]);
  for (const b of breaks) if (b > lo && b < hi) pts.push([b, Number.NaN]);
  return pts.sort((a, b) => a[0] - b[0]);
}

interface Special {
  readonly at: number;
  readonly kind: 'kink' | 'jump';
}

function specials(a: ScalarActivation, D: DecimalCtor, params: Record<string, InstanceType<DecimalCtor>>): Special[] {
  const value = (text: string): number => compile(parse(text))(D, params).toNumber();
  return [...(a.spec.kinks ?? []).map((k) => ({ at: value(k), kind: 'kink' as const })), ...(a.spec.jumps ?? []).map((j) => ({ at: value(j), kind: 'jump' as const }))];
}

function scalarSeries(a: ScalarActivation, lo: number, hi: number): { series: Series[]; slopeScale: number } {
  const D = decimalContext(20);
  const params = Object.fromEntries(Object.entries(a.paramValues({}, 20)).map(([k, x]) => [k, new D(x)]));
  // drawing needs float precision only: the engine's float64 unit evaluates φ and φ′ (same pieces, same derivatives)
  const unit = scalarUnit(float64Backend, a);
  const p64 = Object.fromEntries(Object.entries(params).map(([k, x]) => [k, x.toNumber()]));
  const phi = safe((z) => unit.value(z, p64));
  const dphi = safe((z) => unit.slope(z, p64));
  const sp = specials(a, D, params).filter((s) => s.at >= lo && s.at <= hi);
  const eps = 1e-9;
  const jumpDots = sp
    .filter((s) => s.kind === 'jump')
    .flatMap((s) => {
      const at = phi(s.at);
      const left = phi(s.at - eps);
      const right = phi(s.at + eps);
      return [
        { x: s.at, y: at, open: false },
        ...(Math.abs(left - at) > 1e-6 ? [{ x: s.at, y: left, open: true }] : []),
        ...(Math.abs(right - at) > 1e-6 ? [{ x: s.at, y: right, open: true }] : []),
      ];
    });
  const slopeDots = sp.flatMap((s) => {
    const at = dphi(s.at);
    const left = dphi(s.at - eps);
    const right = dphi(s.at + eps);
    return [
      { x: s.at, y: at, open: false },
      ...(Math.abs(left - at) > 1e-6 ? [{ x: s.at, y: left, open: true }] : []),
      ...(Math.abs(right - at) > 1e-6 ? [{ x: s.at, y: right, open: true }] : []),
    ];
  });
  const phiPts = sample(phi, sp.filter((s) => s.kind === 'jump').map((s) => s.at), lo, hi);
  const dphiPts = sample(dphi, sp.map((s) => s.at), lo, hi);
  const ys = [...phiPts, ...dphiPts].map((p) => p[1]).filter(Number.isFinite);
  return {
    series: [
      { name: 'φ(z)', points: phiPts, dots: jumpDots },
      { name: 'φ′(z)', points: dphiPts, dash: '6 3', dots: slopeDots },
    ],
    slopeScale: Math.max(...ys) - Math.min(...ys),
  };
}

/** The largest |φ′| on z < 0, when it is positive but too small to see (< 3% of the plot's height). */
function hiddenSlope(a: ScalarActivation, scale: number): boolean {
  if (!a.piecewise) return false;
  const unit = scalarUnit(float64Backend, a);
  const p64 = Object.fromEntries(Object.entries(a.paramValues({}, 20)).map(([k, x]) => [k, Number(x)]));
  const m = Math.max(...[-4, -2, -1, -0.5].map((z) => Math.abs(unit.slope(z, p64))));
  return m > 0 && m < 0.03 * scale;
}

/**
 * An SVG plot of φ and φ′ (for a vector activation: y₁ and ∂y₁/∂z₁ along z₁ with the
 * other inputs at 0).
 *
 * @example
 * ```ts
 * activationPlot(getActivation('tanh')).startsWith('<svg'); // true
 * ```
 */
export function activationPlot(a: Activation): string {
  if (a.kind === 'scalar') {
    const main = scalarSeries(a, LO, HI);
    const chart = lineChart({ series: main.series, title: a.name, x: { label: 'z' }, y: { label: 'φ(z), φ′(z)' }, width: 440, height: 270, legend: true });
    if (!hiddenSlope(a, main.slopeScale)) return chart;
    // z < 0 only (the kink at 0 and the slope 1 beyond it would set the scale again)
    const zoom = scalarSeries(a, LO, -0.1);
    const z = lineChart({
      series: zoom.series,
      title: `${a.name}, z < 0 magnified: slope ${a.paramValues({}, 10).alpha ?? ''}`.trim(),
      x: { label: 'z' },
      y: { label: 'φ(z), φ′(z)' },
      width: 440,
      height: 200,
      legend: false,
    });
    return stackCharts([chart, z]);
  }
  const D = decimalContext(20);
  const n = a.spec.validSize?.(3) ? 2 : 3;
  const y = compile(a.components(n)[0]!);
  const dy = compile(a.jacobian(n)[0]![0]!.expr);
  const env = (z: number) => {
    const e: Record<string, InstanceType<typeof D>> = {};
    for (let i = 1; i <= n; i++) e[`z${i}`] = new D(i === 1 ? z : 0);
    return e;
  };
  const series: Series[] = [
    { name: 'y₁', points: sample(safe((z) => y(D, env(z)).toNumber()), []) },
    { name: '∂y₁/∂z₁', points: sample(safe((z) => dy(D, env(z)).toNumber()), []), dash: '6 3' },
  ];
  return lineChart({ series, title: a.name, x: { label: 'z₁ (other inputs 0)' }, y: { label: 'y₁, ∂y₁/∂z₁' }, width: 440, height: 270, legend: true });
}

/**
 * The product-of-ratios picture: along the notes' chain of sigmoid neurons (w = 1, b = 0,
 * a₀ = 1), the product of the ratios ∂a_l/∂z_l = σ′(z_l) for depths 1…12, multiplied by
 * the engine's own chain rule, against the bound (1/4)^L.
 *
 * @example
 * ```ts
 * ratioPlot().includes('<svg'); // true
 * ```
 */
export function ratioPlot(maxDepth = 12): string {
  const D = decimalContext(30);
  const phi = sigmoid.closure(0);
  const slope = sigmoid.closure(1);
  const ratios: string[] = [];
  const product: [number, number][] = [];
  const bound: [number, number][] = [];
  let a = new D(1);
  for (let depth = 1; depth <= maxDepth; depth++) {
    ratios.push(slope(D, { z: a }).toString()); // z_l = w·a_(l−1) with w = 1
    a = phi(D, { z: a });
    product.push([depth, Number(productOfRatios(ratios))]);
    bound.push([depth, 0.25 ** depth]);
  }
  return lineChart({
    series: [
      { name: 'Π σ′(z_l), w = 1', points: product, markers: true },
      { name: '(1/4)^L, the bound', points: bound, dash: '6 3' },
    ],
    title: 'The product of ratios shrinks geometrically with depth',
    x: { label: 'depth L' },
    y: { label: 'Π ∂a_l/∂z_l', scale: 'log' },
    width: 560,
    height: 300,
  });
}
