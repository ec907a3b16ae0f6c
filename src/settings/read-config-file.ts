import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../errors/config-error.js';
import { interpolateEnv } from './interpolate-env.js';

/** Reads a YAML or JSON config file and applies `${ENV}` interpolation. */
export function readConfigFile(file: string, env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError([{ path: '', message: `cannot read config file ${file}: ${(err as Error).message}` }]);
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ConfigError([
      { path: '', message: `${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}` },
    ]);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError([{ path: '', message: `${file} must contain a mapping at the top level` }]);
  }
  return interpolateEnv(data, env) as Record<string, unknown>;
}
