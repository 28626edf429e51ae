/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NOTES_BYTES } from '../../src/cli/check.js';
import { runCli } from './capture.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'notes');
const dir = mkdtempSync(join(tmpdir(), 'gradproof-check-'));
const CHROMIUM = '/usr/bin/chromium';
/** Screenshots for a reviewer, kept after the test. */
const SHOTS = join(tmpdir(), 'gradproof-check-screenshots');

const write = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const GOOD = '# Power rule\n\n$$\\frac{d}{dx} x^3 = 3x^2$$\n\nAnd $3 - 0.1 \\times 4 = 2.6$.\n';
const BAD = '# A slip\n\n$$\\frac{d}{dx} x^4 = 4x^4$$\n\nAnd $e \\approx 2.72$.\n';

describe('gradproof check: exit codes', () => {
  it('0 when nothing is refuted, with the page written beside the notes', async () => {
    const notes = write('good.md', GOOD);
    const r = await runCli('check', notes);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 proved, 1 verified numerically, 0 refuted, 0 not understood; wrote .*good\.checked\.html\n$/);
    expect(readFileSync(join(dir, 'good.checked.html'), 'utf8')).toContain('class="badge verified"');
  });

  it('1 when a line is refuted, naming the line, the counterexample and the correction', async () => {
    const notes = write('bad.md', BAD);
    const r = await runCli('check', notes);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('line 3: REFUTED d/dx x^4 = 4·x^4');
    expect(r.stdout).toContain('correction: 4\\,x^{3}');
    expect(r.stdout).toMatch(/1 refuted/);
  });

  it.each([
    [['check'], /check takes one notes file, got 0/],
    [['check', 'a.md', 'b.md'], /check takes one notes file, got 2: "a.md" "b.md"/],
    [['check', join(dir, 'missing.md')], /cannot read notes file .*missing\.md: no such file \(ENOENT\)/],
    [['check', dir], /notes file .* is a directory, not a regular file/],
    [['check', '/dev/zero'], /notes file \/dev\/zero is a device, not a regular file/],
    [['check', 'good.md', '--digits', 'many'], /--digits must be an integer in 5…1000, got "many"/],
    [['check', 'good.md', '--digits', '2'], /--digits/],
    [['check', 'good.md', '--bogus'], /unknown option --bogus/],
  ])('2 on bad input: %j', async (argv, message) => {
    const r = await runCli(...argv.map((a) => (a === 'good.md' ? join(dir, 'good.md') : a)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('2 on a FIFO (no wait for a writer), bytes that are not UTF-8, a NUL byte, a file over the cap', async () => {
    const fifo = join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const latin1 = write('latin1.md', Buffer.from([0x24, 0x78, 0xe9, 0x24]));
    const nul = write('nul.md', '$x = 1$\u0000');
    const huge = join(dir, 'huge.md');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, MAX_NOTES_BYTES + 1); // sparse: no disk space used
    closeSync(fd);
    for (const [path, message] of [
      [fifo, /is a FIFO \(named pipe\), not a regular file/],
      [latin1, /latin1\.md is not UTF-8 text/],
      [nul, /nul\.md is not a text file \(it holds a NUL byte\)/],
      [huge, /huge\.md is 8\.0 MiB; input files are limited to 8 MiB/],
    ] as const) {
      const r = await runCli('check', path);
      expect(r.code, String(path)).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(readdirSync(dir).filter((f) => f.includes('pipe') || f.includes('latin1') || f.includes('nul.') || f.includes('huge.checked'))).toEqual(['latin1.md', 'nul.md', 'pipe.md']);
  });
});

describe('gradproof check --json and --out', () => {
  it('prints { file, equations, definitions, summary, written } with the documented fields', async () => {
    const notes = write('json.md', `${BAD}\nLet $w = 10$.\n\n$$\\unknownmacro{x} = 2$$\n`);
    const out = join(dir, 'json-out', 'nested');
    const r = await runCli('check', notes, '--json', '--out', out, '--digits', '20');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as {
      file: string;
      equations: Record<string, unknown>[];
      definitions: { line: number; name: string; meaning: string }[];
      summary: Record<string, number>;
      written: string;
    };
    expect(doc.file).toBe('json.md');
    expect(doc.written).toBe(join(out, 'json.checked.html'));
    expect(existsSync(doc.written)).toBe(true);
    expect(Object.keys(doc.summary).sort()).toEqual(['notUnderstood', 'proved', 'refuted', 'verified']);
    expect(doc.summary).toEqual({ proved: 0, verified: 1, refuted: 1, notUnderstood: 1 });
    const [derivative, approx, unknown] = doc.equations;
    expect(derivative).toMatchObject({ line: 3, tex: '\\frac{d}{dx} x^4 = 4x^4', kind: 'derivative', status: 'refuted', method: 'numeric', digits: 20 });
    expect(derivative!.counterexample).toMatch(/^at x = /);
    expect(derivative!.correction).toMatch(/x\^\{3\}/);
    expect(approx).toMatchObject({ line: 5, kind: 'value', status: 'verified', method: 'numeric', digits: 20 });
    expect(unknown).toMatchObject({ line: 9, status: 'not-understood', method: null, reason: 'unknown command \\unknownmacro' });
    for (const e of doc.equations) {
      for (const key of ['line', 'tex', 'kind', 'status', 'method', 'digits', 'summary']) expect(Object.hasOwn(e, key), key).toBe(true);
    }
    expect(doc.definitions).toEqual([{ line: 7, tex: 'w = 10', name: 'w', meaning: '10' }]);
  });

  it('writes the page as one set: the old page replaced whole, no temporary left, a directory in the way refused', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gradproof-check-out-'));
    const notes = write('set.md', GOOD);
    writeFileSync(join(out, 'set.checked.html'), 'old');
    expect((await runCli('check', notes, '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'set.checked.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(readdirSync(out)).toEqual(['set.checked.html']);
    mkdirSync(join(out, 'blocked.checked.html'));
    const r = await runCli('check', write('blocked.md', GOOD), '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/blocked\.checked\.html: it is a directory \(EISDIR\)/);
    expect(readdirSync(out).sort()).toEqual(['blocked.checked.html', 'set.checked.html']);
    const file = write('plain-file', 'x');
    const r2 = await runCli('check', notes, '--out', join(file, 'below'));
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/--out .*plain-file is not a directory/);
  });

  it('never crashes on what a teacher may write: malformed LaTeX, unknown macros, unbalanced $, a 1 MB file', async () => {
    const messy = ['$$\\frac{1}{$$', '$\\unknownmacro{x} = 2$', 'costs $5 and more', '$$ \\begin{cases} $$', '$a = b = $', '\\[ x = \\]', '$$\\left( x = 1$$', '$$\\begin{aligned} a &= \\\\ &= b \\end{aligned}$$'].join('\n\n');
    // the fixture notes over and over (their planted mistakes included), then the mess
    const corpus = readdirSync(fixtures)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => readFileSync(join(fixtures, f), 'utf8'))
      .join('\n\n');
    const copies = Math.ceil(1_000_000 / corpus.length);
    const big = `${corpus}\n\n`.repeat(copies) + messy;
    expect(big.length).toBeGreaterThan(1_000_000);
    const one = await runCli('check', write('once.md', `${corpus}\n\n${messy}`), '--json');
    const r = await runCli('check', write('messy.md', big), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    type Doc = { equations: { line: number; status: string; reason?: string }[]; summary: { refuted: number; notUnderstood: number } };
    const doc = JSON.parse(r.stdout) as Doc;
    const once = JSON.parse(one.stdout) as Doc;
    // every copy is judged as the first one is
    expect(doc.summary.refuted).toBe(once.summary.refuted * copies);
    for (const e of doc.equations.filter((x) => x.status === 'not-understood')) expect(e.reason).toBeTruthy();
    const mess = once.equations.filter((e) => e.line > corpus.split('\n').length + 1);
    expect(mess.length).toBeGreaterThanOrEqual(5);
    expect(mess.every((e) => e.status === 'not-understood' && e.reason)).toBe(true);
  }, 300_000);
});

describe('the checked page in a real browser', () => {
  let browser: Browser;
  let page: string;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
    mkdirSync(SHOTS, { recursive: true });
    const notes = join(dir, 'chain-rule.md');
    copyFileSync(join(fixtures, 'chain-rule.md'), notes);
    const r = await runCli('check', notes, '--json');
    expect(r.code).toBe(1);
    page = (JSON.parse(r.stdout) as { written: string }).written;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders every formula with KaTeX (no error), a badge per link, and summary links that land on the refuted lines', async () => {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await tab.goto(`file://${page}`);
    const r = await tab.evaluate(() => {
      const links = [...document.querySelectorAll('.summary a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
      return {
        katex: document.querySelectorAll('.katex').length,
        errors: document.querySelectorAll('.katex-error').length,
        mathml: document.querySelectorAll('.katex math').length,
        badges: [...document.querySelectorAll('.badge')].map((b) => b.className.replace('badge ', '')),
        links,
        targets: links.map((id) => {
          const el = document.getElementById(id);
          return el ? { badge: el.classList.contains('refuted'), line: el.closest('.row')?.querySelector('.ln')?.textContent } : null;
        }),
        external: document.querySelectorAll('link[href], script, img[src]').length,
      };
    });
    expect(r.errors).toBe(0);
    expect(r.katex).toBeGreaterThanOrEqual(9);
    expect(r.mathml).toBe(r.katex);
    expect(r.badges.filter((b) => b === 'refuted')).toHaveLength(2);
    expect(r.badges.length).toBeGreaterThanOrEqual(8);
    expect(r.links).toHaveLength(2);
    expect(r.targets).toEqual([
      { badge: true, line: '11' },
      { badge: true, line: '23' },
    ]);
    expect(r.external).toBe(0);
    await tab.click(`.summary a[href="#${r.links[1]}"]`);
    const visible = await tab.evaluate((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, r.links[1]!);
    expect(visible).toBe(true);
    writeFileSync(join(SHOTS, 'check-chain-rule.png'), await tab.screenshot({ fullPage: true }));
    await tab.close();
  }, 60_000);
});
