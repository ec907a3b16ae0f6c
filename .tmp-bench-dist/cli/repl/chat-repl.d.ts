import type { StableLLM } from '../../stable/stable-llm.js';
import type { CliContext } from '../cli-context.js';
export interface ReplOptions {
    model?: string;
    system?: string;
    temperature?: number;
    maxTokens?: number;
    routes: string[];
}
/**
 * The interactive chat. Lines are consumed through readline's async iterator, so input that
 * arrives while an answer streams (a paste, or a script driving stdin) is queued, not lost or
 * interleaved. Ctrl+C cancels the running answer; at an empty prompt it arms exit, and a second
 * Ctrl+C leaves.
 */
export declare function runChatRepl(ctx: CliContext, llm: StableLLM, opts: ReplOptions): Promise<number>;
