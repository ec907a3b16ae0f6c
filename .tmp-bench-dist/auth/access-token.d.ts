/** A bearer token and the time (epoch ms) it stops being valid. */
export interface AccessToken {
    token: string;
    expiresAt: number;
}
/** Anything that can hand out a currently valid bearer token (cached, refreshed as needed). */
export interface AccessTokenProvider {
    getAccessToken(signal?: AbortSignal): Promise<string>;
}
