/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../src/activations/index.js';
import { DEFAULTS } from '../../src/defaults.js';
import { NOTES_ORDER } from '../../src/sheet/model.js';
import { katexCss } from '../../src/cli/sheet.js';
import { pageShells } from '../../src/sheet/html.js';
import { bodyInShell, pdfPageCount, printPdfs } from '../../src/sheet/pdf.js';
import { runCli } from '../cli/capture.js';

const CHROMIUM = '/usr/bin/chromium';
/** The committed sheet (npm start writes it). */
const DOCS = fileURLToPath(new URL('../../docs', import.meta.url));
/** Screenshots for a reviewer, kept after the test. */
const SHOTS = join(tmpdir(), 'gradproof-sheet-screenshots');
let dir = '';
let browser: Browser;

describe('the formula sheet in a real browser', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
    dir = mkdtempSync(join(tmpdir(), 'gradproof-sheet-'));
    mkdirSync(SHOTS, { recursive: true });
    // under an artificial CPU load: two busy processes take both cores while the sheet is made,
    // and the result must be the very bytes committed in docs/ (made by npm start on a quiet run)
    const load = [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
    let r: Awaited<ReturnType<typeof runCli>>;
    try {
      r = await runCli('sheet', '--out', dir, '--json');
    } finally {
      for (const p of load) p.kill('SIGKILL');
    }
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is deterministic: made under CPU load, it is byte for byte the sheet committed in docs/ (so docs/ is current)', () => {
    // the stamp's date is the date of the last commit, which the commit of the docs itself moves
    const sameDay = (text: string) => text.replace(/(gradproof \d+\.\d+\.\d+(?: ·|,) )\d{4}-\d{2}-\d{2}/g, '$1DATE');
    const files = ['formula-sheet.md', 'formula-sheet.html', 'formula-summary.html', ...readdirSync(join(DOCS, 'formula-sheet-plots')).map((f) => join('formula-sheet-plots', f))];
    expect(readdirSync(join(dir, 'formula-sheet-plots')).sort()).toEqual(readdirSync(join(DOCS, 'formula-sheet-plots')).sort());
    for (const f of files) {
      const made = sameDay(readFileSync(join(dir, f), 'utf8'));
      const committed = sameDay(readFileSync(join(DOCS, f), 'utf8'));
      expect(made === committed, `${f} differs from the committed docs/${f}: run npm start and commit docs/`).toBe(true);
    }
  });

  it('says how a derivative is checked as the verifier checks it: every digit asked for, no slack', () => {
    const html = readFileSync(join(dir, 'formula-sheet.html'), 'utf8');
    const method = html.slice(html.indexOf('id="method"'));
    expect(method).toContain(`${DEFAULTS.digits} digits asked and all ${DEFAULTS.digits} required at every point`);
    expect(method).not.toMatch(/≥ \d+ required/);
  });

  it('writes each page as the shell Chromium loads ahead of time with a body put in (so only the body is parsed when it prints)', () => {
    const [sheet, summary] = pageShells(katexCss());
    expect(bodyInShell(sheet!, readFileSync(join(dir, 'formula-sheet.html'), 'utf8'))).toMatch(/^\n<header>/);
    expect(bodyInShell(summary!, readFileSync(join(dir, 'formula-summary.html'), 'utf8'))).toMatch(/^\n<h1>/);
  });

  it('writes Markdown with math fences, every activation, verified, and its plots beside it', () => {
    const md = readFileSync(join(dir, 'formula-sheet.md'), 'utf8');
    const lines = md.split('\n');
    expect(lines.filter((l) => l === '```math').length).toBe(lines.filter((l) => l === '```').length);
    expect(md).not.toContain('$$');
    for (const a of ACTIVATIONS) expect(md).toContain(`(\`${a.name}\``);
    expect(md).not.toContain('NOT verified');
    expect(md).not.toContain('REFUTED');
    // every check line states what was compared: never "to 0 digits" or "at 0 points"
    const counts = [...md.matchAll(/to (\d+) digits at (\d+) points/g)];
    expect(counts.length).toBeGreaterThan(0);
    for (const [line, digits, points] of counts) expect(Number(digits) > 0 && Number(points) > 0, line).toBe(true);
    // a vector activation's φ′ line tells what its textbook Jacobian showed (softmax's is proved entry by entry)
    const softmax = md.slice(md.indexOf('(`softmax`'));
    expect(softmax.slice(0, softmax.indexOf('<a id='))).toContain('✓ φ′: proved equal to the derivative derived from φ');
    const plots = [...md.matchAll(/\]\((formula-sheet-plots\/[^)]+\.svg)\)/g)].map((m) => m[1]!);
    expect(plots.length).toBe(ACTIVATIONS.length + 1);
    for (const p of plots) expect(readFileSync(join(dir, p), 'utf8').startsWith('<svg')).toBe(true);
    expect(readdirSync(join(dir, 'formula-sheet-plots')).length).toBe(plots.length);
  });

  for (const width of [1280, 390]) {
    it(`reads well at ${width} px: no KaTeX error, MathML everywhere, no formula cut off, every anchor resolves`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`file://${join(dir, 'formula-sheet.html')}`);
      const r = await page.evaluate(() => {
        const clipped = [...document.querySelectorAll<HTMLElement>('.formula, .table-wrap')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && !['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
          .map((el) => el.id || el.textContent?.slice(0, 40));
        // a display formula outside a box would be cut at the page edge
        const loose = [...document.querySelectorAll('.katex-display')].filter((el) => !el.closest('.formula')).length;
        const hrefs = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
        return {
          errors: document.querySelectorAll('.katex-error').length,
          katex: document.querySelectorAll('.katex').length,
          mathml: document.querySelectorAll('.katex math').length,
          clipped,
          loose,
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
          unresolved: hrefs.filter((h) => !document.getElementById(h)),
          tocLinks: document.querySelectorAll('nav.toc a').length,
          notes: [...document.querySelectorAll('#activations section.activation')].map((s) => s.getAttribute('data-activation')),
          appendix: [...document.querySelectorAll('#appendix section.activation')].map((s) => s.getAttribute('data-activation')),
          dots: Object.fromEntries([...document.querySelectorAll('section.activation')].map((s) => [s.getAttribute('data-activation'), s.querySelectorAll('svg circle').length])),
          yLabels: [...document.querySelectorAll('section.activation svg')].filter((svg) => [...svg.querySelectorAll('text')].some((t) => t.getAttribute('transform')?.startsWith('rotate(-90'))).length,
          external: document.querySelectorAll('link[href], script, img[src]').length,
        };
      });
      expect(r.errors).toBe(0);
      expect(r.katex).toBeGreaterThan(ACTIVATIONS.length * 3);
      expect(r.mathml).toBe(r.katex);
      expect(r.clipped).toEqual([]);
      expect(r.loose).toBe(0);
      expect(r.pageOverflow).toBeLessThanOrEqual(1);
      expect(r.unresolved).toEqual([]);
      expect(r.tocLinks).toBeGreaterThan(40);
      expect(r.notes).toEqual(NOTES_ORDER);
      expect([...r.notes, ...r.appendix].sort()).toEqual(ACTIVATIONS.map((a) => a.name).sort());
      // open and closed dots where a function or its slope jumps
      for (const name of ['relu', 'leaky_relu', 'hard_tanh', 'hardshrink', 'threshold']) expect(r.dots[name], name).toBeGreaterThanOrEqual(2);
      expect(r.yLabels).toBeGreaterThanOrEqual(ACTIVATIONS.length);
      expect(r.external).toBe(0);
      for (const id of ['', 'summary', 'der-sigmoid-chain-rule', 'conventions', 'errata', 'act-leaky_relu']) {
        if (id) await page.evaluate((x) => document.getElementById(x)!.scrollIntoView(), id);
        writeFileSync(join(SHOTS, `sheet-${width}-${id || 'top'}.png`), await page.screenshot());
      }
      await page.close();
    }, 120_000);
  }

  it('has a dark mode', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    await page.goto(`file://${join(dir, 'formula-sheet.html')}`);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await page.evaluate(() => document.getElementById('act-relu')!.scrollIntoView());
    writeFileSync(join(SHOTS, 'sheet-dark-relu.png'), await page.screenshot());
    await page.close();
  }, 60_000);

  it('prints the summary on at most two pages of A4 and of Letter, and the full sheet with page numbers', async () => {
    const summary = readFileSync(join(dir, 'formula-summary.pdf'));
    expect(summary.subarray(0, 5).toString()).toBe('%PDF-');
    const a4 = pdfPageCount(summary);
    expect(a4).toBeGreaterThanOrEqual(1);
    expect(a4).toBeLessThanOrEqual(2);
    const [letter] = await printPdfs([{ html: readFileSync(join(dir, 'formula-summary.html'), 'utf8'), format: 'Letter', title: 'summary' }], CHROMIUM);
    expect(pdfPageCount(letter!)).toBeLessThanOrEqual(2);
    const full = readFileSync(join(dir, 'formula-sheet.pdf'));
    expect(pdfPageCount(full)).toBeGreaterThan(10);
    // the footer prints "page N of M"
    expect(full.toString('latin1')).toMatch(/\/Type\s*\/Page\b/);
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`file://${join(dir, 'formula-summary.html')}`);
    writeFileSync(join(SHOTS, 'summary-print.png'), await page.screenshot({ fullPage: true }));
    await page.close();
  }, 120_000);

  it('prints the sheet at its natural size: 0.75 pt per CSS pixel on every page, wide formulas scaled on their own', () => {
    // Chromium writes each page's content under a device scale 0.24 and a page scale s; s·0.24
    // is points per CSS pixel (0.75 at 100 %). A page laid out wider than the paper is shrunk
    // whole instead (it printed at 0.5, text at 6.6 pt, before the layout width was the paper's).
    const pdf = readFileSync(join(dir, 'formula-sheet.pdf'));
    const scales = new Set<string>();
    for (const m of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
      let text: string;
      try {
        text = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        continue;
      }
      const page = /^([\d.]+) 0 0 \1 [-\d.]+ [-\d.]+ cm/m.exec(text);
      if (page && /\.23999999 0 0 -\.23999999/.test(text)) scales.add((Number(page[1]) * 0.24).toFixed(4));
    }
    expect([...scales]).toEqual(['0.7500']);
    expect(pdfPageCount(pdf)).toBeGreaterThan(40);
  });

  it('keeps every heading with what follows it when printed', async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`file://${join(dir, 'formula-sheet.html')}`);
    const r = await page.evaluate(() =>
      [...document.querySelectorAll('section.activation h3, section.derivation h3, article.erratum h3')].filter((h) => {
        const keep = h.parentElement;
        const rule = keep ? getComputedStyle(keep).breakInside : '';
        return !keep?.classList.contains('keep') || rule !== 'avoid' || !h.nextElementSibling;
      }).length,
    );
    expect(r).toBe(0);
    await page.close();
  }, 60_000);

  it('refuses an --out it cannot write, and writes nothing', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = await runCli('sheet', '--out', join(file, 'sub'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out .*a-file is not a directory/);
    expect(existsSync(join(file, 'sub'))).toBe(false);
  });

  it('says so when there is no Chromium to print with, before any work', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gradproof-sheet-nochrome-'));
    process.env.GRADPROOF_CHROMIUM = join(out, 'no-such-browser');
    try {
      const r = await runCli('sheet', '--out', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no Chromium to print the PDFs with.*--no-pdf/);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      delete process.env.GRADPROOF_CHROMIUM;
    }
  });
});
