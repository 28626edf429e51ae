import { describe, expect, it } from 'vitest';
import { escapeXml, lineChart, stackCharts } from '../../src/plot/line-chart.js';

describe('lineChart', () => {
  const svg = lineChart({
    title: 'loss & accuracy <test>',
    x: { label: 'epoch' },
    y: { label: 'value' },
    series: [
      { name: 'loss', points: [[1, 1], [2, 0.5], [3, 0.25]] },
      { name: 'accuracy', points: [[1, 0.3], [2, 0.6], [3, 0.9]], dash: '6 3', markers: true },
    ],
  });

  it('is one SVG document with a title, axis labels, a legend and one path per series', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('>loss &amp; accuracy &lt;test&gt;</text>');
    expect(svg).toContain('>epoch</text>');
    expect(svg).toContain('>value</text>');
    expect(svg.match(/<path /g)?.length).toBe(2);
    expect(svg).toContain('stroke-dasharray="6 3"');
    expect(svg.match(/<circle /g)?.length).toBe(3);
    expect(svg).toContain('>accuracy</text>');
  });

  it('maps the data into the plot area: the first point of a falling line is higher than its last', () => {
    const d = /<path d="M([\d.]+),([\d.]+).*L([\d.]+),([\d.]+)"/.exec(svg)!;
    expect(Number(d[1])).toBeLessThan(Number(d[3]));
    expect(Number(d[2])).toBeLessThan(Number(d[4]));
  });

  it('leaves gaps for missing values and, on a log axis, for values ≤ 0; labels powers of ten', () => {
    const log = lineChart({ y: { scale: 'log' }, series: [{ name: 'g', points: [[1, 1e-6], [2, Number.NaN], [3, 0], [4, 1e-2], [5, 1]] }] });
    const path = /<path d="([^"]+)"/.exec(log)![1]!;
    expect(path.match(/M/g)?.length).toBe(2); // two pieces: before and after the gap
    expect(log).toContain('>1e-6</text>');
    expect(log).toContain('>1</text>');
    expect(log).not.toContain('NaN');
  });

  it('has no legend for a single series unless asked, and survives empty data', () => {
    expect(lineChart({ series: [{ name: 'only', points: [[0, 1], [1, 2]] }] })).not.toContain('>only</text>');
    expect(lineChart({ series: [] })).toContain('</svg>');
  });

  it('stacks charts into one document', () => {
    const both = stackCharts([svg, lineChart({ height: 300, series: [{ name: 'x', points: [[0, 0], [1, 1]] }] })]);
    expect(both).toContain('height="700"');
    expect(both.match(/<svg /g)?.length).toBe(3);
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});
