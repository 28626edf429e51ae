/**
 * Argument helpers shared by the subcommands: node's own `util.parseArgs` does the
 * parsing; these turn its strings into checked values with one-line errors.
 *
 * @module
 */
import { DEFAULTS } from '../defaults.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';
import { checkDigits } from '../numeric/evaluate.js';

/** Options every subcommand understands. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * Parses `argv` strictly; unknown options and missing values become {@link InputError}.
 */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
): { values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>['values']; positionals: string[] } {
  // `--at -30` would be read as an unknown option "-3…": glue negative numbers to their option
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    const next = argv[i + 1];
    const name = token.startsWith('--') ? token.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
      args.push(`${token}=${next}`);
      i++;
    } else {
      args.push(token);
    }
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const message = (err as Error).message.split('\n')[0] ?? String(err);
    throw new InputError(message.replace(/^Option '(.*?)'/, "option '$1'"));
  }
}

/** `--digits` as a checked integer (default 50). */
export function digitsOption(value: string | undefined, fallback: number = DEFAULTS.digits): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw new InputError(`--digits must be an integer in 5…1000, got "${value}"`);
  return checkDigits(Number(value), '--digits');
}

/**
 * `--at x=0.3,y=1.5` (or another option's name=value list) as `{ x: '0.3', y: '1.5' }`
 * (values stay strings: no precision lost).
 *
 * @example
 * ```ts
 * pointOption('x=0.3,y=1.5'); // { x: '0.3', y: '1.5' }
 * ```
 */
export function pointOption(value: string, option = '--at'): Record<string, string> {
  const point: Record<string, string> = {};
  for (const part of value.split(',')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)\s*$/.exec(part);
    if (!m) throw new InputError(`${option} expects name=value pairs separated by commas (x=0.3,y=1.5), got "${part.trim()}"`);
    const [, name, text] = m as unknown as [string, string, string];
    if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) {
      throw new InputError(`${option} ${name}: "${text}" is not a decimal number`);
    }
    if (name in point) throw new InputError(`${option} gives ${name} twice`);
    point[name] = text;
  }
  return point;
}

/** Writes one line of JSON or text to stdout. */
export function print(text: string): void {
  process.stdout.write(`${text}\n`);
}
