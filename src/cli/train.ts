/**
 * `gradproof train --data iris|xor|moons|spiral [--hidden 8,8] [--activation tanh] [--output softmax] [--loss …] [--init glorot_uniform] [--optimizer adam] [--lr 0.01] [--epochs 200] [--batch 16] [--precision float64|<digits>] [--seed 1] [--out <dir>] [--json]`
 *
 * @module
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { InputError } from '../errors.js';
import { DATASETS } from '../nn/data.js';
import { defaultLoss, type FitResult, trainClassifier } from '../nn/classifier.js';
import { initializerName } from '../nn/init.js';
import { getLoss } from '../nn/loss.js';
import { OPTIMIZERS } from '../nn/optim.js';
import type { EpochRecord } from '../nn/train.js';
import { lineChart } from '../plot/line-chart.js';
import { COMMON_OPTIONS, parseCommand, print } from './args.js';

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
network.json. A run whose loss, gradient or weights turn NaN or infinite stops at once,
names the epoch and layer, and exits with code 1 (files written so far are kept).`;

/**
 * Writes a file atomically: to a temporary file beside it, then renamed over it.
 *
 * @example
 * ```ts
 * writeAtomic('out/loss.csv', 'epoch,loss\n');
 * ```
 */
export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function integerOption(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) throw new InputError(`--${name} must be an integer in ${min}…${max}, got "${value}"`);
  return Number(value);
}

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

/** The loss curve files: CSV, JSON and an SVG plot. */
function writeCurve(dir: string, history: readonly EpochRecord[], title: string, meta: Record<string, unknown>): string[] {
  mkdirSync(dir, { recursive: true });
  const files = ['loss.csv', 'loss.json', 'loss.svg'].map((f) => join(dir, f));
  writeAtomic(files[0]!, `epoch,loss\n${history.map((h) => `${h.epoch},${h.loss}`).join('\n')}\n`);
  writeAtomic(files[1]!, `${JSON.stringify({ ...meta, history }, null, 2)}\n`);
  const points = history.map((h) => [h.epoch, Number(h.loss)] as const);
  const positive = points.every((p) => p[1] > 0);
  writeAtomic(files[2]!, lineChart({ title, x: { label: 'epoch' }, y: { label: 'training loss', scale: positive ? 'log' : 'linear' }, series: [{ name: 'training loss', points }] }));
  return files;
}

/**
 * Runs `gradproof train`; returns the exit code.
 *
 * @example
 * ```ts
 * runTrain(['--data', 'iris', '--json']); // 0; prints the report
 * ```
 */
export function runTrain(argv: string[]): number {
  const { values, positionals } = parseCommand(argv, {
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
  });
  if (values.help) {
    print(usage);
    return 0;
  }
  if (positionals.length) throw new InputError(`train takes no positional arguments, got "${positionals[0]}"`);
  if (!values.data) throw new InputError(`train needs --data (${DATASETS.join(', ')})`);
  if (!(DATASETS as readonly string[]).includes(values.data) && values.data !== 'spirals') throw new InputError(`unknown data set "${values.data}" (data sets: ${DATASETS.join(', ')})`);
  const hidden = hiddenOption(values.hidden);
  const epochs = integerOption(values.epochs, 'epochs', 200, 1, 1_000_000);
  const batch = integerOption(values.batch, 'batch', 16, 0, 1_000_000);
  const seed = integerOption(values.seed, 'seed', 1, 0, 2 ** 31 - 1);
  const precision = precisionOption(values.precision);
  const lr = values.lr ?? '0.01';
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(lr.trim()) || Number(lr) <= 0) throw new InputError(`--lr must be a positive decimal number, got "${lr}"`);
  const optimizer = (values.optimizer ?? 'adam').toLowerCase();
  if (!(OPTIMIZERS as readonly string[]).includes(optimizer)) throw new InputError(`unknown optimizer "${values.optimizer}" (optimizers: ${OPTIMIZERS.join(', ')})`);
  const activation = values.activation ?? 'tanh';
  const output = values.output ?? 'softmax';
  const init = initializerName(values.init ?? 'glorot_uniform');
  const lossName = getLoss(values.loss ?? defaultLoss(output)).definition.name;

  const dir = values.out;
  const title = `${values.data}: ${activation} ${hidden.join('-') || 'no hidden layer'}, ${output}, ${optimizer} lr ${lr}`;
  const meta = { data: values.data, hidden, activation, output, lossFunction: lossName, init, optimizer, lr, batch, precision, seed };
  const tty = process.stdout.isTTY === true && !values.json;
  const bar = tty ? new cliProgress.SingleBar({ format: 'training |{bar}| {value}/{total} epochs | loss {loss}', hideCursor: true, stream: process.stdout }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(epochs, 0, { loss: '…' });
  const history: EpochRecord[] = [];
  const checkpoint = Math.max(1, Math.floor(epochs / 10));
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
        // the curve so far survives a crash or a divergence
        if (dir && record.epoch % checkpoint === 0 && record.epoch < epochs) writeCurve(dir, history, title, meta);
      },
    });
  } finally {
    bar?.stop();
  }
  const files = dir ? writeCurve(dir, result.history, title, meta) : [];
  if (dir && !result.diverged) {
    const path = join(dir, 'network.json');
    writeAtomic(path, `${JSON.stringify(result.network, null, 2)}\n`);
    files.push(path);
  }
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
    if (files.length) print(`wrote ${files.join(', ')}`);
  }
  if (result.diverged) {
    process.stderr.write(`gradproof: training ${result.diverged.message}\n`);
    return 1;
  }
  return 0;
}
