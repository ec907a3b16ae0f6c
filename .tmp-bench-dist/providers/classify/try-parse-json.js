/**
 * Parses JSON without throwing. Only text that starts like an object or array is tried, so HTML
 * error pages and plain-text bodies cost one character check instead of a failed parse.
 */
export function tryParseJson(text) {
    let i = 0;
    while (i < text.length && text.charCodeAt(i) <= 32)
        i++;
    const first = text.charCodeAt(i);
    if (first !== 123 /* { */ && first !== 91 /* [ */)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=try-parse-json.js.map