/**
 * The sheet's timeline (src/sheet/timeline.ts): nothing is noted unless
 * GRADPROOF_SHEET_TIMELINE is set; when it is, each step of each thread with its start and
 * end, taken once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('the sheet’s timeline', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('notes nothing when GRADPROOF_SHEET_TIMELINE is not set', async () => {
    vi.stubEnv('GRADPROOF_SHEET_TIMELINE', '');
    const t = await import('../../src/sheet/timeline.js');
    expect(t.timelineOn).toBe(false);
    expect(t.timed('main', 'a step', () => 42)).toBe(42);
    expect(await t.timedAsync('main', 'another', async () => 'x')).toBe('x');
    expect(t.takeSteps()).toEqual([]);
  });

  it('notes each step, its thread, start and end, and hands them over once', async () => {
    vi.stubEnv('GRADPROOF_SHEET_TIMELINE', '1');
    const t = await import('../../src/sheet/timeline.js');
    expect(t.timelineOn).toBe(true);
    const before = t.clock();
    expect(t.timed('main', 'busy', () => {
      const until = performance.now() + 20;
      while (performance.now() < until);
      return 7;
    })).toBe(7);
    await t.timedAsync('printer', 'waits', () => new Promise((r) => setTimeout(r, 20)));
    t.addSteps([{ thread: 'worker', step: 'verify relu', start: before, end: before + 1 }]);
    const steps = t.takeSteps();
    expect(steps.map((s) => [s.thread, s.step])).toEqual([
      ['main', 'busy'],
      ['printer', 'waits'],
      ['worker', 'verify relu'],
    ]);
    for (const s of steps.slice(0, 2)) {
      expect(s.start).toBeGreaterThanOrEqual(before);
      expect(s.end - s.start).toBeGreaterThanOrEqual(15);
    }
    expect(t.takeSteps()).toEqual([]);
  });
});
