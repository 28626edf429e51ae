/**
 * Argument helpers shared by the subcommands. Tokens are sorted into options and
 * positionals here (so that an expression starting with `-`, such as
 * `"-log(1+e^(-x))"`, is an argument and not an unknown option), then node's own
 * `util.parseArgs` reads the options; the helpers below turn strings into checked values
 * with one-line errors.
 *
 * Rules, for every subcommand:
 * - `--name value` and `--name=value`; the value of a string option may start with `-`
 *   (`--at -30`), but not with `--`.
 * - A token that starts with one `-` and is not a known short option (`-h`) is an
 *   argument: `gradproof diff -x` differentiates −x. After `--` every token is an argument.
 * - An option given twice is an error (options declared `multiple` excepted); an unknown
 *   option is an error that lists the known ones.
 *
 * @module
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DEFAULTS } from '../defaults.js';
import { InputError } from '../errors.js';
import { checkDigits } from '../numeric/evaluate.js';

/** Options every subcommand understands. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** A subcommand's option table (node's `parseArgs` options). */
export type Options = NonNullable<ParseArgsConfig['options']>;
/** The values {@link parseCommand} reads for an option table. */
export type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>['values'];

/** How many arguments (positionals) a subcommand takes, for {@link parseCommand} to check. */
export interface PositionalSpec {
  /** The subcommand, for the message: `list`. */
  readonly command: string;
  /** At most this many. */
  readonly max: number;
  /** At least this many (default 0). */
  readonly min?: number;
  /** What they are, for the message: `one expression in quotes`. */
  readonly what?: string;
}

const words = ['no', 'one', 'two', 'three'];

/**
 * Parses `argv` strictly; unknown, repeated or valueless options and (with `expect`) a
 * wrong number of arguments become {@link InputError}. With `--help` the argument count
 * is not checked.
 *
 * @example
 * ```ts
 * parseCommand(['-log(x)', '--digits', '30'], { digits: { type: 'string' } }).positionals; // ['-log(x)']
 * parseCommand(['foo'], {}, { command: 'list', max: 0 }); // throws InputError: list takes no arguments, got "foo"
 * ```
 */
export function parseCommand<T extends Options>(argv: readonly string[], options: T, expect?: PositionalSpec): { values: Parsed<T>; positionals: string[] } {
  const known = new Map<string, Options[string]>(Object.entries(options));
  const shorts = new Map<string, string>();
  for (const [name, o] of known) if (o.short) shorts.set(o.short, name);
  const list = (): string => [...known.keys()].map((k) => `--${k}`).join(', ');
  const optionArgs: string[] = [];
  const positionals: string[] = [];
  const seen = new Set<string>();
  const once = (name: string): void => {
    if (seen.has(name) && !known.get(name)!.multiple) throw new InputError(`option --${name} is given twice`);
    seen.add(name);
  };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      const name = eq < 0 ? token.slice(2) : token.slice(2, eq);
      const option = known.get(name);
      if (!option) throw new InputError(`unknown option --${name} (options: ${list()}; an argument that starts with "--" goes after "--")`);
      once(name);
      if (option.type === 'boolean') {
        if (eq >= 0) throw new InputError(`option --${name} takes no value`);
        optionArgs.push(token);
      } else if (eq >= 0) {
        optionArgs.push(token);
      } else {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new InputError(`option --${name} needs a value`);
        optionArgs.push(`--${name}=${value}`);
        i++;
      }
      continue;
    }
    const letters = token.length > 1 && token.startsWith('-') ? [...token.slice(1)] : [];
    if (letters.length && letters.every((ch) => shorts.has(ch) && known.get(shorts.get(ch)!)!.type === 'boolean')) {
      for (const ch of letters) {
        once(shorts.get(ch)!);
        optionArgs.push(`--${shorts.get(ch)!}`);
      }
      continue;
    }
    positionals.push(token);
  }
  let values: Parsed<T>;
  try {
    values = parseArgs({ args: optionArgs, options, allowPositionals: false, strict: true }).values as Parsed<T>;
  } catch (err) {
    throw new InputError((err as Error).message.split('\n')[0] ?? String(err));
  }
  if (expect && !(values as { help?: boolean }).help) checkCount(expect, positionals);
  return { values, positionals };
}

function checkCount(expect: PositionalSpec, positionals: readonly string[]): void {
  const min = expect.min ?? 0;
  if (positionals.length >= min && positionals.length <= expect.max) return;
  const what = expect.what ?? 'arguments';
  if (expect.max === 0) throw new InputError(`${expect.command} takes no arguments, got "${positionals[0]}"`);
  const count = min === expect.max ? (words[min] ?? String(min)) : `${min}…${expect.max}`;
  throw new InputError(`${expect.command} takes ${count} ${what}, got ${positionals.length}${positionals.length ? `: ${positionals.map((p) => `"${p}"`).join(' ')}` : ''}`);
}

/** `--digits` as a checked integer (default 50). */
export function digitsOption(value: string | undefined, fallback: number = DEFAULTS.digits): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw new InputError(`--digits must be an integer in 5…1000, got "${value}"`);
  return checkDigits(Number(value), '--digits');
}

/**
 * An integer option in `min…max` (`fallback` when absent). The empty string and anything
 * but decimal digits are errors, never 0.
 *
 * @example
 * ```ts
 * integerOption('12', 'points', 12, 0, 1000); // 12
 * integerOption('', 'points', 12, 0, 1000);   // throws InputError: --points must be an integer in 0…1000, got ""
 * ```
 */
export function integerOption(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const t = value.trim();
  if (!/^\d{1,16}$/.test(t) || Number(t) < min || Number(t) > max) throw new InputError(`--${name} must be an integer in ${min}…${max}, got "${value}"`);
  return Number(t);
}

/**
 * `--at x=0.3,y=1.5` (or another option's name=value list) as `{ x: '0.3', y: '1.5' }`
 * (values stay strings: no precision lost). The object has no prototype, so a name such as
 * `constructor` is a name like any other.
 *
 * @example
 * ```ts
 * pointOption('x=0.3,y=1.5'); // { x: '0.3', y: '1.5' }
 * ```
 */
export function pointOption(value: string, option = '--at', into: Record<string, string> = Object.create(null)): Record<string, string> {
  const point = into;
  for (const part of value.split(',')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)\s*$/.exec(part);
    if (!m) throw new InputError(`${option} expects name=value pairs separated by commas (x=0.3,y=1.5), got "${part.trim()}"`);
    const [, name, text] = m as unknown as [string, string, string];
    if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) {
      throw new InputError(`${option} ${name}: "${text}" is not a decimal number`);
    }
    if (Object.hasOwn(point, name)) throw new InputError(`${option} gives ${name} twice`);
    point[name] = text;
  }
  return point;
}

/** Writes one line of JSON or text to stdout. */
export function print(text: string): void {
  process.stdout.write(`${text}\n`);
}
