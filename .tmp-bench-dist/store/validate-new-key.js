import { randomBytes } from 'node:crypto';
import { hashKey, keyPrefix, newKeySecret } from './new-key-secret.js';
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
/** Builds the stored record for a new key (shared by every store), or throws a RangeError naming the field. */
export function prepareNewKey(input, now = Date.now()) {
    const id = input.id ?? `key_${randomBytes(5).toString('hex')}`;
    if (!ID.test(id))
        throw new RangeError('id: letters, digits, _ . : - only (1-64 characters)');
    const key = input.key ?? newKeySecret();
    if (key.length < 8)
        throw new RangeError('key: must be at least 8 characters');
    for (const field of ['rpm', 'tpm']) {
        const v = input[field];
        if (v !== undefined && v !== null && !(Number.isInteger(v) && v > 0))
            throw new RangeError(`${field}: must be a positive integer`);
    }
    if (input.budget_usd !== undefined && input.budget_usd !== null && !(input.budget_usd >= 0))
        throw new RangeError('budget_usd: must be ≥ 0');
    return {
        key,
        record: {
            id,
            name: input.name ?? null,
            key_hash: hashKey(key),
            key_prefix: keyPrefix(key),
            models: input.models?.length ? [...input.models] : null,
            rpm: input.rpm ?? null,
            tpm: input.tpm ?? null,
            budget_usd: input.budget_usd ?? null,
            expires_at: input.expires_at ?? null,
            enabled: input.enabled ?? true,
            created_at: now,
        },
    };
}
//# sourceMappingURL=validate-new-key.js.map