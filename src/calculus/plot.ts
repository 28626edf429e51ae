/**
 * The picture of a descent: for two variables, the path over the contour lines of f
 * (d3-contour's marching squares on a 96 × 96 grid, levels spaced evenly in log(f − min + 1)
 * so that both the steep walls and the flat valley get lines); for one variable, f with
 * the iterates on it (the line chart of `plot/line-chart.ts`). Critical points found are
 * marked: ● minimum, ▲ maximum, ✕ saddle, ◆ other. Float64 is used for drawing only.
 *
 * @module
 */
import { contours } from 'd3-contour';
import { escapeXml, lineChart } from '../plot/line-chart.js';
import type { CriticalPoint } from './critical.js';
import type { DescentVerdict } from './descend.js';
import { parse } from '../symbolic/parse.js';
import { PartialTable } from './partials.js';

const SIZE = 96;
const WIDTH = 640;
const HEIGHT = 560;
const MARGIN = { top: 40, right: 20, bottom: 48, left: 64 };

function marker(p: CriticalPoint, x: number, y: number): string {
  const title = `<title>${escapeXml(`${p.kind} at ${Object.entries(p.at).map(([k, v]) => `${k} = ${v.slice(0, 12)}`).join(', ')}`)}</title>`;
  switch (p.kind) {
    case 'minimum':
      return `<circle cx="${x}" cy="${y}" r="5" fill="#59a14f" stroke="black">${title}</circle>`;
    case 'maximum':
      return `<path d="M${x},${y - 6}L${x + 6},${y + 5}L${x - 6},${y + 5}Z" fill="#e15759" stroke="black">${title}</path>`;
    case 'saddle':
      return `<path d="M${x - 5},${y - 5}L${x + 5},${y + 5}M${x - 5},${y + 5}L${x + 5},${y - 5}" stroke="#b07aa1" stroke-width="2.5">${title}</path>`;
    default:
      return `<path d="M${x},${y - 6}L${x + 6},${y}L${x},${y + 6}L${x - 6},${y}Z" fill="#edc949" stroke="black">${title}</path>`;
  }
}

const r2 = (v: number): number => Math.round(v * 100) / 100;

/**
 * The SVG of a descent (undefined for three or more variables).
 *
 * @example
 * ```ts
 * descentSvg(descend('(1-x)^2+100*(y-x^2)^2', { from: { x: '-1', y: '1' }, lr: '0.001' }));
 * // '<svg …>' with contour lines, the path and the minimum at (1, 1)
 * ```
 */
