/**
 * `gradproof list [--json] [--no-verify]`: the catalogue as a table.
 *
 * @module
 */
import type { Activation } from '../activations/_internals/activation.js';
import { rangeText } from '../activations/_internals/describe.js';
import type { ActivationVerdict } from '../verify/activation.js';
import { ACTIVATIONS } from '../activations/index.js';
import { format } from '../symbolic/tree.js';
import { COMMON_OPTIONS, parseCommand, print } from './args.js';
import { verifyInParallel } from './parallel.js';

export const usage = `gradproof list [--json] [--no-verify]

The activation catalogue: name, formula, derivative (derived by the CAS), domain, range,
derivative range, kinks, and the verification status (each entry is derived and verified
unless --no-verify). Exit code 1 when an entry fails its verification.`;

/** One row of the table. */
export interface CatalogueRow {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly fromNotes: boolean;
  readonly kind: 'scalar' | 'vector';
  readonly formula: string;
  readonly derivative: string;
  readonly domain: string;
  readonly range: string;
  readonly derivativeRange: string;
  readonly kinks: readonly string[];
  readonly verified?: boolean;
  readonly digitsAgreed?: number;
  readonly failed?: readonly string[];
}

/** The table row of one activation, with its verdict when it was verified. */
export function catalogueRow(a: Activation, v?: ActivationVerdict): CatalogueRow {
  const common = {
    name: a.name,
    aliases: a.spec.aliases ?? [],
    fromNotes: a.fromNotes,
    ...(v ? { verified: v.holds, digitsAgreed: v.digitsAgreed, failed: v.checks.filter((c) => !c.holds).map((c) => c.name) } : {}),
  };
  if (a.kind === 'scalar') {
    return {
      ...common,
      kind: 'scalar',
      formula: a.describe(0),
      derivative: a.describe(1),
      domain: 'ℝ',
      range: rangeText(a.spec.range),
      derivativeRange: rangeText(a.spec.derivativeRange),
      kinks: [...(a.spec.kinks ?? []), ...(a.spec.jumps ?? []).map((j) => `${j} (jump)`)],
    };
  }
  const ys = a.components(2);
  return {
    ...common,
    kind: 'vector',
    formula: `y1 = ${format(ys[0]!)} (n = 2)`,
    derivative: `∂y1/∂z1 = ${format(a.jacobian(2)[0]![0]!.expr)} (n = 2)`,
    domain: 'ℝⁿ',
    range: a.spec.componentRange ? `each yᵢ in ${rangeText(a.spec.componentRange)}` : '—',
    derivativeRange: '—',
    kinks: [],
  };
}

/** Runs `gradproof list`; returns the exit code. */
export async function runList(argv: string[]): Promise<number> {
  const { values } = parseCommand(argv, { ...COMMON_OPTIONS, 'no-verify': { type: 'boolean', default: false } }, { command: 'list', max: 0 });
  if (values.help) {
    print(usage);
    return 0;
  }
  // verified on the worker threads verify-all and the sheet use
  const verdicts = values['no-verify'] ? undefined : await verifyInParallel(ACTIVATIONS.map((a) => a.name));
  const rows = ACTIVATIONS.map((a, i) => catalogueRow(a, verdicts?.[i]));
  if (values.json) {
    print(JSON.stringify(rows, null, 2));
  } else {
    for (const r of rows) {
      const status = r.verified === undefined ? '' : r.verified ? `verified (${r.digitsAgreed} digits)` : `FAILED: ${r.failed!.join(', ')}`;
      print(`${r.name}${r.fromNotes ? ' [notes]' : ''}  ${status}`);
      print(`  φ  = ${r.formula}`);
      print(`  φ′ = ${r.derivative}`);
      print(`  domain ${r.domain}  range ${r.range}  φ′ range ${r.derivativeRange}${r.kinks.length ? `  kinks ${r.kinks.join(', ')}` : ''}`);
    }
  }
  return rows.every((r) => r.verified !== false) ? 0 : 1;
}
