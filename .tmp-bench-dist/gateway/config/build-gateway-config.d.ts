import type { GatewayConfig } from './gateway-config.js';
export interface BuildGatewayConfigOptions {
    source: GatewayConfig['source'];
    configPath?: string;
    env?: NodeJS.ProcessEnv;
    /** Directory relative store paths resolve against (default: cwd). */
    cwd?: string;
    demo?: boolean;
}
/**
 * Validates a parsed (and already `${ENV}`-interpolated) config object and normalises it. Every
 * problem is reported at once in one ConfigError whose lines name the path (`server.port: …`).
 */
export declare function buildGatewayConfig(raw: unknown, options: BuildGatewayConfigOptions): GatewayConfig;
