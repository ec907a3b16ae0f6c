import { type CliIO } from './cli-io.js';
export interface MainOptions {
    /** Set by the seed-compatible bins (`stable-llm-chat`, `stable-llm-analyze`); argv then starts with the command. */
    legacyName?: string;
    /** Streams and environment; defaults to the process's (tests pass their own). */
    io?: CliIO;
}
/**
 * The CLI entry point: parses `argv` (without node and script), runs one command, and resolves
 * with the exit code instead of calling process.exit, so pending output is flushed and the
 * gateway (`serve`) can keep the process alive.
 */
export declare function main(argv: string[], opts?: MainOptions): Promise<number>;
