/**
 * Errors raised by gradproof. Every error a user can cause is a {@link GradproofError}
 * with a one-line message that names what was wrong and where; the CLI prints the
 * message and exits with code 2.
 *
 * @example
 * ```ts
 * import { parse, GradproofError } from 'gradproof';
 * try { parse('1 + * 2'); } catch (e) { if (e instanceof GradproofError) console.log(e.message); }
 * ```
 * @module
 */

/**
 * `text` made safe to print on one line: line breaks, tabs and every other control
 * character (C0, DEL, C1, the Unicode line and paragraph separators and the bidirectional
 * overrides, which can rearrange or hide what a terminal shows) are written as escapes
 * such as `\n` or `\u{1b}`; text longer than `max` characters is cut with a note of how
 * much was left out.
 *
 * @example
 * ```ts
 * printable('sin(x)\nrm -rf'); // 'sin(x)\\nrm -rf' (a backslash and an n, one line)
 * ```
 */
export function printable(text: string, max = 2000): string {
  const cut = text.length > max ? text.slice(0, max) : text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const escaped = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
  });
  return text.length > max ? `${escaped}… (${text.length - max} more characters)` : escaped;
}

/** Up to `width` characters of `input` around `position`, printable. */
function excerpt(input: string, position: number, width = 120): string {
  if (input.length <= width) return printable(input);
  const start = Math.max(0, Math.min(position - width / 2, input.length - width));
  return `${start > 0 ? '…' : ''}${printable(input.slice(start, start + width))}${start + width < input.length ? '…' : ''}`;
}

/**
 * Base class of every error gradproof raises on purpose.
 *
 * @example
 * ```ts
 * throw new GradproofError('input', 'something was wrong');
 * ```
 */
export class GradproofError extends Error {
  /** A short machine-readable category: `parse`, `domain`, `timeout`, `input`, `spec`, `verify`. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'GradproofError';
    this.code = code;
  }
}

/**
 * Text that is not a valid expression. `position` is the 0-based character offset. The
 * message shows the input on one line (control characters escaped, a long input cut to
 * the part around `position`).
 *
 * @example
 * ```ts
 * new ParseError('unexpected "*"', 4, '1 + * 2').message; // 'unexpected "*" at position 4 in "1 + * 2"'
 * ```
 */
export class ParseError extends GradproofError {
  /** 0-based offset of the offending character in the input. */
  readonly position: number;
  constructor(what: string, position: number, input: string) {
    super('parse', `${printable(what, 300)} at position ${position} in "${excerpt(input, position)}"`);
    this.name = 'ParseError';
    this.position = position;
  }
}

/**
 * A value requested where the expression is undefined over the reals
 * (log of a non-positive number, division by zero, asin outside [−1, 1], …).
 *
 * @example
 * ```ts
 * new DomainError('log(x) needs x > 0', 'x=-1').message; // 'undefined at x=-1: log(x) needs x > 0'
 * ```
 */
export class DomainError extends GradproofError {
  constructor(reason: string, where?: string) {
    super('domain', where ? `undefined at ${where}: ${reason}` : `undefined: ${reason}`);
    this.name = 'DomainError';
  }
}

/**
 * The computer algebra system did not answer within its budget of steps (a deterministic
 * bound: the same input runs out of steps on every machine).
 *
 * @example
 * ```ts
 * new CasTimeoutError('diff(x^x^x, x)', 20000).message; // 'the CAS did not finish diff(x^x^x, x) within its budget of 20000 steps'
 * ```
 */
export class CasTimeoutError extends GradproofError {
  constructor(task: string, steps: number) {
    super('timeout', `the CAS did not finish ${task} within its budget of ${steps} steps`);
    this.name = 'CasTimeoutError';
  }
}

/**
 * Invalid input other than expression text: an unknown variable or option, an
 * out-of-range parameter, a malformed spec (the message names the JSON path).
 *
 * @example
 * ```ts
 * new InputError('--digits must be an integer in 5…1000, got 2').message;
 * ```
 */
export class InputError extends GradproofError {
  constructor(message: string) {
    super('input', message);
    this.name = 'InputError';
  }
}
