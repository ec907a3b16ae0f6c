export function emptyUsage() {
    return { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
}
//# sourceMappingURL=usage.js.map