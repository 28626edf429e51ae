/**
 * `gradproof descend "<expression>" --from x=3[,y=…] [--lr 0.1] [--steps 20] [--optimizer sgd|momentum|adam] [--digits 30] [--in …] [--json] [--out <dir>]`
 *
 * @module
 */
import { descend } from '../calculus/descend.js';
import { descentSvg } from '../calculus/plot.js';
import { parseRegion } from '../calculus/region.js';
import { descentText } from '../calculus/text.js';
import { InputError } from '../errors.js';
import { pointOption, print } from './args.js';
import { countOption, parseCalculus, sharedOptions } from './calculus-args.js';
import { outputDirectory, writeFileSet } from './output.js';

export const usage = `gradproof descend "<expression>" --from x=3[,y=1] [--lr 0.1] [--steps 20] [--optimizer sgd|momentum|adam] [--digits 30] [--in x=a..b,…] [--json] [--out <dir>]

The trace of gradient descent from --from: every iterate, f, ∇f and |∇f| to --digits
correct significant digits, every gradient checked against finite differences, and the
distance to the nearest critical point (searched in --in, default the path's box widened).
--out writes descend.txt, descend.json and, for one or two variables, descend.svg (the
path over the contour lines), all or none. Exit code 0 when every gradient is verified,
1 when not, 2 on bad input.`;

/** Runs `gradproof descend`; returns the exit code. */
export async function runDescend(argv: string[]): Promise<number> {
  const own = { from: { type: 'string' }, lr: { type: 'string' }, steps: { type: 'string' }, optimizer: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' } } as const;
  const parsed = parseCalculus(argv, 'descend', 'expression in quotes', own, usage);
  if (!parsed) return 0;
  const { values, argument } = parsed;
  if (values.from === undefined) throw new InputError('descend needs a starting point: --from x=3[,y=1]');
  const v = descend(argument, {
    ...sharedOptions(values, 30),
    from: pointOption(values.from, '--from'),
    ...(values.lr !== undefined ? { lr: values.lr } : {}),
    ...(values.steps !== undefined ? { steps: countOption(values.steps, '--steps', 0, 10000) } : {}),
    ...(values.optimizer !== undefined ? { optimizer: values.optimizer } : {}),
    ...(values.in !== undefined ? { region: parseRegion(values.in) } : {}),
  });
  const text = descentText(v);
  const json = JSON.stringify(v, null, 2);
  if (values.out !== undefined) {
    // after the descent (a bad expression or point makes no directory); one set: a plot
    // left by an earlier run of two variables is removed when this one has none
    const svg = descentSvg(v);
    await writeFileSet(outputDirectory(values.out), [
      { name: 'descend.txt', text: `${text}\n` },
      { name: 'descend.json', text: `${json}\n` },
      { name: 'descend.svg', text: svg ? `${svg}\n` : null },
    ]);
  }
  print(values.json ? json : text);
  return v.holds ? 0 : 1;
}
