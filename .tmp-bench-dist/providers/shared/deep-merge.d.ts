/**
 * Merges `patch` into a copy of `base`: nested plain objects merge key by key, everything else
 * (arrays, scalars, null) replaces. `provider_options` use this so `{ thinking: { display } }`
 * adds to the converted `thinking` instead of wiping it.
 */
export declare function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown>;
