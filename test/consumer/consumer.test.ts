/**
 * gradproof as a consumer sees it: build, pack, install the tarball into a fresh project
 * (with vitest, fast-check and typescript from npm's cache), then import the main entry
 * from plain Node ESM, type-check a strict NodeNext TypeScript file against the shipped
 * declarations, and run a vitest suite that uses `gradproof/vitest` and
 * `gradproof/arbitraries`, one of whose tests fails on purpose.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_FILES } from './project.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const VERSIONS = ['vitest@4.1.12', 'fast-check@4.11.0', 'typescript@5.9.3'];

/** The environment of a child process: no trace of the vitest (or npm script) running this test. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITEST|TEST$|NODE_ENV$|npm_lifecycle_|npm_package_)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, NO_COLOR: '1', CI: '1' };
}

/** Runs a command; on failure the error carries its stdout and stderr. */
async function sh(cmd: string, args: readonly string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(cmd, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as Error & { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`);
  }
}

let dir = '';
let project = '';
const timings: Record<string, number> = {};

async function timed<T>(name: string, body: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await body();
  } finally {
    timings[name] = Math.round(performance.now() - t);
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gradproof-consumer-'));
  project = join(dir, 'project');
  await timed('build', () => sh('npm', ['run', 'build'], root));
  // the build just ran: skip `prepare`, which would build again
  const packed = await timed('pack', () => sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root));
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  await sh('mkdir', ['-p', project], dir);
  await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  await timed('install', () => sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, filename), ...VERSIONS], project));
  for (const [name, text] of Object.entries(PROJECT_FILES)) await writeFile(join(project, name), text);
}, 240_000);

afterAll(async () => {
  console.info(`consumer test timings (ms): ${JSON.stringify(timings)}`);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('gradproof installed from its tarball', () => {
  it('the main entry imports from plain Node ESM, and every subpath resolves', async () => {
    const script = [
      "const g = await import('gradproof');",
      "const v = g.verifyDerivative('1/(1+e^(-x))', 'x', { digits: 30, points: 4 });",
      "const pkg = (await import('gradproof/package.json', { with: { type: 'json' } })).default;",
      "const arbitraries = await import('gradproof/arbitraries');",
      "const core = await import('gradproof/core');",
      "const sameCore = core.verifyDerivative === g.verifyDerivative && core.verifyDerivative('relu(x)*x', 'x', { digits: 20, points: 2 }).holds;",
      "console.log(JSON.stringify({ verified: v.holds, version: pkg.version, exports: Object.keys(arbitraries).sort(), vitest: import.meta.resolve('gradproof/vitest'), sameCore }));",
    ].join('\n');
    const { stdout } = await timed('node-import', () => sh('node', ['--input-type=module', '-e', script], project));
    const out = JSON.parse(stdout) as { verified: boolean; version: string; exports: string[]; vitest: string; sameCore: boolean };
    expect(out.verified).toBe(true);
    expect(out.sameCore).toBe(true);
    expect(out.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(out.exports).toEqual(['activation', 'activationPoint', 'elementaryExpression', 'smallNetwork']);
    expect(out.vitest).toMatch(/node_modules\/gradproof\/dist\/bundle\/vitest\.js$/); // the entries are bundled (scripts/build.mjs)
  }, 60_000);

  it('npx gradproof runs the installed command (its bin is executable in the tarball)', async () => {
    const { stdout } = await sh('npx', ['--no-install', 'gradproof', '--version'], project);
    expect(stdout).toBe('gradproof 0.1.0\n');
  }, 60_000);

  it('internal modules are not reachable past the exports map', async () => {
    const script = "try { await import('gradproof/dist/src/index.js'); console.log('reachable'); } catch (e) { console.log(e.code); }";
    const { stdout } = await sh('node', ['--input-type=module', '-e', script], project);
    expect(stdout.trim()).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  }, 60_000);

  it('a strict NodeNext TypeScript project type-checks against the shipped declarations', async () => {
    await timed('tsc', () => sh('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], project));
    // gradproof's own .d.ts files are clean too (vitest's and vite's need @types/node and the DOM, so skipLibCheck is on above)
    const strict = await run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json', '--skipLibCheck', 'false'], { cwd: project, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 }).catch(
      (err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }),
    );
    const ours = strict.stdout.split('\n').filter((line) => / error TS/.test(line) && (!line.startsWith('node_modules/') || line.startsWith('node_modules/gradproof/')));
    expect(ours).toEqual([]);
  }, 120_000);

  it('vitest runs the matchers and the arbitraries; the deliberately wrong claim fails with its counterexample', async () => {
    const report = join(project, 'report.json');
    // exit code 1 is expected: one test fails on purpose
    await timed('vitest', () => run('npx', ['vitest', 'run', '--reporter=json', `--outputFile=${report}`], { cwd: project, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 }).catch(() => undefined));
    const json = JSON.parse(await readFile(report, 'utf8')) as {
      testResults: { name: string; assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
    };
    const results = json.testResults.flatMap((f) => f.assertionResults);
    const failed = results.filter((r) => r.status !== 'passed');
    expect(results.length).toBeGreaterThanOrEqual(7);
    expect(failed.map((r) => r.title)).toEqual(['fails on purpose: a wrong derivative of the sigmoid']);
    const message = failed[0]!.failureMessages.join('\n');
    expect(message).toContain('expect(f).toHaveDerivative(claimed, options)');
    expect(message).toContain('The claimed derivative does not match the slope of the function.');
    expect(message).toMatch(/claimed d\/dx\s+e\^\(-x\)\/\(1 \+ e\^\(-x\)\)\^3/);
    expect(message).toMatch(/Counterexample at x = -?[\d.]+:\n\s+claimed derivative\s+[\d.e-]+\n\s+finite difference \(central\)\s+[\d.e-]+\n\s+digits agreed\s+\d+ of 30/);
  }, 120_000);
});
