import type { CliContext } from '../cli-context.js';
export interface ModelsCommandOptions {
    all?: boolean;
    json?: boolean;
    config?: string;
}
/**
 * `stable-llm models`: configured models with what the catalog knows about them (settings
 * overrides applied), and with --all every built-in catalog entry. Works without any key, so
 * people can browse before they configure.
 */
export declare function runModels(ctx: CliContext, filter: string | undefined, opts: ModelsCommandOptions): Promise<number>;
