import type { NewGatewayKey, StoredGatewayKey } from './stored-gateway-key.js';
/** Builds the stored record for a new key (shared by every store), or throws a RangeError naming the field. */
export declare function prepareNewKey(input: NewGatewayKey, now?: number): {
    key: string;
    record: StoredGatewayKey;
};
