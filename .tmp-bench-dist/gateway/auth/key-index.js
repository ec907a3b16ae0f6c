import { timingSafeEqual } from 'node:crypto';
import { sha256 } from './sha256.js';
/**
 * Gateway keys by SHA-256 of the key. A lookup hashes the presented token and probes a Map:
 * the comparison runs on digests, so its timing reveals nothing about any key (finding a
 * matching digest byte by byte would need SHA-256 preimages). The master key is compared with
 * timingSafeEqual on digests.
 */
export class KeyIndex {
    byHash = new Map();
    byId = new Map();
    masterDigest;
    adminDigest;
    constructor(options) {
        this.masterDigest = options.masterKey ? sha256(options.masterKey) : undefined;
        this.adminDigest = options.adminKey ? sha256(options.adminKey) : this.masterDigest;
        for (const k of options.staticKeys) {
            this.add(sha256(k.key).toString('hex'), {
                id: k.id,
                name: k.name,
                models: k.models,
                rpm: k.rpm,
                tpm: k.tpm,
                budgetUsd: k.budgetUsd,
                expiresAt: k.expiresAt,
                enabled: k.enabled,
                source: 'config',
            });
        }
        for (const k of options.storedKeys) {
            if (this.byId.has(k.id))
                continue; // config keys win on id clashes
            this.add(k.key_hash, {
                id: k.id,
                name: k.name ?? undefined,
                models: k.models ?? undefined,
                rpm: k.rpm ?? undefined,
                tpm: k.tpm ?? undefined,
                budgetUsd: k.budget_usd ?? undefined,
                expiresAt: k.expires_at ?? undefined,
                enabled: k.enabled,
                source: 'store',
            });
        }
    }
    /** True when callers must present a key on /v1 and /api. */
    get authRequired() {
        return this.masterDigest !== undefined || this.byHash.size > 0;
    }
    /** True when the admin console needs a login. */
    get adminAuthRequired() {
        return this.adminDigest !== undefined;
    }
    get size() {
        return this.byHash.size;
    }
    /** One digest per request: master key first, then gateway keys. */
    identify(token) {
        const digest = sha256(token);
        if (this.masterDigest !== undefined && timingSafeEqual(digest, this.masterDigest))
            return 'master';
        return this.byHash.get(digest.toString('hex'));
    }
    isMaster(token) {
        return this.masterDigest !== undefined && timingSafeEqual(sha256(token), this.masterDigest);
    }
    isAdmin(token) {
        return this.adminDigest !== undefined && timingSafeEqual(sha256(token), this.adminDigest);
    }
    /** Digest of the admin secret (keys session signatures), undefined when admin auth is off. */
    get adminSecretDigest() {
        return this.adminDigest;
    }
    lookup(token) {
        return this.byHash.get(sha256(token).toString('hex'));
    }
    get(id) {
        return this.byId.get(id);
    }
    list() {
        return [...this.byId.values()];
    }
    add(hash, record) {
        this.byHash.set(hash, record);
        this.byId.set(record.id, record);
    }
}
//# sourceMappingURL=key-index.js.map