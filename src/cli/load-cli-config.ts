import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../errors/config-error.js';
import type { Route } from '../router/route-config.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';

/** Config files looked up in the working directory, in order (the gateway uses the same list). */
export const CONFIG_FILE_NAMES = ['stable-llm.yaml', 'stable-llm.yml', 'stable-llm.json'];

/** Everything the CLI needs from `stable-llm.yaml` (or the environment when there is none). */
export interface CliConfig {
  source: 'file' | 'env';
  configPath?: string;
  settings: ResolvedSettings;
  routes: Map<string, Route>;
  serviceOrder: string[];
  active: { chat?: string; vision?: string };
  warnings: string[];
}

/** `--config FILE`, else $STABLE_LLM_CONFIG, else a config file in cwd, else undefined (env keys). */
export function findCliConfigFile(flag: string | undefined, cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  const explicit = flag ?? (env.STABLE_LLM_CONFIG || undefined);
  if (explicit) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError([{ path: '', message: `config file not found: ${file}` }]);
    return file;
  }
  for (const name of CONFIG_FILE_NAMES) {
    const file = resolve(cwd, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/**
 * Reads the same file format as the gateway (settings at the top level plus `server:`,
 * `routes:`, …) through the gateway's own validator, so a file that works for `serve` works for
 * `chat` and `doctor` reports exactly what `serve` would reject. Without a file, keys come from
 * the usual env vars exactly as `new StableLLM()` picks them up.
 */
export async function loadCliConfig(options: { configFlag?: string; cwd: string; env: NodeJS.ProcessEnv }): Promise<CliConfig> {
  const configPath = findCliConfigFile(options.configFlag, options.cwd, options.env);
  if (configPath) {
    // Lazy: zod schemas are only loaded by commands that need a config.
    const { loadGatewayConfig } = await import('../gateway/config/load-gateway-config.js');
    const cfg = loadGatewayConfig({ configPath, cwd: options.cwd, env: options.env });
    return {
      source: 'file',
      configPath,
      settings: cfg.settings,
      routes: cfg.routes,
      serviceOrder: cfg.serviceOrder,
      active: cfg.active,
      warnings: cfg.warnings,
    };
  }
  const [{ settingsFromKeys }, { parseSettings }] = await Promise.all([
    import('../stable/settings-from-keys.js'),
    import('../settings/parse-settings.js'),
  ]);
  const settings = parseSettings(settingsFromKeys({}, options.env));
  return { source: 'env', settings, routes: new Map(), serviceOrder: [], active: {}, warnings: settings.warnings };
}

/** True when at least one enabled model exists to call. */
export function hasEnabledModel(settings: ResolvedSettings): boolean {
  return Object.values(settings.backends).some((b) => b && Object.values(b.models).some((m) => m.enabled));
}
