import { describe, expect, it } from 'vitest';
import { COMMON_OPTIONS, integerOption, parseCommand, pointOption } from '../../src/cli/args.js';
import { InputError, printable } from '../../src/errors.js';
import { runCli } from './capture.js';

const OPTIONS = { ...COMMON_OPTIONS, digits: { type: 'string' }, at: { type: 'string' }, param: { type: 'string', multiple: true } } as const;

describe('parseCommand', () => {
  it('reads an argument that starts with "-" as an argument, not an option', () => {
    expect(parseCommand(['-log(1+e^(-x))'], OPTIONS).positionals).toEqual(['-log(1+e^(-x))']);
    expect(parseCommand(['--digits', '30', '-x'], OPTIONS)).toMatchObject({ values: { digits: '30' }, positionals: ['-x'] });
    expect(parseCommand(['-x', '--json'], OPTIONS)).toMatchObject({ values: { json: true }, positionals: ['-x'] });
  });

  it('takes everything after "--" as arguments', () => {
    expect(parseCommand(['--json', '--', '--digits', '-h'], OPTIONS)).toMatchObject({ values: { json: true }, positionals: ['--digits', '-h'] });
  });

  it('still reads the known short option -h and option values that start with "-"', () => {
    expect(parseCommand(['-h'], OPTIONS).values.help).toBe(true);
    expect(parseCommand(['--at', '-30'], OPTIONS).values.at).toBe('-30');
    expect(parseCommand(['--at=x=-3'], OPTIONS).values.at).toBe('x=-3');
  });

  it.each([
    [['--digits', '30', '--digits', '40'], 'option --digits is given twice'],
    [['--json', '--json'], 'option --json is given twice'],
    [['--digits'], 'option --digits needs a value'],
    [['--digits', '--json'], 'option --digits needs a value'],
    [['--json=yes'], 'option --json takes no value'],
    [['--bogus'], 'unknown option --bogus (options: --json, --help, --digits, --at, --param'],
    [['--constructor'], 'unknown option --constructor'],
    [['--__proto__', '1'], 'unknown option --__proto__'],
    [['--toString'], 'unknown option --toString'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommand(argv, OPTIONS)).toThrow(InputError);
    expect(() => parseCommand(argv, OPTIONS)).toThrow(message);
  });

  it('accepts an option declared multiple more than once', () => {
    expect(parseCommand(['--param', 'a=1', '--param', 'b=2'], OPTIONS).values.param).toEqual(['a=1', 'b=2']);
  });

  it('checks the number of arguments when asked, except with --help', () => {
    expect(() => parseCommand(['foo'], OPTIONS, { command: 'list', max: 0 })).toThrow('list takes no arguments, got "foo"');
    expect(() => parseCommand([], OPTIONS, { command: 'eval', min: 1, max: 1, what: 'activation name' })).toThrow('eval takes one activation name, got 0');
    expect(() => parseCommand(['a', 'b'], OPTIONS, { command: 'eval', min: 1, max: 1, what: 'activation name' })).toThrow('eval takes one activation name, got 2: "a" "b"');
    expect(parseCommand(['foo', '--help'], OPTIONS, { command: 'list', max: 0 }).values.help).toBe(true);
  });
});

describe('option values', () => {
  it('integerOption refuses the empty string and non-digits instead of reading them as 0', () => {
    expect(integerOption(undefined, 'points', 12, 0, 1000)).toBe(12);
    expect(integerOption('0', 'points', 12, 0, 1000)).toBe(0);
    for (const bad of ['', ' ', '1.5', '-1', '1e3', '0x10', '1001', '9'.repeat(30)]) {
      expect(() => integerOption(bad, 'points', 12, 0, 1000)).toThrow(`--points must be an integer in 0…1000, got "${bad}"`);
    }
  });

  it('pointOption keeps names such as constructor and __proto__ as plain names', () => {
    const p = pointOption('constructor=1,__proto__=2,toString=3');
    expect(Object.keys(p)).toEqual(['constructor', '__proto__', 'toString']);
    expect(p.constructor).toBe('1');
    expect(() => pointOption('x=1,x=2')).toThrow('--at gives x twice');
  });
});

