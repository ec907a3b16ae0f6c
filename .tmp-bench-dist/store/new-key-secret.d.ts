/** A fresh gateway key: recognisable prefix + 192 random bits. */
export declare function newKeySecret(): string;
/** Hex SHA-256: how keys are stored and looked up (the plaintext is never kept). */
export declare function hashKey(key: string): string;
/** `sk-sllm-ab12…` — enough to recognise a key in a list, useless to an attacker. */
export declare function keyPrefix(key: string): string;
