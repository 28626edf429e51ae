import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CLAIMS } from '../../proofs/index.js';

// The shared lecture notes (the notes proofs/ was written from): shared/ lies beside the checkout
// (or beside the folder of worktrees).
const root = join(import.meta.dirname, '..', '..');
const candidates = [join(root, '..', 'shared', 'notes', 'lecture-notes.md'), join(root, '..', '..', 'shared', 'notes', 'lecture-notes.md')];
const notesPath = candidates.find((p) => existsSync(p)) ?? candidates[0]!;

/** The first and last line a source cites (`notes p. 6, lines 254–256`, `lines 90, 94, 98`). */
function span(source: string): [number, number] | undefined {
  const m = /lines? ([\d–, ]+)/.exec(source);
  if (!m) return undefined;
  const nums = m[1]!.split(',').flatMap((part) => part.trim().split('–').map(Number));
  return [Math.min(...nums), Math.max(...nums)];
}

/** Text with its white space removed (the notes wrap lines where a claim's statement does not). */
const squeeze = (t: string) => t.replace(/\s+/g, '');

/** The parts of a claim's statement that are not found verbatim (white space aside) at the lines it cites; `…` separates parts. */
function missingQuotes(statement: string, source: string, notes: readonly string[]): string[] {
  const s = span(source);
  if (!s) return [`no line cited in "${source}"`];
  const text = squeeze(notes.slice(s[0] - 1, s[1]).join('\n'));
  return statement
    .split('…')
    .map((p) => p.trim())
    .filter((p) => p !== '' && !text.includes(squeeze(p)));
}

describe('every claim quotes the notes at the lines it cites', () => {
  const notes = readFileSync(notesPath, 'utf8').split('\n');

  it('finds each statement, part by part, verbatim at its cited lines', () => {
    const wrong = ALL_CLAIMS.map((c) => ({ id: c.id, missing: missingQuotes(c.statement, c.source, notes) })).filter((x) => x.missing.length > 0);
    expect(wrong).toEqual([]);
    expect(ALL_CLAIMS.length).toBe(250);
  });

  it('fails on a statement edited away from the notes, and on a wrong line', () => {
    const c = ALL_CLAIMS.find((x) => x.id === 'gd-step-w3')!;
    expect(missingQuotes(c.statement, c.source, notes)).toEqual([]);
    expect(missingQuotes(c.statement.replace('2.6', '2.7'), c.source, notes)).toHaveLength(1);
    expect(missingQuotes(c.statement, 'notes p. 1, line 10', notes)).toHaveLength(1);
  });
});