export function descentSvg(d: DescentVerdict): string | undefined {
  const found = d.critical?.critical ?? [];
  const vars = d.wrt;
  const table = new PartialTable(parse(d.expr), vars);
  const path = d.trace.map((s) => vars.map((v) => Number(s.at[v]!.replace(/^~/, ''))));
  const title = `${d.optimizer}, η = ${d.lr}: ${d.expr}`;
  if (vars.length === 1) {
    const f = table.closure64([]);
    const xs = path.map((p) => p[0]!);
    const crit = found.map((p) => Number(p.at[vars[0]!]));
    const lo = Math.min(...xs, ...crit);
    const hi = Math.max(...xs, ...crit);
    const pad = Math.max((hi - lo) * 0.15, 0.5);
    const curve: [number, number][] = [];
    for (let i = 0; i <= 200; i++) {
      const x = lo - pad + ((hi - lo + 2 * pad) * i) / 200;
      const y = f({ [vars[0]!]: x });
      if (Number.isFinite(y)) curve.push([x, y]);
    }
    return lineChart({
      title,
      x: { label: vars[0]! },
      y: { label: 'f' },
      series: [
        { name: 'f', points: curve },
        { name: 'iterates', points: xs.map((x) => [x, f({ [vars[0]!]: x })] as [number, number]), markers: true, dash: '4 3' },
      ],
    });
  }
  if (vars.length !== 2) return undefined;
  const f = table.closure64([]);
  const crit = found.map((p) => vars.map((v) => Number(p.at[v])));
  const all = [...path, ...crit];
  const bounds = [0, 1].map((i) => {
    const values = all.map((p) => p[i]!);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = Math.max((hi - lo) * 0.15, 0.5);
    return [lo - pad, hi + pad] as const;
  });
  const [[x0, x1], [y0, y1]] = bounds as [readonly [number, number], readonly [number, number]];
  const grid = new Array<number>(SIZE * SIZE);
  for (let j = 0; j < SIZE; j++) {
    for (let i = 0; i < SIZE; i++) {
      const v = f({ [vars[0]!]: x0 + ((x1 - x0) * i) / (SIZE - 1), [vars[1]!]: y0 + ((y1 - y0) * j) / (SIZE - 1) });
      grid[j * SIZE + i] = Number.isFinite(v) ? v : Number.NaN;
    }
  }
  const finite = grid.filter(Number.isFinite);
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const levels = Array.from({ length: 14 }, (_, k) => min + Math.expm1((Math.log1p(max - min) * (k + 0.5)) / 14));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (x: number): number => r2(MARGIN.left + ((x - x0) / (x1 - x0)) * plotW);
  const py = (y: number): number => r2(MARGIN.top + plotH - ((y - y0) / (y1 - y0)) * plotH);
  // contour coordinates are in grid units: 0…SIZE−1 maps onto the plotting box
  const gx = (u: number): number => r2(MARGIN.left + (u / (SIZE - 1)) * plotW);
  const gy = (w: number): number => r2(MARGIN.top + plotH - (w / (SIZE - 1)) * plotH);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`);
  out.push(`<text x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(title.length > 90 ? `${title.slice(0, 88)}…` : title)}</text>`);
  out.push(`<clipPath id="plot"><rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}"/></clipPath>`);
  out.push('<g clip-path="url(#plot)" fill="none" stroke="#9ab" stroke-width="1">');
  for (const c of contours().size([SIZE, SIZE]).thresholds(levels)(grid.map((v) => (Number.isFinite(v) ? v : max)))) {
    const d2 = c.coordinates
      .flatMap((polygon) => polygon.map((ring) => `M${ring.map(([u, w]) => `${gx(u! - 0.5)},${gy(w! - 0.5)}`).join('L')}Z`))
      .join('');
    if (d2) out.push(`<path d="${d2}"><title>f = ${escapeXml(c.value.toPrecision(4))}</title></path>`);
  }
  out.push('</g>');
  out.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`);
  for (let k = 0; k <= 4; k++) {
    const x = x0 + ((x1 - x0) * k) / 4;
    const y = y0 + ((y1 - y0) * k) / 4;
    out.push(`<text x="${px(x)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${x.toPrecision(3)}</text>`);
    out.push(`<text x="${MARGIN.left - 6}" y="${py(y)}" text-anchor="end" dominant-baseline="middle">${y.toPrecision(3)}</text>`);
  }
  out.push(`<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 10}" text-anchor="middle">${escapeXml(vars[0]!)}</text>`);
  out.push(`<text x="16" y="${MARGIN.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 16 ${MARGIN.top + plotH / 2})">${escapeXml(vars[1]!)}</text>`);
  out.push(`<polyline points="${path.map((p) => `${px(p[0]!)},${py(p[1]!)}`).join(' ')}" fill="none" stroke="#f28e2c" stroke-width="2"/>`);
  for (const [k, p] of path.entries()) out.push(`<circle cx="${px(p[0]!)}" cy="${py(p[1]!)}" r="${k === 0 ? 4 : 2.5}" fill="#f28e2c"><title>step ${k}</title></circle>`);
  found.forEach((p, i) => {
    out.push(marker(p, px(crit[i]![0]!), py(crit[i]![1]!)));
  });
  out.push('</svg>');
  return out.join('\n');
}
