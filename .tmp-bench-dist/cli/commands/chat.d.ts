import type { CliContext } from '../cli-context.js';
export interface ChatCommandOptions {
    prompt?: string;
    model?: string;
    route?: string;
    system?: string;
    serviceOrder?: string[];
    timeout?: number;
    json?: boolean;
    config?: string;
    interactive?: boolean;
    quiet?: boolean;
    temperature?: number;
    maxTokens?: number;
}
/**
 * `stable-llm chat`: one-shot with --prompt or piped stdin, else the interactive REPL.
 * In one-shot mode stdout carries only the answer (or the JSON result); progress, reasoning and
 * the "answered by" line go to stderr so pipes stay clean.
 */
export declare function runChat(ctx: CliContext, opts: ChatCommandOptions): Promise<number>;
