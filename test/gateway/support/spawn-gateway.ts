import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StartGatewayOptions } from '../../../src/gateway/start-gateway.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let bundled: Promise<string> | undefined;

/**
 * Bundles the child entry with rolldown (ships with vite; ~0.5 s) into the repo's
 * node_modules/.cache so bare imports resolve to the project's packages. Once per test file.
 */
export function bundleChildGateway(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('rolldown');
    const base = join(root, 'node_modules', '.cache', 'stable-llm-gateway-tests');
    mkdirSync(base, { recursive: true });
    // Bundles of earlier runs (older than 10 minutes) are no longer in use.
    for (const name of readdirSync(base)) {
      const path = join(base, name);
      if (Date.now() - statSync(path).mtimeMs > 600_000) rmSync(path, { recursive: true, force: true });
    }
    const dir = mkdtempSync(join(base, 'child-'));
    await build({
      input: join(root, 'test/gateway/support/child-gateway.ts'),
      platform: 'node',
      external: [/^[^./]/],
      output: { dir, format: 'esm', entryFileNames: 'child-gateway.mjs' },
      logLevel: 'silent',
      cwd: root,
    });
    return join(dir, 'child-gateway.mjs');
  })();
  return bundled;
}

export interface ChildGateway {
  url: string;
  child: ChildProcess;
  /** stderr so far (pino JSON lines). */
  logs(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
}

/** Starts a gateway in a child process and waits for its URL. */
export async function spawnGateway(options: StartGatewayOptions, env: NodeJS.ProcessEnv = {}): Promise<ChildGateway> {
  const entry = await bundleChildGateway();
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: { PATH: process.env.PATH, ...env, STABLE_LLM_TEST_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`gateway child did not start: ${err}`)), 15_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('GATEWAY_URL='));
      if (line) {
        clearTimeout(timer);
        resolve(line.slice('GATEWAY_URL='.length).trim());
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`gateway child exited (${code}) before listening: ${err}`));
    });
  });
  return { url, child, logs: () => err, exited, kill: (signal = 'SIGTERM') => child.kill(signal) };
}
