#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(['analyze', ...process.argv.slice(2)], { legacyName: 'stable-llm-analyze' }).then(
  (code) => {
    if (typeof code === 'number') process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`stable-llm-analyze: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
