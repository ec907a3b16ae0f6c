import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const marker = join(REPO, 'dist/bundle/main.js');
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= newestMtime(join(REPO, 'src'));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The CLI tests spawn the real bins, which run dist/. Build once when src/ is newer than dist
 * (test files run in parallel processes, so a lock directory makes exactly one of them build).
 * Type errors elsewhere in the tree do not stop tsc from emitting, and must not stop these tests:
 * they are reported, and the spawned CLI shows whether it actually works.
 */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = join(tmpdir(), `stable-llm-cli-build-${createHash('sha1').update(REPO).digest('hex').slice(0, 8)}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes is from a crashed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${lock}`);
      sleep(200);
    }
  }
  try {
    if (isFresh()) return;
    const tsc = join(REPO, 'node_modules/typescript/bin/tsc');
    const res = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: REPO, encoding: 'utf8' });
    if (res.status !== 0) {
      const cliErrors = `${res.stdout}`.split('\n').filter((l) => l.startsWith('src/cli/'));
      if (cliErrors.length > 0) throw new Error(`the CLI does not compile:\n${cliErrors.join('\n')}`);
      console.warn(`tsc reported errors outside src/cli (dist was still emitted):\n${res.stdout.split('\n').slice(0, 5).join('\n')}`);
    }
    // The bins run the bundle (dist/bundle) when present: rebuild it from the fresh dist.
    const bundle = spawnSync(process.execPath, [join(REPO, 'scripts/bundle-cli.js')], { cwd: REPO, encoding: 'utf8' });
    if (bundle.status !== 0) throw new Error(`bundling the CLI failed:\n${bundle.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
