/**
 * Rewrites the TeX that notes write into TeX the MathJSON parser reads as meant, before
 * parsing. Every rewrite is a fixed rule (no guessing); rules that change the reading of a
 * formula record a sentence in `readings`, and anything that cannot be read faithfully is
 * recorded in `problems` (the statement is then not understood).
 *
 * @module
 */
import { braceDepths, groupEnd, splitTopLevel } from './braces.js';

/** The result of {@link normalizeTex}. */
export interface Normalized {
  /** The rewritten TeX. */
  readonly tex: string;
  /** How the formula was read where a rule changed its reading. */
  readonly readings: readonly string[];
  /** Why the formula cannot be read faithfully (empty when it can). */
  readonly problems: readonly string[];
  /** The formula begins with "Let" (a definition). */
  readonly isLet: boolean;
}

/** Replaces every `\name{arg}` (with `count` brace arguments) by `fn(args)`. */
function replaceCommand(tex: string, name: string, count: number, fn: (args: string[], after: string) => { text: string; consumed?: number }): string {
  let out = '';
  let i = 0;
  const pattern = new RegExp(`\\\\${name}(?![A-Za-z])`, 'g');
  for (;;) {
    pattern.lastIndex = i;
    const m = pattern.exec(tex);
    if (!m) break;
    let j = m.index + m[0].length;
    const args: string[] = [];
    let ok = true;
    for (let k = 0; k < count; k++) {
      while (tex[j] === ' ') j++;
      if (tex[j] !== '{') {
        ok = false;
        break;
      }
      const end = groupEnd(tex, j);
      if (end < 0) {
        ok = false;
        break;
      }
      args.push(tex.slice(j + 1, end - 1));
      j = end;
    }
    if (!ok) {
      out += tex.slice(i, m.index + m[0].length);
      i = m.index + m[0].length;
      continue;
    }
    const r = fn(args, tex.slice(j));
    out += tex.slice(i, m.index) + r.text;
    i = j + (r.consumed ?? 0);
  }
  return out + tex.slice(i);
}

const NUMBER = /^\s*-?\s*(\d+(\.\d*)?|\.\d+)\s*$/;
const WORD = /^[A-Za-z][A-Za-z0-9 ]*$/;
const FUNCTION_COMMANDS = 'sin|cos|tan|sec|csc|cot|sinh|cosh|tanh|sech|csch|coth|arcsin|arccos|arctan';

/** `\frac{\partial^n BODY}{\partial v^n}` and `\frac{d BODY}{dv}` with a compound body → a marker call. */
function derivativeFractions(tex: string): string {
  return replaceCommand(tex, 'frac', 2, ([num, den]) => {
    const d = /^\s*(\\partial|d|\\mathrm\{d\})\s*(?:\^\{?(\d)\}?)?\s*([\s\S]*)$/.exec(num!);
    const w = /^\s*(\\partial|d|\\mathrm\{d\})\s*([A-Za-z]|\\[A-Za-z]+)(_\{?[A-Za-z0-9]+\}?)?\s*(?:\^\{?(\d)\}?)?\s*$/.exec(den!);
    const plain = `\\frac{${num}}{${den}}`;
    if (!d || !w) return { text: plain };
    const body = d[3]!.trim();
    // nothing (`\frac{d}{dx}`) or a bare symbol after d (`dy`) is left to the parser; a bare symbol
    // after ∂ (`\partial e`) is marked, since the parser reads ∂e/∂w and de/dw alike
    const partial = d[1] === '\\partial' ? 'p' : 'd';
    if (body === '' || (partial === 'd' && /^([A-Za-z]|\\[A-Za-z]+)(_\{?[A-Za-z0-9]+\}?)?$/.test(body))) return { text: plain };
    const order = d[2] ?? '1';
    const v = `${w[2]!.replace(/^\\/, '')}${(w[3] ?? '').replace(/[{}]/g, '')}`;
    return { text: `\\operatorname{gpderiv_${partial}_${order}_${v}}\\left(${body}\\right)` };
  });
}

