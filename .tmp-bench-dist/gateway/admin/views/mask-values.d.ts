/** A secret for display: `${ENV}` references as written, anything else masked (`sk-abc…wxyz`). */
export declare function maskValue(value: string): string;
/** `scheme://user:pass@host` → `scheme://****@host`. */
export declare function maskUrl(url: string): string;
/** Header values that look like credentials are masked; the rest shown as is. */
export declare function maskHeaders(headers: unknown): Record<string, string> | undefined;
/** Every string leaf masked (cloud credential objects). */
export declare function maskDeep(value: unknown): unknown;
/** Header names whose values the console masks (and keeps when a masked value comes back). */
export declare function isSensitiveHeader(name: string): boolean;
