import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../errors/config-error.js';
import { interpolateEnv } from './interpolate-env.js';
/** Reads a YAML or JSON config file and applies `${ENV}` interpolation. */
export function readConfigFile(file, env = process.env) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new ConfigError([{ path: '', message: `cannot read config file ${file}: ${err.message}` }]);
    }
    let data;
    try {
        data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    }
    catch (err) {
        throw new ConfigError([{ path: '', message: `${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${err.message}` }]);
    }
    if (data === null || data === undefined)
        return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new ConfigError([{ path: '', message: `${file} must contain a mapping at the top level` }]);
    }
    return interpolateEnv(data, env);
}
//# sourceMappingURL=read-config-file.js.map