/**
 * The sheet's shared task list (src/sheet/work.ts): every task claimed exactly once from
 * either end, the verifications first with the notes' activations last, and the same
 * results from worker threads (the built package) as in-process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../src/activations/index.js';
import { getActivation } from '../../src/activations/_internals/catalogue.js';
import { formulaTex, NOTES_ORDER, readableParts } from '../../src/sheet/model.js';
import { activationPlot } from '../../src/sheet/plots.js';
import { claimTask, type SheetTask, sheetTasks, startSheetWork } from '../../src/sheet/work.js';
import { getScalarActivation } from '../../src/activations/_internals/catalogue.js';

const root = join(import.meta.dirname, '../..');

describe('the sheet’s shared task list', () => {
  it('hands out every task exactly once, the front in order and the back in reverse, then -1', () => {
    const flags = new Int32Array(new SharedArrayBuffer(4 * 7));
    const got = [claimTask(flags, false), claimTask(flags, true), claimTask(flags, false), claimTask(flags, true), claimTask(flags, true), claimTask(flags, false), claimTask(flags, false)];
    expect(got).toEqual([0, 6, 1, 5, 4, 2, 3]);
    expect(claimTask(flags, false)).toBe(-1);
    expect(claimTask(flags, true)).toBe(-1);
  });

  it('lists the verifications first, the notes’ activations after the others, and each task once', () => {
    const tasks = sheetTasks(ACTIVATIONS, NOTES_ORDER);
    const kinds = tasks.map((t) => t.kind);
    expect(kinds.lastIndexOf('verify')).toBe(ACTIVATIONS.length - 1);
    const verified = tasks.filter((t) => t.kind === 'verify').map((t) => t.name);
    const firstNotes = verified.findIndex((n) => NOTES_ORDER.includes(n));
    expect(verified.slice(firstNotes).every((n) => NOTES_ORDER.includes(n))).toBe(true);
    expect(verified.slice(firstNotes).length).toBe(NOTES_ORDER.length);
    for (const kind of ['verify', 'formula', 'plot'] as const) expect(tasks.filter((t) => t.kind === kind).map((t) => t.name).sort()).toEqual(ACTIVATIONS.map((a) => a.name).sort());
    expect(tasks.length).toBe(3 * ACTIVATIONS.length);
  });

  // a scalar activation's verification also gives its readable derivatives; a vector one's does not
  const small: SheetTask[] = [
    { kind: 'verify', name: 'relu' },
    { kind: 'verify', name: 'sigmoid' },
    { kind: 'verify', name: 'maxout' },
    { kind: 'formula', name: 'softmax' },
    { kind: 'plot', name: 'tanh' },
  ];

  it('in-process (from the sources) gives what each function gives', async () => {
    const work = startSheetWork(small);
    work.helpOut();
    const r = await work.done();
    expect(r.verdicts.get('relu')!.holds).toBe(true);
    expect([...r.verdicts.keys()].sort()).toEqual(['maxout', 'relu', 'sigmoid']);
    expect([...r.readable.keys()].sort()).toEqual(['relu', 'sigmoid']);
    expect(r.readable.get('sigmoid')).toEqual(readableParts(getScalarActivation('sigmoid')));
    expect(r.formulas.get('softmax')).toBe(formulaTex(getActivation('softmax')));
    expect(r.plots.get('tanh')).toBe(activationPlot(getActivation('tanh')));
  });

  it('on worker threads (the built package) gives the same results as in-process', async () => {
    const code = `
      const { startSheetWork } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/src/sheet/work.js')).href)});
      const work = startSheetWork(${JSON.stringify(small)}, 2);
      const r = await work.done();
      console.log(JSON.stringify({ holds: r.verdicts.get('relu').holds, verified: [...r.verdicts.keys()].sort(), readableOf: [...r.readable.keys()].sort(), readable: r.readable.get('sigmoid'), formula: r.formulas.get('softmax'), plot: r.plots.get('tanh') }));`;
    const dir = mkdtempSync(join(tmpdir(), 'gradproof-work-'));
    const script = join(dir, 'run.mjs');
    writeFileSync(script, code);
    let out: Record<string, unknown>;
    try {
      out = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as Record<string, unknown>;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(out.holds).toBe(true);
    expect(out.verified).toEqual(['maxout', 'relu', 'sigmoid']);
    expect(out.readableOf).toEqual(['relu', 'sigmoid']);
    expect(out.readable).toEqual(JSON.parse(JSON.stringify(readableParts(getScalarActivation('sigmoid')))));
    expect(out.formula).toBe(formulaTex(getActivation('softmax')));
    expect(out.plot).toBe(activationPlot(getActivation('tanh')));
  }, 120_000);
});
