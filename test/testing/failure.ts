/** Shared helpers of the testing-entry tests. */

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*m/g;

/** The message of the assertion error `body` throws, without colour codes. */
export function failureOf(body: () => void): { message: string; actual?: unknown; expected?: unknown } {
  try {
    body();
  } catch (err) {
    const e = err as Error & { actual?: unknown; expected?: unknown };
    return { message: e.message.replace(ANSI, ''), actual: e.actual, expected: e.expected };
  }
  throw new Error('expected the assertion to fail, but it passed');
}
