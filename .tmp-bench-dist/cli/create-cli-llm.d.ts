import type { StableLLM } from '../stable/stable-llm.js';
import { type CliConfig } from './load-cli-config.js';
export interface LLMFlags {
    serviceOrder?: string[];
    /** Per-attempt timeout, seconds (the seed's service timeout). */
    timeout?: number;
}
/** The StableLLM facade configured from the CLI config and flags; fails early when nothing is callable. */
export declare function createCliLLM(config: CliConfig, flags: LLMFlags, bin: string): Promise<StableLLM>;
