/**
 * `gradproof sheet [--out docs/]` (and `npm start`): derives and verifies the catalogue,
 * runs every claim of the notes, and writes docs/formula-sheet.md and
 * docs/formula-sheet.html, both as one set (`output.ts`): a failed or interrupted run leaves
 * nothing half-written and no temporary file.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ALL_CLAIMS } from '../../proofs/index.js';
import type { ActivationVerdict } from '../activations/_internals/verify.js';
import { ACTIVATIONS } from '../activations/index.js';
import { printable } from '../errors.js';
import { runClaims } from '../proofs/runner.js';
import { sheetHtml } from '../sheet/html.js';
import { sheetMarkdown } from '../sheet/markdown.js';
import { buildSheet } from '../sheet/model.js';
import { COMMON_OPTIONS, parseCommand, print } from './args.js';
import { checkWritable, outputDirectory, writeFileSet } from './output.js';
import { verifyInParallel } from './parallel.js';

export const usage = `gradproof sheet [--out docs/] [--json]

Derives and verifies every activation, runs every claim of the lecture notes, and writes
formula-sheet.md (math for code-hosting sites) and formula-sheet.html (one offline page,
KaTeX rendered at build time, print-friendly) into --out. Exit code 1 when an activation
fails its verification or a claim does not have its expected status.`;

/** KaTeX's stylesheet with its woff2 fonts embedded as data URLs (the other formats dropped). */
export function katexCss(): string {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve('katex')), '');
  const css = readFileSync(join(dist, 'katex.min.css'), 'utf8');
  return css.replace(/src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)[^;}]*/g, (_m, font: string) => {
    const data = readFileSync(join(dist, 'fonts', `${font}.woff2`)).toString('base64');
    return `src:url(data:font/woff2;base64,${data}) format("woff2")`;
  });
}

const SHEET_FILES = ['formula-sheet.md', 'formula-sheet.html'];

/** Runs `gradproof sheet`; returns the exit code. */
export async function runSheet(argv: string[]): Promise<number> {
  const { values } = parseCommand(argv, { ...COMMON_OPTIONS, out: { type: 'string' } }, { command: 'sheet', max: 0 });
  if (values.help) {
    print(usage);
    return 0;
  }
  const out = outputDirectory(values.out ?? 'docs');
  await checkWritable(out, SHEET_FILES);
  const start = performance.now();
  // the workers verify the catalogue while this thread runs the notes' claims
  const pending = verifyInParallel(ACTIVATIONS.map((a) => a.name));
  const claims = runClaims(ALL_CLAIMS);
  const verdicts: ActivationVerdict[] = await pending;
  const model = buildSheet({ activations: ACTIVATIONS, verdicts, claims });
  const md = sheetMarkdown(model);
  const html = sheetHtml(model, katexCss());
  const paths = { markdown: join(out, 'formula-sheet.md'), html: join(out, 'formula-sheet.html') };
  await writeFileSet(out, [
    { name: 'formula-sheet.md', text: md },
    { name: 'formula-sheet.html', text: html },
  ]);
  const seconds = (performance.now() - start) / 1000;
  const failedActivations = verdicts.filter((v) => !v.verified).map((v) => v.name);
  const badClaims = claims.filter((c) => !c.ok).map((c) => c.id);
  const summary = {
    written: paths,
    activations: { total: verdicts.length, verified: verdicts.length - failedActivations.length, failed: failedActivations },
    claims: { ...model.claims, unexpected: badClaims },
    errata: model.errata.length,
    seconds: Number(seconds.toFixed(1)),
  };
  if (values.json) print(JSON.stringify(summary, null, 2));
  else {
    print(`wrote ${printable(paths.markdown)} and ${printable(paths.html)} in ${seconds.toFixed(1)} s`);
    print(`activations: ${summary.activations.verified} of ${summary.activations.total} verified${failedActivations.length ? `; FAILED: ${failedActivations.join(', ')}` : ''}`);
    print(`claims of the notes: ${model.claims.proved} proved, ${model.claims.refuted} refuted (errata), ${model.claims.notCheckable} not checkable${badClaims.length ? `; UNEXPECTED: ${badClaims.join(', ')}` : ''}`);
  }
  return failedActivations.length || badClaims.length ? 1 : 0;
}
