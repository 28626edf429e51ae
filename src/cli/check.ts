/**
 * `gradproof check <notes.md> [--out <dir>] [--json] [--digits 30]`: proofreads Markdown
 * notes — finds every equation, checks each link, writes `<notes>.checked.html`.
 *
 * @module
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkNotes } from '../check/notes.js';
import { reportHtml, reportJson } from '../check/report.js';
import { DEFAULTS } from '../defaults.js';
import { InputError } from '../errors.js';
import { checkDigits } from '../numeric/evaluate.js';
import { COMMON_OPTIONS, parseCommand, print } from './args.js';
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
reason). Writes <notes>.checked.html into --out (default: beside the notes); --json prints
{ file, equations, definitions, summary }. Exit code 1 when anything is refuted, 0
otherwise, 2 on bad input.`;

/** Largest notes file read, in bytes. */
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
  const { values, positionals } = parseCommand(argv, { ...COMMON_OPTIONS, out: { type: 'string' }, digits: { type: 'string' } });
  if (values.help) {
    print(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError(`expected one notes file, got ${positionals.length}`);
  const file = resolve(positionals[0]!);
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError(`${positionals[0]} is not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${positionals[0]}: no such file`);
  }
  if (size > MAX_NOTES_BYTES) throw new InputError(`${positionals[0]} is ${size} bytes; the limit is ${MAX_NOTES_BYTES}`);
  const digitsText = values.digits ?? String(DEFAULTS.claimDigits);
  if (!/^\d+$/.test(digitsText)) throw new InputError(`--digits must be an integer, got "${digitsText}"`);
  const digits = checkDigits(Number(digitsText), '--digits');
  const raw = readFileSync(file);
  const markdown = raw.toString('utf8');
  if (markdown.includes('\u0000')) throw new InputError(`${positionals[0]} is not a text file`);
  const report = checkNotes(markdown, { digits });
  const outDir = resolve(values.out ?? join(file, '..'));
  try {
    if (!statSync(outDir).isDirectory()) throw new Error();
  } catch {
    throw new InputError(`--out ${values.out ?? outDir}: not a directory`);
  }
  const name = basename(file).replace(/\.(md|markdown)$/i, '');
  const target = join(outDir, `${name}.checked.html`);
  const temporary = `${target}.tmp-${process.pid}`;
  writeFileSync(temporary, reportHtml(basename(file), markdown, report, katexCss()));
  renameSync(temporary, target);
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
