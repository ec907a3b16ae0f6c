/** Guard for upstream JSON: a plain object we may read fields from (never an array or null). */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
