/**
 * `gradproof sheet` when Chromium fails part-way through printing (here: the printer's first
 * print rejects, as when the browser crashes): the error is reported, the browser is
 * closed, and nothing is written into --out, neither the HTML made before printing nor any
 * temporary file.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './capture.js';

const printer = vi.hoisted(() => ({ printed: 0, closed: 0, shells: 0 }));
vi.mock('../../src/sheet/printer.js', () => ({
  startPrinter: (_chromium: string, pages: number | readonly string[]) => {
    printer.shells = typeof pages === 'number' ? 0 : pages.length;
    return {
      print: async () => {
        printer.printed++;
        await new Promise((r) => setTimeout(r, 20));
        throw new Error('page.setContent: Target page, context or browser has been closed');
      },
      close: async () => {
        printer.closed++;
      },
    };
  },
}));

describe('gradproof sheet when Chromium fails while printing', () => {
  const out = mkdtempSync(join(tmpdir(), 'gradproof-sheet-crash-'));
  afterEach(() => {
    delete process.env.GRADPROOF_CHROMIUM;
  });

  it('reports it, closes the browser, and writes nothing', async () => {
    process.env.GRADPROOF_CHROMIUM = process.execPath; // any executable: the printer is the stand-in above
    try {
      const r = await runCli('sheet', '--out', out);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^gradproof: internal error: page\.setContent: Target page, context or browser has been closed\n$/);
      expect(printer.shells).toBe(2);
      expect(printer.printed).toBe(2);
      expect(printer.closed).toBe(1);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);
});
