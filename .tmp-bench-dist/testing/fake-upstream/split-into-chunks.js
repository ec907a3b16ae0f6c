/**
 * Splits text into at most `maxChunks` pieces at spaces (each piece keeps its trailing space), so
 * streams look like real token streams while the concatenation stays exact. Few pieces keep the
 * benchmark cheap.
 */
export function splitIntoChunks(text, maxChunks = 6) {
    if (text.length === 0)
        return [];
    if (maxChunks <= 1)
        return [text];
    const target = Math.max(1, Math.ceil(text.length / maxChunks));
    const chunks = [];
    let start = 0;
    while (start < text.length) {
        let end = start + target;
        if (end >= text.length) {
            chunks.push(text.slice(start));
            break;
        }
        const space = text.indexOf(' ', end);
        end = space === -1 ? text.length : space + 1;
        chunks.push(text.slice(start, end));
        start = end;
    }
    return chunks;
}
/** Splits at fixed offsets regardless of content, like tool-argument deltas (`{"lo`, `cation":`). */
export function splitEvenly(text, pieces = 3) {
    if (text.length === 0)
        return [];
    const size = Math.max(1, Math.ceil(text.length / pieces));
    const out = [];
    for (let i = 0; i < text.length; i += size)
        out.push(text.slice(i, i + size));
    return out;
}
//# sourceMappingURL=split-into-chunks.js.map