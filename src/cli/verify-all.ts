/**
 * `gradproof verify-all [--digits 50] [--json]`: derives and verifies every activation of
 * the catalogue and prints one line per entry.
 *
 * @module
 */
import { verifyActivation } from '../verify/activation.js';
import { ACTIVATIONS } from '../activations/index.js';
import { COMMON_OPTIONS, digitsOption, parseCommand, print } from './args.js';
import { verifyInParallel } from './parallel.js';

export const usage = `gradproof verify-all [--digits 50] [--json]

Derives every activation of the catalogue with the CAS and proves each declared fact:
derivatives against finite differences, textbook forms as identities, ranges, kinks.
Exit code 0 when every entry is verified.`;

/** Runs `gradproof verify-all`; returns the exit code. */
export async function runVerifyAll(argv: string[]): Promise<number> {
  const { values } = parseCommand(argv, { ...COMMON_OPTIONS, digits: { type: 'string' } }, { command: 'verify-all', max: 0 });
  if (values.help) {
    print(usage);
    return 0;
  }
  const digits = digitsOption(values.digits);
  const start = performance.now();
  const verdicts = digits === 50 ? await verifyInParallel(ACTIVATIONS.map((a) => a.name)) : ACTIVATIONS.map((a) => verifyActivation(a, { digits }));
  const seconds = (performance.now() - start) / 1000;
  if (values.json) print(JSON.stringify({ seconds, verdicts }, null, 2));
  else {
    for (const v of verdicts) {
      const failed = v.checks.filter((c) => !c.holds);
      print(
        `${v.holds ? 'verified' : 'FAILED  '}  ${v.name.padEnd(20)} ${v.checks.length} checks, ${v.digitsAgreed}/${digits} digits, ${v.milliseconds} ms` +
          (failed.length ? `\n    ${failed.map((c) => `${c.name}: ${c.counterexample?.text ?? c.reason ?? c.summary}`).join('\n    ')}` : ''),
      );
    }
    print(`${verdicts.filter((v) => v.holds).length} of ${verdicts.length} activations verified in ${seconds.toFixed(1)} s`);
  }
  return verdicts.every((v) => v.holds) ? 0 : 1;
}
