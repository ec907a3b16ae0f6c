import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './ensure-built.js';

export type Bin = 'stable-llm' | 'stable-llm-chat' | 'stable-llm-analyze';

export interface RunOptions {
  cwd: string;
  /** Added to a minimal environment (PATH and HOME only), so no real provider key leaks in. */
  env?: Record<string, string>;
  /** Written to stdin, then stdin is closed. Without it stdin is closed at once. */
  input?: string;
  timeoutMs?: number;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LANG: 'en_US.UTF-8', ...extra };
}

export function spawnCli(bin: Bin, args: string[], opts: Omit<RunOptions, 'input'>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [join(REPO, 'bin', `${bin}.js`), ...args], { cwd: opts.cwd, env: cliEnv(opts.env) });
}

/** Runs a CLI binary to completion. */
export function runCli(bin: Bin, args: string[], opts: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(bin, args, opts);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${bin} ${args.join(' ')} timed out\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, opts.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** Drives an interactive child: wait for output, then type the next line. */
export class CliSession {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private waiters: (() => void)[] = [];

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    const wake = (): void => {
      for (const w of this.waiters.splice(0)) w();
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      this.stdout += d;
      wake();
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      this.stderr += d;
      wake();
    });
    this.exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** Resolves once stdout (from `from` on) matches; rejects after `timeoutMs` with the transcript. */
  async waitFor(pattern: RegExp | string, from = 0, timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = this.stdout.slice(from);
      const idx = typeof pattern === 'string' ? text.indexOf(pattern) : text.search(pattern);
      if (idx >= 0) return from + idx;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${pattern}\nstdout: ${this.stdout}\nstderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}
