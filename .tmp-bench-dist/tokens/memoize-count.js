export function memoizeCount(count, options = {}) {
    const minChars = options.minChars ?? 256;
    const maxChars = options.maxChars ?? 4_000_000;
    const cache = new Map();
    let held = 0;
    return (text) => {
        if (text.length < minChars || text.length > maxChars / 4)
            return count(text);
        const hit = cache.get(text);
        if (hit !== undefined) {
            // Re-insert to mark as most recently used (Map keeps insertion order).
            cache.delete(text);
            cache.set(text, hit);
            return hit;
        }
        const n = count(text);
        cache.set(text, n);
        held += text.length;
        for (const key of cache.keys()) {
            if (held <= maxChars)
                break;
            cache.delete(key);
            held -= key.length;
        }
        return n;
    };
}
//# sourceMappingURL=memoize-count.js.map