/** Attributes of one upstream API key besides the secret itself. */
export interface KeyAttributes {
    weight?: number;
    rpm?: number;
    tpm?: number;
    rpd?: number;
    enabled?: boolean;
}
/** A key as settings spell it, with its id always explicit. */
export interface KeyEntry extends KeyAttributes {
    id: string;
    /** The secret, or a `${ENV}` reference (console-added keys keep the reference). */
    key: string;
}
/**
 * What the console changed on one endpoint, relative to the file. Field values replace the
 * file's (null removes the field); keys are a diff so file secrets are never copied into the
 * store: `removed` ids, `added` entries (console-entered secrets), `patch` of file keys' attributes.
 */
export interface EndpointOverlay {
    deleted?: boolean;
    fields?: Record<string, unknown>;
    keys?: {
        removed?: string[];
        added?: KeyEntry[];
        patch?: Record<string, KeyAttributes>;
    };
}
/**
 * The console overlay: everything edited in the admin console, stored in the gateway store and
 * merged on top of the config file. Models and routes are whole values (null = deleted from the
 * file's set). It only ever holds differences from the file.
 */
export interface AdminOverlay {
    version: 1;
    /** Increments on every save; instances compare it to know they are current. */
    revision: number;
    updated_at: number;
    endpoints: Record<string, EndpointOverlay>;
    models: Record<string, Record<string, Record<string, unknown> | null>>;
    routes: Record<string, unknown>;
}
export declare function emptyOverlay(): AdminOverlay;
export declare function isOverlayEmpty(o: AdminOverlay): boolean;
/** Parses a stored overlay; anything unreadable is reported, never half-applied. */
export declare function parseOverlay(text: string): AdminOverlay;
