/**
 * The `gradproof` command. Each subcommand lives in its own file; this one dispatches
 * and turns every {@link GradproofError} into one line on stderr and exit code 2.
 *
 * @module
 */
import { GradproofError, printable } from '../errors.js';
import { runConstants, usage as constantsUsage } from './constants.js';
import { runDiff, usage as diffUsage } from './diff.js';
import { runProve, usage as proveUsage } from './prove.js';
import { runEval, usage as evalUsage } from './eval.js';
import { runExperiment, usage as experimentUsage } from './experiment.js';
import { runGradcheck, usage as gradcheckUsage } from './gradcheck.js';
import { runList, usage as listUsage } from './list.js';
import { runSheet, usage as sheetUsage } from './sheet.js';
import { runTrain, usage as trainUsage } from './train.js';
import { runVerifyAll, usage as verifyUsage } from './verify-all.js';
// multivariate calculus
import { runCritical, usage as criticalUsage } from './critical.js';
import { runDescend, usage as descendUsage } from './descend.js';
import { runGrad, usage as gradUsage } from './grad.js';
import { runHessian, usage as hessianUsage } from './hessian.js';
import { runJacobian, usage as jacobianUsage } from './jacobian.js';
// gradproof check (proofreading Markdown notes)
import { runCheck, usage as checkUsage } from './check.js';
// catalogue activations as functions of expressions (`diff "relu(x)*x"`): loading the catalogue registers them
import '../activations/_internals/catalogue.js';

type Command = (argv: string[]) => number | Promise<number>;

// a Map: a name such as "toString" or "__proto__" is an unknown command, not a member of Object.prototype
const COMMANDS = new Map<string, { run: Command; usage: string }>([
  ['diff', { run: runDiff, usage: diffUsage }],
  ['prove', { run: runProve, usage: proveUsage }],
  ['eval', { run: runEval, usage: evalUsage }],
  ['list', { run: runList, usage: listUsage }],
  ['constants', { run: runConstants, usage: constantsUsage }],
  ['sheet', { run: runSheet, usage: sheetUsage }],
  ['verify-all', { run: runVerifyAll, usage: verifyUsage }],
  ['gradcheck', { run: runGradcheck, usage: gradcheckUsage }],
  ['train', { run: runTrain, usage: trainUsage }],
  ['experiment', { run: runExperiment, usage: experimentUsage }],
  // multivariate calculus
  ['grad', { run: runGrad, usage: gradUsage }],
  ['jacobian', { run: runJacobian, usage: jacobianUsage }],
  ['hessian', { run: runHessian, usage: hessianUsage }],
  ['critical', { run: runCritical, usage: criticalUsage }],
  ['descend', { run: runDescend, usage: descendUsage }],
  // proofreading Markdown notes
  ['check', { run: runCheck, usage: checkUsage }],
]);

/** One error line on stderr: control characters escaped, a very long message cut. */
function fail(message: string): void {
  process.stderr.write(`gradproof: ${printable(message)}\n`);
}

function help(): string {
  return [
    'gradproof — derive the mathematics of neural networks and prove it at high precision',
    '',
    'Commands:',
    ...[...COMMANDS.values()].map((c) => `  ${c.usage.split('\n')[0]}`),
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
    process.stdout.write(`${help()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    process.stdout.write('gradproof 0.1.0\n');
    return 0;
  }
  const command = COMMANDS.get(name);
  try {
    if (!command) throw new GradproofError('input', `unknown command "${name}" (commands: ${[...COMMANDS.keys()].join(', ')})`);
    return await command.run(rest);
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
