/**
 * `gradproof check <notes.md> [--out <dir>] [--json] [--digits 30]`: proofreads Markdown
 * notes — finds every equation, checks each link, writes `<notes>.checked.html`.
 *
 * The notes are read by the CLI's one reader ({@link readInputFile}: regular UTF-8 files
 * of at most {@link MAX_NOTES_BYTES}; a FIFO, a device or a directory is refused at once)
 * and the page is written by its one writer ({@link writeFileSet}: all or nothing, no
 * temporary left behind).
 *
 * @module
 */
import { basename, dirname, resolve } from 'node:path';
import { checkNotes } from '../check/notes.js';
import { reportHtml, reportJson } from '../check/report.js';
import { DEFAULTS } from '../defaults.js';
import { InputError } from '../errors.js';
import { COMMON_OPTIONS, digitsOption, parseCommand, print } from './args.js';
import { readInputFile } from './input.js';
import { checkWritable, outputDirectory, writeFileSet } from './output.js';
import { katexCss } from './sheet.js';

/**
 * The help text of `gradproof check`.
 *
 * @example
 * ```ts
 * usage.split('\n')[0]; // 'gradproof check <notes.md> [--out <dir>] [--json] [--digits 30]'
 * ```
 */
export const usage = `gradproof check <notes.md> [--out <dir>] [--json] [--digits 30]

Reads Markdown notes with LaTeX math ($…$, $$…$$, \\[…\\], aligned environments and
\`\`\`claim blocks), keeps their definitions, and checks every link of every equation:
proved (exact), verified (numerically, at the digits and points stated), refuted (with a
counterexample and, where one can be derived, the correction) or not understood (with the
reason). Writes <notes>.checked.html into --out (created if missing; default: beside the
notes); --json prints { file, equations, definitions, summary, written }. Exit code 1 when
anything is refuted, 0 otherwise, 2 on bad input.`;

/** Largest notes file read, in bytes (8 MiB: a hundred times the longest course notes seen). */
export const MAX_NOTES_BYTES = 8 * 1024 * 1024;

/**
 * Runs `gradproof check`.
 *
 * @example
 * ```ts
 * await runCheck(['notes.md', '--json']); // 0, 1 or 2
 * ```
 */
export async function runCheck(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { ...COMMON_OPTIONS, out: { type: 'string' }, digits: { type: 'string' } }, { command: 'check', min: 1, max: 1, what: 'notes file' });
  if (values.help) {
    print(usage);
    return 0;
  }
  const given = positionals[0]!;
  const digits = digitsOption(values.digits, DEFAULTS.claimDigits);
  const markdown = readInputFile(given, 'notes file', MAX_NOTES_BYTES);
  if (markdown.includes('\u0000')) throw new InputError(`notes file ${given} is not a text file (it holds a NUL byte)`);
  const file = resolve(given);
  const outDir = outputDirectory(values.out ?? dirname(file));
  const name = `${basename(file).replace(/\.(md|markdown)$/i, '')}.checked.html`;
  await checkWritable(outDir, [name]);
  const report = checkNotes(markdown, { digits });
  const [target] = await writeFileSet(outDir, [{ name, text: reportHtml(basename(file), markdown, report, katexCss()) }]);
  const s = report.summary;
  if (values.json) print(JSON.stringify({ ...reportJson(basename(file), report), written: target }, null, 2));
  else {
    for (const e of report.equations.filter((x) => x.status === 'refuted')) {
      print(`line ${e.line}: REFUTED ${e.subject}`);
      print(`  ${e.summary}${e.correction ? `\n  correction: ${e.correction}` : ''}`);
    }
    print(`${s.proved} proved, ${s.verified} verified numerically, ${s.refuted} refuted, ${s.notUnderstood} not understood; wrote ${target}`);
  }
  return s.refuted > 0 ? 1 : 0;
}
