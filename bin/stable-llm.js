#!/usr/bin/env node
// The bundled CLI starts about twice as fast; dist/cli is the fallback (no devDependencies).
const { main } = await import('../dist/bundle/main.js').catch((err) =>
  err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/bundle/main.js') ? import('../dist/cli/main.js') : Promise.reject(err),
);

main(process.argv.slice(2)).then(
  (code) => {
    if (typeof code === 'number') process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`stable-llm: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
