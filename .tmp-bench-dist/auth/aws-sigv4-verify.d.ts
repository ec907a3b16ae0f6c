/**
 * Server-side SigV4 check, as AWS does it: recompute the signature from what arrived and compare.
 * The fake Bedrock upstream uses it so an end-to-end test fails exactly where real AWS would
 * (wrong path encoding, unsigned header, body changed after signing, clock skew).
 */
export interface SigV4VerifyInput {
    method: string;
    /** Request target as received (`/model/x%3A0/converse?a=b`), not decoded. */
    target: string;
    headers: Record<string, string | string[] | undefined>;
    body: Uint8Array | string;
    /** Secret for an access key id; undefined → unknown key. */
    secretFor(accessKeyId: string): string | undefined;
    /** Session token expected for an access key id, when it is temporary. */
    sessionTokenFor?(accessKeyId: string): string | undefined;
    /** Expected service/region; checked when given. */
    service?: string;
    region?: string;
    now?: Date;
    /** AWS allows 5 minutes of clock skew. */
    maxSkewMs?: number;
}
export type SigV4VerifyResult = {
    ok: true;
    accessKeyId: string;
    region: string;
    service: string;
} | {
    ok: false;
    status: number;
    errorType: string;
    message: string;
};
export declare function verifyAwsSigV4(input: SigV4VerifyInput): SigV4VerifyResult;
