import type { BackendType } from '../settings/backend-type.js';
/** One line per provider that works with just a key: the backend and the env var it reads first. */
export declare function providerKeyEnv(): {
    backend: BackendType;
    label: string;
    envVar: string;
}[];
