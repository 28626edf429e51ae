/**
 * CPU time of a process tree, sampled from /proc (Linux only) every 100 ms: Chromium's
 * renderers are forked by its zygote, so neither `/usr/bin/time` nor `getrusage` sees them.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Samples the tree under `root` until stopped; CPU seconds of its Chromium processes and of the others. */
export function sampleTree(root: number): { stop(): { chromium: number; other: number } } {
  const best = new Map<number, { comm: string; t: number }>();
  const sample = (): void => {
    const procs = new Map<number, { comm: string; ppid: number; t: number }>();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const s = readFileSync(`/proc/${d}/stat`, 'latin1');
        const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
        procs.set(Number(d), { comm: s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')), ppid: Number(rest[1]), t: Number(rest[11]) + Number(rest[12]) });
      } catch {
        // gone
      }
    }
    const mine = new Set([root]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, p] of procs) {
        if (!mine.has(pid) && mine.has(p.ppid)) {
          mine.add(pid);
          grew = true;
        }
      }
    }
    for (const pid of mine) {
      const p = procs.get(pid);
      if (p && p.t >= (best.get(pid)?.t ?? 0)) best.set(pid, { comm: p.comm, t: p.t });
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      // /proc counts in clock ticks, 100 a second on Linux
      const sum = (chromium: boolean) => [...best.values()].filter((p) => p.comm.startsWith('chrom') === chromium).reduce((a, p) => a + p.t, 0) / 100;
      return { chromium: sum(true), other: sum(false) };
    },
  };
}
