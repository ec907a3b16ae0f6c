/** The marker left where text was cut; names how much went missing so the model knows. */
export function truncationMarker(removedTokens) {
    return `…[truncated ${removedTokens} tokens]…`;
}
/** Never cut between the two halves of a surrogate pair. */
function safeCut(text, index) {
    const c = text.charCodeAt(index);
    return c >= 0xdc00 && c <= 0xdfff ? index - 1 : index;
}
/**
 * Shortens `text` to at most `maxTokens` (as counted by `count`) by cutting out the middle: the
 * beginning usually states the task and the end holds the latest detail, so both are kept. The
 * cut is found by ratio-guided search (a few counts), not by decoding tokens, so it works with any
 * counter, including the estimate.
 */
export function truncateMiddle(text, maxTokens, count) {
    const original = count(text);
    if (original <= maxTokens)
        return { text, removedTokens: 0 };
    const onlyMarker = truncationMarker(original);
    if (maxTokens <= count(onlyMarker))
        return { text: onlyMarker, removedTokens: original };
    let keep = Math.floor((text.length * maxTokens) / original);
    for (let attempt = 0; attempt < 24 && keep > 0; attempt++) {
        const headEnd = safeCut(text, Math.ceil(keep / 2));
        const tailStart = safeCut(text, text.length - Math.floor(keep / 2));
        const head = text.slice(0, headEnd);
        const tail = text.slice(tailStart);
        const removed = Math.max(1, original - count(head + tail));
        const candidate = head + truncationMarker(removed) + tail;
        const tokens = count(candidate);
        if (tokens <= maxTokens)
            return { text: candidate, removedTokens: removed };
        // Shrink in proportion to the overshoot, and by at least 2% so the loop always progresses.
        keep = Math.floor(keep * Math.min(0.98, maxTokens / tokens));
    }
    return { text: onlyMarker, removedTokens: original };
}
//# sourceMappingURL=truncate-text.js.map