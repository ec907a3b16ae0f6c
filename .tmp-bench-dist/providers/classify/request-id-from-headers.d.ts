export declare function requestIdFromHeaders(headers: Record<string, string | string[] | undefined>): string | undefined;
