import type { CliInput } from './cli-io.js';
/** Reads a whole input stream as UTF-8 (piped prompts, `tokens -`). */
export declare function readStreamText(input: CliInput): Promise<string>;
