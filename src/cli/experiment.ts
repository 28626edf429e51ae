/**
 * `gradproof experiment depth --activation sigmoid|tanh|relu --init random|glorot|he|lecun [--depth 20] [--width 64] [--seed 1] [--json] [--out <dir>]`
 *
 * @module
 */
import { InputError, printable } from '../errors.js';
import { getScalarActivation } from '../activations/_internals/catalogue.js';
import { type DepthResult, depthExperiment, depthInitializer, type LayerStats } from '../nn/depth.js';
import { lineChart, stackCharts } from '../plot/line-chart.js';
import { COMMON_OPTIONS, integerOption, parseCommand, print } from './args.js';
import { checkWritable, outputDirectory, writeFileSet } from './output.js';

/**
 * The command line and help text of this subcommand.
 *
 * @example
 * ```ts
 * print(usage); // what `gradproof experiment --help` prints
 * ```
 */
export const usage = `gradproof experiment depth --activation sigmoid|tanh|relu --init random|glorot|he|lecun [--depth 20] [--width 64] [--seed 1] [--json] [--out <dir>]

Builds a network of --depth hidden layers of --width units (then a 10-class softmax),
initializes it, and measures layer by layer, on a seeded batch of Gaussian inputs with
random labels, the variance of the activations, the back-propagated gradient ‖∂L/∂z‖ and
the weight gradient ‖∂L/∂W‖, at initialization and after 5 SGD steps (Glorot & Bengio
2010, He et al. 2015). --init random is the naive U(±1/√fan_in). Prints a table;
--out <dir> also writes depth-<activation>-<init>.svg and .json.`;

const e = (x: number): string => (Number.isFinite(x) ? x.toExponential(2) : String(x));

/** Ratio of the last layer's value to the first layer's (how much a quantity grows from input to output). */
function spread(stats: readonly LayerStats[], key: keyof Omit<LayerStats, 'layer'>): number {
  return stats[stats.length - 1]![key] / stats[0]![key];
}

/**
 * The experiment's plot: activation variance and weight-gradient norm per layer, at
 * initialization and after the steps, on log axes.
 *
 * @example
 * ```ts
 * depthPlot(depthExperiment({ activation: 'tanh', init: 'glorot' })); // an SVG string
 * ```
 */
export function depthPlot(r: DepthResult): string {
  const series = (stats: readonly LayerStats[], key: keyof Omit<LayerStats, 'layer'>, name: string, dash?: string) => ({
    name,
    points: stats.map((s) => [s.layer, s[key]] as const),
    markers: true,
    ...(dash ? { dash } : {}),
  });
  const subtitle = `${r.activation}, ${r.init}, ${r.depth} × ${r.width}`;
  return stackCharts([
    lineChart({
      title: `activation variance per layer (${subtitle})`,
      x: { label: 'layer' },
      y: { label: 'Var(a)', scale: 'log' },
      series: [series(r.atInit, 'activationVariance', 'at initialization'), series(r.afterSteps, 'activationVariance', `after ${r.steps} steps`, '6 3')],
    }),
    lineChart({
      title: `gradient norms per layer (${subtitle})`,
      x: { label: 'layer' },
      y: { label: 'norm', scale: 'log' },
      series: [
        series(r.atInit, 'weightGradientNorm', '‖∂L/∂W‖ at initialization'),
        series(r.afterSteps, 'weightGradientNorm', `‖∂L/∂W‖ after ${r.steps} steps`, '6 3'),
        series(r.atInit, 'deltaNorm', '‖∂L/∂z‖ at initialization'),
      ],
    }),
  ]);
}

/**
 * Runs `gradproof experiment`; returns the exit code.
 *
 * @example
 * ```ts
 * runExperiment(['depth', '--activation', 'tanh', '--init', 'glorot']); // 0; prints the table
 * ```
 */
export async function runExperiment(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    ...COMMON_OPTIONS,
    activation: { type: 'string' },
    init: { type: 'string' },
    depth: { type: 'string' },
    width: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.help) {
    print(usage);
    return 0;
  }
  if (positionals[0] !== 'depth' || positionals.length !== 1) throw new InputError(`experiment takes one experiment name: depth${positionals.length ? ` (got "${positionals.join(' ')}")` : ''}`);
  if (!values.activation) throw new InputError('experiment depth needs --activation (sigmoid, tanh, relu, …)');
  if (!values.init) throw new InputError('experiment depth needs --init (random, glorot, he, lecun)');
  const depth = integerOption(values.depth, 'depth', 20, 1, 200);
  const width = integerOption(values.width, 'width', 64, 1, 1024);
  const seed = integerOption(values.seed, 'seed', 1, 0, 2 ** 31 - 1);
  // names are checked, and the output directory made, before the experiment runs
  const activation = getScalarActivation(values.activation).name;
  depthInitializer(values.init);
  const name = `depth-${activation}-${values.init.toLowerCase()}`;
  const dir = values.out === undefined ? undefined : outputDirectory(values.out);
  if (dir) await checkWritable(dir, [`${name}.svg`, `${name}.json`]);
  const r = depthExperiment({ activation, init: values.init, depth, width, seed });
  const files = dir
    ? await writeFileSet(dir, [
        { name: `${name}.svg`, text: depthPlot(r) },
        { name: `${name}.json`, text: `${JSON.stringify(r, null, 2)}\n` },
      ])
    : [];
  const summary = {
    varianceLastOverFirst: spread(r.atInit, 'activationVariance'),
    weightGradientFirstOverLast: 1 / spread(r.atInit, 'weightGradientNorm'),
    deltaFirstOverLast: 1 / spread(r.atInit, 'deltaNorm'),
  };
  if (values.json) {
    print(JSON.stringify({ ...r, summary, files }, null, 2));
    return 0;
  }
  print(`depth experiment: ${r.depth} ${r.activation} layers of ${r.width} units, ${r.init}, seed ${values.seed ?? 1}`);
  print('layer   Var(a) init  ‖∂L/∂z‖ init  ‖∂L/∂W‖ init   Var(a) after  ‖∂L/∂W‖ after');
  r.atInit.forEach((s, i) => {
    const a = r.afterSteps[i]!;
    print(`${String(s.layer).padStart(5)}   ${e(s.activationVariance).padStart(11)}  ${e(s.deltaNorm).padStart(12)}  ${e(s.weightGradientNorm).padStart(12)}   ${e(a.activationVariance).padStart(12)}  ${e(a.weightGradientNorm).padStart(13)}`);
  });
  print(`at initialization: Var(a) layer ${r.depth} / layer 1 = ${e(summary.varianceLastOverFirst)}; ‖∂L/∂W‖ layer 1 / layer ${r.depth} = ${e(summary.weightGradientFirstOverLast)}; ‖∂L/∂z‖ layer 1 / layer ${r.depth} = ${e(summary.deltaFirstOverLast)}`);
  if (files.length) print(`wrote ${printable(files.join(', '))}`);
  else print('(add --out <dir> for the SVG plot)');
  return 0;
}
