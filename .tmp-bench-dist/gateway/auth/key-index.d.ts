import type { StoredGatewayKey } from '../../store/stored-gateway-key.js';
import type { StaticGatewayKey } from '../config/gateway-config.js';
import type { GatewayKeyRecord } from './caller.js';
/**
 * Gateway keys by SHA-256 of the key. A lookup hashes the presented token and probes a Map:
 * the comparison runs on digests, so its timing reveals nothing about any key (finding a
 * matching digest byte by byte would need SHA-256 preimages). The master key is compared with
 * timingSafeEqual on digests.
 */
export declare class KeyIndex {
    private readonly byHash;
    private readonly byId;
    private readonly masterDigest;
    private readonly adminDigest;
    constructor(options: {
        masterKey?: string;
        adminKey?: string;
        staticKeys: readonly StaticGatewayKey[];
        storedKeys: readonly StoredGatewayKey[];
    });
    /** True when callers must present a key on /v1 and /api. */
    get authRequired(): boolean;
    /** True when the admin console needs a login. */
    get adminAuthRequired(): boolean;
    get size(): number;
    /** One digest per request: master key first, then gateway keys. */
    identify(token: string): 'master' | GatewayKeyRecord | undefined;
    isMaster(token: string): boolean;
    isAdmin(token: string): boolean;
    /** Digest of the admin secret (keys session signatures), undefined when admin auth is off. */
    get adminSecretDigest(): Buffer | undefined;
    lookup(token: string): GatewayKeyRecord | undefined;
    get(id: string): GatewayKeyRecord | undefined;
    list(): GatewayKeyRecord[];
    private add;
}
