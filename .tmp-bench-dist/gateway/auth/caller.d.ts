/** A gateway key as the request path sees it (config-file and store keys alike). */
export interface GatewayKeyRecord {
    id: string;
    name?: string;
    /** Allowed models / routes; undefined = all. */
    models?: readonly string[];
    rpm?: number;
    tpm?: number;
    budgetUsd?: number;
    /** Epoch ms. */
    expiresAt?: number;
    enabled: boolean;
    source: 'config' | 'store';
}
/** Who is calling: the master key, a gateway key, or nobody (auth off). */
export interface Caller {
    kind: 'master' | 'key' | 'anonymous';
    /** `master`, the gateway key id, or undefined when anonymous. */
    keyId: string | undefined;
    key?: GatewayKeyRecord;
}
export declare const ANONYMOUS: Caller;
export declare const MASTER: Caller;
