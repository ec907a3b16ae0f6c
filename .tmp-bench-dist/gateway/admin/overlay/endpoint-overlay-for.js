import { ConfigError } from '../../../errors/config-error.js';
import { deepEqual } from './deep-equal.js';
import { endpointKeys, isMaskedSecret, keyAttributes } from './endpoint-keys.js';
/** Endpoint fields the console edits (credentials and cloud-specific extras stay file-only). */
export const EDITABLE_ENDPOINT_FIELDS = [
    'api_base',
    'endpoint_type',
    'rpm',
    'tpm',
    'concurrent_requests',
    'enabled',
    'proxy',
    'headers',
    'key_selection',
    'timeout',
    'region',
    'api_version',
];
/**
 * The minimal overlay entry that turns the file's endpoint (`base`) into `desired`. File secrets
 * are never copied: kept file keys become attribute patches; only console-entered secrets are
 * stored. Returns undefined when desired equals the file (the overlay entry can go).
 */
export function endpointOverlayFor(base, current, previous, desired) {
    const id = desired.id;
    const fields = {};
    for (const f of EDITABLE_ENDPOINT_FIELDS) {
        const v = normalizeField(f, desired.fields[f]);
        if (deepEqual(v, normalizeField(f, base?.[f])))
            continue;
        fields[f] = v ?? null;
    }
    let keys = previous?.keys;
    if (desired.keys)
        keys = keyDiff(id, endpointKeys(base, id), endpointKeys(current, id), desired.keys);
    const out = {};
    if (Object.keys(fields).length > 0)
        out.fields = fields;
    if (keys)
        out.keys = keys;
    if (!base) {
        // A console-made endpoint always has an entry, even with no fields besides its id.
        out.fields ??= {};
        return out;
    }
    return out.fields || out.keys ? out : undefined;
}
function keyDiff(endpointId, baseKeys, currentKeys, desired) {
    const used = new Set([...baseKeys, ...currentKeys].map((k) => k.id));
    const final = [];
    const ids = new Set();
    desired.forEach((dk, i) => {
        let entry;
        if (dk.key !== undefined && !isMaskedSecret(dk.key)) {
            const key = dk.key.trim();
            if (key.length < 4)
                throw new ConfigError([{ path: `keys[${i}].key`, message: 'too short to be an API key' }]);
            entry = { ...keyAttributes(dk), id: dk.id?.trim() || nextId(endpointId, used), key };
        }
        else {
            const cur = currentKeys.find((k) => k.id === dk.id);
            if (!cur)
                throw new ConfigError([
                    {
                        path: `keys[${i}]`,
                        message: dk.id ? `unknown key id "${dk.id}"; send the key itself to add a new one` : 'a new key needs its secret in "key"',
                    },
                ]);
            entry = { ...keyAttributes(dk), id: cur.id, key: cur.key };
        }
        if (ids.has(entry.id))
            throw new ConfigError([{ path: `keys[${i}].id`, message: `duplicate key id "${entry.id}"` }]);
        ids.add(entry.id);
        used.add(entry.id);
        final.push(entry);
    });
    const removed = [];
    const added = [];
    const patch = {};
    for (const b of baseKeys) {
        const f = final.find((k) => k.id === b.id);
        if (!f || f.key !== b.key)
            removed.push(b.id);
    }
    for (const f of final) {
        const b = baseKeys.find((k) => k.id === f.id);
        if (!b || b.key !== f.key) {
            added.push(f);
            continue;
        }
        const diff = {};
        const fa = keyAttributes(f);
        const ba = keyAttributes(b);
        for (const a of new Set([...Object.keys(fa), ...Object.keys(ba)])) {
            const next = fa[a] ?? KEY_DEFAULTS[a];
            if (next !== undefined && next !== (ba[a] ?? KEY_DEFAULTS[a]))
                diff[a] = next;
        }
        if (Object.keys(diff).length)
            patch[f.id] = diff;
    }
    if (!removed.length && !added.length && !Object.keys(patch).length)
        return undefined;
    const out = {};
    if (removed.length)
        out.removed = removed;
    if (added.length)
        out.added = added;
    if (Object.keys(patch).length)
        out.patch = patch;
    return out;
}
const KEY_DEFAULTS = { weight: 1, enabled: true };
const FIELD_DEFAULTS = { enabled: true, key_selection: 'round_robin' };
/** Defaults and empty values count as "not set", so saving an untouched form changes nothing. */
function normalizeField(field, value) {
    if (value === null || value === undefined || value === '')
        return undefined;
    if (FIELD_DEFAULTS[field] === value)
        return undefined;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
        return undefined;
    return value;
}
function nextId(endpointId, used) {
    for (let n = 1;; n++) {
        const id = `${endpointId}#c${n}`;
        if (!used.has(id))
            return id;
    }
}
//# sourceMappingURL=endpoint-overlay-for.js.map