import type { Route } from '../router/route-config.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
/** Config files looked up in the working directory, in order (the gateway uses the same list). */
export declare const CONFIG_FILE_NAMES: string[];
/** Everything the CLI needs from `stable-llm.yaml` (or the environment when there is none). */
export interface CliConfig {
    source: 'file' | 'env';
    configPath?: string;
    settings: ResolvedSettings;
    routes: Map<string, Route>;
    serviceOrder: string[];
    active: {
        chat?: string;
        vision?: string;
    };
    warnings: string[];
}
/** `--config FILE`, else $STABLE_LLM_CONFIG, else a config file in cwd, else undefined (env keys). */
export declare function findCliConfigFile(flag: string | undefined, cwd: string, env: NodeJS.ProcessEnv): string | undefined;
/**
 * Reads the same file format as the gateway (settings at the top level plus `server:`,
 * `routes:`, …) through the gateway's own validator, so a file that works for `serve` works for
 * `chat` and `doctor` reports exactly what `serve` would reject. Without a file, keys come from
 * the usual env vars exactly as `new StableLLM()` picks them up.
 */
export declare function loadCliConfig(options: {
    configFlag?: string;
    cwd: string;
    env: NodeJS.ProcessEnv;
}): Promise<CliConfig>;
/** True when at least one enabled model exists to call. */
export declare function hasEnabledModel(settings: ResolvedSettings): boolean;
