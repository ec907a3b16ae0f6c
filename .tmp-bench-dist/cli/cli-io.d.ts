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
export declare function processIO(): CliIO;