/** `\frac{d}{dx}( … )` (a derivative operator applied to a parenthesised group) → a marker call. */
function derivativeOperators(tex: string): string {
  const re = /\\frac\{\s*(\\partial|d)\s*(?:\^\{?(\d)\}?)?\s*\}\{\s*(?:\\partial|d)\s*([A-Za-z]|\\[A-Za-z]+)(_\{?[A-Za-z0-9]+\}?)?\s*(?:\^\{?\d\}?)?\s*\}\s*(\\left\(|\()/g;
  let out = '';
  let last = 0;
  for (const m of tex.matchAll(re)) {
    const open = m.index + m[0].length - m[5]!.length;
    let end: number;
    if (m[5] === '(') end = groupEnd(tex, open);
    else {
      const close = findRight(tex, open);
      end = close < 0 ? -1 : close + '\\right)'.length;
    }
    if (end < 0) continue;
    const inner = m[5] === '(' ? tex.slice(open + 1, end - 1) : tex.slice(open + '\\left('.length, end - '\\right)'.length);
    const v = `${m[3]!.replace(/^\\/, '')}${(m[4] ?? '').replace(/[{}]/g, '')}`;
    out += `${tex.slice(last, m.index)}\\operatorname{gpderiv_${m[1] === '\\partial' ? 'p' : 'd'}_${m[2] ?? '1'}_${v}}\\left(${inner}\\right)`;
    last = end;
  }
  return out + tex.slice(last);
}

/** Index of the `\right)` matching the `\left(` at `open`, or -1. */
function findRight(tex: string, open: number): number {
  let depth = 0;
  for (let i = open; i < tex.length; i++) {
    if (tex.startsWith('\\left', i)) depth++;
    else if (tex.startsWith('\\right', i)) {
      depth--;
      if (depth === 0) return tex.startsWith('\\right)', i) ? i : -1;
    }
  }
  return -1;
}

/** Index of the last top-level relation before `pos` (just after it), or 0. */
function afterLastRelation(tex: string, pos: number): number {
  const { depth } = braceDepths(tex);
  let best = 0;
  const re = /=|\\approx|\\le(?:q)?(?![A-Za-z])|\\ge(?:q)?(?![A-Za-z])|<|>/g;
  for (const m of tex.slice(0, pos).matchAll(re)) if ((depth[m.index] ?? 0) === 0) best = m.index + m[0].length;
  return best;
}

/** `X \Big|_{z=10}` → `\left. X \right|_{z=10}`; `\Big|_y` (a variable held fixed) is dropped. */
function evaluationBars(tex: string, readings: string[]): string {
  const re = /\\(?:Big|big|Bigg|bigg)\s*\|\s*_\s*(\{[^{}]*\}|[A-Za-z0-9])/;
  for (let guard = 0; guard < 20; guard++) {
    const m = re.exec(tex);
    if (!m) break;
    const sub = m[1]!.replace(/^\{|\}$/g, '');
    if (sub.includes('=') || sub.includes('<') || sub.includes('>')) {
      const start = afterLastRelation(tex, m.index);
      tex = `${tex.slice(0, start)}\\left.${tex.slice(start, m.index)}\\right|_{${sub}}${tex.slice(m.index + m[0].length)}`;
    } else {
      readings.push(`|_${sub} read as "${sub} held fixed"`);
      tex = tex.slice(0, m.index) + tex.slice(m.index + m[0].length);
    }
  }
  return tex;
}

/** Handles `\text{…}`: function names become operator names; leading labels and trailing remarks are dropped. */
function texts(tex: string, readings: string[], flags: { isLet: boolean }): string {
  for (let guard = 0; guard < 50; guard++) {
    const m = /\\(?:text|textrm|textit|mathrm|mathit|textbf|mathbf)\s*\{([^{}]*)\}/.exec(tex);
    if (!m) break;
    const content = m[1]!;
    const before = tex.slice(0, m.index);
    const after = tex.slice(m.index + m[0].length);
    const word = content.trim();
    let replacement: string;
    if (/^\s*$/.test(before) && /^(let|where|with|and|at|so|then)$/i.test(word)) {
      if (/^let$/i.test(word)) flags.isLet = true;
      replacement = '';
    } else if (/^\s*(\\quad|\\qquad)?\s*$/.test(before) && /^(\(?[ivx]+\)|\(\d+\))$/i.test(word)) {
      replacement = ''; // an item label such as (ii)
    } else if (before.trim() === '' && after.trim() === '') {
      replacement = ''; // a formula that is only words
    } else if (/^[\s.,;:]*$/.test(after) && before.trim() !== '' && (/\\q?quad\s*$/.test(before) || !/^[A-Za-z]+$/.test(content))) {
      if (word) readings.push(`the remark "${word}" after the formula is not part of it`);
      replacement = '';
    } else if (word === 'd') {
      replacement = 'd';
    } else if (word === 'e') {
      replacement = 'e';
    } else if (WORD.test(word) && !word.includes('  ') && word.split(' ').length <= 2) {
      // a name of one or two words (Leaky ReLU); a longer phrase is words, not a name
      replacement = `\\operatorname{${word.replace(/\s+/g, '')}}`;
    } else {
      // words inside the formula: left for the parser, which reads them as text (not understood)
      replacement = `\\operatorname{gptext}`;
    }
    tex = before + replacement + after;
  }
  return tex;
}

/**
 * Normalizes one formula (no `$` delimiters) for the MathJSON parser.
 *
 * @example
 * ```ts
 * normalizeTex('\\boxed{\\sigma(z) \\{1 - \\sigma(z)\\}}').tex; // '\\sigma(z) \\left(1 - \\sigma(z)\\right)'
 * ```
 */
export function normalizeTex(input: string): Normalized {
  const readings: string[] = [];
  const problems: string[] = [];
  const flags = { isLet: false };
  let tex = input;
  if (!braceDepths(tex).balanced) problems.push('unbalanced braces');
  tex = tex.replace(/\\(?:tag|label)\*?\s*\{[^{}]*\}|\\nonumber|\\notag|\\displaystyle|\\textstyle|\\limits/g, ' ');
  tex = tex.replace(/\\(?:dfrac|tfrac)(?![A-Za-z])/g, '\\frac').replace(/\\operatorname\*/g, '\\operatorname');
  tex = tex.replace(/\\mathrm\{d\}/g, 'd');
  tex = tex.replace(/(?<!\\)\\(?:,|;|:|!|\s)/g, ' ').replace(/~/g, ' ');
  tex = replaceCommand(tex, 'boxed', 1, ([a]) => ({ text: ` ${a} ` }));
  tex = replaceCommand(tex, 'underline', 1, ([a]) => ({ text: ` ${a} ` }));
  tex = replaceCommand(tex, 'underbrace', 1, ([a], after) => {
    const sub = /^\s*_\s*(\{([^{}]*)\}|(\d))/.exec(after);
    const label = sub ? (sub[2] ?? sub[3] ?? '') : '';
    if (sub && NUMBER.test(label)) {
      readings.push(`the value ${label.trim()} written under a brace stands for the term above it`);
      return { text: ` \\left(${label.trim()}\\right) `, consumed: sub[0].length };
    }
    return { text: ` ${a} `, consumed: sub ? sub[0].length : 0 };
  });
  if (/\\(?:cancel|bcancel|xcancel|sout|cancelto)(?![A-Za-z])/.test(tex)) problems.push('a crossed-out term (\\cancel)');
  if (/\\(?:log|ln)\s*_/.test(tex)) {
    tex = tex.replace(/\\log\s*_\s*\{?\s*10\s*\}?/g, '\\lg ').replace(/\\log\s*_\s*\{?\s*e\s*\}?/g, '\\ln');
    if (/\\log\s*_/.test(tex)) problems.push('a logarithm to a base other than e or 10');
  }
  if (new RegExp(`\\\\(?:${FUNCTION_COMMANDS})\\s*\\^\\s*\\{\\s*-\\s*1\\s*\\}`).test(tex)) {
    problems.push('f^{-1} after a function name is ambiguous (inverse or reciprocal)');
  }
  if (/\\log(?![A-Za-z])/.test(tex)) readings.push('log read as the natural logarithm');
  tex = tex.replace(/\\left\\\{|\\\{/g, '\\left(').replace(/\\right\\\}|\\\}/g, '\\right)');
  tex = tex.replace(/\\Delta\s*([A-Za-z])(?![A-Za-z])/g, '\\operatorname{Delta_$1}');
  tex = evaluationBars(tex, readings);
  tex = texts(tex, readings, flags);
  tex = derivativeFractions(tex);
  tex = derivativeOperators(tex);
  if (!/\\in(?![A-Za-z])/.test(tex)) tex = tex.replace(/\\sqrt\s*\[/g, '\\sqrt{gpROOT').replace(/\\left\[|\[/g, '\\left(').replace(/\\right\]|\]/g, '\\right)').replace(/\\sqrt\{gpROOT/g, '\\sqrt[');
  tex = tex.replace(/[\s.,;:]+$/, '');
  return { tex: tex.trim(), readings, problems, isLet: flags.isLet };
}

/**
 * Splits a formula into the statements it holds: at top-level `\quad`, `\qquad`,
 * `\rightarrow`, `\Rightarrow`, `\implies`, `\therefore`, `\because`, `\text{and}`.
 *
 * @example
 * ```ts
 * splitStatements('z = -10 \\quad w = -10'); // ['z = -10 ', ' w = -10']
 * ```
 */
export function splitStatements(tex: string): string[] {
  const separators = ['\\quad', '\\qquad', '\\rightarrow', '\\Rightarrow', '\\implies', '\\therefore', '\\because', '\\longrightarrow', '\\leftrightarrow', '\\iff', '\\hookrightarrow', '\\downarrow', '\\uparrow'];
  return splitTopLevel(tex, separators).filter((p) => p.trim() !== '');
}
