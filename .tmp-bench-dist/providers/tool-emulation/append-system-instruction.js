/**
 * Returns messages with `instruction` appended to the leading system message (or a new system
 * message in front). The input array and its messages are left untouched.
 */
export function appendSystemInstruction(messages, instruction) {
    const first = messages[0];
    if (first && (first.role === 'system' || first.role === 'developer')) {
        const merged = typeof first.content === 'string'
            ? { ...first, content: first.content === '' ? instruction : `${first.content}\n\n${instruction}` }
            : { ...first, content: [...first.content, { type: 'text', text: instruction }] };
        return [merged, ...messages.slice(1)];
    }
    return [{ role: 'system', content: instruction }, ...messages];
}
//# sourceMappingURL=append-system-instruction.js.map