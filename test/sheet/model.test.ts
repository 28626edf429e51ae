/// <reference lib="dom" />
import { beforeAll, describe, expect, it } from 'vitest';
import { defineActivation } from '../../src/activations/_internals/activation.js';
import { verifyActivation } from '../../src/verify/activation.js';
import { hardSwish } from '../../src/activations/hard_swish.js';
import { leakyRelu } from '../../src/activations/leaky_relu.js';
import { relu } from '../../src/activations/relu.js';
import { sigmoid } from '../../src/activations/sigmoid.js';
import { tanh } from '../../src/activations/tanh.js';
import type { NotesDerivation } from '../../src/derivation/notes.js';
import { ALL_CLAIMS } from '../../proofs/index.js';
import { runClaims } from '../../src/proofs/runner.js';
import { tidyCounterexample } from '../../src/sheet/errata.js';
import { sheetHtml, summaryHtml } from '../../src/sheet/html.js';
import { checkInitializerTable, INITIALIZER_TABLE } from '../../src/sheet/initializers.js';
import { mdText, sheetMarkdown, sheetPlots } from '../../src/sheet/markdown.js';
import { buildSheet, type SheetModel } from '../../src/sheet/model.js';
import { rangeTex } from '../../src/sheet/ranges.js';

const CRAFTED = 'evil" onmouseover="alert(1)"><img src=x onerror=alert(2)><script>alert(3)</script>';
const crafted = defineActivation({
  kind: 'scalar',
  name: CRAFTED,
  title: 'Crafted <b>title</b> & "quotes"',
  aliases: ['</code><script>alert(4)</script>'],
  notesPage: '"><i>',
  expr: 'z/2',
  textbookDerivative: '1/2',
  range: { lo: { value: '-inf', closed: false }, hi: { value: 'inf', closed: false } },
  derivativeRange: { values: ['1/2'] },
  smooth: true,
});

let model: SheetModel;
const NO_DERIVATIONS: readonly NotesDerivation[] = [];

