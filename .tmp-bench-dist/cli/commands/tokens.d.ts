import type { CliContext } from '../cli-context.js';
export interface TokensCommandOptions {
    model?: string[];
    outputTokens?: number;
    json?: boolean;
    config?: string;
}
/**
 * `stable-llm tokens FILE|-`: counts with each model's own tokenizer (loaded lazily; the CJK-aware
 * estimate where none ships, flagged as such) and prices the text as a prompt, plus
 * `--output-tokens` of answer if given.
 */
export declare function runTokens(ctx: CliContext, file: string | undefined, opts: TokensCommandOptions): Promise<number>;
