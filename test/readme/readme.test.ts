/**
 * Every code example of README.md is run, and what it shows is compared with what it does:
 * - ```ts blocks run (with tsx; blocks that import vitest as a vitest test file, with the
 *   matchers registered); a statement followed by `// <literal>` or `// ≥ n` is checked.
 * - `$ npx gradproof …` transcripts run against dist/ and must print what is shown
 *   (a line `…` stands for any lines; durations are not compared; --json output is
 *   compared as JSON). A ```json block is the spec file `net.json` the next ones read.
 * - A synopsis block (`gradproof <command> …`) must be the first line of that command's --help.
 * - A block marked `<!-- readme-test: the message of <statement> -->` must appear in the
 *   message the statement fails with.
 * - A block marked `<!-- readme-test: not run … -->` is not run: its reason is in the
 *   comment, and the npm scripts it names must exist.
 * Run `npm run build` before this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNetworkSpec } from '../../src/nn/spec.js';
import { type Block, codeBlocks, commentClaim, matchesShown } from './blocks.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/gradproof.js');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = codeBlocks(readme);
// inside the package, so that `import … from 'gradproof'` resolves to this package (dist/)
const scratch = join(root, 'scratch', `readme-${process.pid}`);
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const name = (b: Block): string => `README.md:${b.line}`;
const isTranscript = (b: Block): boolean => b.lang === '' && b.text.startsWith('$ ');
const isSynopsis = (b: Block): boolean => b.lang === '' && /^gradproof [a-z-]+/.test(b.text);
const FIGURES = ['text ─► parse', 'src/index.ts      the public API'];

describe('README.md', () => {
  it('has only blocks this test knows how to check (or marks the others)', () => {
    const unknown = blocks.filter((b) => !['ts', 'sh', 'json', ''].includes(b.lang) || (b.lang === '' && !b.directive && !isTranscript(b) && !isSynopsis(b) && !FIGURES.some((f) => b.text.startsWith(f))));
    expect(unknown.map(name)).toEqual([]);
    const exempt = blocks.filter((b) => b.directive?.startsWith('not run'));
    expect(exempt.length).toBeLessThanOrEqual(2); // few exemptions, each with its reason
    for (const b of exempt) expect(b.directive).toMatch(/^not run: .{20,}/);
  });

  describe('shell blocks not run name npm scripts that exist', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    it.each(blocks.filter((b) => b.lang === 'sh').map((b) => [name(b), b] as const))('%s', (_n, b) => {
      expect(b.directive, 'a shell block is either run (a transcript) or marked "not run" with the reason').toMatch(/^not run/);
      for (const m of b.text.matchAll(/npm (?:run ([\w:-]+)|(start|test))/g)) expect(Object.hasOwn(scripts, m[1] ?? m[2]!), m[0]).toBe(true);
      for (const m of b.text.matchAll(/bash (\S+)/g)) expect(() => readFileSync(join(root, m[1]!)), m[0]).not.toThrow();
    });
  });

  describe('transcripts print what they show', () => {
    const spec = blocks.find((b) => b.lang === 'json');
    it('the spec file is a valid network spec', () => {
      expect(spec).toBeDefined();
      expect(parseNetworkSpec(spec!.text, true).network.layers).toHaveLength(2);
      writeFileSync(join(scratch, 'net.json'), spec!.text);
    });
    it.each(blocks.filter(isTranscript).map((b) => [name(b), b] as const))('%s', (_n, b) => {
      const [first, ...shown] = b.text.split('\n');
      const command = first!.slice(2).replace(/^npx gradproof /, `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} `);
      const r = spawnSync('bash', ['-c', command], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      if (/ --json\b/.test(first!)) expect(JSON.parse(r.stdout)).toEqual(JSON.parse(shown.join('\n')));
      else expect(matchesShown(shown.join('\n'), r.stdout), `shown:\n${shown.join('\n')}\nprinted:\n${r.stdout}`).toBe(true);
    });
  });

  describe('synopses are the first line of the command’s --help', () => {
    it.each(blocks.filter(isSynopsis).map((b) => [name(b), b] as const))('%s', (_n, b) => {
      const command = /^gradproof ([a-z-]+)/.exec(b.text)![1]!;
      const help = spawnSync(process.execPath, [bin, command, '--help'], { encoding: 'utf8' }).stdout.split('\n')[0]!;
      expect(b.text.replace(/\s+/g, ' ').trim()).toBe(help.replace(/\s+/g, ' ').trim());
    });
  });

  it('the TypeScript examples run, and the results they show are what they return', () => {
    const plain = blocks.filter((b) => b.lang === 'ts' && !/from 'vitest'/.test(b.text));
    expect(plain.length).toBeGreaterThan(0);
    for (const b of plain) {
      let checks = 0;
      const code = b.text
        .replace(/from '\.\/src\//g, `from '${root}/src/`)
        .split('\n')
        .map((line, i) => {
          const m = /^([^/]*\S);\s*\/\/ (.*)$/.exec(line);
          if (!m || /^\s*(import|const|let|export)\b/.test(line)) return line;
          const claim = commentClaim(m[2]!);
          if (!claim) return line;
          checks++;
          return `__check(${m[1]}, ${JSON.stringify(claim)}, ${b.line + 1 + i});`;
        })
        .join('\n');
      const check = `import { deepStrictEqual as __equal, ok as __ok } from 'node:assert';
function __check(actual: unknown, claim: { kind: string; value: unknown }, line: number): void {
  if (claim.kind === 'atLeast') __ok(typeof actual === 'number' && actual >= (claim.value as number), \`README.md:\${line}: \${String(actual)} is not ≥ \${claim.value}\`);
  else __equal(actual, claim.value, \`README.md:\${line}: got \${JSON.stringify(actual)}\`);
}
`;
      const file = join(scratch, `example-${b.line}.ts`);
      writeFileSync(file, `${code}\n${check}`);
      const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', timeout: 240_000 });
      expect(r.stderr, name(b)).toBe('');
      expect(r.status, name(b)).toBe(0);
      expect(checks, `${name(b)} shows results`).toBeGreaterThan(0);
    }
  }, 300_000);

  it('the vitest examples pass as a test file, and a failing matcher prints the message shown', () => {
    const tests = blocks.filter((b) => b.lang === 'ts' && /from 'vitest'/.test(b.text));
    const messages = blocks.filter((b) => b.directive?.startsWith('the message of '));
    expect(tests.length).toBeGreaterThan(0);
    expect(messages.length).toBeGreaterThan(0);
    for (const b of tests) writeFileSync(join(scratch, `example-${b.line}.test.ts`), b.text);
    for (const b of messages) {
      const statement = b.directive!.slice('the message of '.length);
      writeFileSync(
        join(scratch, `message-${b.line}.test.ts`),
        `import { writeFileSync } from 'node:fs';\nimport { expect, it } from 'vitest';\nit('fails', () => {\n  try {\n    ${statement};\n  } catch (err) {\n    writeFileSync(${JSON.stringify(join(scratch, `message-${b.line}.txt`))}, (err as Error).message);\n  }\n});\n`,
      );
    }
    const dist = join(root, 'dist/src');
    writeFileSync(
      join(scratch, 'vitest.config.mts'),
      `export default { resolve: { alias: [{ find: /^gradproof$/, replacement: ${JSON.stringify(`${dist}/index.js`)} }, { find: /^gradproof\\/vitest$/, replacement: ${JSON.stringify(`${dist}/testing/vitest.js`)} }, { find: /^gradproof\\/arbitraries$/, replacement: ${JSON.stringify(`${dist}/testing/arbitraries/index.js`)} }] }, test: { root: ${JSON.stringify(scratch)}, include: ['*.test.ts'], setupFiles: [${JSON.stringify(`${dist}/testing/vitest.js`)}], testTimeout: 240000 } };\n`,
    );
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)));
    const r = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', join(scratch, 'vitest.config.mts')], { cwd: scratch, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout: 280_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    for (const b of messages) {
      // colour codes (NO_COLOR is set, but to be sure) are not part of the text shown
      const message = readFileSync(join(scratch, `message-${b.line}.txt`), 'utf8').replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
      expect(message, name(b)).toContain(b.text);
    }
  }, 300_000);
});
