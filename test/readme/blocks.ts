/** The fenced code blocks of a Markdown file, with the directive comment in front of each. */

/** One fenced block. */
export interface Block {
  /** The info string: `ts`, `sh`, `json`, or '' for a plain block. */
  readonly lang: string;
  readonly text: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The text of a `<!-- readme-test: … -->` comment right before the block, if any. */
  readonly directive?: string;
}

/**
 * Splits Markdown into its fenced blocks.
 *
 * @example
 * ```ts
 * codeBlocks('<!-- readme-test: skip -->\n```sh\nls\n```\n'); // [{ lang: 'sh', text: 'ls', line: 2, directive: 'skip' }]
 * ```
 */
export function codeBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    let j = i + 1;
    while (j < lines.length && lines[j] !== '```') j++;
    let k = start - 1;
    while (k >= 0 && lines[k]!.trim() === '') k--;
    const directive = k >= 0 ? /^<!-- readme-test: (.*) -->$/.exec(lines[k]!.trim())?.[1] : undefined;
    blocks.push({ lang: open[1]!, text: lines.slice(start + 1, j).join('\n'), line: start + 1, ...(directive ? { directive } : {}) });
    i = j;
  }
  return blocks;
}

/**
 * A JS literal at the start of an example's result comment (`// '0.016' (the notes …)`,
 * `// ['3', '2.6'] on …`, `// true`, `// 42`), or a bound `// ≥ 45`; undefined for prose.
 */
export function commentClaim(comment: string): { kind: 'equal'; value: unknown } | { kind: 'atLeast'; value: number } | undefined {
  const c = comment.trim();
  const atLeast = /^≥ (-?\d+(?:\.\d+)?)\b/.exec(c);
  if (atLeast) return { kind: 'atLeast', value: Number(atLeast[1]) };
  const string = /^'((?:[^'\\]|\\.)*)'/.exec(c);
  if (string) return { kind: 'equal', value: string[1] };
  const array = /^\[((?:\s*'(?:[^'\\]|\\.)*'\s*,?)*)\]/.exec(c);
  if (array) return { kind: 'equal', value: [...array[1]!.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]) };
  const word = /^(true|false|null|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?![\w.])/.exec(c);
  if (word) return { kind: 'equal', value: JSON.parse(word[1]!) };
  return undefined;
}

/**
 * Whether a command's output matches the output shown in the README: line by line, a line
 * that is only `…` standing for any number of lines; durations (`0.58 s`) are not compared.
 */
export function matchesShown(shown: string, actual: string): boolean {
  const seconds = (t: string) => t.replace(/\b\d+(?:\.\d+)? s\b/g, '<seconds> s');
  const pattern = seconds(shown)
    .split('\n')
    .map((line) => (line.trim() === '…' ? '(?:[^\\n]*\\n)*?' : `${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`))
    .join('');
  return new RegExp(`^${pattern}$`).test(seconds(actual.endsWith('\n') ? actual : `${actual}\n`));
}
