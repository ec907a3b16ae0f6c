export declare function maskSecrets(text: string): string;
/** True when the text may carry a key worth masking (cheap pre-check). */
export declare function mayContainSecret(text: string): boolean;
