/**
 * `gradproof constants [--digits N] [--json]`: the derived constants.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { CONSTANTS, constantValue } from '../activations/_internals/constants.js';
import { digitsAgreed } from '../numeric/finite.js';
import { COMMON_OPTIONS, digitsOption, parseCommand, print } from './args.js';

export const usage = `gradproof constants [--digits 50] [--json]

Constants derived from their defining equations (SELU's α and λ from the self-normalising
fixed point, GELU's √(2/π), the truncated-normal standard deviation), to --digits correct
significant digits, with the published value where there is one and the digits it agrees on.`;

/**
 * Significant digits of a published value that ours reproduces: all of them when ours,
 * rounded to the published length, is the published value.
 */
export function publishedAgreement(ours: string, published: string): number {
  const length = published.replace(/^[-+]?0*\.?0*/, '').replace(/[^0-9]/g, '').length;
  const rounded = new Decimal(ours).toSignificantDigits(length);
  return rounded.eq(published) ? length : digitsAgreed(new Decimal(ours), new Decimal(published), length);
}

/** Runs `gradproof constants`; returns the exit code. */
export function runConstants(argv: string[]): number {
  const { values } = parseCommand(argv, { ...COMMON_OPTIONS, digits: { type: 'string' } }, { command: 'constants', max: 0 });
  if (values.help) {
    print(usage);
    return 0;
  }
  const digits = digitsOption(values.digits);
  const rows = CONSTANTS.map((c) => {
    const value = constantValue(c.name, digits);
    const published = c.published ? { ...c.published, digitsAgreed: publishedAgreement(value, c.published.value) } : undefined;
    return { name: c.name, symbol: c.symbol, value, formula: c.formula, description: c.description, ...(published ? { published } : {}) };
  });
  if (values.json) print(JSON.stringify(rows, null, 2));
  else
    for (const r of rows) {
      print(`${r.name} (${r.symbol}) = ${r.value}`);
      print(`  ${r.description}; ${r.formula}`);
      if (r.published) print(`  published: ${r.published.value} (${r.published.source}): ${r.published.digitsAgreed} digits agree`);
    }
  return 0;
}
