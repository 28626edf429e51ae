/**
 * `gradproof train --data iris|xor|moons|spiral [--hidden 8,8] [--activation tanh] [--output softmax] [--loss …] [--init glorot_uniform] [--optimizer adam] [--lr 0.01] [--epochs 200] [--batch 16] [--precision float64|<digits>] [--seed 1] [--out <dir>] [--json]`
 *
 * @module
 */
import cliProgress from 'cli-progress';
import { getActivation } from '../activations/_internals/catalogue.js';
import { InputError, printable } from '../errors.js';
import { DATASETS } from '../nn/data.js';
import { defaultLoss, type FitResult, trainClassifier } from '../nn/classifier.js';
import { initializerName } from '../nn/init.js';
import { getLoss } from '../nn/loss.js';
import { OPTIMIZERS } from '../nn/optim.js';
import type { EpochRecord } from '../nn/train.js';
import { lineChart } from '../plot/line-chart.js';
import { Decimal } from 'decimal.js';
import { COMMON_OPTIONS, integerOption, parseCommand, print } from './args.js';
import { checkWritable, type OutputFile, outputDirectory, writeFileSet } from './output.js';

/**
 * The command line and help text of this subcommand.
 *
 * @example
 * ```ts
 * print(usage); // what `gradproof train --help` prints
 * ```
 */
export const usage = `gradproof train --data iris|xor|moons|spiral [--hidden 8,8] [--activation tanh] [--output softmax] [--loss …] [--init glorot_uniform] [--optimizer adam] [--lr 0.01] [--epochs 200] [--batch 16] [--precision float64|<digits>] [--seed 1] [--out <dir>] [--json]

Trains a classifier (dense layers, hidden sizes --hidden, "none" for none) on a data set
split 80/20 (stratified, seeded; xor trains and tests on its 4 points), features
standardized. --precision float64 (default) or a number of significant digits for
decimal arithmetic. --batch 0 is full batch. --loss defaults to categorical_crossentropy
after softmax, binary_crossentropy after sigmoid, mse otherwise. Prints the final loss,
train and test accuracy and time; --out <dir> writes loss.csv, loss.json, loss.svg and
network.json as one set when the run ends (all four new, or, if writing fails or the run
is interrupted, all as they were). A run whose loss, gradient or weights turn NaN or
infinite, or whose loss leaves the range of float64 (above 1.8e308, in either backend),
stops at once, names the epoch and layer, writes the loss curve up to there (and no
network.json), and exits with code 1.`;

function hiddenOption(value: string | undefined): number[] {
  if (value === undefined) return [8];
  if (value.trim() === 'none' || value.trim() === '') return [];
  return value.split(',').map((part) => {
    const t = part.trim();
    if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > 4096) throw new InputError(`--hidden takes layer sizes 1…4096 separated by commas (8,8), got "${part}"`);
    return Number(t);
  });
}

function precisionOption(value: string | undefined): 'float64' | number {
  if (value === undefined || value === 'float64') return 'float64';
  if (!/^\d+$/.test(value.trim()) || Number(value) < 5 || Number(value) > 1000) throw new InputError(`--precision must be float64 or a number of digits 5…1000, got "${value}"`);
  return Number(value);
}

/**
 * `--lr` as the exact decimal it is: positive however small (`1e-400` is positive), and,
 * for float64 arithmetic, neither rounded to 0 nor to infinity.
 */
function learningRate(text: string, precision: 'float64' | number): string {
  const t = text.trim();
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) throw new InputError(`--lr must be a positive decimal number, got "${text}"`);
  const value = new Decimal(t);
  if (!value.gt(0) || !value.isFinite()) throw new InputError(`--lr must be a positive decimal number, got "${text}"`);
  if (precision === 'float64') {
    const n = Number(t);
    if (n === 0 || !Number.isFinite(n)) throw new InputError(`--lr ${t} is ${n === 0 ? 'below' : 'above'} the range of float64 arithmetic (it would be ${n}): train with --precision <digits>`);
  }
  return t;
}

/** The set --out holds: the loss curve as CSV, JSON and an SVG plot, and the trained network (none after a divergence). */
function outputFiles(history: readonly EpochRecord[], title: string, meta: Record<string, unknown>, network: unknown): OutputFile[] {
  const points = history.map((h) => [h.epoch, Number(h.loss)] as const);
  const positive = points.every((p) => p[1] > 0);
  return [
    { name: 'loss.csv', text: `epoch,loss\n${history.map((h) => `${h.epoch},${h.loss}`).join('\n')}\n` },
    { name: 'loss.json', text: `${JSON.stringify({ ...meta, history }, null, 2)}\n` },
    { name: 'loss.svg', text: lineChart({ title, x: { label: 'epoch' }, y: { label: 'training loss', scale: positive ? 'log' : 'linear' }, series: [{ name: 'training loss', points }] }) },
    { name: 'network.json', text: network === undefined ? null : `${JSON.stringify(network, null, 2)}\n` },
  ];
}

