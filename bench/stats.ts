/** Timing helpers for the benchmark scripts: medians and percentiles of wall-clock times. */
export function time<T>(f: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = f();
  return { ms: performance.now() - start, result };
}

/** Wall and CPU milliseconds of one call (CPU time is what a shared machine's load does not inflate much). */
export function cpuTime<T>(f: () => T): { ms: number; cpu: number; result: T } {
  const c = process.cpuUsage();
  const start = performance.now();
  const result = f();
  const u = process.cpuUsage(c);
  return { ms: performance.now() - start, cpu: (u.user + u.system) / 1000, result };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}
