import { ConfigError } from '../errors/config-error.js';
const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
/**
 * Replaces `${NAME}` and `${NAME:-default}` in every string of a parsed config tree. A missing
 * variable without a default is an error naming the config path, so typos don't become empty keys.
 */
export function interpolateEnv(value, env = process.env, path = '') {
    if (typeof value === 'string') {
        return value.replace(ENV_REF, (_m, name, fallback) => {
            const v = env[name];
            if (v !== undefined && v !== '')
                return v;
            if (fallback !== undefined)
                return fallback;
            throw new ConfigError([{ path, message: `environment variable \${${name}} is not set` }]);
        });
    }
    if (Array.isArray(value))
        return value.map((v, i) => interpolateEnv(v, env, `${path}[${i}]`));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = interpolateEnv(v, env, path ? `${path}.${k}` : k);
        return out;
    }
    return value;
}
//# sourceMappingURL=interpolate-env.js.map