describe('the sheet model', () => {
  beforeAll(() => {
    const activations = [sigmoid, tanh, relu, leakyRelu, hardSwish, crafted];
    const claims = [...runClaims(ALL_CLAIMS, { topic: 'vanishing-gradients' }), ...runClaims(ALL_CLAIMS, { topic: 'relu-family' }), ...runClaims(ALL_CLAIMS, { topic: 'initialization' })];
    model = buildSheet({
      activations,
      verdicts: activations.map((a) => verifyActivation(a, { skipKinkScan: true })),
      claims,
      stamp: { version: '9.9.9', date: '2001-02-03' },
      derivations: NO_DERIVATIONS,
    });
  }, 300_000);

  it('puts the notes’ activations first, in the notes’ order, the others in the appendix', () => {
    expect(model.notes.map((a) => a.name)).toEqual(['sigmoid', 'tanh', 'relu', 'leaky_relu']);
    expect(model.notes.map((a) => a.notesNumber)).toEqual([1, 2, 3, 4]);
    expect(model.appendix.map((a) => a.name)).toEqual([CRAFTED, 'hard_swish'].sort());
  });

  it('writes φ′ as a teacher does, in terms of φ, each piece checked', () => {
    const byName = Object.fromEntries(model.notes.map((a) => [a.name, a]));
    expect(byName.sigmoid!.derivative.text).toBe('varphi*(1 - varphi)');
    expect(byName.sigmoid!.second!.text).toBe('varphi*(1 - varphi)*(1 - 2*varphi)');
    expect(byName.tanh!.derivative.text).toBe('1 - varphi^2');
    expect(byName.sigmoid!.derivative.tex).toBe("\\varphi'(z) = \\varphi \\left(1 - \\varphi\\right)");
    for (const a of model.notes) for (const c of a.derivative.checks) expect(['proved', 'verified'], a.name).toContain(c.status);
  });

  it('gives each kink the value of the piece that owns it, and compares the frameworks', () => {
    const leaky = model.notes.find((a) => a.name === 'leaky_relu')!;
    expect(leaky.kinks).toEqual([expect.objectContaining({ at: '0', used: 'alpha', usedTex: '\\alpha' })]);
    const row = (name: string, at: string) => model.conventions.find((r) => r.activation === name && r.atTex === at)!;
    expect(row('relu', '0').pytorch!.agrees).toBe(true);
    expect(row('relu', '0').notes!.tex).toBe('1');
    expect(row('relu', '0').notes!.agrees).toBe(false);
    expect(row('leaky_relu', '0').jax!.agrees).toBe(false);
    expect(row('leaky_relu', '0').pytorch!.agrees).toBe(true);
    expect(row('hard_swish', '-3').pytorch!.tex).toBe('-\\frac{1}{2}');
    expect(row('hard_swish', '-3').pytorch!.agrees).toBe(false);
    expect(row('hard_swish', '-3').jax!.agrees).toBe(true);
  });

  it('writes ranges as sets in TeX', () => {
    expect(rangeTex({ lo: { value: '0', closed: false }, hi: { value: '1/4', closed: true, at: '0' } })).toBe('\\left(0, \\frac{1}{4}\\right]');
    expect(rangeTex({ values: ['0', '1'] })).toBe('\\{0, 1\\}');
    expect(rangeTex({ lo: { value: '-lambda*alpha', closed: false }, hi: { value: 'inf', closed: false } })).toBe('\\left(-\\lambda \\alpha, \\infty\\right)');
  });

  it('corrects the initializer table: PyTorch biases are uniform, and every variance matches its limit', () => {
    const bias = INITIALIZER_TABLE.find((r) => r.name === 'PyTorch nn.Linear biases')!;
    expect(bias.scaleTex).toBe('r = \\frac{1}{\\sqrt{\\mathrm{fan}_{\\mathrm{in}}}}');
    expect(bias.defaults).toContain('not zeros');
    const checks = checkInitializerTable();
    expect(checks.length).toBeGreaterThanOrEqual(10);
    expect(checks.filter((c) => !c.holds)).toEqual([]);
    // a wrong row fails its check
    const wrong = checkInitializerTable([{ ...bias, check: { kind: 'uniform', scale: '1/sqrt(fi)', variance: '1/fi' } }]);
    expect(wrong[0]!.holds).toBe(false);
    // the truncation factor is derived: 0.87962566103423978 (Keras, JAX)
    expect(model.truncation.startsWith('0.8796256610342397')).toBe(true);
  });

  it('lists errata with the line of the notes and marks knock-on errors', () => {
    const e = Object.fromEntries(model.errata.map((x) => [x.id, x]));
    expect(e['vg-product-small-ratios']).toMatchObject({ page: '10', line: '361', kind: 'computed' });
    expect(e['vg-update-negligible']!.followsFrom).toBe('vg-product-small-ratios');
    expect(e['init-keras-he-normal-string']).toMatchObject({ kind: 'fact' });
    expect(e['init-keras-he-normal-string']!.shouldSay).toContain('he_normal');
    expect(e['relu-deriv-range']!.why).not.toMatch(/e-\d\d/);
    expect(tidyCounterexample('jumps from 0 to 1 at z ≈ -5.63e-33, and')).toBe('jumps from 0 to 1 at z = 0, and');
    expect(tidyCounterexample('at z ≈ 1.5e-3')).toBe('at z ≈ 1.5e-3');
  });

  it('escapes a crafted activation name and title everywhere in the HTML', () => {
    const html = sheetHtml(model) + summaryHtml(model);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/\sonmouseover="/);
    expect(html).not.toContain('<b>title</b>');
    expect(html).toContain('data-activation="evil&quot; onmouseover=&quot;alert(1)&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&lt;script&gt;alert(3)&lt;/script&gt;"');
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_-]+$/);
    const hrefs = [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]!);
    for (const h of hrefs) expect(ids, h).toContain(h);
  });

  it('writes Markdown for code-hosting sites: math fences, inline math, escaped text, plots as files', () => {
    const md = sheetMarkdown(model);
    expect(md).not.toContain('$$');
    expect(md.split('\n').filter((l) => l === '```math').length).toBe(md.split('\n').filter((l) => l === '```').length);
    expect(md).toContain('$`\\varphi\'(0) = \\alpha`$');
    // the notes’ 0.1*0.2*0.8 keeps its asterisks
    expect(md).toContain('0.1\\*0.2\\*0.8');
    expect(md).not.toMatch(/[^\\]0\.1\*0\.2/);
    // outside code spans (which show their content literally) no markup of the crafted name survives
    const outsideCode = md.replace(/`[^`\n]*`/g, '');
    expect(outsideCode).not.toMatch(/(^|[^\\])<script/m);
    expect(outsideCode).not.toMatch(/(^|[^\\])<img/m);
    expect(mdText('a*b_c|d')).toBe('a\\*b\\_c\\|d');
    const plots = sheetPlots(model);
    for (const p of plots) {
      expect(p.path).toMatch(/^formula-sheet-plots\/[a-z0-9_-]+\.svg$/);
      expect(p.svg.startsWith('<svg')).toBe(true);
    }
    for (const a of model.notes) expect(md).toContain(`(formula-sheet-plots/${a.anchor}.svg)`);
  });

  it('stamps the version and date it was given', () => {
    expect(sheetHtml(model)).toContain('gradproof 9.9.9 · 2001-02-03');
    expect(sheetMarkdown(model)).toContain('gradproof 9.9.9 · 2001-02-03');
  });
});
