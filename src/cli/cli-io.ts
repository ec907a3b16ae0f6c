/**
 * The streams and environment a CLI run talks to. Commands never touch `process.*` directly so
 * the whole CLI can run in-process (tests) with fake streams and a fake environment.
 */
export interface CliOutput {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface CliInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

export interface CliIO {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: CliInput;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Subscribes to SIGINT; returns the unsubscribe function. */
  onInterrupt(handler: () => void): () => void;
}

export function processIO(): CliIO {
  // `stable-llm models | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    onInterrupt(handler) {
      process.on('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
  };
}
