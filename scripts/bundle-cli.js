// Bundles the CLI (and so `stable-llm serve`) into dist/bundle/ with rolldown: resolving and
// loading ~300 small ESM files costs more at start-up than running them, so one bundle (with
// lazily loaded chunks per command) halves cold start. Native and optional drivers stay external.
// Runs after tsc in `npm run build`; bin/*.js fall back to dist/cli when the bundle is absent
// (production installs without devDependencies).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let rolldown;
try {
  rolldown = await import('rolldown');
} catch {
  console.log('bundle-cli: rolldown is not installed, skipped (bin falls back to dist/cli)');
  process.exit(0);
}
const out = join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });
const started = Date.now();
await rolldown.build({
  input: { main: join(root, 'dist', 'cli', 'main.js') },
  platform: 'node',
  external: [/^node:/, 'better-sqlite3', 'pg', 'ioredis', 'pino', 'thread-stream', /^@lenml\//, /^gpt-tokenizer/, 'vite', 'rolldown', 'playwright-core'],
  output: { dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  logLevel: 'warn',
});
console.log(`bundle-cli: dist/bundle built in ${Date.now() - started} ms`);