describe('printable', () => {
  it('escapes line breaks and control characters and cuts long text', () => {
    expect(printable('a\nb\r\tc\u001b[31md\u0007\u009b\u2028\u202e')).toBe('a\\nb\\r\\tc\\u{1b}[31md\\u{7}\\u{9b}\\u{2028}\\u{202e}');
    expect(printable('ünïcødé π ∂')).toBe('ünïcødé π ∂');
    expect(printable('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}… (40 more characters)`);
  });
});

/** True when `text` holds a control character other than the final newline. */
const hasControl = (text: string): boolean => [...text.replace(/\n$/, '')].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

async function rejects(argv: string[], message: RegExp): Promise<string> {
  const r = await runCli(...argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  return r.stderr;
}

describe('the gradproof command line', () => {
  it('differentiates an expression that starts with "-" (and one after "--")', async () => {
    const r = await runCli('diff', '-log(1+e^(-x))', '--at', 'x=0', '--digits', '20', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // d/dx −log(1+e^(−x)) = 1/(1+e^x): 1/2 at x = 0
    expect(JSON.parse(r.stdout).derivativeValue).toBe('0.50000000000000000000');
    const s = await runCli('diff', '--digits', '20', '--json', '--', '-x^2');
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).wrt).toBe('x');
  });

  it.each([['toString'], ['__proto__'], ['constructor'], ['valueOf'], ['hasOwnProperty']])('"gradproof %s" is an unknown command (exit 2)', async (name) => {
    await rejects([name], new RegExp(`^gradproof: unknown command "${name}" \\(commands: diff, `));
  });

  it.each([
    [['list', 'foo'], /^gradproof: list takes no arguments, got "foo"$/m],
    [['verify-all', 'foo'], /^gradproof: verify-all takes no arguments, got "foo"$/m],
    [['constants', 'foo'], /^gradproof: constants takes no arguments, got "foo"$/m],
    [['sheet', 'x'], /^gradproof: sheet takes no arguments, got "x"$/m],
    [['prove', 'x'], /^gradproof: prove takes no arguments, got "x"$/m],
    [['eval', 'relu', 'tanh', '--at', '1'], /^gradproof: eval takes one activation name, got 2: "relu" "tanh"$/m],
    [['gradcheck'], /^gradproof: gradcheck takes one spec file, got 0$/m],
  ])('%j: extra or missing arguments are an error', async (argv, message) => {
    await rejects(argv, message);
  });

  it.each([
    [['diff', 'x^2', '--points', ''], /--points must be an integer in 0…1000, got ""/],
    [['diff', 'x^2', '--order', ''], /--order must be an integer in 1…8, got ""/],
    [['eval', 'relu', '--at', '1', '--order', ''], /--order must be an integer in 0…2, got ""/],
    [['eval', 'leaky_relu', '--at', '1', '--param', 'alpha=0.1', '--param', 'alpha=0.2'], /--param gives alpha twice/],
    [['eval', 'leaky_relu', '--at', '1', '--param', 'alpha=0.1,alpha=0.2'], /--param gives alpha twice/],
    [['eval', 'leaky_relu', '--at', '1', '--param', 'constructor=1'], /leaky_relu has no parameter "constructor"/],
    [['diff', 'x^2', '--digits', '20', '--digits', '30'], /option --digits is given twice/],
  ])('%j is refused with one line', async (argv, message) => {
    await rejects(argv, message);
  });

  it('never echoes a newline or a raw control character of the input', async () => {
    const err = await rejects(['diff', 'x\n)\u001b[2J'], /^gradproof: unexpected/);
    expect(err).toContain('x\\n)\\u{1b}[2J');
    expect(hasControl(err)).toBe(false);
    const long = await rejects(['eval', `${'a'.repeat(5000)}\n`, '--at', '1'], /unknown activation/);
    expect(long.length).toBeLessThan(2200);
    expect(hasControl(long)).toBe(false);
  });

  it('labels a second derivative with respect to a parameter ∂²/∂p²', async () => {
    const r = await runCli('eval', 'elu', '--at', '-1', '--wrt', 'alpha', '--order', '2', '--digits', '10');
    expect(r.code).toBe(0);
    // elu = alpha (e^z - 1) for z ≤ 0 is linear in alpha: the second derivative is 0
    expect(r.stdout).toBe('∂²elu/∂alpha²(-1) = 0\n');
    const first = await runCli('eval', 'elu', '--at', '-1', '--wrt', 'alpha', '--digits', '10');
    // ∂/∂alpha at z = −1: e^−1 − 1 = −0.6321205588 (10 digits)
    expect(first.stdout).toBe('∂elu/∂alpha(-1) = -0.6321205588\n');
  });
});
