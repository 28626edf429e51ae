import { describe, expect, it } from 'vitest';
import { codeBlocks, commentClaim, matchesShown } from './blocks.js';

describe('the README checker', () => {
  it('finds fenced blocks with their language, line and directive', () => {
    const md = 'text\n\n<!-- readme-test: not run: why -->\n\n```sh\nnpm test\n```\n\n```\n$ ls\n```\n';
    expect(codeBlocks(md)).toEqual([
      { lang: 'sh', text: 'npm test', line: 5, directive: 'not run: why' },
      { lang: '', text: '$ ls', line: 9 },
    ]);
  });

  it('reads the results shown in comments, and leaves prose alone', () => {
    expect(commentClaim("'0.016' (the notes write ≈ 0.006)")).toEqual({ kind: 'equal', value: '0.016' });
    expect(commentClaim("['3', '2.6'] on c = (1 − w)²")).toEqual({ kind: 'equal', value: ['3', '2.6'] });
    expect(commentClaim('true')).toEqual({ kind: 'equal', value: true });
    expect(commentClaim('≥ 45')).toEqual({ kind: 'atLeast', value: 45 });
    expect(commentClaim('{ holds: true, … }')).toBeUndefined();
    expect(commentClaim('∂e/∂w1 = -0.028')).toBeUndefined();
  });

  it('compares output line by line, "…" standing for any lines and durations ignored; a changed digit fails', () => {
    const shown = 'trained 4-8-3\nepochs 200  loss 0.0396  0.58 s';
    expect(matchesShown(shown, 'trained 4-8-3\nepochs 200  loss 0.0396  1.24 s\n')).toBe(true);
    expect(matchesShown(shown, 'trained 4-8-3\nepochs 200  loss 0.0397  0.58 s\n')).toBe(false);
    expect(matchesShown('a\n…\nd', 'a\nb\nc\nd\n')).toBe(true);
    expect(matchesShown('a\n…\nd', 'a\nd\n')).toBe(true);
    expect(matchesShown('a\nd', 'a\nb\nd\n')).toBe(false);
    expect(matchesShown('a', 'a\nextra\n')).toBe(false);
  });
});
