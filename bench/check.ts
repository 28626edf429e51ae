/**
 * gradproof check on generated notes of 500 equations. Two files:
 * - `distinct`: every equation different (coefficients, exponents, points and planted
 *   mistakes drawn from a seeded generator), the way real notes are: no comparison is
 *   ever repeated, so remembering results does not help;
 * - `repeated`: 8 kinds of equation cycled (σ′ = σ(1 − σ) in every section), where the
 *   memo of comparisons does its work.
 * Each is checked in a fresh process state as far as the order allows (distinct first).
 * Prints the time and the counts of each, and the lecture notes' time when they are found.
 *
 *   npx tsx bench/check.ts [distinct|repeated|lecture]
 *   npx tsx bench/check.ts write /tmp/distinct.md && time node dist/cli/gradproof.js check /tmp/distinct.md --out /tmp/out
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNotes } from '../src/check/notes.js';

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function distinctNotes(count: number): string {
  const r = rng(20261129);
  const int = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
  const wrong = () => r() < 0.2; // about one equation in five carries a planted mistake
  const kinds: (() => string)[] = [
    () => {
      const a = int(2, 99);
      const b = int(2, 99);
      const c = int(1, 9);
      return `$$${a} \\times ${b} + ${c} = ${a * b + c + (wrong() ? 1 : 0)}$$`;
    },
    () => {
      const n = int(2, 12);
      const c = int(1, 9);
      return `$$\\frac{d}{dx} ${c}x^{${n}} = ${c * n + (wrong() ? 1 : 0)} x^{${n - 1}}$$`;
    },
    () => {
      const k = int(2, 9);
      return `$$\\frac{d}{dz} \\tanh(${k}z) = ${wrong() ? k + 1 : k}\\left(1 - \\tanh^2(${k}z)\\right)$$`;
    },
    () => {
      const k = int(2, 9);
      return `$$\\frac{d}{dz} \\sigma(${k}z) = ${k}\\,\\sigma(${k}z)\\left(1 - \\sigma(${wrong() ? k + 1 : k}z)\\right)$$`;
    },
    () => {
      const k = int(1, 9);
      return `$$\\frac{e^{a}}{e^{a} + e^{b}} = \\frac{1}{1 + e^{b - a${wrong() ? ` + ${k}` : ''}}}$$ and $\\frac{1}{1 + e^{-${k}}} \\approx ${(1 / (1 + Math.exp(-k)) + (wrong() ? 0.01 : 0)).toFixed(3)}$`;
    },
    () => {
      const k = int(1, 40) / 10;
      return `$e^{${k}} \\approx ${(Math.exp(k) * (wrong() ? 1.01 : 1)).toPrecision(4)}$`;
    },
    () => {
      const a = int(2, 9);
      return `$$\\frac{d}{dx} \\ln(x^2 + ${a}) = \\frac{${wrong() ? '' : '2'}x}{x^2 + ${a}}$$`;
    },
    () => {
      const w = int(10, 99) / 10;
      const eta = int(1, 9) / 100;
      const g = int(-50, 50) / 10;
      return `$$w - \\eta g = ${w} - ${eta} \\times (${g}) = ${(Math.round((w - eta * g) * 1000) / 1000 + (wrong() ? 0.1 : 0)).toFixed(3)}$$`;
    },
    () => {
      const a = int(2, 9);
      return `$$\\sin^2(${a}x) + \\cos^2(${a}x) = ${wrong() ? 2 : 1}$$`;
    },
    () => {
      const a = int(2, 9);
      return `$$\\frac{d}{dx} e^{${a}x} \\sin(x) = e^{${a}x}(${a}\\sin(x) + \\cos(x))$$`.replace(`(${a}\\sin`, wrong() ? `(${a + 1}\\sin` : `(${a}\\sin`);
    },
    () => {
      const a = int(2, 9);
      return `$$\\cosh^2(${a}x) - \\sinh^2(${a}x) = 1$$ and $\\tanh(${a}x) = \\frac{\\sinh(${a}x)}{\\cosh(${a}x)}$`;
    },
    () => `$$\\frac{d}{dx}\\frac{u}{v} = \\frac{u'v ${wrong() ? '+' : '-'} uv'}{v^2}$$`,
  ];
  const lines: string[] = ['# Generated notes', ''];
  let n = 0;
  for (let i = 0; n < count; i++) {
    if (i % 25 === 0) lines.push(`## Section ${i / 25 + 1}`, '');
    const line = kinds[int(0, kinds.length - 1)]!();
    lines.push(line, '');
    n += (line.match(/\$\$?[^$]+\$\$?/g) ?? []).length;
  }
  return lines.join('\n');
}

function repeatedNotes(count: number): string {
  const kinds = [
    (i: number) => `$$${i} \\times 0.5 = ${i / 2}$$`,
    (i: number) => `$$\\frac{d}{dx} x^{${(i % 7) + 2}} = ${(i % 7) + 2} x^{${(i % 7) + 1}}$$`,
    (i: number) => `$$\\frac{d}{dz} \\tanh(${(i % 5) + 1}z) = ${(i % 5) + 1}(1 - \\tanh^2(${(i % 5) + 1}z))$$`,
    (_i: number) => `$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$ and $\\sigma(0) = 0.5$`,
    (i: number) => `$$\\frac{e^{a}}{e^{a} + e^{b}} = \\frac{1}{1 + e^{b - a + ${i % 3}}}$$`,
    (i: number) => `$e^{${(i % 4) + 1}} \\approx ${Math.exp((i % 4) + 1).toFixed(2)}$`,
    (i: number) => `$\\sigma'(z) \\in (0, 0.25${i % 2 ? ']' : ')'}$`,
    (_i: number) => `$$\\frac{d}{dx}(uv) = u'v + uv'$$`,
  ];
  const lines: string[] = ['# Generated notes', ''];
  let n = 0;
  for (let i = 0; n < count; i++) {
    const line = kinds[i % kinds.length]!(i);
    lines.push(line, '');
    n += (line.match(/\$\$?[^$]+\$\$?/g) ?? []).length;
  }
  return lines.join('\n');
}

function run(label: string, markdown: string): void {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const report = checkNotes(markdown);
  const cpu = process.cpuUsage(c0);
  const seconds = (performance.now() - t0) / 1000;
  const math = (markdown.match(/\$\$?[^$]+\$\$?/g) ?? []).length;
  console.log(
    `${label}: ${math} formulas, ${report.equations.length} links, ${markdown.length} characters: ${seconds.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (${((seconds * 1000) / report.equations.length).toFixed(1)} ms per link)`,
  );
  console.log(`  ${JSON.stringify(report.summary)}`);
}

export { distinctNotes, repeatedNotes };
const which = process.argv[2];
// `npx tsx bench/check.ts write <file>`: the distinct notes written out, for timing the CLI on them
if (which === 'write') writeFileSync(process.argv[3] ?? 'distinct.md', distinctNotes(500));
if (!which || which === 'distinct') run('distinct', distinctNotes(500));
if (!which || which === 'repeated') run('repeated', repeatedNotes(500));
if (!which || which === 'lecture') {
  const notes = [join(import.meta.dirname, '..', '..', 'shared', 'notes', 'lecture-notes.md'), join(import.meta.dirname, '..', '..', '..', 'shared', 'notes', 'lecture-notes.md')].find((p) => existsSync(p));
  if (notes) run('lecture notes', readFileSync(notes, 'utf8'));
}
