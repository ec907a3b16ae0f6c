/** A gateway key as persisted (the plaintext key is never stored: only its SHA-256). */
export interface StoredGatewayKey {
    id: string;
    name: string | null;
    /** Hex SHA-256 of the key. */
    key_hash: string;
    /** First characters of the key, for recognising it in a list (`sk-sllm-ab12…`). */
    key_prefix: string;
    /** Allowed models / routes (`*`, `backend/*` wildcards); null = all. */
    models: string[] | null;
    rpm: number | null;
    tpm: number | null;
    budget_usd: number | null;
    /** Epoch ms; null = never. */
    expires_at: number | null;
    enabled: boolean;
    created_at: number;
}
export interface NewGatewayKey {
    id?: string;
    name?: string | null;
    /** Supply your own key (≥ 8 chars); default: a random `sk-sllm-…` key. */
    key?: string;
    models?: string[] | null;
    rpm?: number | null;
    tpm?: number | null;
    budget_usd?: number | null;
    expires_at?: number | null;
    enabled?: boolean;
}
export type GatewayKeyPatch = Partial<Pick<StoredGatewayKey, 'name' | 'models' | 'rpm' | 'tpm' | 'budget_usd' | 'expires_at' | 'enabled'>>;
