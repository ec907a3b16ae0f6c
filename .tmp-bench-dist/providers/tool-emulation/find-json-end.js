/**
 * Index just past the JSON object or array that starts at `start` (a `{` or `[`), or -1 when the
 * text ends first. Brackets inside strings (and escaped quotes) are skipped; validity is left to
 * JSON.parse.
 */
export function findJsonEnd(text, start) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92 /* \ */)
                i++;
            else if (c === 34 /* " */)
                inString = false;
            continue;
        }
        if (c === 34)
            inString = true;
        else if (c === 123 /* { */ || c === 91 /* [ */)
            depth++;
        else if (c === 125 /* } */ || c === 93 /* ] */) {
            depth--;
            if (depth === 0)
                return i + 1;
            if (depth < 0)
                return -1;
        }
    }
    return -1;
}
//# sourceMappingURL=find-json-end.js.map