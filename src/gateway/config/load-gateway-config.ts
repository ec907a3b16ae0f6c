import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../../errors/config-error.js';
import { readConfigFile } from '../../settings/read-config-file.js';
import { buildGatewayConfig } from './build-gateway-config.js';
import type { GatewayConfig } from './gateway-config.js';
import { settingsFromEnv } from './settings-from-env.js';
import { withDemoProvider } from './with-demo-provider.js';

export const DEFAULT_CONFIG_FILES = ['stable-llm.yaml', 'stable-llm.yml', 'stable-llm.json'] as const;

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
export function findConfigFile(configPath: string | undefined, cwd: string): string | undefined {
  if (configPath) {
    const file = resolve(cwd, configPath);
    if (!existsSync(file)) throw new ConfigError([{ path: '', message: `config file not found: ${file}` }]);
    return file;
  }
  for (const name of DEFAULT_CONFIG_FILES) {
    const file = resolve(cwd, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Reads, interpolates, validates and normalises the gateway config. Throws ConfigError naming the path. */
export function loadGatewayConfig(options: LoadGatewayConfigOptions = {}): GatewayConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  let raw: Record<string, unknown>;
  let source: GatewayConfig['source'];
  let configPath: string | undefined;
  if (options.config) {
    raw = structuredClone(options.config);
    source = 'object';
  } else {
    configPath = findConfigFile(options.configPath, cwd);
    if (configPath) {
      raw = readConfigFile(configPath, env);
      source = 'file';
    } else {
      raw = settingsFromEnv(env);
      source = 'env';
    }
  }
  if (options.demoUpstreamUrl) raw = withDemoProvider(raw, options.demoUpstreamUrl);
  try {
    return buildGatewayConfig(raw, { source, configPath, env, cwd, demo: options.demoUpstreamUrl !== undefined });
  } catch (err) {
    if (err instanceof ConfigError && configPath) {
      // Prefix the file so a reload error in the log says which file is wrong.
      throw new ConfigError(err.issues.map((i) => ({ path: i.path, message: `${i.message} (in ${configPath})` })));
    }
    throw err;
  }
}