const OUTPUT_NAMES = ['loss.csv', 'loss.json', 'loss.svg', 'network.json'];

/**
 * Runs `gradproof train`; returns the exit code.
 *
 * @example
 * ```ts
 * runTrain(['--data', 'iris', '--json']); // 0; prints the report
 * ```
 */
export async function runTrain(argv: string[]): Promise<number> {
  const { values } = parseCommand(argv, {
    ...COMMON_OPTIONS,
    data: { type: 'string' },
    hidden: { type: 'string' },
    activation: { type: 'string' },
    output: { type: 'string' },
    loss: { type: 'string' },
    init: { type: 'string' },
    optimizer: { type: 'string' },
    lr: { type: 'string' },
    epochs: { type: 'string' },
    batch: { type: 'string' },
    precision: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
  }, { command: 'train', max: 0 });
  if (values.help) {
    print(usage);
    return 0;
  }
  if (!values.data) throw new InputError(`train needs --data (${DATASETS.join(', ')})`);
  if (!(DATASETS as readonly string[]).includes(values.data) && values.data !== 'spirals') throw new InputError(`unknown data set "${values.data}" (data sets: ${DATASETS.join(', ')})`);
  const hidden = hiddenOption(values.hidden);
  const epochs = integerOption(values.epochs, 'epochs', 200, 1, 1_000_000);
  const batch = integerOption(values.batch, 'batch', 16, 0, 1_000_000);
  const seed = integerOption(values.seed, 'seed', 1, 0, 2 ** 31 - 1);
  const precision = precisionOption(values.precision);
  const lr = learningRate(values.lr ?? '0.01', precision);
  const optimizer = (values.optimizer ?? 'adam').toLowerCase();
  if (!(OPTIMIZERS as readonly string[]).includes(optimizer)) throw new InputError(`unknown optimizer "${values.optimizer}" (optimizers: ${OPTIMIZERS.join(', ')})`);
  const activation = values.activation ?? 'tanh';
  const output = values.output ?? 'softmax';
  getActivation(activation); // unknown names are refused before --out is created
  getActivation(output);
  const init = initializerName(values.init ?? 'glorot_uniform');
  const lossName = getLoss(values.loss ?? defaultLoss(output)).definition.name;

  // the directory and its files are checked before the training, not after it
  const dir = values.out === undefined ? undefined : outputDirectory(values.out);
  if (dir) await checkWritable(dir, OUTPUT_NAMES);
  const title = `${values.data}: ${activation} ${hidden.join('-') || 'no hidden layer'}, ${output}, ${optimizer} lr ${lr}`;
  const meta = { data: values.data, hidden, activation, output, lossFunction: lossName, init, optimizer, lr, batch, precision, seed };
  const tty = process.stdout.isTTY === true && !values.json;
  // the cursor stays visible: Ctrl-C ends the run at once and would leave it hidden
  const bar = tty ? new cliProgress.SingleBar({ format: 'training |{bar}| {value}/{total} epochs | loss {loss}', hideCursor: false, stream: process.stdout }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(epochs, 0, { loss: '…' });
  const history: EpochRecord[] = [];
  let result: FitResult;
  try {
    result = trainClassifier({
      data: values.data,
      hidden,
      activation,
      output,
      loss: lossName,
      init,
      optimizer,
      lr,
      epochs,
      batch,
      precision,
      seed,
      onEpoch: (record) => {
        history.push(record);
        bar?.update(record.epoch, { loss: Number(record.loss).toPrecision(6) });
      },
    });
  } finally {
    bar?.stop();
  }
  const files = dir ? await writeFileSet(dir, outputFiles(result.history, title, meta, result.diverged ? undefined : result.network)) : [];
  if (values.json) {
    print(
      JSON.stringify(
        {
          loss: result.loss,
          trainAccuracy: result.trainAccuracy,
          testAccuracy: result.testAccuracy,
          epochs: result.epochs,
          seconds: result.seconds,
          backend: result.backend,
          trainSize: result.trainSize,
          testSize: result.testSize,
          ...meta,
          ...(result.diverged ? { diverged: result.diverged } : {}),
          files,
        },
        null,
        2,
      ),
    );
  } else {
    const sizes = [result.network.layers[0]!.weights[0]!.length, ...result.network.layers.map((l) => l.weights.length)].join('-');
    print(`trained ${sizes} (${activation}, ${output}, ${lossName}, ${init}) on ${result.data}: ${result.trainSize} train / ${result.testSize} test, ${optimizer} lr ${lr}, batch ${batch || 'full'}, ${result.backend}`);
    if (!result.diverged) {
      print(`epochs ${result.epochs}  loss ${result.loss}  train accuracy ${(100 * result.trainAccuracy).toFixed(1)} %  test accuracy ${(100 * result.testAccuracy).toFixed(1)} %  ${result.seconds.toFixed(2)} s`);
    }
    if (files.length) print(`wrote ${printable(files.join(', '))}`);
  }
  if (result.diverged) {
    process.stderr.write(`gradproof: training ${result.diverged.message}\n`);
    return 1;
  }
  return 0;
}
