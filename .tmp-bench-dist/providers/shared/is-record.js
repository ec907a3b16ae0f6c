/** Guard for upstream JSON: a plain object we may read fields from (never an array or null). */
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=is-record.js.map