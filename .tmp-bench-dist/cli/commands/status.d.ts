import type { CliContext } from '../cli-context.js';
export interface StatusCommandOptions {
    url?: string;
    key?: string;
    json?: boolean;
    config?: string;
    timeout?: number;
}
/**
 * `stable-llm status`: breakers, failures, cooldowns, latency and keys per target — of a running
 * gateway (`--url`, its `/status`), or of a local engine built from the config (fresh, so mostly
 * useful to see what is configured and which keys are present).
 */
export declare function runStatus(ctx: CliContext, opts: StatusCommandOptions): Promise<number>;
