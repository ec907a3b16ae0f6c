import type { GatewayConfig } from './gateway-config.js';
export declare const DEFAULT_CONFIG_FILES: readonly ["stable-llm.yaml", "stable-llm.yml", "stable-llm.json"];
export interface LoadGatewayConfigOptions {
    /** Explicit file; it must exist. Without it `stable-llm.yaml` (.yml, .json) in `cwd` is used if present. */
    configPath?: string;
    /** A config object instead of a file (tests, embedding). */
    config?: Record<string, unknown>;
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    /** Base URL of the simulated provider to add (`--demo`). */
    demoUpstreamUrl?: string;
}
/** Finds the config file the gateway would use, or undefined for env-only mode. */
export declare function findConfigFile(configPath: string | undefined, cwd: string): string | undefined;
/** Reads, interpolates, validates and normalises the gateway config. Throws ConfigError naming the path. */
export declare function loadGatewayConfig(options?: LoadGatewayConfigOptions): GatewayConfig;
