/**
 * Provider-neutral error kinds a rule can ask for; each protocol renders its own native status and
 * body for them (Gemini `auth` is a 400 `API_KEY_INVALID`, Anthropic `overloaded` a 529, …).
 */
export declare const FAKE_ERROR_KINDS: readonly ["auth", "permission", "not_found", "bad_request", "context_length", "rate_limit", "quota", "overloaded", "server", "timeout", "content_filter"];
export type FakeErrorKind = (typeof FAKE_ERROR_KINDS)[number];
/** Maps a bare status from a rule to the kind whose native body fits it best. */
export declare function kindForStatus(status: number): FakeErrorKind;
