/**
 * Line charts as SVG strings: several series, axes with ticks (linear or logarithmic),
 * axis labels, a legend and a title. Pure: data in, a string out; no DOM, no files.
 *
 * Built on d3-scale (domains, nice ranges, ticks and their labels, log scales) and
 * d3-shape (the path of each line, with gaps where a value is missing): the two d3
 * modules that need no DOM, so the module runs in Node and in tests as it is, while the
 * tick and scale logic is the one the d3 ecosystem has kept correct for a decade.
 *
 * @module
 */
import { type ScaleLinear, type ScaleLogarithmic, scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';

/**
 * One line.
 *
 * @example
 * ```ts
 * const s: Series = { name: 'train', points: [[1, 0.9], [2, 0.4]], dash: '6 3', markers: true };
 * ```
 */
export interface Series {
  /** Name in the legend. */
  readonly name: string;
  /** (x, y) points; a non-finite y (or y ≤ 0 on a log axis) leaves a gap. */
  readonly points: readonly (readonly [number, number])[];
  /** CSS colour (default: the next colour of a 10-colour palette). */
  readonly color?: string;
  /** SVG dash pattern, e.g. `'6 3'`. */
  readonly dash?: string;
  /** Draw a dot at each point. */
  readonly markers?: boolean;
  /**
   * Marked points: a filled dot where the function takes the value, an open dot where it
   * only approaches it (at a jump or a kink of the derivative).
   */
  readonly dots?: readonly { readonly x: number; readonly y: number; readonly open: boolean }[];
}

/**
 * An axis.
 *
 * @example
 * ```ts
 * const y: AxisOptions = { label: 'loss', scale: 'log' };
 * ```
 */
export interface AxisOptions {
  readonly label?: string;
  /** Default linear. */
  readonly scale?: 'linear' | 'log';
  /** Fixed domain (default: the data's extent, made nice). */
  readonly domain?: readonly [number, number];
}

/**
 * Options of {@link lineChart}.
 *
 * @example
 * ```ts
 * lineChart({ title: 'loss', width: 800, height: 300, x: { label: 'epoch' }, y: { scale: 'log' }, series });
 * ```
 */
export interface LineChartOptions {
  readonly series: readonly Series[];
  readonly title?: string;
  readonly x?: AxisOptions;
  readonly y?: AxisOptions;
  /** Pixels (default 640 × 400). */
  readonly width?: number;
  readonly height?: number;
  /** Show the legend (default: when there is more than one series). */
  readonly legend?: boolean;
}

/** Tableau 10, the palette d3's schemeTableau10 uses. */
const PALETTE = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'];

/**
 * Escapes text for SVG content and attributes.
 *
 * @example
 * ```ts
 * escapeXml('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

type Scale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

function plottable(value: number, log: boolean): boolean {
  return Number.isFinite(value) && (!log || value > 0);
}

function makeScale(axis: AxisOptions | undefined, values: number[], range: [number, number]): Scale {
  const log = axis?.scale === 'log';
  const usable = values.filter((v) => plottable(v, log));
  // reduce, not Math.min(...usable): a curve of a million epochs would overflow the call stack
  let lo = axis?.domain?.[0] ?? usable.reduce((m, v) => Math.min(m, v), Infinity);
  let hi = axis?.domain?.[1] ?? usable.reduce((m, v) => Math.max(m, v), -Infinity);
  if (!usable.length && !axis?.domain) [lo, hi] = log ? [1, 10] : [0, 1];
  if (lo === hi) [lo, hi] = log ? [lo / 10, hi * 10] : [lo - 1, hi + 1];
  if (log) {
    const s = scaleLog().domain([lo, hi]).range(range);
    return axis?.domain ? s : s.nice();
  }
  const s = scaleLinear().domain([lo, hi]).range(range);
  return axis?.domain ? s : s.nice();
}

function ticksOf(scale: Scale, log: boolean, count: number): { value: number; label: string }[] {
  if (log) {
    const [a, b] = scale.domain() as [number, number];
    const lo = Math.ceil(Math.log10(Math.min(a, b)) - 1e-9);
    const hi = Math.floor(Math.log10(Math.max(a, b)) + 1e-9);
    const step = Math.max(1, Math.ceil((hi - lo + 1) / count));
    const out: { value: number; label: string }[] = [];
    for (let k = lo; k <= hi; k += step) out.push({ value: 10 ** k, label: k === 0 ? '1' : `1e${k}` });
    return out;
  }
  const lin = scale as ScaleLinear<number, number>;
  const format = lin.tickFormat(count);
  return lin.ticks(count).map((value) => ({ value, label: format(value) }));
}

const round = (x: number): string => String(Math.round(x * 100) / 100);

/**
 * Draws a line chart and returns the SVG document as a string.
 *
 * @example
 * ```ts
 * const svg = lineChart({
 *   title: 'training loss',
 *   x: { label: 'epoch' },
 *   y: { label: 'loss', scale: 'log' },
 *   series: [{ name: 'train', points: [[1, 1.2], [2, 0.6], [3, 0.3]] }],
 * });
 * svg.startsWith('<svg'); // true
 * ```
 */
export function lineChart(options: LineChartOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  const margin = { top: options.title ? 40 : 16, right: 20, bottom: options.x?.label ? 52 : 32, left: options.y?.label ? 76 : 56 };
  const xLog = options.x?.scale === 'log';
  const yLog = options.y?.scale === 'log';
  const all = options.series.flatMap((s) => [...s.points, ...(s.dots ?? []).map((d) => [d.x, d.y] as const)]);
  const x = makeScale(options.x, all.map((p) => p[0]), [margin.left, width - margin.right]);
  const y = makeScale(options.y, all.map((p) => p[1]), [height - margin.bottom, margin.top]);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  if (options.title) out.push(`<text x="${width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(options.title)}</text>`);
  // grid and ticks
  const bottom = height - margin.bottom;
  for (const t of ticksOf(x, xLog, Math.max(2, Math.floor(width / 90)))) {
    const px = round(x(t.value));
    out.push(`<line x1="${px}" y1="${margin.top}" x2="${px}" y2="${bottom}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${px}" y="${bottom + 16}" text-anchor="middle" fill="#333">${escapeXml(t.label)}</text>`);
  }
  for (const t of ticksOf(y, yLog, Math.max(2, Math.floor(height / 60)))) {
    const py = round(y(t.value));
    out.push(`<line x1="${margin.left}" y1="${py}" x2="${width - margin.right}" y2="${py}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${margin.left - 6}" y="${py}" text-anchor="end" dominant-baseline="middle" fill="#333">${escapeXml(t.label)}</text>`);
  }
  out.push(`<line x1="${margin.left}" y1="${bottom}" x2="${width - margin.right}" y2="${bottom}" stroke="#333"/>`);
  out.push(`<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${bottom}" stroke="#333"/>`);
  if (options.x?.label) out.push(`<text x="${(margin.left + width - margin.right) / 2}" y="${height - 12}" text-anchor="middle">${escapeXml(options.x.label)}</text>`);
  if (options.y?.label) {
    const cy = (margin.top + bottom) / 2;
    out.push(`<text x="16" y="${cy}" text-anchor="middle" transform="rotate(-90 16 ${cy})">${escapeXml(options.y.label)}</text>`);
  }
  // lines
  options.series.forEach((s, i) => {
    const color = s.color ?? PALETTE[i % PALETTE.length]!;
    const ok = (p: readonly [number, number]) => plottable(p[0], xLog) && plottable(p[1], yLog);
    const path = line<readonly [number, number]>()
      .defined(ok)
      .x((p) => x(p[0]))
      .y((p) => y(p[1]))
      .digits(2)(s.points);
    if (path) out.push(`<path d="${path}" fill="none" stroke="${escapeXml(color)}" stroke-width="2"${s.dash ? ` stroke-dasharray="${escapeXml(s.dash)}"` : ''}/>`);
    if (s.markers) for (const p of s.points.filter(ok)) out.push(`<circle cx="${round(x(p[0]))}" cy="${round(y(p[1]))}" r="3" fill="${escapeXml(color)}"/>`);
    for (const d of s.dots ?? []) {
      if (!ok([d.x, d.y])) continue;
      const fill = d.open ? 'white' : escapeXml(color);
      out.push(`<circle cx="${round(x(d.x))}" cy="${round(y(d.y))}" r="4" fill="${fill}" stroke="${escapeXml(color)}" stroke-width="2"><title>${d.open ? 'not attained' : 'attained'}: (${d.x}, ${Number(d.y.toPrecision(6))})</title></circle>`);
    }
  });
  // legend: in the corner of the plot area that covers the fewest points (top right on ties)
  if (options.legend ?? options.series.length > 1) {
    const boxWidth = 24 + Math.max(...options.series.map((s) => s.name.length)) * 7 + 12;
    const boxHeight = options.series.length * 18 + 8;
    const pixels = options.series.flatMap((s) => s.points.filter((p) => plottable(p[0], xLog) && plottable(p[1], yLog)).map((p) => [x(p[0]), y(p[1])] as const));
    const corners = [
      [width - margin.right - boxWidth - 8, margin.top + 8],
      [margin.left + 8, margin.top + 8],
      [width - margin.right - boxWidth - 8, bottom - boxHeight - 8],
      [margin.left + 8, bottom - boxHeight - 8],
    ] as const;
    const covered = (cx: number, cy: number) => pixels.filter(([px, py]) => px >= cx - 4 && px <= cx + boxWidth + 4 && py >= cy - 4 && py <= cy + boxHeight + 4).length;
    const [lx, ly] = corners.reduce((best, c) => (covered(c[0], c[1]) < covered(best[0], best[1]) ? c : best));
    out.push(`<rect x="${lx}" y="${ly}" width="${boxWidth}" height="${boxHeight}" fill="white" fill-opacity="0.85" stroke="#ccc"/>`);
    options.series.forEach((s, i) => {
      const color = s.color ?? PALETTE[i % PALETTE.length]!;
      const ry = ly + 14 + i * 18;
      out.push(`<line x1="${lx + 6}" y1="${ry}" x2="${lx + 26}" y2="${ry}" stroke="${escapeXml(color)}" stroke-width="2"${s.dash ? ` stroke-dasharray="${escapeXml(s.dash)}"` : ''}/>`);
      out.push(`<text x="${lx + 32}" y="${ry}" dominant-baseline="middle">${escapeXml(s.name)}</text>`);
    });
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/**
 * Stacks SVG charts vertically into one SVG document (each keeps its own size).
 *
 * @example
 * ```ts
 * stackCharts([lineChart({ series: [a] }), lineChart({ series: [b] })]); // one SVG, two panels
 * ```
 */
export function stackCharts(charts: readonly string[]): string {
  let y = 0;
  let width = 0;
  const parts: string[] = [];
  for (const svg of charts) {
    const w = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 640);
    const h = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 400);
    parts.push(svg.trim().replace(/^<svg /, `<svg x="0" y="${y}" `));
    y += h;
    width = Math.max(width, w);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">\n${parts.join('\n')}\n</svg>\n`;
}
