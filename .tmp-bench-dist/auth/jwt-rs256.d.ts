import { type KeyObject } from 'node:crypto';
/**
 * Minimal RS256 JWT signing/verification with node:crypto — all the Google service-account flow
 * needs, without a JOSE dependency. Verification exists for the fake OAuth token endpoint.
 */
export type JwtClaims = Record<string, string | number | boolean | undefined>;
export declare function signJwtRs256(claims: JwtClaims, privateKey: string | KeyObject, keyId?: string): string;
export interface VerifiedJwt {
    header: Record<string, unknown>;
    claims: Record<string, unknown>;
}
/** Returns the decoded token when the RS256 signature is valid; throws a plain Error otherwise. */
export declare function verifyJwtRs256(token: string, publicKey: string | KeyObject): VerifiedJwt;
