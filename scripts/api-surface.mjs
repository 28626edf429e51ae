#!/usr/bin/env node
// Writes docs/api-surface.md: the runtime exports of each public entry. A test compares
// it with the built package, so the export list cannot change without this page changing.
// Run after `npm run build`: node scripts/api-surface.mjs
import { writeFileSync } from 'node:fs';

export const ENTRIES = { gradproof: '../dist/src/index.js', 'gradproof/core': '../dist/src/core.js', 'gradproof/vitest': '../dist/src/testing/vitest.js', 'gradproof/arbitraries': '../dist/src/testing/arbitraries/index.js' };

export function renderSurface(modules) {
  const lines = ['# gradproof API surface', '', 'The runtime exports of each entry point (types are in the API docs: `npm run docs` builds docs/api).', 'A test fails when this list and the package disagree: regenerate it with `node scripts/api-surface.mjs` after `npm run build`, and document what changed.', ''];
  for (const [entry, mod] of Object.entries(modules)) {
    lines.push(`## \`${entry}\``, '');
    for (const name of Object.keys(mod).sort()) lines.push(`- \`${name}\``);
    lines.push('');
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const modules = {};
  for (const [entry, path] of Object.entries(ENTRIES)) modules[entry] = await import(new URL(path, import.meta.url));
  writeFileSync(new URL('../docs/api-surface.md', import.meta.url), renderSurface(modules));
  console.log('wrote docs/api-surface.md');
}
