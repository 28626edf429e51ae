/**
 * `gradproof descend "<expression>" --from x=3[,y=…] [--lr 0.1] [--steps 20] [--optimizer sgd|momentum|adam] [--digits 30] [--in …] [--json] [--out <dir>]`
 *
 * @module
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { descend } from '../calculus/descend.js';
import { descentSvg } from '../calculus/plot.js';
import { parseRegion } from '../calculus/region.js';
import { descentText } from '../calculus/text.js';
import { InputError } from '../errors.js';
import { COMMON_OPTIONS, digitsOption, parseCommand, pointOption, print } from './args.js';
import { countOption, listOption } from './calculus-args.js';

export const usage = `gradproof descend "<expression>" --from x=3[,y=1] [--lr 0.1] [--steps 20] [--optimizer sgd|momentum|adam] [--digits 30] [--in x=a..b,…] [--json] [--out <dir>]

The trace of gradient descent from --from: every iterate, f, ∇f and |∇f| to --digits
correct significant digits, every gradient checked against finite differences, and the
distance to the nearest critical point (searched in --in, default the path's box widened).
--out writes descend.txt, descend.json and, for one or two variables, descend.svg (the
path over the contour lines), all or none. Exit code 0 when every gradient is verified,
1 when not, 2 on bad input.`;

/** Writes all files or none: each to a temporary name first, then all renamed. */
function writeAll(dir: string, files: readonly { readonly name: string; readonly text: string }[]): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch (err) {
    throw new InputError(`--out ${dir}: cannot write there (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const temps: string[] = [];
  try {
    for (const f of files) {
      const temp = join(dir, `.${f.name}.tmp-${process.pid}`);
      writeFileSync(temp, f.text);
      temps.push(temp);
    }
  } catch (err) {
    for (const t of temps) rmSync(t, { force: true });
    throw new InputError(`--out ${dir}: could not write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  files.forEach((f, i) => {
    renameSync(temps[i]!, join(dir, f.name));
  });
}

/** Runs `gradproof descend`; returns the exit code. */
export function runDescend(argv: string[]): number {
  const { values, positionals } = parseCommand(argv, {
    ...COMMON_OPTIONS,
    wrt: { type: 'string' },
    from: { type: 'string' },
    lr: { type: 'string' },
    steps: { type: 'string' },
    optimizer: { type: 'string' },
    digits: { type: 'string' },
    in: { type: 'string' },
    out: { type: 'string' },
    points: { type: 'string' },
  });
  if (values.help) {
    print(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError(`descend takes one expression in quotes, got ${positionals.length} arguments`);
  if (values.from === undefined) throw new InputError('descend needs a starting point: --from x=3[,y=1]');
  const v = descend(positionals[0]!, {
    from: pointOption(values.from, '--from'),
    digits: digitsOption(values.digits, 30),
    ...(values.wrt !== undefined ? { wrt: listOption(values.wrt, '--wrt') } : {}),
    ...(values.lr !== undefined ? { lr: values.lr } : {}),
    ...(values.steps !== undefined ? { steps: countOption(values.steps, '--steps', 0, 10000) } : {}),
    ...(values.optimizer !== undefined ? { optimizer: values.optimizer } : {}),
    ...(values.in !== undefined ? { region: parseRegion(values.in) } : {}),
    ...(values.points !== undefined ? { points: countOption(values.points, '--points', 0, 1000) } : {}),
  });
  const text = descentText(v);
  const json = JSON.stringify(v, null, 2);
  if (values.out !== undefined) {
    const dir = resolve(values.out);
    const svg = descentSvg(v);
    writeAll(dir, [
      { name: 'descend.txt', text: `${text}\n` },
      { name: 'descend.json', text: `${json}\n` },
      ...(svg ? [{ name: 'descend.svg', text: `${svg}\n` }] : []),
    ]);
  }
  print(values.json ? json : text);
  return v.holds ? 0 : 1;
}
