/**
 * Secrets must never reach logs, errors, status output or the admin UI unmasked (GUIDE §7).
 * `maskSecret` keeps just enough of a key to tell keys apart (`sk-abc…wxyz`); short keys reveal
 * nothing at all, because a few characters of a short key are a large share of its entropy.
 */
export declare function maskSecret(secret: string): string;
/**
 * Masks known secrets and anything shaped like a credential inside free text (upstream error
 * messages often echo the key, e.g. "Incorrect API key provided: sk-…").
 */
export declare function maskSecretsInText(text: string, knownSecrets?: Iterable<string>): string;
