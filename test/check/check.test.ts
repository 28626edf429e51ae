import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNotes } from '../../src/check/notes.js';
import { scanMarkdown } from '../../src/check/scan.js';
import '../../src/testing/vitest.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'notes');
const key = JSON.parse(readFileSync(join(dir, 'answer-key.json'), 'utf8')) as Record<string, { mistakes: number[]; correct: number[] }>;
const status = (md: string) => checkNotes(md).equations.map((e) => e.status);

describe('scanMarkdown', () => {
  it('finds inline, display and environment math with line numbers, skipping code', () => {
    const s = scanMarkdown('a $x=1$ b\n\n```\n$y=2$\n```\n$$z=3$$\n\\[w=4\\]\n`$v=5$`');
    expect(s.segments.map((x) => [x.line, x.tex])).toEqual([
      [1, 'x=1'],
      [6, 'z=3'],
      [7, 'w=4'],
    ]);
  });
  it('reports an unclosed $ instead of guessing, and survives 1 MB', () => {
    expect(scanMarkdown('costs $5 and more\n\nnext').problems[0]!.message).toMatch(/never closed/);
    const big = '$x = 1$ and $$\\frac{d}{dx} x^2 = 2x$$ and $ broken\n\n'.repeat(20000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const s = scanMarkdown(big);
    expect(s.segments.length).toBe(40000);
    expect(s.problems.length).toBe(20000);
  });
  it('collects claim blocks', () => {
    expect(scanMarkdown('```claim\n\\tanh(0) = 0\n```').claims).toEqual([{ line: 1, body: '\\tanh(0) = 0\n' }]);
  });
});

describe('checkNotes: every kind of check fails on a wrong statement', () => {
  it('numbers: exact, and ≈ at the precision written', () => {
    expect(status('$3 - 0.1 \\times 4 = 2.6$ $3 - 0.1 \\times 4 = 2.7$')).toEqual(['proved', 'refuted']);
    expect(status('$e \\approx 2.72$ $e \\approx 2.73$ $e \\approx 0$')).toEqual(['verified', 'refuted', 'inconclusive']);
  });
  it('identities and derivatives', () => {
    expect(status('$$\\frac{d}{dx} \\sin(x^2) = 2x\\cos(x^2)$$\n$$\\frac{d}{dx} \\sin(x^2) = \\cos(x^2)$$')).toEqual(['verified', 'refuted']);
    expect(status("$$\\tanh'(z) = 1 - \\tanh^2(z)$$\n$$\\tanh'(z) = 1 + \\tanh^2(z)$$")).toEqual(['proved', 'refuted']);
  });
  it('ranges: an open end that is attained refutes', () => {
    // the true range is proved for every z by interval arithmetic; the open end 0.25 is attained at z = 0 exactly
    expect(status("$\\sigma'(z) \\in (0, 0.25]$ $\\sigma'(z) \\in (0, 0.25)$")).toEqual(['proved', 'refuted']);
  });
  it('ranges read as sets: points never show that every value is taken', () => {
    // z + 0.13·sign(z) never takes 0.05: "range ℝ" is false, and points inside ℝ say nothing of it
    expect(status('The range: $z + 0.13 \\operatorname{sign}(z) \\in (-\\infty, \\infty)$')).toEqual(['inconclusive']);
    expect(status('The range: $\\sin(z) \\in [-1, 2]$')).toEqual(['refuted']);
    expect(status('The range: $\\tanh(z) \\in (-1, 1)$')).toEqual(['proved']);
  });
  it('rules with placeholder functions, under every reading', () => {
    expect(status("$$\\frac{d}{dx}(uv) = u'v + uv'$$\n$$\\frac{d}{dx}(uv) = u'v'$$")).toEqual(['verified', 'refuted']);
  });
  it('uses the notes’ definitions and given values', () => {
    const r = checkNotes('Let $w = 10$, $x = 1$.\n\n$$z = wx = 10 \\cdot 1 = 10$$\n\n$$f(x) = x^2$$\n\n$$f\'(x) = 3x$$');
    expect(r.equations.map((e) => [e.line, e.status])).toEqual([
      [3, 'proved'],
      [3, 'proved'],
      [7, 'refuted'],
    ]);
    expect(r.definitions.map((d) => d.name)).toEqual(['w', 'x', 'z', 'f(x)']);
  });
  it('claim blocks are checked like equations', () => {
    expect(status('```claim\n\\tanh(0) = 0\n\\tanh(0) = 1\n```')).toEqual(['proved', 'refuted']);
  });
  it('never crashes on malformed input', () => {
    const r = checkNotes('$$\\frac{1}{$$ $\\unknownmacro{x} = 2$ $x = $ $$ \\begin{cases} $$ $a = b = $');
    expect(r.summary.refuted).toBe(0);
    expect(r.equations.every((e) => e.status === 'inconclusive' && e.reason)).toBe(true);
  });
});

describe('fixture notes: recall of planted mistakes and no false refutation', () => {
  for (const [file, answer] of Object.entries(key).filter(([k]) => k.endsWith('.md'))) {
    it(file, () => {
      const r = checkNotes(readFileSync(join(dir, file), 'utf8'));
      const refutedLines = new Set(r.equations.filter((e) => e.status === 'refuted').map((e) => e.line));
      expect(answer.mistakes.filter((l) => !refutedLines.has(l))).toEqual([]); // every planted mistake found
      expect(answer.correct.filter((l) => refutedLines.has(l))).toEqual([]); // no correct line refuted
      expect([...refutedLines].filter((l) => !answer.mistakes.includes(l))).toEqual([]);
    });
  }
});

describe('toHaveNoRefutedLine', () => {
  it('passes on correct notes and fails on a planted mistake', () => {
    expect('$$\\frac{d}{dx} x^3 = 3x^2$$').toHaveNoRefutedLine();
    expect('$$e \\approx 2.73$$').not.toHaveNoRefutedLine();
    expect(() => expect(readFileSync(join(dir, 'softmax.md'), 'utf8')).toHaveNoRefutedLine()).toThrow(/line 9/);
  });
});
