/** SSE framing helpers. Each returns one complete event, blank line included. */
/** `data: <json>\n\n` — OpenAI-style events without a name. */
export function sseData(data, lineEnd = '\n') {
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    return `data: ${text}${lineEnd}${lineEnd}`;
}
/** `event: <name>\ndata: <json>\n\n` — Anthropic-style named events. */
export function sseEvent(event, data) {
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    return `event: ${event}\ndata: ${text}\n\n`;
}
//# sourceMappingURL=sse.js.map