import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../../errors/config-error.js';
import { readConfigFile } from '../../settings/read-config-file.js';
import { buildGatewayConfig } from './build-gateway-config.js';
import { settingsFromEnv } from './settings-from-env.js';
import { withDemoProvider } from './with-demo-provider.js';
export const DEFAULT_CONFIG_FILES = ['stable-llm.yaml', 'stable-llm.yml', 'stable-llm.json'];
/** Finds the config file the gateway would use, or undefined for env-only mode. */
export function findConfigFile(configPath, cwd) {
    if (configPath) {
        const file = resolve(cwd, configPath);
        if (!existsSync(file))
            throw new ConfigError([{ path: '', message: `config file not found: ${file}` }]);
        return file;
    }
    for (const name of DEFAULT_CONFIG_FILES) {
        const file = resolve(cwd, name);
        if (existsSync(file))
            return file;
    }
    return undefined;
}
/** Reads, interpolates, validates and normalises the gateway config. Throws ConfigError naming the path. */
export function loadGatewayConfig(options = {}) {
    const env = options.env ?? process.env;
    const cwd = options.cwd ?? process.cwd();
    let raw;
    let source;
    let configPath;
    if (options.config) {
        raw = structuredClone(options.config);
        source = 'object';
    }
    else {
        configPath = findConfigFile(options.configPath, cwd);
        if (configPath) {
            raw = readConfigFile(configPath, env);
            source = 'file';
        }
        else {
            raw = settingsFromEnv(env);
            source = 'env';
        }
    }
    if (options.demoUpstreamUrl)
        raw = withDemoProvider(raw, options.demoUpstreamUrl);
    try {
        return buildGatewayConfig(raw, { source, configPath, env, cwd, demo: options.demoUpstreamUrl !== undefined });
    }
    catch (err) {
        if (err instanceof ConfigError && configPath) {
            // Prefix the file so a reload error in the log says which file is wrong.
            throw new ConfigError(err.issues.map((i) => ({ path: i.path, message: `${i.message} (in ${configPath})` })));
        }
        throw err;
    }
}
//# sourceMappingURL=load-gateway-config.js.map