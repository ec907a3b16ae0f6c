/**
 * AWS Signature Version 4 (header form), written against the published aws-sig-v4-test-suite
 * (see aws-sigv4.test.ts). Used to sign Bedrock runtime calls; the fake Bedrock upstream reuses
 * `buildCanonicalRequest` to verify what we send, so both sides share one definition.
 */
export interface AwsCredentials {
    accessKeyId: string;
    secretAccessKey: string;
    /** Temporary credentials (STS, SSO, instance roles) come with a session token. */
    sessionToken?: string;
}
export interface SigV4Request {
    method: string;
    /** Absolute URL. The path is used exactly as written (see `canonicalUri`). */
    url: string;
    /** Header names in any case; array values are joined with "," as the spec requires. */
    headers?: Record<string, string | readonly string[] | undefined>;
    body?: string | Uint8Array;
}
export interface SigV4Options {
    service: string;
    region: string;
    credentials: AwsCredentials;
    /** Signing time; injectable for tests. */
    now?: Date;
    /** Also send the payload hash as `x-amz-content-sha256` (S3 style; the test suite's `sign_body`). */
    addContentSha256Header?: boolean;
}
export interface SigV4Result {
    /** Headers to add to the request (lower-case): authorization, x-amz-date, and the optional ones. */
    headers: Record<string, string>;
    canonicalRequest: string;
    stringToSign: string;
    signature: string;
    signedHeaders: string;
}
export declare const SIGV4_ALGORITHM = "AWS4-HMAC-SHA256";
export declare function sha256Hex(data: string | Uint8Array): string;
/** `20150830T123600Z` */
export declare function toAmzDate(date: Date): string;
/** RFC 3986 encoding: everything but unreserved characters, hex upper-case. */
export declare function uriEscape(value: string): string;
/** Splits an absolute URL without normalising it, so the path keeps exactly the bytes we send. */
export declare function splitRawUrl(url: string): {
    host: string;
    path: string;
    query: string;
};
/**
 * Canonical URI for every service but S3: remove dot segments and empty segments, then URI-encode
 * the path *as sent*. Because the wire path is already encoded once, a Bedrock model id such as
 * `…-v1:0` (`%3A` on the wire) is signed as `%253A` — the "encode twice" rule AWS documents.
 */
export declare function canonicalUri(path: string): string;
/** Query parameters decoded, RFC 3986 re-encoded, sorted by name then value. */
export declare function canonicalQuery(query: string): string;
/** Lower-cased, trimmed, inner whitespace runs collapsed; repeated headers joined with ",". */
export declare function canonicalHeaders(headers: Record<string, string | readonly string[] | undefined>, 
/** False on the verifying side: there the client's SignedHeaders list decides. */
skipUnsignable?: boolean): Map<string, string>;
export interface CanonicalRequestParts {
    method: string;
    path: string;
    query: string;
    /** Already-canonical headers (name → value), including host and x-amz-date. */
    headers: Map<string, string>;
    payloadHash: string;
}
export declare function buildCanonicalRequest(parts: CanonicalRequestParts): {
    canonicalRequest: string;
    signedHeaders: string;
};
export declare function credentialScope(amzDate: string, region: string, service: string): string;
export declare function buildStringToSign(amzDate: string, scope: string, canonicalRequest: string): string;
export declare function deriveSigningKey(secretAccessKey: string, date: string, region: string, service: string): Buffer;
export declare function signString(signingKey: Buffer, stringToSign: string): string;
/** Signs a request; returns the headers to add and every intermediate string (for tests/debugging). */
export declare function signAwsRequest(request: SigV4Request, options: SigV4Options): SigV4Result;
