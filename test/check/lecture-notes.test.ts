import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CLAIMS } from '../../proofs/index.js';
import { checkNotes } from '../../src/check/notes.js';
import { runClaims } from '../../src/proofs/runner.js';

// The shared lecture notes (the notes proofs/ was written from): shared/ lies beside the checkout
// (or beside the folder of worktrees).
const root = join(import.meta.dirname, '..', '..');
const candidates = [join(root, '..', 'shared', 'notes', 'lecture-notes.md'), join(root, '..', '..', 'shared', 'notes', 'lecture-notes.md')];
const notesPath = candidates.find((p) => existsSync(p)) ?? candidates[0]!;

/** `notes p. 6, lines 254–256` / `lines 43, 48` → the lines a claim of proofs/ covers. */
function linesOf(source: string): number[] {
  const m = /lines? ([\d–, ]+)/.exec(source);
  if (!m) return [];
  return m[1]!.split(',').flatMap((part) => {
    const [a, b] = part.trim().split('–').map(Number);
    if (!a) return [];
    return b ? Array.from({ length: b - a + 1 }, (_, i) => a + i) : [a];
  });
}

describe('gradproof check against proofs/ on the lecture notes', () => {
  it('finds most of the refuted claims and refutes nothing that proofs/ proves', () => {
    const claims = runClaims(ALL_CLAIMS);
    const report = checkNotes(readFileSync(notesPath, 'utf8'));
    const refutedLines = new Set(report.equations.filter((e) => e.status === 'refuted').map((e) => e.line));
    const refutedClaims = claims.filter((c) => c.status === 'refuted');
    const found = refutedClaims.filter((c) => linesOf(c.source).some((l) => refutedLines.has(l)));
    // a refutation on a line where proofs/ proves every claim and refutes none is a false refutation
    const falseRefutations = [...refutedLines].filter((line) => {
      const covering = claims.filter((c) => linesOf(c.source).includes(line));
      return covering.some((c) => c.status === 'proved' || c.status === 'verified') && !covering.some((c) => c.status === 'refuted');
    });
    // and every line it refutes is a line where proofs/ refutes a claim
    const unconfirmed = [...refutedLines].filter((line) => !refutedClaims.some((c) => linesOf(c.source).includes(line)));
    console.log(`found ${found.length} of ${refutedClaims.length} refuted claims; false refutations: ${falseRefutations.length}`);
    expect(falseRefutations).toEqual([]);
    expect(unconfirmed).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(17);
  });
});
