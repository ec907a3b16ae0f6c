import type { CliContext } from '../cli-context.js';
export interface AnalyzeCommandOptions {
    prompt?: string;
    model?: string;
    route?: string;
    system?: string;
    serviceOrder?: string[];
    timeout?: number;
    json?: boolean;
    config?: string;
    quiet?: boolean;
    maxTokens?: number;
}
/**
 * `stable-llm analyze IMAGE`: a file path, an http(s) URL or a data URL. The answer goes to
 * stdout, the "answered by" line to stderr. Without --model the plan prefers vision-capable
 * models (config `active.vision` first).
 */
export declare function runAnalyze(ctx: CliContext, image: string, opts: AnalyzeCommandOptions): Promise<number>;
