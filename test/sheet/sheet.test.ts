/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../src/activations/index.js';
import { runCli } from '../cli/capture.js';

const CHROMIUM = '/usr/bin/chromium';
let dir = '';

/** Math delimiters of a Markdown text are balanced when every $$ block closes and inline $ pair up per line. */
function unbalancedMath(md: string): string[] {
  const problems: string[] = [];
  const blocks = md.split('\n').filter((l) => l.trim() === '$$').length;
  if (blocks % 2) problems.push(`odd number of $$ lines (${blocks})`);
  for (const [i, line] of md.split('\n').entries()) {
    if (line.trim() === '$$') continue;
    const singles = line.replace(/\\\$/g, '').match(/\$/g)?.length ?? 0;
    if (singles % 2) problems.push(`line ${i + 1}: unbalanced $`);
  }
  return problems;
}

describe('the formula sheet', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gradproof-sheet-'));
    const r = await runCli('sheet', '--out', dir, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 300_000);

  it('writes Markdown with balanced math and every activation, verified', () => {
    const md = readFileSync(join(dir, 'formula-sheet.md'), 'utf8');
    expect(unbalancedMath(md)).toEqual([]);
    for (const a of ACTIVATIONS) expect(md).toContain(`### ${a.name}`);
    expect(md).not.toContain('NOT verified');
    expect(md).toContain('## Errata of the lecture notes');
  });

  it('renders in a real browser: no KaTeX errors, no raw TeX, a plot per activation', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${join(dir, 'formula-sheet.html')}`);
      const report = await page.evaluate(() => ({
        errors: document.querySelectorAll('.katex-error').length,
        katex: document.querySelectorAll('.katex').length,
        rawTex: document.body.textContent?.match(/\$[^$\n]+\$|\\frac|\\begin\{/g) ?? [],
        sections: [...document.querySelectorAll('section.activation')].map((s) => ({
          name: s.getAttribute('data-activation'),
          plots: s.querySelectorAll('svg path').length,
        })),
        external: [...document.querySelectorAll('link[href], script[src], img[src]')].length,
      }));
      expect(report.errors).toBe(0);
      expect(report.katex).toBeGreaterThan(ACTIVATIONS.length * 2);
      expect(report.rawTex).toEqual([]);
      expect(report.external).toBe(0);
      expect(report.sections.map((s) => s.name)).toEqual(ACTIVATIONS.map((a) => a.name));
      for (const s of report.sections) expect(s.plots, s.name ?? '').toBeGreaterThanOrEqual(2);
      const shot = join(dir, 'formula-sheet.png');
      writeFileSync(shot, await page.screenshot({ fullPage: false }));
      expect(readFileSync(shot).length).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('refuses an --out it cannot write, and writes nothing', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = await runCli('sheet', '--out', join(file, 'sub'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out .*a-file is not a directory/);
    expect(existsSync(join(file, 'sub'))).toBe(false);
  });
});
