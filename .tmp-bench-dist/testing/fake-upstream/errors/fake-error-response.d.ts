/** A rule fragment with a provider's exact error response: spread it into a `FakeRule`. */
export interface FakeErrorResponse {
    status: number;
    headers: Record<string, string>;
    body: unknown;
}
