/**
 * The sheet's plots: φ and φ′ of each activation on [−5, 5], drawn by the shared line
 * chart (d3-scale and d3-shape). Values are computed with the activation's own closures
 * at 20 digits and converted to floats for drawing only.
 *
 * @module
 */
import type { Activation } from '../activations/_internals/activation.js';
import { compile } from '../numeric/compile.js';
import { decimalContext } from '../numeric/context.js';
import { sigmoid } from '../activations/sigmoid.js';
import { productOfRatios } from '../nn/notes.js';
import { lineChart, type Series } from '../plot/line-chart.js';

const ZS = Array.from({ length: 201 }, (_, i) => -5 + i / 20);

function sample(f: (z: number) => number): [number, number][] {
  return ZS.map((z) => {
    try {
      return [z, f(z)] as [number, number];
    } catch {
      return [z, Number.NaN] as [number, number];
    }
  });
}

/**
 * An SVG plot of φ and φ′ (for a vector activation: y₁ and ∂y₁/∂z₁ along z₁ with the other
 * inputs at 0).
 *
 * @example
 * ```ts
 * activationPlot(getActivation('tanh')).startsWith('<svg'); // true
 * ```
 */
export function activationPlot(a: Activation): string {
  const D = decimalContext(20);
  let series: Series[];
  if (a.kind === 'scalar') {
    const params = Object.fromEntries(Object.entries(a.paramValues({}, 20)).map(([k, x]) => [k, new D(x)]));
    const f0 = a.closure(0);
    const f1 = a.closure(1);
    series = [
      { name: 'φ(z)', points: sample((z) => f0(D, { ...params, z: new D(z) }).toNumber()) },
      { name: "φ′(z)", points: sample((z) => f1(D, { ...params, z: new D(z) }).toNumber()), dash: '6 3' },
    ];
  } else {
    const n = a.spec.validSize?.(3) ? 2 : 3;
    const y = compile(a.components(n)[0]!);
    const dy = compile(a.jacobian(n)[0]![0]!.expr);
    const env = (z: number) => {
      const e: Record<string, InstanceType<typeof D>> = {};
      for (let i = 1; i <= n; i++) e[`z${i}`] = new D(i === 1 ? z : 0);
      return e;
    };
    series = [
      { name: 'y₁', points: sample((z) => y(D, env(z)).toNumber()) },
      { name: '∂y₁/∂z₁', points: sample((z) => dy(D, env(z)).toNumber()), dash: '6 3' },
    ];
  }
  return lineChart({ series, title: a.name, x: { label: a.kind === 'scalar' ? 'z' : 'z₁ (others 0)' }, width: 420, height: 260, legend: true });
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
