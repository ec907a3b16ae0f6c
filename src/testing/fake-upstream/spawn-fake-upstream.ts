import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connectFakeUpstream, type FakeUpstreamClient } from './connect-fake-upstream.js';

export interface SpawnedFakeUpstream {
  url: string;
  client: FakeUpstreamClient;
  child: ChildProcess;
  /** SIGTERM, then waits for the process to exit. */
  close(): Promise<void>;
}

export interface SpawnFakeUpstreamOptions {
  /** Path of the compiled `main.js`; defaults to the one beside this module (works from `dist`). */
  entry?: string;
  args?: string[];
  timeoutMs?: number;
}

/** Runs the fake in a child process (as CLI and browser tests do) and waits for its URL line. */
export function spawnFakeUpstream(options: SpawnFakeUpstreamOptions = {}): Promise<SpawnedFakeUpstream> {
  const entry = options.entry ?? fileURLToPath(new URL('./main.js', import.meta.url));
  const child = spawn(process.execPath, [entry, '--port', '0', ...(options.args ?? [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => fail(new Error(`fake-upstream did not start within ${options.timeoutMs ?? 10_000} ms: ${err}`)),
      options.timeoutMs ?? 10_000,
    );
    const fail = (e: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    };
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.once('exit', (code) => fail(new Error(`fake-upstream exited with code ${code}: ${err}`)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('FAKE_UPSTREAM_URL='));
      if (!line) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const url = line.slice('FAKE_UPSTREAM_URL='.length).trim();
      resolve({
        url,
        client: connectFakeUpstream(url),
        child,
        close: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
