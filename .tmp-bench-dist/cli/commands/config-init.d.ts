import type { CliContext } from '../cli-context.js';
export interface ConfigInitOptions {
    output?: string;
    force?: boolean;
    providers?: string[];
    stdout?: boolean;
}
/**
 * `stable-llm config init`: writes a commented starter `stable-llm.yaml`. Providers whose key is
 * already in the environment are enabled (OpenAI when none is), the common others are left
 * commented out. Never overwrites without --force.
 */
export declare function runConfigInit(ctx: CliContext, opts: ConfigInitOptions): Promise<number>;
