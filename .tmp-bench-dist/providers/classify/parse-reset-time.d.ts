/**
 * Milliseconds until a reset time printed inside an error message (Zhipu 1308/1310 "your limit
 * will reset at 2026-05-01 12:00:00"). Times without a zone are read as UTC+8. Returns undefined
 * when the message holds no timestamp or it lies in the past.
 */
export declare function parseResetTime(message: string | undefined, now?: number): number | undefined;
