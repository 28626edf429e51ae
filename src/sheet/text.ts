/**
 * The notes' statements are quoted as written, TeX included: some carry `$…$` or
 * `$$…$$`, some are bare fragments of an aligned equation (`&= -\frac{1}{q^2} …`).
 * These helpers give each a form both sheets can render.
 *
 * @module
 */
import type { ActivationVerdict } from '../verify/activation.js';
import { badgeText } from '../derivation/format.js';
import type { StepCheck } from '../derivation/step.js';

/** One piece of a statement: plain text or TeX. */
export interface Segment {
  readonly tex: boolean;
  readonly text: string;
}

/**
 * Normalises a quoted statement: a bare TeX fragment (no `$` but a `\command`) becomes
 * one inline formula, with alignment marks removed.
 *
 * @example
 * ```ts
 * normalizeStatement('&= -\\frac{1}{q^2}'); // '$= -\\frac{1}{q^2}$'
 * ```
 */
export function normalizeStatement(s: string): string {
  if (s.includes('$') || !/\\[a-zA-Z]/.test(s)) return s;
  return `$${s.replace(/&/g, '').replace(/\\\\/g, ' ').trim()}$`;
}

/**
 * Splits a statement into text and TeX segments (`$$…$$` and `$…$`).
 *
 * @example
 * ```ts
 * segments('so $x^2$ grows'); // [{ tex: false, text: 'so ' }, { tex: true, text: 'x^2' }, { tex: false, text: ' grows' }]
 * ```
 */
export function segments(s: string): Segment[] {
  const out: Segment[] = [];
  const re = /\$\$([^$]+)\$\$|\$([^$]+)\$/g;
  let last = 0;
  for (const m of normalizeStatement(s).matchAll(re)) {
    const text = normalizeStatement(s);
    if (m.index! > last) out.push({ tex: false, text: text.slice(last, m.index) });
    out.push({ tex: true, text: (m[1] ?? m[2]!).replace(/&/g, '') });
    last = m.index! + m[0].length;
  }
  const text = normalizeStatement(s);
  if (last < text.length) out.push({ tex: false, text: text.slice(last) });
  return out;
}

/** A statement for Markdown: every formula inline as `$…$` (display math inside a list item breaks). */
export function markdownStatement(s: string): string {
  return segments(s)
    .map((seg) => (seg.tex ? `$${seg.text.trim()}$` : seg.text))
    .join('');
}


/** The verification badge of one activation, as text. */
export function activationBadge(v: ActivationVerdict): string {
  const failed = v.checks.filter((c) => !c.holds);
  if (!v.holds) return `✗ NOT verified: ${failed.map((c) => c.name).join(', ')}`;
  const methods = [...new Set(v.checks.map((c) => c.method))].join(' + ');
  const ranges = v.checks.filter((c) => c.kind === 'range');
  const proved = ranges.length > 0 && ranges.every((c) => c.status === 'proved' && c.method === 'interval') ? '; range and φ′ range proved for every z by interval arithmetic' : '';
  return `✓ verified: ${v.checks.length} checks (${methods}); the derivatives derived from φ agree with finite differences to ${v.digitsAgreed} of ${v.digitsRequested} digits at ${v.points} points${proved}`;
}

/** A step's verdict in a few words (the same words as `formatSteps`): never "verified" unless its check holds. */
export function stepBadge(c: StepCheck): string {
  return badgeText(c);
}

/** What the checks of a readable form (one per piece) showed, in one line. */
export function checksBadge(checks: readonly StepCheck[], what: string): string {
  if (checks.some((c) => c.status === 'refuted')) return `✗ the form of ${what} shown did NOT check out`;
  if (checks.some((c) => c.status === 'inconclusive')) return `? the form of ${what} shown is not settled`;
  const proved = checks.filter((c) => c.status === 'proved').length;
  const verified = checks.filter((c) => c.status === 'verified');
  const derived = checks.filter((c) => c.status === 'definition').length;
  const parts: string[] = [];
  if (proved) parts.push(`${proved === checks.length ? '' : `${proved} piece${proved === 1 ? '' : 's'} `}proved equal to the derivative derived from φ (the difference reduces to 0 symbolically)`);
  if (verified.length) {
    const d = Math.min(...verified.map((c) => c.digits ?? 0));
    const p = Math.min(...verified.map((c) => c.points ?? 0));
    parts.push(`${verified.length === checks.length ? '' : `${verified.length} piece${verified.length === 1 ? '' : 's'} `}equal to the derivative derived from φ to ${d} digits at ${p} points`);
  }
  if (derived) parts.push(`${derived} piece${derived === 1 ? '' : 's'} shown as derived`);
  return `✓ ${what}: ${parts.join('; ')}`;
}
