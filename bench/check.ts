/**
 * gradproof check on a generated file of 500 equations (a mix of numeric statements,
 * identities, derivatives, ranges and planted mistakes). Prints the time and the counts.
 *
 *   npx tsx bench/check.ts
 */
import { checkNotes } from '../src/check/notes.js';

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
for (let i = 0; n < 500; i++) {
  const line = kinds[i % kinds.length]!(i);
  lines.push(line, '');
  n += (line.match(/\$\$?[^$]+\$\$?/g) ?? []).length;
}
const markdown = lines.join('\n');
const t0 = performance.now();
const report = checkNotes(markdown);
const seconds = (performance.now() - t0) / 1000;
console.log(`${report.equations.length} equation links in ${markdown.length} characters: ${seconds.toFixed(1)} s (${((seconds * 1000) / report.equations.length).toFixed(1)} ms per link)`);
console.log(JSON.stringify(report.summary));
