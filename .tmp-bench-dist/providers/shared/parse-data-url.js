// Only base64 data URLs carry binary images; percent-encoded (non-base64) data URLs would need
// re-encoding and never come from image pipelines, so they are treated as unsupported.
const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)(?:;[\w-]+=[^;,]*)*;base64,/i;
/** Splits a base64 data URL; undefined when `url` is not one. */
export function parseDataUrl(url) {
    const match = DATA_URL.exec(url);
    if (!match)
        return undefined;
    return { mediaType: match[1].toLowerCase(), data: url.slice(match[0].length) };
}
//# sourceMappingURL=parse-data-url.js.map