/**
 * `gradproof prove [--json] [--topic <topic>]`: proves or refutes every claim of the
 * lecture notes (`proofs/`) and prints one line per claim, the errata, and a summary.
 *
 * @module
 */
import { ALL_CLAIMS } from '../../proofs/index.js';
import { type ClaimResult, runClaims, summarize, summaryLine } from '../proofs/runner.js';
import { COMMON_OPTIONS, parseCommand, print } from './args.js';

/**
 * The help text of `gradproof prove`.
 *
 * @example
 * ```ts
 * usage.split('\n')[0]; // 'gradproof prove [--json] [--topic <topic>]'
 * ```
 */
export const usage = `gradproof prove [--json] [--topic <topic>]

Checks every claim of the lecture notes, from the statement as the notes write it:
numbers by exact arithmetic, ranges and bounds for every z by interval arithmetic,
identities and derivatives against high-precision numbers at 30 digits (and the CAS),
limits and small simulations. Prints one line per claim (proved: settled for every value;
verified: agreement at every point compared; REFUTED; not checkable; ERROR), then the
errata (each refuted claim with its counterexample and correction, and the erratum it
follows from when it is a knock-on) and a summary.
Exit code 0 when every claim comes out as expected (a wrong claim is expected to be
refuted), 1 otherwise, 2 on bad input (e.g. an unknown --topic).`;

const LABEL: Record<ClaimResult['status'], string> = {
  proved: 'proved',
  verified: 'verified',
  refuted: 'REFUTED',
  inconclusive: 'INCONCLUSIVE',
  'not-checkable': 'not checkable',
  error: 'ERROR',
};

/** One line of text, at most `max` characters. */
function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/** `notes p. 6, line 254` → `p. 6`. */
function page(source: string): string {
  const m = /p\. ([^,]+)/.exec(source);
  return m ? `p. ${m[1]}` : source;
}

/**
 * The JSON form of a result: the fields the brief promises, then the optional ones.
 *
 * @example
 * ```ts
 * toJson(runClaims(VECTORS)[0]); // { id: 'vec-def', source: 'notes p. 1, line 10', …, status: 'not-checkable', method: null, digits: null, … }
 * ```
 */
export function toJson(r: ClaimResult): Record<string, unknown> {
  return {
    id: r.id,
    topic: r.topic,
    source: r.source,
    statement: r.statement,
    kind: r.kind,
    status: r.status,
    method: r.method ?? null,
    digits: r.digits ?? null,
    ...(r.counterexample ? { counterexample: r.counterexample } : {}),
    ...(r.correction ? { correction: r.correction } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.reading ? { reading: r.reading } : {}),
    ...(r.details ? { details: r.details } : {}),
    ...(r.pending ? { pending: r.pending } : {}),
    ...(r.error ? { error: r.error } : {}),
    ...(r.followsFrom ? { followsFrom: r.followsFrom } : {}),
    expected: r.expected,
    ok: r.ok,
  };
}

function printText(results: readonly ClaimResult[]): void {
  const width = Math.max(...results.map((r) => r.id.length));
  for (const r of results) {
    const mark = r.ok ? ' ' : '!';
    print(`${mark} ${LABEL[r.status].padEnd(13)} ${r.id.padEnd(width)}  ${page(r.source).padEnd(11)} ${shorten(r.statement, 70)}`);
  }
  const refuted = results.filter((r) => r.status === 'refuted');
  if (refuted.length) {
    print('');
    print(`Errata (${refuted.length} refuted claims):`);
    for (const r of refuted) {
      print(`  ${r.id} (${r.source})`);
      print(`    notes:          ${shorten(r.statement, 100)}`);
      print(`    counterexample: ${r.counterexample ?? '(none given)'}`);
      print(`    correction:     ${r.correction ?? '(none recorded)'}`);
      if (r.followsFrom) print(`    knock-on of:    ${r.followsFrom} (right reasoning on that erratum's wrong statement)`);
    }
  }
  const facts = results.filter((r) => r.status === 'not-checkable' && r.correction);
  if (facts.length) {
    print('');
    print('Wrong, but not machine-checkable:');
    for (const r of facts) print(`  ${r.id} (${r.source}): ${r.correction}`);
  }
  const errors = results.filter((r) => r.status === 'error');
  if (errors.length) {
    print('');
    print('Errors:');
    for (const r of errors) print(`  ${r.id}: ${r.error}`);
  }
  const unexpected = results.filter((r) => !r.ok && r.status !== 'error');
  if (unexpected.length) {
    print('');
    print('Not as expected:');
    for (const r of unexpected) print(`  ${r.id}: expected ${r.expected}, got ${r.status}${r.counterexample ? ` (${r.counterexample})` : ''}`);
  }
  print('');
  print(summaryLine(summarize(results)));
}

/**
 * Runs `gradproof prove`; returns the exit code (0: every claim as expected, 1: not, 2: bad input via InputError).
 *
 * @example
 * ```ts
 * runProve(['--topic', 'swish', '--json']); // prints one JSON array, returns 0
 * ```
 */
export function runProve(argv: string[]): number {
  const { values } = parseCommand(argv, { ...COMMON_OPTIONS, topic: { type: 'string' } }, { command: 'prove', max: 0 });
  if (values.help) {
    print(usage);
    return 0;
  }
  const results = runClaims(ALL_CLAIMS, values.topic === undefined ? {} : { topic: values.topic });
  if (values.json) print(JSON.stringify(results.map(toJson), null, 2));
  else printText(results);
  return results.every((r) => r.ok) ? 0 : 1;
}
