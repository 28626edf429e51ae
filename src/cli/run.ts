/**
 * The `gradproof` command. Each subcommand lives in its own file; this one dispatches
 * and turns every {@link GradproofError} into one line on stderr and exit code 2.
 *
 * @module
 */
import { GradproofError, printable } from '../errors.js';
// catalogue activations as functions of expressions (`diff "relu(x)*x"`): loading the catalogue registers them
import '../activations/_internals/catalogue.js';

type Command = (argv: string[]) => number | Promise<number>;

/** A command's module, loaded when the command runs (`prove` does not load the sheet, KaTeX or the network engine). */
type Loader = () => Promise<{ readonly run: Command; readonly usage: string }>;

// a Map: a name such as "toString" or "__proto__" is an unknown command, not a member of Object.prototype
const COMMANDS = new Map<string, Loader>([
  ['diff', () => import('./diff.js').then((m) => ({ run: m.runDiff, usage: m.usage }))],
  ['prove', () => import('./prove.js').then((m) => ({ run: m.runProve, usage: m.usage }))],
  ['eval', () => import('./eval.js').then((m) => ({ run: m.runEval, usage: m.usage }))],
  ['list', () => import('./list.js').then((m) => ({ run: m.runList, usage: m.usage }))],
  ['constants', () => import('./constants.js').then((m) => ({ run: m.runConstants, usage: m.usage }))],
  ['sheet', () => import('./sheet.js').then((m) => ({ run: m.runSheet, usage: m.usage }))],
  ['verify-all', () => import('./verify-all.js').then((m) => ({ run: m.runVerifyAll, usage: m.usage }))],
  ['gradcheck', () => import('./gradcheck.js').then((m) => ({ run: m.runGradcheck, usage: m.usage }))],
  ['train', () => import('./train.js').then((m) => ({ run: m.runTrain, usage: m.usage }))],
  ['experiment', () => import('./experiment.js').then((m) => ({ run: m.runExperiment, usage: m.usage }))],
  // multivariate calculus
  ['grad', () => import('./grad.js').then((m) => ({ run: m.runGrad, usage: m.usage }))],
  ['jacobian', () => import('./jacobian.js').then((m) => ({ run: m.runJacobian, usage: m.usage }))],
  ['hessian', () => import('./hessian.js').then((m) => ({ run: m.runHessian, usage: m.usage }))],
  ['critical', () => import('./critical.js').then((m) => ({ run: m.runCritical, usage: m.usage }))],
  ['descend', () => import('./descend.js').then((m) => ({ run: m.runDescend, usage: m.usage }))],
  // proofreading Markdown notes
  ['check', () => import('./check.js').then((m) => ({ run: m.runCheck, usage: m.usage }))],
]);

/** One error line on stderr: control characters escaped, a very long message cut. */
function fail(message: string): void {
  process.stderr.write(`gradproof: ${printable(message)}\n`);
}

async function help(): Promise<string> {
  const usages = await Promise.all([...COMMANDS.values()].map(async (load) => (await load()).usage));
  return [
    'gradproof — derive the mathematics of neural networks and prove it at high precision',
    '',
    'Commands:',
    ...usages.map((u) => `  ${u.split('\n')[0]}`),
    '',
    'Run "gradproof <command> --help" for details. Exit codes: 0 ok, 1 a check failed, 2 bad input.',
    'An argument that starts with "-" and is not an option is read as an argument',
    '(gradproof diff "-log(1+e^(-x))"); after "--" every argument is one.',
  ].join('\n');
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await help()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    process.stdout.write('gradproof 0.1.0\n');
    return 0;
  }
  const command = COMMANDS.get(name);
  try {
    if (!command) throw new GradproofError('input', `unknown command "${name}" (commands: ${[...COMMANDS.keys()].join(', ')})`);
    return await (await command()).run(rest);
  } catch (err) {
    if (err instanceof GradproofError) {
      fail(err.message);
      return 2;
    }
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      fail('the input is nested too deeply');
      return 2;
    }
    fail(`internal error: ${(err as Error)?.message ?? String(err)}`);
    return 3;
  }
}
