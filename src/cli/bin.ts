#!/usr/bin/env node
/**
 * The executable behind `gradproof` (see `run.ts`).
 *
 * @module
 */
// first: V8's optimization threshold for the whole run (see tiering.ts)
import './tiering.js';

// `gradproof list | head -1`: the reader went away. End quietly, with the status a program
// killed by SIGPIPE has (128 + 13), instead of node's stack trace for an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(141);
    throw err;
  });
}

// loaded once the flag is set: a static import would run every module of the CLI first,
// which the bundle (dist/cli/gradproof.js) places ahead of this file's own code
const { main } = await import('./run.js');
process.exitCode = await main(process.argv.slice(2));
