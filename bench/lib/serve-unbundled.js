/**
 * `stable-llm …` from dist/cli instead of the rolldown bundle bin/stable-llm.js prefers: the same
 * code, with tsc's source maps, so CPU profiles name src/*.ts files (used by the bench's profiler).
 */
import { main } from '../../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    if (typeof code === 'number') process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`stable-llm: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
