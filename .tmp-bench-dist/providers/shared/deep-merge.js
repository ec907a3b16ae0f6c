import { isRecord } from './is-record.js';
/**
 * Merges `patch` into a copy of `base`: nested plain objects merge key by key, everything else
 * (arrays, scalars, null) replaces. `provider_options` use this so `{ thinking: { display } }`
 * adds to the converted `thinking` instead of wiping it.
 */
export function deepMerge(base, patch) {
    const out = { ...base };
    for (const [key, value] of Object.entries(patch)) {
        const current = out[key];
        out[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
    }
    return out;
}
//# sourceMappingURL=deep-merge.js.map