/** Structural equality for JSON-like values (config objects); undefined fields count as absent. */
export function deepEqual(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
    }
    const ao = a;
    const bo = b;
    const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
    for (const k of keys)
        if (!deepEqual(ao[k], bo[k]))
            return false;
    return true;
}
//# sourceMappingURL=deep-equal.js.map